package org.hipkit.intervention;

/**
 * How often the sources say a risk occurs, in their own words graded from common to remote.
 */
public enum RiskFrequency {
  /** Expected in many patients. */
  COMMON("common"),
  /** Possible, and more likely with some risk factors. */
  OCCASIONAL("occasional"),
  /** Seldom seen. */
  RARE("rare"),
  /** Very uncommon. */
  VERY_RARE("very-rare"),
  /** A remote possibility. */
  REMOTE("remote");

  private final String code;

  RiskFrequency(String code) {
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
