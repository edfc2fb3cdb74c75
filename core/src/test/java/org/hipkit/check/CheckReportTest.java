package org.hipkit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hipkit.check.Cases.DAY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipkit.error.InvalidValueException;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;

/** Reports as values: rebuilt from their parts with {@link CheckReport#of}, and compared by value. */
class CheckReportTest {

  private static final TreatmentPlan PLAN = Cases.steroidInjection().build();
  private static final PatientProfile PROFILE =
      Cases.allAbsent().diabetes(Presence.UNKNOWN).bloodThinnerUse(Presence.PRESENT).build();

  private static CheckReport check() {
    return Checker.standard().check(PROFILE, PLAN);
  }

  @Test
  void of_rebuildsAReportEqualToTheCheckersOwn() {
    CheckReport checked = check();

    CheckReport rebuilt = CheckReport.of(PLAN, checked.protocol(), DAY, checked.results());

    assertThat(rebuilt).isEqualTo(checked).hasSameHashCodeAs(checked);
    assertThat(rebuilt.results()).isEqualTo(checked.results());
    assertThat(rebuilt.findings()).isEqualTo(checked.findings()).isNotEmpty();
    assertThat(rebuilt.indeterminate()).isEqualTo(checked.indeterminate()).isNotEmpty();
    assertThat(rebuilt.summary()).isEqualTo(checked.summary());
    assertThat(rebuilt.render()).isEqualTo(checked.render());
    assertThat(rebuilt.result("injection-blood-thinner-bruising"))
        .isEqualTo(checked.result("injection-blood-thinner-bruising"));
  }

  @Test
  void of_derivesTheSummaryFromTheResults() {
    RuleResult flagged =
        new RuleResult(
            StandardRules.INJECTION_RED_FLAGS.description(),
            Outcome.flagged(new FactValue(Fact.SUSPECTED_FRACTURE, Presence.PRESENT)));
    RuleResult unknown =
        new RuleResult(StandardRules.INJECTION_SYSTEMIC_INFECTION.description(), Outcome.indeterminate(Fact.SYSTEMIC_INFECTION));

    CheckReport report = CheckReport.of(PLAN, Protocol.standard(), DAY, List.of(unknown, flagged));

    assertThat(report.summary()).isEqualTo(new Summary(Concern.DEFER, true, 1, 1));
    assertThat(report.findings()).containsExactly(flagged);
    assertThat(report.results()).containsExactly(unknown, flagged);
    // A report without results assessed nothing: it must not read clear.
    assertThat(CheckReport.of(PLAN, Protocol.standard(), DAY, List.of()).summary())
        .isEqualTo(new Summary(Concern.INCOMPLETE, true, 0, 0));
  }

  @Test
  void of_keepsNothingOfTheCallersList() {
    List<RuleResult> results = new ArrayList<>(check().results());
    CheckReport report = CheckReport.of(PLAN, Protocol.standard(), DAY, results);

    results.clear();

    assertThat(report).isEqualTo(check());
  }

  @Test
  void of_refusesNullsAndRepeatedRules() {
    RuleResult result = check().results().get(0);

    assertThatThrownBy(() -> CheckReport.of(null, Protocol.standard(), DAY, List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CheckReport.of(PLAN, null, DAY, List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CheckReport.of(PLAN, Protocol.standard(), null, List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CheckReport.of(PLAN, Protocol.standard(), DAY, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CheckReport.of(PLAN, Protocol.standard(), DAY, Arrays.asList(result, null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CheckReport.of(PLAN, Protocol.standard(), DAY, List.of(result, result)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(result.rule().id());
  }

  @Test
  void equality_isByPlanProtocolDateAndResultsInOrder() {
    CheckReport report = check();
    List<RuleResult> reversed = new ArrayList<>(report.results());
    java.util.Collections.reverse(reversed);
    Protocol other = Protocol.builder().id("other").build();

    assertThat(check()).isEqualTo(report).hasSameHashCodeAs(report);
    assertThat(report).isNotEqualTo(Checker.standard().check(PROFILE, PLAN, DAY.plusDays(1)));
    assertThat(report).isNotEqualTo(Checker.builder().protocol(other).build().check(PROFILE, PLAN));
    assertThat(report).isNotEqualTo(Checker.standard().check(Cases.allAbsent().build(), PLAN));
    assertThat(report).isNotEqualTo(CheckReport.of(PLAN, report.protocol(), DAY, reversed));
    assertThat(report).isNotEqualTo(CheckReport.of(PLAN, report.protocol(), DAY, report.results().subList(1, report.results().size())));
    assertThat(report).isNotEqualTo(
        Checker.standard().check(PROFILE, Cases.steroidInjection().side(org.hipkit.anatomy.Side.LEFT).build()));
    assertThat(report).isNotEqualTo(null).isNotEqualTo(report.summary());
  }

  @Test
  void reportsOfDifferentChecks_hashDifferently_andNoReportEqualsAnotherType() {
    CheckReport some = check();
    CheckReport none = Checker.standard().check(Cases.allAbsent().build(), PLAN);
    CheckReport later = Checker.standard().check(PROFILE, PLAN, DAY.plusDays(1));

    assertThat(List.of(some.hashCode(), none.hashCode(), later.hashCode())).doesNotHaveDuplicates();
    assertThat(some).isNotEqualTo(none).isNotEqualTo(later).isNotEqualTo(some.summary());
    // Called directly: AssertJ's isEqualTo answers for the same instance without calling equals.
    assertThat(some.equals(some)).isTrue();
  }
  @Test
  void render_saysNoRuleWasAssessed_onlyWhenNoneWas() {
    RuleResult flagged =
        new RuleResult(
            StandardRules.INJECTION_RED_FLAGS.description(),
            Outcome.flagged(new FactValue(Fact.SUSPECTED_FRACTURE, Presence.PRESENT)));
    RuleResult unknown =
        new RuleResult(StandardRules.INJECTION_SYSTEMIC_INFECTION.description(), Outcome.indeterminate(Fact.SYSTEMIC_INFECTION));
    String noRule = "No rule was assessed";

    assertThat(CheckReport.of(PLAN, Protocol.standard(), DAY, List.of()).render()).contains(noRule);
    assertThat(CheckReport.of(PLAN, Protocol.standard(), DAY, List.of(flagged)).render()).doesNotContain(noRule);
    assertThat(CheckReport.of(PLAN, Protocol.standard(), DAY, List.of(unknown)).render()).doesNotContain(noRule);
    // One finding and one indeterminate result: two results, not none.
    assertThat(CheckReport.of(PLAN, Protocol.standard(), DAY, List.of(unknown, flagged)).render()).doesNotContain(noRule);
  }
}
