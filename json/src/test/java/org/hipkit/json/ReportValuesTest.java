package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hipkit.json.BadInputTest.failure;

import java.io.ByteArrayOutputStream;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.hipkit.error.InvalidValueException;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.check.Fact;
import org.hipkit.check.FactValue;
import org.hipkit.check.Outcome;
import org.hipkit.check.Rule;
import org.hipkit.check.RuleDescription;
import org.hipkit.check.RuleResult;
import org.hipkit.check.StandardRules;
import org.hipkit.check.ThresholdValue;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;

/**
 * The values a rule puts into a finding, beyond those the fixture report holds: a plan's purpose,
 * thresholds that are periods or booleans, and values that have none of their fact's shapes, which
 * the writer refuses rather than write a document that would not read back.
 */
class ReportValuesTest {

  /** injection-blood-thinner-bruising: flagged in the fixture, and it applies to the fixture's plan. */
  private static final int FLAGGED = 6;

  /**
   * A clinic rule in the place of the rule at {@link #FLAGGED} that reads every fact and uses every
   * threshold, so that a finding of it may hold a value of any shape: a report holds only the facts
   * and thresholds its rules declare.
   */
  private static final Rule ANY_FACT =
      Rule.of(
          RuleDescription.builder()
              .from(StandardRules.INJECTION_BLOOD_THINNER_BRUISING.description())
              .id("clinic-any-fact")
              .reads(List.of(Fact.values()))
              .thresholds(List.copyOf(Protocol.standard().thresholds().keySet()))
              .build(),
          context -> Outcome.notFlagged());

  private static final HipJson JSON = HipJson.builder().checker(clinicChecker()).build();

  private static Checker clinicChecker() {
    List<Rule> rules = new ArrayList<>(StandardRules.all());
    rules.set(FLAGGED, ANY_FACT);
    return Checker.builder().rules(rules).build();
  }

  private static CheckReport withOutcome(Outcome outcome) {
    CheckReport report = Fixtures.report();
    List<RuleResult> results = new ArrayList<>(report.results());
    results.set(FLAGGED, new RuleResult(ANY_FACT.description(), outcome));
    return CheckReport.of(report.plan(), report.protocol(), report.asOf(), results);
  }

  private static CheckReport withThreshold(String name) {
    Object value = Fixtures.report().protocol().thresholds().get(name);
    return withOutcome(
        Outcome.flagged(
            Fixtures.report().results().get(FLAGGED).outcome().facts(), List.of(new ThresholdValue(name, value))));
  }

  @Test
  void planPurpose_isWrittenAsItsCode_andReadBack() {
    CheckReport report = withOutcome(Outcome.flagged(new FactValue(Fact.PLAN_PURPOSE, "therapeutic")));

    String json = JSON.writeReport(report);

    assertThat(json).contains("{\"fact\":\"plan-purpose\",\"purpose\":\"therapeutic\"}");
    assertThat(JSON.readReport(json)).isEqualTo(report);
  }

  @Test
  void planPurpose_withAnotherCode_isNotWritten() {
    CheckReport report = withOutcome(Outcome.flagged(new FactValue(Fact.PLAN_PURPOSE, "cosmetic")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> JSON.writeReport(report))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(
            "The report cannot be written as a hipkit.report document: at /results/6/facts/0, fact"
                + " 'plan-purpose' takes a purpose code ('purpose'), not a java.lang.String (cosmetic)");
    assertThatThrownBy(() -> JSON.writeReport(report, out)).isInstanceOf(InvalidValueException.class);
    assertThat(out.size()).isZero();
  }

  @Test
  void planPurpose_thatIsNotAString_isNotWritten() {
    CheckReport report = withOutcome(Outcome.flagged(new FactValue(Fact.PLAN_PURPOSE, 1)));

    assertThatThrownBy(() -> JSON.writeReport(report))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("fact 'plan-purpose' takes a purpose code ('purpose'), not a java.lang.Integer (1)");
  }

  @Test
  void ids_thatAreNotAllStrings_areNotWritten() {
    CheckReport report =
        withOutcome(Outcome.flagged(new FactValue(Fact.BLOOD_THINNERS, List.of("warfarin", 7))));

    assertThatThrownBy(() -> JSON.writeReport(report))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(
            "The report cannot be written as a hipkit.report document: at /results/6/facts/0, fact"
                + " 'blood-thinners' takes a list of catalog ids ('ids'), not a java.util.")
        .hasMessageContaining(" ([warfarin, 7])");
  }

  @Test
  void planComponents_areWrittenAsOneIdOrAsAList() {
    CheckReport one = withOutcome(Outcome.flagged(new FactValue(Fact.PLAN_COMPONENTS, "lidocaine")));
    CheckReport two =
        withOutcome(Outcome.flagged(new FactValue(Fact.PLAN_COMPONENTS, List.of("lidocaine", "contrast-dye"))));

    assertThat(JSON.writeReport(one)).contains("{\"fact\":\"plan-components\",\"id\":\"lidocaine\"}");
    assertThat(JSON.writeReport(two))
        .contains("{\"fact\":\"plan-components\",\"ids\":[\"lidocaine\",\"contrast-dye\"]}");
    assertThat(JSON.readReport(JSON.writeReport(one))).isEqualTo(one);
    assertThat(JSON.readReport(JSON.writeReport(two))).isEqualTo(two);
  }

  @Test
  void periodThreshold_isWrittenAsAnIsoPeriod_andReadBack() {
    CheckReport report = withThreshold("minRepeatInjectionInterval");
    assertThat(report.results().get(FLAGGED).outcome().thresholds().get(0).value()).isEqualTo(Period.ofMonths(4));

    String json = JSON.writeReport(report);

    assertThat(json).contains("{\"name\":\"minRepeatInjectionInterval\",\"value\":\"P4M\"}");
    assertThat(JSON.readReport(json)).isEqualTo(report);
  }

  @Test
  void booleanThreshold_isWrittenAsABoolean_andReadBack() {
    CheckReport report = withThreshold("landmarkAcceptableForIntraArticular");

    String json = JSON.writeReport(report);

    assertThat(json).containsPattern("\\{\"name\":\"landmarkAcceptableForIntraArticular\",\"value\":(true|false)}");
    assertThat(JSON.readReport(json)).isEqualTo(report);
  }

  @Test
  void periodThreshold_thatIsNotAPeriod_isRefused() {
    String json =
        JSON.writeReport(withThreshold("minRepeatInjectionInterval"))
            .replace("\"value\":\"P4M\"", "\"value\":\"4 months\"");

    HipJsonException e = failure(() -> JSON.readReport(json));

    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo("/results/6/thresholds/0/value");
    assertThat(e.reason()).isEqualTo("must be an ISO-8601 period such as P3M, P6W or P1Y2M10D (was '4 months')");
  }

  @Test
  void thresholdsOfTheWrongJsonType_areRefused_namingBothTypes() {
    String period =
        JSON.writeReport(withThreshold("minRepeatInjectionInterval")).replace("\"value\":\"P4M\"", "\"value\":true");
    String bool =
        JSON.writeReport(withThreshold("landmarkAcceptableForIntraArticular"))
            .replaceAll("(\"landmarkAcceptableForIntraArticular\",\"value\":)(true|false)", "$1\"yes\"");

    HipJsonException periodAsBoolean = failure(() -> JSON.readReport(period));
    HipJsonException booleanAsString = failure(() -> JSON.readReport(bool));

    assertThat(periodAsBoolean.problem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(periodAsBoolean.pointer()).isEqualTo("/results/6/thresholds/0/value");
    assertThat(periodAsBoolean.reason())
        .isEqualTo("threshold 'minRepeatInjectionInterval' is a period, so this must be a period, not a boolean");
    assertThat(booleanAsString.problem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(booleanAsString.reason())
        .isEqualTo(
            "threshold 'landmarkAcceptableForIntraArticular' is a boolean, so this must be a boolean, not a"
                + " string");
  }
}
