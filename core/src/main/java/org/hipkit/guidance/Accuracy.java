package org.hipkit.guidance;

/**
 * How reliably a guidance modality places the needle, relative to the other modalities.
 */
public enum Accuracy {
  /** Accuracy depends on the patient's anatomy and the depth of the target. */
  VARIABLE("variable"),
  /** The needle is seen or its position confirmed while it is placed. */
  HIGH("high");

  private final String code;

  Accuracy(String code) {
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
