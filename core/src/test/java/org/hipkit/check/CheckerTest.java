package org.hipkit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hipkit.catalog.StandardSources.THERAPEUTIC_HIP_INJECTION;
import static org.hipkit.check.Cases.DAY;

import java.util.List;
import org.hipkit.error.InvalidValueException;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;

/** Building a checker from rules and a protocol, and what a check does with each rule. */
class CheckerTest {

  private static final TreatmentPlan STEROID = Cases.steroidInjection().build();
  private static final PatientProfile CLEAR = Cases.allAbsent().build();

  private static RuleDescription.Builder description(String id) {
    return RuleDescription.builder()
        .id(id)
        .title("A clinic's own rule")
        .addReads(Fact.FEVER)
        .severity(Severity.PRECAUTION)
        .concern(Concern.CAUTION)
        .action("Think again.")
        .rationale("Because the clinic says so.")
        .addSources(THERAPEUTIC_HIP_INJECTION);
  }

  private static Rule alwaysFlags(String id) {
    return Rule.of(description(id).build(), c -> Outcome.flagged(new FactValue(Fact.FEVER, c.presence(Fact.FEVER))));
  }

  @Test
  void standard_holdsTheStandardRulesAndProtocol_andIsShared() {
    assertThat(Checker.standard()).isSameAs(Checker.standard());
    assertThat(Checker.standard().rules()).isEqualTo(StandardRules.all());
    assertThat(Checker.standard().protocol()).isEqualTo(Protocol.standard());
    assertThat(Checker.builder().build().rules()).isEqualTo(StandardRules.all());
  }

  @Test
  void addRule_appendsAClinicsRule_whichEveryCheckEvaluates() {
    Checker checker = Checker.builder().addRule(alwaysFlags("clinic-rule")).build();

    CheckReport report = checker.check(CLEAR, STEROID);

    assertThat(checker.rules()).hasSize(StandardRules.all().size() + 1);
    assertThat(checker.rules().get(checker.rules().size() - 1).description().id()).isEqualTo("clinic-rule");
    assertThat(report.findings()).extracting(r -> r.rule().id()).containsExactly("clinic-rule");
    assertThat(report.findings().get(0).outcome().facts()).containsExactly(new FactValue(Fact.FEVER, Presence.ABSENT));
  }

  @Test
  void removeRule_dropsOnlyThatRule() {
    Checker checker = Checker.builder().removeRule("injection-systemic-infection").build();

    assertThat(checker.rules()).hasSize(StandardRules.all().size() - 1);
    assertThat(checker.rules())
        .extracting(r -> r.description().id())
        .doesNotContain("injection-systemic-infection")
        .contains("injection-suspected-joint-infection", "needling-bleeding-risk");
    assertThat(Checker.builder().removeRule("no-such-rule").build().rules()).hasSize(StandardRules.all().size());
  }

  @Test
  void rules_replacesEveryRule_inTheGivenOrder() {
    Checker checker =
        Checker.builder()
            .rules(List.of(alwaysFlags("b-rule"), alwaysFlags("a-rule")))
            .protocol(Protocol.builder().id("clinic").build())
            .build();

    assertThat(checker.rules()).extracting(r -> r.description().id()).containsExactly("b-rule", "a-rule");
    assertThat(checker.protocol().id()).isEqualTo("clinic");
    CheckReport report = checker.check(CLEAR, STEROID);
    assertThat(report.results()).extracting(r -> r.rule().id()).containsExactly("b-rule", "a-rule");
    assertThat(report.findings()).extracting(r -> r.rule().id()).containsExactly("a-rule", "b-rule");
  }

  @Test
  void build_refusesTwoRulesWithOneId() {
    Checker.Builder builder = Checker.builder().addRule(alwaysFlags("injection-red-flags"));

    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Checker.rules")
        .hasMessageContaining("injection-red-flags");
  }

  @Test
  void aRuleOutsideItsScope_isNotApplicable_andNotEvaluated() {
    Rule needlingOnly =
        Rule.of(
            description("needling-only").scope(Scope.of(InterventionKind.NEEDLING)).build(),
            c -> {
              throw new AssertionError("evaluated outside its scope");
            });
    Checker checker = Checker.builder().rules(List.of(needlingOnly)).build();

    CheckReport report = checker.check(CLEAR, STEROID);

    assertThat(report.result("needling-only").status()).isEqualTo(Status.NOT_APPLICABLE);
    // Nothing applied, so nothing was assessed: the report must not read clear.
    assertThat(report.summary()).isEqualTo(new Summary(Concern.INCOMPLETE, true, 0, 0));
  }

  @Test
  void aRuleThatReturnsNull_isNamedInTheError() {
    Checker checker = Checker.builder().addRule(Rule.of(description("broken-rule").build(), c -> null)).build();

    assertThatThrownBy(() -> checker.check(CLEAR, STEROID))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule broken-rule returned null");
  }

  @Test
  void check_refusesMissingArguments() {
    Checker checker = Checker.standard();

    assertThatThrownBy(() -> checker.check(null, STEROID, DAY)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> checker.check(CLEAR, null, DAY)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> checker.check(CLEAR, STEROID, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Checker.builder().addRule(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Checker.builder().protocol(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void ruleOf_keepsItsDescription_evaluatesItsFunction_andNamesItself() {
    RuleDescription d = description("clinic-rule").build();
    Rule rule = Rule.of(d, c -> Outcome.notFlagged());

    assertThat(rule.description()).isSameAs(d);
    assertThat(rule.evaluate(CheckContext.of(CLEAR, STEROID, Protocol.standard(), DAY)))
        .isSameAs(Outcome.notFlagged());
    assertThat(rule).hasToString("Rule[clinic-rule v1]");
    assertThatThrownBy(() -> Rule.of(null, c -> Outcome.notFlagged())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Rule.of(d, null)).isInstanceOf(NullPointerException.class);
  }
  @Test
  void aClinicsRuleDescription_refusesControlCharactersInItsThresholds() {
    assertThatThrownBy(() -> description("clinic-rule").addThresholds("maxInr = 3.0\nclear").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid RuleDescription.thresholds: must not hold control characters");
    assertThat(description("clinic-rule").addThresholds("maxInr = 3.0").build().thresholds()).containsExactly("maxInr = 3.0");
  }
}
