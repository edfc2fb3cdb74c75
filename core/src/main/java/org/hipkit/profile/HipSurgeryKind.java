package org.hipkit.profile;

/**
 * What sort of hip operation a patient had.
 */
public enum HipSurgeryKind {
  /** A hip replacement (prosthetic joint). */
  ARTHROPLASTY("arthroplasty"),
  /** Keyhole surgery of the hip, such as for a labral tear or impingement. */
  ARTHROSCOPY("arthroscopy"),
  /** Another hip operation. */
  OTHER("other");

  private final String code;

  HipSurgeryKind(String code) {
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
