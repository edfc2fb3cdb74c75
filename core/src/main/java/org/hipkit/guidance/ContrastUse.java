package org.hipkit.guidance;

/**
 * Whether a guidance modality works with contrast dye.
 */
public enum ContrastUse {
  /** Contrast is not used with this modality. */
  NONE("none"),
  /** Contrast may be injected to confirm the needle position. */
  OPTIONAL("optional");

  private final String code;

  ContrastUse(String code) {
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
