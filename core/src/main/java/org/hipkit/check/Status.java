package org.hipkit.check;

/**
 * The outcome of one rule for one case.
 */
public enum Status {
  /** The rule found what it looks for. */
  FLAGGED("flagged"),
  /** The rule looked and found nothing; every fact it needed was known. */
  NOT_FLAGGED("not-flagged"),
  /** The rule could not decide because a fact it needs is unknown or too old. */
  INDETERMINATE("indeterminate"),
  /** The rule does not concern this plan. */
  NOT_APPLICABLE("not-applicable");

  private final String code;

  Status(String code) {
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
