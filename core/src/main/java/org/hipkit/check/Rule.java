package org.hipkit.check;

import java.util.Objects;
import java.util.function.Function;

/**
 * A contraindication, precaution or plan-review rule that a {@link Checker} evaluates for a patient
 * and a plan.
 *
 * <p>hipkit's rules are in {@link StandardRules}; a clinic adds its own by implementing this
 * interface, usually through {@link #of(RuleDescription, Function)}. A rule must be stateless and
 * thread-safe, must not read a clock (the check's dates are {@link CheckContext#asOf()} and {@link
 * CheckContext#procedureDate()}, on which facts are judged), and must
 * never report {@link Status#NOT_FLAGGED} because a fact was unknown: it reports {@link
 * Status#INDETERMINATE} naming the facts that would settle it. The checker calls {@link
 * #evaluate(CheckContext)} only for plans inside the rule's {@link RuleDescription#scope() scope}.
 */
public interface Rule {

  /**
   * Returns the rule's description: id, version, scope, facts read, thresholds, concern, action,
   * rationale and sources.
   *
   * @return the description
   */
  RuleDescription description();

  /**
   * Evaluates the rule for one case.
   *
   * @param context the profile, plan, protocol and date of the check
   * @return the outcome; never null
   */
  Outcome evaluate(CheckContext context);

  /**
   * Obtains a rule from its description and a function that evaluates it.
   *
   * @param description the description
   * @param evaluation a stateless, thread-safe function from context to outcome
   * @return the rule
   */
  static Rule of(RuleDescription description, Function<CheckContext, Outcome> evaluation) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(evaluation, "evaluation");
    return new Rule() {
      @Override
      public RuleDescription description() {
        return description;
      }

      @Override
      public Outcome evaluate(CheckContext context) {
        return evaluation.apply(context);
      }

      @Override
      public String toString() {
        return "Rule[" + description + "]";
      }
    };
  }
}
