package org.hipkit.profile;

/**
 * A clinician's judgement of how well a condition is controlled.
 */
public enum Control {
  /** Controlled well enough for the procedure. */
  CONTROLLED("controlled"),
  /** Not controlled well enough for the procedure. */
  NOT_CONTROLLED("not-controlled");

  private final String code;

  Control(String code) {
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
