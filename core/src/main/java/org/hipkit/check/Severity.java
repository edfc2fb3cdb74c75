package org.hipkit.check;

/**
 * What kind of concern a rule expresses.
 */
public enum Severity {
  /** A reason not to do the procedure as planned. */
  CONTRAINDICATION("contraindication"),
  /** A reason for extra care. */
  PRECAUTION("precaution"),
  /** A questionable choice in the plan itself, independent of the patient. */
  PLAN_REVIEW("plan-review");

  private final String code;

  Severity(String code) {
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
