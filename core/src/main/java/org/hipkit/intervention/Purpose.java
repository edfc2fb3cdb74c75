package org.hipkit.intervention;

/**
 * Why an intervention is done.
 */
public enum Purpose {
  /** To relieve symptoms. */
  THERAPEUTIC("therapeutic"),
  /** To test whether numbing the target relieves the pain, which shows where the pain comes from, and to treat it in the same procedure. */
  DIAGNOSTIC_AND_THERAPEUTIC("diagnostic-and-therapeutic");

  private final String code;

  Purpose(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code of this constant, used in JSON and reports.
   *
   * @return the lower-kebab code
   */
  public String code() {
    return code;
  }
}
