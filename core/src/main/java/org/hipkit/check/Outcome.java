package org.hipkit.check;

import java.util.ArrayList;
import java.util.List;
import org.hipkit.error.InvalidValueException;

/**
 * What one rule concluded for one case: flagged with its basis, not flagged, indeterminate with the
 * facts that would settle it, or not applicable.
 *
 * <p>The basis is kept as data (facts with their values, thresholds with theirs); nothing is
 * formatted until a report is rendered.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Outcome {

  private static final Outcome NOT_FLAGGED = new Outcome(Status.NOT_FLAGGED, List.of(), List.of(), List.of());
  private static final Outcome NOT_APPLICABLE =
      new Outcome(Status.NOT_APPLICABLE, List.of(), List.of(), List.of());

  /** The indeterminate outcome naming one fact, for each fact: outcomes are values, so shared. */
  private static final Outcome[] MISSING_ONE = missingOne();

  private final Status status;
  private final List<FactValue> facts;
  private final List<ThresholdValue> thresholds;
  private final List<Fact> missing;

  private Outcome(
      Status status, List<FactValue> facts, List<ThresholdValue> thresholds, List<Fact> missing) {
    this.status = status;
    this.facts = facts;
    this.thresholds = thresholds;
    this.missing = missing;
  }

  /**
   * Returns the outcome of a rule that looked and found nothing.
   *
   * @return the shared not-flagged outcome
   */
  public static Outcome notFlagged() {
    return NOT_FLAGGED;
  }

  /**
   * Returns the outcome of a rule that does not concern the plan.
   *
   * @return the shared not-applicable outcome
   */
  public static Outcome notApplicable() {
    return NOT_APPLICABLE;
  }

  /**
   * Obtains a flagged outcome with the facts that triggered it.
   *
   * @param facts the facts and their values, at least one
   * @return the outcome
   * @throws InvalidValueException if no fact is given
   */
  public static Outcome flagged(FactValue... facts) {
    return flagged(List.of(facts), List.of());
  }

  /**
   * Obtains a flagged outcome with the facts that triggered it and the thresholds used.
   *
   * @param facts the facts and their values, at least one
   * @param thresholds the protocol thresholds compared against, possibly empty
   * @return the outcome
   * @throws InvalidValueException if no fact is given
   */
  public static Outcome flagged(List<FactValue> facts, List<ThresholdValue> thresholds) {
    if (facts.isEmpty()) {
      throw new InvalidValueException("Outcome", "facts", "must name what triggered a flag", facts);
    }
    return new Outcome(Status.FLAGGED, List.copyOf(facts), List.copyOf(thresholds), List.of());
  }

  /**
   * Obtains an indeterminate outcome naming the facts that would settle it.
   *
   * @param missing the unknown or stale facts, at least one
   * @return the outcome
   * @throws InvalidValueException if no fact is given
   */
  public static Outcome indeterminate(Fact... missing) {
    if (missing.length == 1) {
      return MISSING_ONE[missing[0].ordinal()];
    }
    return indeterminate(List.of(missing));
  }

  /**
   * Obtains an indeterminate outcome naming the facts that would settle it.
   *
   * @param missing the unknown or stale facts, at least one
   * @return the outcome
   * @throws InvalidValueException if no fact is given
   */
  public static Outcome indeterminate(List<Fact> missing) {
    if (missing.isEmpty()) {
      throw new InvalidValueException(
          "Outcome", "missing", "must name the facts that would settle the rule", missing);
    }
    if (missing.size() == 1) {
      return MISSING_ONE[missing.get(0).ordinal()];
    }
    return new Outcome(Status.INDETERMINATE, List.of(), List.of(), List.copyOf(missing));
  }

  private static Outcome[] missingOne() {
    Fact[] facts = Fact.values();
    Outcome[] outcomes = new Outcome[facts.length];
    for (Fact fact : facts) {
      outcomes[fact.ordinal()] = new Outcome(Status.INDETERMINATE, List.of(), List.of(), List.of(fact));
    }
    return outcomes;
  }

  /**
   * Returns a copy of this outcome with thresholds added to its basis.
   *
   * @param added the thresholds
   * @return the new outcome; this instance is unaffected
   */
  public Outcome withThresholds(ThresholdValue... added) {
    List<ThresholdValue> all = new ArrayList<>(thresholds);
    all.addAll(List.of(added));
    return new Outcome(status, facts, List.copyOf(all), missing);
  }

  /**
   * Returns the status.
   *
   * @return flagged, not flagged, indeterminate or not applicable
   */
  public Status status() {
    return status;
  }

  /**
   * Returns the facts that triggered a flag, with their values.
   *
   * @return the basis facts; empty unless flagged
   */
  public List<FactValue> facts() {
    return facts;
  }

  /**
   * Returns the protocol thresholds a flag was measured against.
   *
   * @return the thresholds, possibly empty
   */
  public List<ThresholdValue> thresholds() {
    return thresholds;
  }

  /**
   * Returns the facts that would settle an indeterminate outcome.
   *
   * @return the missing facts; empty unless indeterminate
   */
  public List<Fact> missing() {
    return missing;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Outcome other
        && status == other.status
        && facts.equals(other.facts)
        && thresholds.equals(other.thresholds)
        && missing.equals(other.missing);
  }

  @Override
  public int hashCode() {
    return ((status.hashCode() * 31 + facts.hashCode()) * 31 + thresholds.hashCode()) * 31
        + missing.hashCode();
  }

  @Override
  public String toString() {
    return switch (status) {
      case FLAGGED -> "flagged " + facts + (thresholds.isEmpty() ? "" : " against " + thresholds);
      case INDETERMINATE -> "indeterminate, needs " + missing;
      default -> status.code();
    };
  }
}
