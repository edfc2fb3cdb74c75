package org.hipkit.intervention;

/**
 * The sort of option an alternative to a needle procedure is.
 */
public enum AlternativeCategory {
  /** Watchful waiting. */
  OBSERVATION("observation"),
  /** Oral or topical medicines. */
  MEDICATION("medication"),
  /** Physical therapy, stretching and exercise. */
  EXERCISE_AND_THERAPY("exercise-and-therapy"),
  /** A cane, crutches or a walker. */
  ASSISTIVE_DEVICE("assistive-device"),
  /** Activity and weight management, heat and ice. */
  SELF_CARE("self-care"),
  /** Hands-on care such as chiropractic or massage. */
  MANUAL_THERAPY("manual-therapy"),
  /** Diagnostic imaging to find the cause. */
  IMAGING("imaging"),
  /** An operation. */
  SURGERY("surgery");

  private final String code;

  AlternativeCategory(String code) {
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
