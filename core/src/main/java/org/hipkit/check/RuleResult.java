package org.hipkit.check;

/**
 * One rule's outcome for one case, with the rule's description beside it so that a reader sees why.
 *
 * @param rule the rule's description
 * @param outcome what the rule concluded
 */
public record RuleResult(RuleDescription rule, Outcome outcome) {

  /**
   * Returns the outcome's status.
   *
   * @return the status
   */
  public Status status() {
    return outcome.status();
  }

  /**
   * Returns the concern this result raises: the rule's concern when flagged, {@link
   * Concern#INCOMPLETE} when indeterminate, {@link Concern#NONE_FOUND} otherwise.
   *
   * @return the concern
   */
  public Concern concern() {
    return switch (outcome.status()) {
      case FLAGGED -> rule.concern();
      case INDETERMINATE -> Concern.INCOMPLETE;
      default -> Concern.NONE_FOUND;
    };
  }
}
