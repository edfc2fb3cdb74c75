package org.hipkit.check;

/**
 * How much concern a check raises, in increasing order: the level of a finding, and of a report's summary. Levels compare by declaration order; their codes, not ordinals, are stable.
 */
public enum Concern {
  /** No rule flagged anything and every applicable rule could be assessed. */
  NONE_FOUND("none-found"),
  /** No rule flagged anything, but some rule could not be assessed because a fact it needs is unknown; never read this as clear. */
  INCOMPLETE("incomplete"),
  /** Proceed with care: a precaution applies. */
  CAUTION("caution"),
  /** Change the plan: the rule names a concrete alternative. */
  MODIFY("modify"),
  /** Postpone until something is done first, such as an evaluation or treating an infection. */
  DEFER("defer"),
  /** Do not proceed with this plan. */
  AVOID("avoid");

  private final String code;

  Concern(String code) {
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
