package org.hipkit.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hipkit.error.InvalidValueException;
import org.hipkit.internal.Require;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;
import org.hipkit.protocol.Protocol;

/**
 * Checks a treatment plan against a patient profile: evaluates every rule whose scope covers the
 * plan and collects the results into a {@link CheckReport}.
 *
 * <pre>{@code
 * Checker checker = Checker.standard();
 * CheckReport report = checker.check(profile, plan);
 * System.out.print(report.render());
 * }</pre>
 *
 * <p>A check has two dates, and there is no hidden clock: the date it is made ({@code asOf}, which
 * the caller passes, the plan's date by default) and the procedure date (the plan's planned date).
 * Facts are judged on the procedure date, because that is when they must hold: a measurement or
 * statement counts only if it is still current then, and intervals run to it. The report lists the
 * facts that are current on the check date but will be stale by the procedure, and every fact
 * dated after the check date or the procedure date as a {@link DataProblem}. A rule that reads such
 * a fact never reads clear: where it would have been not flagged, it is indeterminate, naming the
 * fact. A checker is immutable and thread-safe: build it once and share it.
 */
public final class Checker {

  private static final Checker STANDARD = builder().build();

  private final List<Rule> rules;
  /** The same rules as an array, for the check loop. */
  private final Rule[] ruleArray;
  private final ScopeMask[] scopes;
  /** The facts each rule reads, as bit masks over fact ordinals. */
  private final long[] reads;
  private final CheckReport.IdOrder idOrder;
  private final Protocol protocol;
  /** The protocol's thresholds as findings carry them, built once. */
  private final Thresholds thresholds;

  private Checker(List<Rule> rules, Protocol protocol) {
    this.rules = rules;
    this.ruleArray = rules.toArray(new Rule[0]);
    // Compiled once: deciding which rules apply is then a few bit operations per rule and check.
    this.scopes = new ScopeMask[ruleArray.length];
    this.reads = new long[ruleArray.length];
    for (int i = 0; i < ruleArray.length; i++) {
      scopes[i] = ScopeMask.of(ruleArray[i].description().scope());
      reads[i] = DatedFacts.mask(ruleArray[i].description().reads());
    }
    this.idOrder = CheckReport.IdOrder.of(rules);
    this.protocol = protocol;
    this.thresholds = new Thresholds(protocol);
  }

  /**
   * Returns the checker with hipkit's {@link StandardRules standard rules} and the {@link
   * Protocol#standard() standard protocol}.
   *
   * @return the shared standard checker
   */
  public static Checker standard() {
    return STANDARD;
  }

  /**
   * Returns a builder that starts with the standard rules and the standard protocol.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rules, in evaluation order.
   *
   * @return an immutable list
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Returns the protocol whose thresholds the rules use.
   *
   * @return the protocol
   */
  public Protocol protocol() {
    return protocol;
  }

  /**
   * Checks a plan on its planned date: the check is made on the day of the procedure.
   *
   * @param profile the patient profile
   * @param plan the treatment plan
   * @return the report
   */
  public CheckReport check(PatientProfile profile, TreatmentPlan plan) {
    return check(profile, plan, plan.plannedDate());
  }

  /**
   * Checks a plan on a given date, for the procedure on the plan's planned date.
   *
   * <p>Facts are judged on the planned date: a measurement or statement counts only when its age on
   * that day is within the protocol's maximum, and the time since an operation is measured to it.
   * A fact current on {@code asOf} but too old by the planned date is listed in {@link
   * CheckReport#staleFacts()}; a fact dated after {@code asOf} or after the planned date is listed
   * in {@link CheckReport#dataProblems()}. A stale fact counts as unknown, so a rule that needs it
   * is indeterminate; a data problem makes every rule reading that fact not clear: not flagged
   * becomes indeterminate, naming it, even when another fact would have settled the rule.
   *
   * @param profile the patient profile
   * @param plan the treatment plan
   * @param asOf the date the check is made
   * @return the report
   * @throws InvalidValueException if {@code asOf} falls outside the years 1900 to 2200
   */
  public CheckReport check(PatientProfile profile, TreatmentPlan plan, LocalDate asOf) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(asOf, "asOf");
    Require.date(asOf, "Checker", "asOf");
    CheckContext context = new CheckContext(profile, plan, thresholds, asOf);
    Rule[] all = ruleArray;
    ScopeMask.Shape shape = ScopeMask.Shape.of(plan);
    Outcome[] outcomes = new Outcome[all.length];
    long read = 0L;
    for (int i = 0; i < all.length; i++) {
      Rule rule = all[i];
      Outcome outcome =
          scopes[i].matches(shape) ? rule.evaluate(context) : Outcome.notApplicable();
      if (outcome == null) {
        // Built here rather than through a message supplier: no allocation on the path that passes.
        throw new NullPointerException("rule " + rule.description().id() + " returned null");
      }
      outcomes[i] = outcome;
      if (outcome.status() != Status.NOT_APPLICABLE) {
        read |= reads[i];
      }
    }
    DatedFacts.Judgement dates =
        DatedFacts.judge(profile, protocol, asOf, plan.plannedDate(), read);
    if (dates.problemFacts() != 0L) {
      for (int i = 0; i < all.length; i++) {
        long affected = reads[i] & dates.problemFacts();
        if (affected != 0L && outcomes[i].status() == Status.NOT_FLAGGED) {
          outcomes[i] = Outcome.indeterminate(only(all[i].description().reads(), affected));
        }
      }
    }
    return new CheckReport(
        plan, protocol, asOf, dates.stale(), dates.problems(), rules, outcomes, idOrder);
  }

  /** The facts of {@code reads} that {@code mask} holds, in the rule's order. */
  private static List<Fact> only(List<Fact> reads, long mask) {
    List<Fact> facts = new ArrayList<>(Long.bitCount(mask));
    for (int i = 0; i < reads.size(); i++) {
      if ((mask & DatedFacts.bit(reads.get(i))) != 0L) {
        facts.add(reads.get(i));
      }
    }
    return facts;
  }

  /**
   * Collects rules and a protocol for a {@link Checker}; starts with the standard ones.
   */
  public static final class Builder {

    private final List<Rule> rules = new ArrayList<>(StandardRules.all());
    private Protocol protocol = Protocol.standard();

    private Builder() {}

    /**
     * Sets the protocol.
     *
     * @param protocol the protocol whose thresholds the rules use
     * @return this builder
     */
    public Builder protocol(Protocol protocol) {
      this.protocol = Objects.requireNonNull(protocol, "protocol");
      return this;
    }

    /**
     * Adds a rule after those already present.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Replaces every rule with the given ones.
     *
     * @param replacement the rules, in evaluation order
     * @return this builder
     */
    public Builder rules(List<Rule> replacement) {
      rules.clear();
      replacement.forEach(this::addRule);
      return this;
    }

    /**
     * Removes the rule with the given id, if present.
     *
     * @param ruleId the id
     * @return this builder
     */
    public Builder removeRule(String ruleId) {
      rules.removeIf(r -> r.description().id().equals(ruleId));
      return this;
    }

    /**
     * Builds the checker.
     *
     * @return the checker
     * @throws InvalidValueException if two rules share an id
     */
    public Checker build() {
      Set<String> ids = new HashSet<>();
      for (Rule rule : rules) {
        String id = rule.description().id();
        if (!ids.add(id)) {
          throw new InvalidValueException("Checker", "rules", "must not hold two rules with one id", id);
        }
      }
      return new Checker(List.copyOf(rules), protocol);
    }
  }
}
