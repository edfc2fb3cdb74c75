package org.hipkit.check;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.stream.Collectors;
import org.hipkit.error.InvalidValueException;
import org.hipkit.error.UnknownIdException;
import org.hipkit.internal.Nearest;
import org.hipkit.internal.Require;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.protocol.Protocol;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking a treatment plan against a patient profile: every flagged finding with its
 * basis, every rule that could not be assessed with the facts that would settle it, the facts that
 * will be stale by the procedure, the facts whose dates are data errors, and an overall {@link
 * Summary}.
 *
 * <p>A report has two dates: {@link #asOf()}, the day the check was made, and {@link
 * #procedureDate()}, the plan's planned date, on which every fact was judged.
 *
 * <p>Findings are ordered by concern, highest first, then by rule id; indeterminate results by rule
 * id; so the same input always gives the same report. The report informs a professional; it does
 * not decide or order anything.
 *
 * <p>Two reports are equal when they have equal plans, protocols, dates, stale facts, data problems
 * and results (in order); the
 * findings, indeterminate results and summary follow from those.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CheckReport {

  private static final Concern[] CONCERNS = Concern.values();

  private final TreatmentPlan plan;
  private final Protocol protocol;
  private final LocalDate asOf;
  private final List<StaleFact> staleFacts;
  private final List<DataProblem> dataProblems;
  private final List<Rule> rules;
  private final Outcome[] outcomes;
  private final List<RuleResult> findings;
  private final List<RuleResult> indeterminate;
  private final Summary summary;

  /**
   * Builds a report from one outcome per rule; {@code order} is the rules' {@linkplain IdOrder id
   * order}, which a checker computes once for all its reports.
   */
  CheckReport(
      TreatmentPlan plan,
      Protocol protocol,
      LocalDate asOf,
      List<StaleFact> staleFacts,
      List<DataProblem> dataProblems,
      List<Rule> rules,
      Outcome[] outcomes,
      IdOrder order) {
    this.plan = plan;
    this.protocol = protocol;
    this.asOf = asOf;
    this.staleFacts = staleFacts;
    this.dataProblems = dataProblems;
    this.rules = rules;
    this.outcomes = outcomes;
    // Count first, so that each list is one array of its exact size.
    int flaggedCount = 0;
    int unknownCount = 0;
    int concernsFlagged = 0;
    boolean assessed = false;
    for (int i = 0; i < outcomes.length; i++) {
      Status status = outcomes[i].status();
      if (status != Status.NOT_APPLICABLE) {
        assessed = true;
      }
      if (status == Status.FLAGGED) {
        flaggedCount++;
        concernsFlagged |= 1 << rules.get(i).description().concern().ordinal();
      } else if (status == Status.INDETERMINATE) {
        unknownCount++;
      }
    }
    // Walking the rules in id order yields each list already sorted: findings once per concern
    // that occurs, highest first; no comparator, no id strings compared.
    RuleResult[] flagged = new RuleResult[flaggedCount];
    int f = 0;
    for (int c = CONCERNS.length - 1; c >= 0 && f < flaggedCount; c--) {
      if ((concernsFlagged & (1 << c)) != 0) {
        for (int rank = 0; rank < outcomes.length; rank++) {
          int i = order.index(rank);
          RuleDescription rule = rules.get(i).description();
          if (outcomes[i].status() == Status.FLAGGED && rule.concern().ordinal() == c) {
            flagged[f++] = new RuleResult(rule, outcomes[i]);
          }
        }
      }
    }
    RuleResult[] unknown = new RuleResult[unknownCount];
    int u = 0;
    for (int rank = 0; rank < outcomes.length && u < unknownCount; rank++) {
      int i = order.index(rank);
      if (outcomes[i].status() == Status.INDETERMINATE) {
        unknown[u++] = new RuleResult(rules.get(i).description(), outcomes[i]);
      }
    }
    this.findings = list(flagged);
    this.indeterminate = list(unknown);
    Concern level = findings.isEmpty() ? Concern.NONE_FOUND : findings.get(0).concern();
    // A report in which no rule applied has assessed nothing, so it cannot read clear.
    boolean incomplete = !indeterminate.isEmpty() || !assessed;
    if (incomplete && level.compareTo(Concern.INCOMPLETE) < 0) {
      level = Concern.INCOMPLETE;
    }
    this.summary = new Summary(level, incomplete, findings.size(), indeterminate.size());
  }

  private static List<RuleResult> list(RuleResult[] results) {
    return results.length == 0 ? List.of() : new ResultList(results);
  }

  /**
   * The order of a list of rules by id: the index of the rule at each rank. Computed once per rule
   * list, so that a report can walk its results in id order without sorting them.
   */
  static final class IdOrder {
    private final int[] indexAt;

    private IdOrder(int[] indexAt) {
      this.indexAt = indexAt;
    }

    static IdOrder of(List<Rule> rules) {
      Integer[] byId = new Integer[rules.size()];
      for (int i = 0; i < byId.length; i++) {
        byId[i] = i;
      }
      Arrays.sort(byId, Comparator.comparing(i -> rules.get(i).description().id()));
      int[] indexAt = new int[byId.length];
      for (int rank = 0; rank < byId.length; rank++) {
        indexAt[rank] = byId[rank];
      }
      return new IdOrder(indexAt);
    }

    int index(int rank) {
      return indexAt[rank];
    }
  }

  /**
   * Rebuilds a report without stale facts or data problems from its parts: the same as {@link
   * #of(TreatmentPlan, Protocol, LocalDate, List, List, List)} with both lists empty.
   *
   * @param plan the plan that was checked
   * @param protocol the protocol whose thresholds were used
   * @param asOf the date the check was made
   * @param results every rule's result, in the checker's rule order; possibly empty
   * @return the report
   * @throws NullPointerException if an argument or a result is null
   * @throws InvalidValueException if two results are of rules with one id
   */
  public static CheckReport of(
      TreatmentPlan plan, Protocol protocol, LocalDate asOf, List<RuleResult> results) {
    return of(plan, protocol, asOf, List.of(), List.of(), results);
  }

  /**
   * Rebuilds a report from its parts, such as a report that was stored and is read back: the checked
   * plan, the protocol used, the date the check was made, the facts stale by the procedure, the data
   * problems and every rule's result in the checker's order. The findings, the indeterminate results
   * and the summary are derived from the results exactly as {@link Checker#check} derives them, so a
   * report rebuilt from the parts of another is equal to it.
   *
   * <p>This does not evaluate any rule: the results are taken as given. A report with no results,
   * or whose results are all not applicable, assessed nothing: its summary is {@link
   * Concern#INCOMPLETE}, never clear.
   *
   * @param plan the plan that was checked
   * @param protocol the protocol whose thresholds were used
   * @param asOf the date the check was made
   * @param staleFacts the facts current on {@code asOf} but too old on the plan's planned date
   * @param dataProblems the facts dated after {@code asOf} or after the planned date
   * @param results every rule's result, in the checker's rule order; possibly empty
   * @return the report
   * @throws NullPointerException if an argument, an element or a result is null
   * @throws InvalidValueException if two results are of rules with one id; if a stale fact is not
   *     current on {@code asOf}, is still current on the planned date, or has another maximum age
   *     than the protocol's; if a data problem's {@code judgedOn} is not the date its fact's date
   *     breaks (the check date when after it, else the planned date); or if a rule that reads a
   *     stale or wrongly dated fact is not flagged
   */
  public static CheckReport of(
      TreatmentPlan plan,
      Protocol protocol,
      LocalDate asOf,
      List<StaleFact> staleFacts,
      List<DataProblem> dataProblems,
      List<RuleResult> results) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(asOf, "asOf");
    Require.date(asOf, "CheckReport", "asOf");
    Objects.requireNonNull(results, "results");
    List<StaleFact> stale = List.copyOf(staleFacts);
    List<DataProblem> problems = List.copyOf(dataProblems);
    long dated = 0L;
    for (StaleFact fact : stale) {
      String broken = staleFlaw(fact, protocol, asOf, plan.plannedDate());
      if (broken != null) {
        throw new InvalidValueException("CheckReport", "staleFacts", broken, fact);
      }
    }
    for (DataProblem problem : problems) {
      String broken = problemFlaw(problem, asOf, plan.plannedDate());
      if (broken != null) {
        throw new InvalidValueException("CheckReport", "dataProblems", broken, problem);
      }
      dated |= DatedFacts.bit(problem.fact());
    }
    List<Rule> rules = new ArrayList<>(results.size());
    Outcome[] outcomes = new Outcome[results.size()];
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < outcomes.length; i++) {
      RuleResult result = Objects.requireNonNull(results.get(i), "results must not hold null");
      if (!ids.add(result.rule().id())) {
        throw new InvalidValueException(
            "CheckReport", "results", "must not hold two results of one rule", result.rule().id());
      }
      if (result.status() == Status.NOT_FLAGGED
          && (DatedFacts.mask(result.rule().reads()) & dated) != 0L) {
        throw new InvalidValueException(
            "CheckReport",
            "results",
            "must not hold a not-flagged result of a rule that reads a wrongly dated fact",
            result.rule().id());
      }
      rules.add(new Described(result.rule()));
      outcomes[i] = result.outcome();
    }
    List<Rule> copy = List.copyOf(rules);
    return new CheckReport(plan, protocol, asOf, stale, problems, copy, outcomes, IdOrder.of(copy));
  }

  /**
   * What makes a stale fact impossible in a report of these dates and protocol, or null when it
   * is possible: it must be current on the check date, too old on the procedure date, and aged by
   * the protocol's maximum.
   *
   * @param fact the stale fact
   * @param protocol the report's protocol
   * @param asOf the check date
   * @param procedureDate the procedure date
   * @return the broken rule in words, or null
   */
  public static @Nullable String staleFlaw(
      StaleFact fact, Protocol protocol, LocalDate asOf, LocalDate procedureDate) {
    int maxAge = DatedFacts.maxAge(fact.fact(), protocol);
    if (fact.maxAgeDays() != maxAge) {
      return "must have the protocol's " + fact.threshold() + ", " + maxAge;
    }
    if (fact.date().isAfter(asOf) || fact.currentUntil().isBefore(asOf)) {
      return "must be current on the check date " + asOf;
    }
    if (!fact.currentUntil().isBefore(procedureDate)) {
      return "must be too old on the procedure date " + procedureDate + " to be stale";
    }
    return null;
  }

  /**
   * What makes a data problem impossible in a report of these dates, or null when it is possible:
   * its fact's date must break the check date, or else the procedure date, and name that date.
   *
   * @param problem the data problem
   * @param asOf the check date
   * @param procedureDate the procedure date
   * @return the broken rule in words, or null
   */
  public static @Nullable String problemFlaw(
      DataProblem problem, LocalDate asOf, LocalDate procedureDate) {
    LocalDate broken = DatedFacts.brokenDate(problem.date(), asOf, procedureDate);
    if (!problem.judgedOn().equals(broken)) {
      return broken == null
          ? "must be dated after the check date " + asOf + " or the procedure date " + procedureDate
          : "must be judged on " + broken + ", the first of the check date and the procedure date"
              + " that its date is after";
    }
    return null;
  }

  /** A rule known only by its description, standing in for the rule of a rebuilt report. */
  private static final class Described implements Rule {
    private final RuleDescription description;

    Described(RuleDescription description) {
      this.description = description;
    }

    @Override
    public RuleDescription description() {
      return description;
    }

    @Override
    public Outcome evaluate(CheckContext context) {
      throw new UnsupportedOperationException(
          "rule " + description + " was rebuilt from a report and cannot be evaluated");
    }
  }

  private static final class ResultList extends AbstractList<RuleResult> implements RandomAccess {
    private final RuleResult[] results;

    ResultList(RuleResult[] results) {
      this.results = results;
    }

    @Override
    public RuleResult get(int index) {
      return results[index];
    }

    @Override
    public int size() {
      return results.length;
    }
  }

  /**
   * Returns the plan that was checked.
   *
   * @return the plan
   */
  public TreatmentPlan plan() {
    return plan;
  }

  /**
   * Returns the protocol whose thresholds were used.
   *
   * @return the protocol
   */
  public Protocol protocol() {
    return protocol;
  }

  /**
   * Returns the date the check was made.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the date of the procedure, on which every fact was judged: the plan's planned date.
   *
   * @return the procedure date
   */
  public LocalDate procedureDate() {
    return plan.plannedDate();
  }

  /**
   * Returns the facts current on the check date that will be too old by the procedure date: what to
   * re-measure or restate before it. A rule that reads one is not clear.
   *
   * @return the stale facts, possibly empty
   */
  public List<StaleFact> staleFacts() {
    return staleFacts;
  }

  /**
   * Returns the facts dated after the check date or after the procedure date: data errors to
   * correct. A rule that reads one is not clear.
   *
   * @return the data problems, possibly empty
   */
  public List<DataProblem> dataProblems() {
    return dataProblems;
  }

  /**
   * Returns the overall result.
   *
   * @return the summary
   */
  public Summary summary() {
    return summary;
  }

  /**
   * Returns the flagged findings, highest concern first, then by rule id.
   *
   * @return the findings, possibly empty
   */
  public List<RuleResult> findings() {
    return findings;
  }

  /**
   * Returns the rules that could not be assessed, by rule id, each naming the facts that would
   * settle it.
   *
   * @return the indeterminate results, possibly empty
   */
  public List<RuleResult> indeterminate() {
    return indeterminate;
  }

  /**
   * Returns every rule's result, in the checker's rule order, including rules that did not flag and
   * rules that did not apply.
   *
   * @return all results
   */
  public List<RuleResult> results() {
    List<RuleResult> all = new ArrayList<>(outcomes.length);
    for (int i = 0; i < outcomes.length; i++) {
      all.add(new RuleResult(rules.get(i).description(), outcomes[i]));
    }
    return List.copyOf(all);
  }

  /**
   * Returns the result of one rule.
   *
   * @param ruleId the rule's id
   * @return the result
   * @throws UnknownIdException if the checker had no rule with that id, naming the nearest ids
   */
  public RuleResult result(String ruleId) {
    List<String> ids = new ArrayList<>(outcomes.length);
    for (int i = 0; i < outcomes.length; i++) {
      String id = rules.get(i).description().id();
      if (id.equals(ruleId)) {
        return new RuleResult(rules.get(i).description(), outcomes[i]);
      }
      ids.add(id);
    }
    throw new UnknownIdException("rule", ruleId, Nearest.ids(ruleId, ids));
  }

  /**
   * Renders the report as plain text a person can read, in a stable order.
   *
   * @return the text, ending with a line break
   */
  public String render() {
    StringBuilder text = new StringBuilder();
    text.append("Check of ").append(plan).append('\n');
    text.append("Made on ")
        .append(asOf)
        .append(" for the procedure on ")
        .append(plan.plannedDate())
        .append(", protocol ")
        .append(protocol.id())
        .append('\n');
    text.append("Summary: ").append(summary).append('\n');
    if (summary.isClear()) {
      text.append("Every applicable rule was assessed; none flagged.\n");
    } else if (summary.flagged() + summary.indeterminate() == 0) {
      text.append("No rule was assessed: the checker has no rule that applies to this plan.\n");
    }
    if (!staleFacts.isEmpty()) {
      text.append("\nSTALE BY THE PROCEDURE (re-measure or restate before ")
          .append(plan.plannedDate())
          .append("):\n");
      for (StaleFact fact : staleFacts) {
        text.append("  ").append(fact).append('\n');
      }
    }
    if (!dataProblems.isEmpty()) {
      text.append("\nDATA PROBLEMS (dates to correct):\n");
      for (DataProblem problem : dataProblems) {
        text.append("  ")
            .append(problem.fact().code())
            .append(" dated ")
            .append(problem.date())
            .append(" is after ")
            .append(problem.judgedOn().equals(asOf) ? "the check date " : "the procedure date ")
            .append(problem.judgedOn())
            .append('\n');
      }
    }
    for (RuleResult f : findings) {
      RuleDescription rule = f.rule();
      text.append('\n')
          .append(f.concern().code().toUpperCase(java.util.Locale.ROOT))
          .append(": ")
          .append(rule.title())
          .append(" [")
          .append(rule.id())
          .append(" v")
          .append(rule.version())
          .append(", ")
          .append(rule.severity().code())
          .append("]\n");
      text.append("  because: ")
          .append(f.outcome().facts().stream().map(FactValue::toString).collect(Collectors.joining("; ")))
          .append('\n');
      if (!f.outcome().thresholds().isEmpty()) {
        text.append("  thresholds: ")
            .append(
                f.outcome().thresholds().stream()
                    .map(ThresholdValue::toString)
                    .collect(Collectors.joining("; ")))
            .append('\n');
      }
      text.append("  option: ").append(rule.action()).append('\n');
      text.append("  why: ").append(rule.rationale()).append('\n');
      text.append("  sources: ")
          .append(rule.sources().stream().map(s -> s.key()).collect(Collectors.joining(", ")))
          .append('\n');
    }
    for (RuleResult u : indeterminate) {
      text.append('\n')
          .append("NOT ASSESSED: ")
          .append(u.rule().title())
          .append(" [")
          .append(u.rule().id())
          .append("]\n  would be settled by: ")
          .append(u.outcome().missing().stream().map(Fact::code).collect(Collectors.joining(", ")))
          .append('\n');
    }
    text.append("\nhipkit informs professionals; it does not decide.\n");
    return text.toString();
  }

  /**
   * Tells whether another object is a report of the same plan, protocol and date with equal stale
   * facts, data problems and results in the same order.
   *
   * @param other the object to compare with
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CheckReport r)
        || outcomes.length != r.outcomes.length
        || !asOf.equals(r.asOf)
        || !staleFacts.equals(r.staleFacts)
        || !dataProblems.equals(r.dataProblems)
        || !plan.equals(r.plan)
        || !protocol.equals(r.protocol)) {
      return false;
    }
    for (int i = 0; i < outcomes.length; i++) {
      if (!outcomes[i].equals(r.outcomes[i])
          || !rules.get(i).description().equals(r.rules.get(i).description())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = Objects.hash(plan, protocol, asOf, staleFacts, dataProblems);
    for (int i = 0; i < outcomes.length; i++) {
      hash = 31 * hash + rules.get(i).description().hashCode();
      hash = 31 * hash + outcomes[i].hashCode();
    }
    return hash;
  }

  @Override
  public String toString() {
    return "CheckReport[" + summary + "]";
  }
}
