package org.hipkit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hipkit.catalog.StandardSources.THERAPEUTIC_HIP_INJECTION;
import static org.hipkit.check.Cases.CATALOG;
import static org.hipkit.check.Cases.DAY;
import static org.hipkit.profile.Presence.PRESENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hipkit.anatomy.Side;
import org.hipkit.error.InvalidValueException;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.Control;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.HipSurgery;
import org.hipkit.profile.HipSurgeryKind;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;

/**
 * A check's two dates: facts are judged on the procedure date, facts that will be stale by then are
 * listed, and facts dated after either date are data problems that keep their rules from reading
 * clear.
 */
class CheckDatesTest {

  private static final String ANTICOAGULATION = "injection-uncontrolled-anticoagulation";
  private static final String ARTHROPLASTY = "injection-recent-arthroplasty";
  private static final LocalDate SIX_MONTHS_AHEAD = DAY.plusMonths(6);

  private static TreatmentPlan steroidOn(LocalDate date) {
    return Cases.steroidInjection().plannedDate(date).build();
  }

  private static PatientProfile.Builder onWarfarin() {
    return Cases.allAbsent().bloodThinnerUse(PRESENT).addBloodThinner(CATALOG.medication("warfarin"));
  }

  @Test
  void anInrTakenToday_doesNotClearAProcedureSixMonthsAhead() {
    PatientProfile profile = onWarfarin().inr(Measurement.inr("2.1", DAY)).build();

    CheckReport report = Checker.standard().check(profile, steroidOn(SIX_MONTHS_AHEAD), DAY);

    assertThat(report.result(ANTICOAGULATION).outcome()).isEqualTo(Outcome.indeterminate(Fact.INR, Fact.ANTICOAGULATION_CONTROL));
    assertThat(report.staleFacts()).containsExactly(new StaleFact(Fact.INR, DAY, 7));
    assertThat(report.staleFacts().get(0).currentUntil()).isEqualTo(DAY.plusDays(7));
    assertThat(report.summary().isClear()).isFalse();
    assertThat(report.asOf()).isEqualTo(DAY);
    assertThat(report.procedureDate()).isEqualTo(SIX_MONTHS_AHEAD);
  }

  @Test
  void aStaleFact_isListed_butDoesNotUnsettleARuleThatAnotherCurrentFactSettles() {
    // The statement is current on the procedure date and settles the rule on its own; the INR will
    // be stale by then and is listed for re-measuring, but the rule does not need it.
    PatientProfile profile =
        onWarfarin()
            .inr(Measurement.inr("2.1", DAY))
            .anticoagulationControl(ControlStatement.of(Control.CONTROLLED, DAY.plusDays(5)))
            .build();

    CheckReport report = Checker.standard().check(profile, steroidOn(DAY.plusDays(20)), DAY.plusDays(5));

    assertThat(report.result(ANTICOAGULATION).status()).isEqualTo(Status.NOT_FLAGGED);
    assertThat(report.staleFacts()).extracting(StaleFact::fact).containsExactly(Fact.INR);
  }

  @Test
  void aStaleInr_ofAPatientKnownToTakeNoBloodThinner_leavesTheRuleClear() {
    PatientProfile profile =
        Cases.allAbsent().inr(Measurement.inr("2.1", DAY)).build();

    CheckReport report = Checker.standard().check(profile, steroidOn(SIX_MONTHS_AHEAD), DAY);

    assertThat(report.result(ANTICOAGULATION).status()).isEqualTo(Status.NOT_FLAGGED);
    assertThat(report.staleFacts()).extracting(StaleFact::fact).containsExactly(Fact.INR);
  }

  @Test
  void aCheckMadeAfterTheProcedure_judgesFactsOnTheProcedureDate() {
    PatientProfile profile = onWarfarin().inr(Measurement.inr("2.1", DAY.minusDays(2))).build();

    CheckReport report = Checker.standard().check(profile, steroidOn(DAY), DAY.plusDays(30));

    assertThat(report.result(ANTICOAGULATION).status()).isEqualTo(Status.NOT_FLAGGED);
    assertThat(report.staleFacts()).isEmpty();
    assertThat(report.dataProblems()).isEmpty();
  }

  @Test
  void checkWithoutADate_isMadeOnTheProcedureDate_soNothingIsStale() {
    PatientProfile profile = onWarfarin().inr(Measurement.inr("2.1", DAY.minusDays(3))).build();

    CheckReport report = Checker.standard().check(profile, steroidOn(DAY));

    assertThat(report.asOf()).isEqualTo(report.procedureDate());
    assertThat(report.staleFacts()).isEmpty();
    assertThat(report.result(ANTICOAGULATION).status()).isEqualTo(Status.NOT_FLAGGED);
  }

  @Test
  void aFactDatedAfterTheCheck_isADataProblem_andItsRuleIsNotClearedByAnotherFact() {
    PatientProfile profile =
        onWarfarin()
            .inr(Measurement.inr("4.5", DAY.plusDays(3)))
            .anticoagulationControl(ControlStatement.of(Control.CONTROLLED, DAY))
            .build();

    CheckReport report = Checker.standard().check(profile, steroidOn(DAY.plusDays(5)), DAY);

    assertThat(report.dataProblems()).containsExactly(new DataProblem(Fact.INR, DAY.plusDays(3), DAY));
    assertThat(report.result(ANTICOAGULATION).outcome()).isEqualTo(Outcome.indeterminate(Fact.INR));
    assertThat(report.summary().isClear()).isFalse();
  }

  @Test
  void aFactDatedAfterTheProcedure_isJudgedOnTheProcedureDate() {
    PatientProfile profile =
        onWarfarin()
            .inr(Measurement.inr("2.0", DAY.plusDays(10)))
            .anticoagulationControl(ControlStatement.of(Control.CONTROLLED, DAY))
            .build();

    CheckReport report = Checker.standard().check(profile, steroidOn(DAY), DAY.plusDays(20));

    assertThat(report.dataProblems()).containsExactly(new DataProblem(Fact.INR, DAY.plusDays(10), DAY));
    assertThat(report.result(ANTICOAGULATION).status()).isEqualTo(Status.INDETERMINATE);
  }

  @Test
  void anOperationDatedAfterTheProcedure_settlesNothing() {
    PatientProfile profile =
        Cases.allAbsent()
            .hipSurgery(PRESENT)
            .addHipSurgery(HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, Side.RIGHT, DAY.plusDays(3)))
            .build();

    CheckReport report = Checker.standard().check(profile, steroidOn(DAY), DAY);

    assertThat(report.result(ARTHROPLASTY).outcome()).isEqualTo(Outcome.indeterminate(Fact.HIP_SURGERY_DETAILS));
    assertThat(report.dataProblems())
        .containsExactly(new DataProblem(Fact.HIP_SURGERY_DETAILS, DAY.plusDays(3), DAY));
  }

  @Test
  void anOperationOnTheOtherSide_dated_wrongly_stillKeepsTheSideRulesFromClearing() {
    PatientProfile profile =
        Cases.allAbsent()
            .hipSurgery(PRESENT)
            .addHipSurgery(HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, Side.LEFT, DAY.plusDays(3)))
            .build();

    CheckReport report = Checker.standard().check(profile, steroidOn(DAY), DAY);

    assertThat(report.result(ARTHROPLASTY).status()).isEqualTo(Status.INDETERMINATE);
    assertThat(report.result("injection-prosthetic-hip").status()).isEqualTo(Status.INDETERMINATE);
  }

  @Test
  void render_showsBothDates_theStaleFacts_andTheDataProblems() {
    PatientProfile profile =
        onWarfarin()
            .inr(Measurement.inr("2.1", DAY))
            .hipSurgery(PRESENT)
            .addHipSurgery(HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, Side.RIGHT, DAY.plusDays(1)))
            .build();

    String text = Checker.standard().check(profile, steroidOn(SIX_MONTHS_AHEAD), DAY).render();

    assertThat(text)
        .contains("Made on 2026-12-01 for the procedure on 2027-06-01, protocol hipkit-standard\n")
        .contains(
            "STALE BY THE PROCEDURE (re-measure or restate before 2027-06-01):\n"
                + "  inr of 2026-12-01, current until 2026-12-08 (inrMaxAgeDays = 7)\n")
        .contains(
            "DATA PROBLEMS (dates to correct):\n"
                + "  hip-surgery-details dated 2026-12-02 is after the check date 2026-12-01\n");
  }

  @Test
  void onlyFactsAnApplicableRuleReads_areJudged() {
    PatientProfile profile = Cases.allAbsent().hba1c(Measurement.hba1cPercent("7.0", DAY)).build();

    CheckReport report = Checker.standard().check(profile, Cases.acupuncture().plannedDate(SIX_MONTHS_AHEAD).build(), DAY);

    assertThat(report.staleFacts()).isEmpty();
  }

  @Test
  void of_refusesDatesAReportCannotHave() {
    TreatmentPlan plan = steroidOn(SIX_MONTHS_AHEAD);
    Protocol protocol = Protocol.standard();
    StaleFact notCurrentOnTheCheckDate = new StaleFact(Fact.INR, DAY.minusDays(30), 7);
    StaleFact stillCurrent = new StaleFact(Fact.HBA1C, DAY, 365);
    DataProblem wrongDate = new DataProblem(Fact.INR, DAY.plusDays(3), DAY.plusDays(1));

    assertThatThrownBy(() -> CheckReport.of(plan, protocol, DAY, List.of(notCurrentOnTheCheckDate), List.of(), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("CheckReport.staleFacts: must be current on the check date");
    assertThatThrownBy(() -> CheckReport.of(plan, protocol, DAY, List.of(stillCurrent), List.of(), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("hba1cMaxAgeDays");
    assertThatThrownBy(() -> CheckReport.of(plan, protocol, DAY, List.of(), List.of(wrongDate), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("CheckReport.dataProblems: must be judged on 2026-12-01");
  }

  @Test
  void of_refusesAClearResultOfARuleThatReadsAWronglyDatedFact() {
    RuleResult clear = new RuleResult(StandardRules.INJECTION_UNCONTROLLED_ANTICOAGULATION.description(), Outcome.notFlagged());
    DataProblem inr = new DataProblem(Fact.INR, DAY.plusDays(1), DAY);

    assertThatThrownBy(
            () -> CheckReport.of(steroidOn(SIX_MONTHS_AHEAD), Protocol.standard(), DAY, List.of(), List.of(inr), List.of(clear)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(ANTICOAGULATION);
  }

  @Test
  void of_acceptsAClearResultOfARuleThatReadsAStaleFact_sinceAnotherFactMaySettleIt() {
    RuleResult clear = new RuleResult(StandardRules.INJECTION_UNCONTROLLED_ANTICOAGULATION.description(), Outcome.notFlagged());
    StaleFact inr = new StaleFact(Fact.INR, DAY, 7);

    CheckReport report =
        CheckReport.of(steroidOn(SIX_MONTHS_AHEAD), Protocol.standard(), DAY, List.of(inr), List.of(), List.of(clear));

    assertThat(report.staleFacts()).containsExactly(inr);
  }

  @Test
  void staleFactsAndDataProblems_refuseFactsWithoutDates() {
    assertThatThrownBy(() -> new StaleFact(Fact.HIP_SURGERY_DETAILS, DAY, 7))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("StaleFact.fact");
    assertThatThrownBy(() -> new StaleFact(Fact.INR, DAY, -1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("StaleFact.maxAgeDays");
    assertThatThrownBy(() -> new DataProblem(Fact.FEVER, DAY, DAY.minusDays(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("DataProblem.fact");
    assertThatThrownBy(() -> new DataProblem(Fact.INR, DAY, DAY))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("DataProblem.date");
  }

  @Test
  void datedFacts_andPlanElements_areTold() {
    assertThat(java.util.Arrays.stream(Fact.values()).filter(Fact::isDated))
        .containsExactly(Fact.INR, Fact.ANTICOAGULATION_CONTROL, Fact.HBA1C, Fact.DIABETES_CONTROL, Fact.HIP_SURGERY_DETAILS);
    assertThat(java.util.Arrays.stream(Fact.values()).filter(Fact::isPlanElement).map(Fact::code))
        .allMatch(code -> code.startsWith("plan-"))
        .hasSize(8);
    assertThat(new StaleFact(Fact.DIABETES_CONTROL, DAY, 30).threshold()).isEqualTo("statementMaxAgeDays");
    assertThat(new StaleFact(Fact.HBA1C, DAY, 90).threshold()).isEqualTo("hba1cMaxAgeDays");
    assertThat(new DataProblem(Fact.INR, DAY, DAY.minusDays(1)))
        .hasToString("inr dated 2026-12-01 is after 2026-11-30, the date it is judged on");
  }

  @Test
  void reportsWithOtherStaleFacts_areNotEqual() {
    PatientProfile profile = onWarfarin().inr(Measurement.inr("2.1", DAY)).build();
    CheckReport report = Checker.standard().check(profile, steroidOn(SIX_MONTHS_AHEAD), DAY);
    CheckReport without =
        CheckReport.of(report.plan(), report.protocol(), report.asOf(), List.of(), List.of(), report.results());
    CheckReport rebuilt =
        CheckReport.of(report.plan(), report.protocol(), report.asOf(), report.staleFacts(), report.dataProblems(), report.results());

    assertThat(rebuilt).isEqualTo(report).hasSameHashCodeAs(report);
    assertThat(without).isNotEqualTo(report);
  }

  @Test
  void aCheckDateOutsideTheYears1900To2200_isRefused_namingIt() {
    PatientProfile profile = onWarfarin().build();
    TreatmentPlan plan = steroidOn(DAY);

    assertThatThrownBy(() -> Checker.standard().check(profile, plan, LocalDate.of(999_999_999, 1, 1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid Checker.asOf: must fall in the years 1900 to 2200");
    assertThatThrownBy(() -> CheckReport.of(plan, Protocol.standard(), LocalDate.of(1, 1, 1), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid CheckReport.asOf: must fall in the years 1900 to 2200");
  }
  @Test
  void of_namesWhatMakesAStaleFactImpossible() {
    TreatmentPlan plan = steroidOn(SIX_MONTHS_AHEAD);
    Protocol protocol = Protocol.standard();
    StaleFact otherMaximum = new StaleFact(Fact.HBA1C, DAY, protocol.hba1cMaxAgeDays() + 1);
    StaleFact stillCurrentOnTheProcedureDate = new StaleFact(Fact.INR, DAY, 7);

    assertThatThrownBy(() -> CheckReport.of(plan, protocol, DAY, List.of(otherMaximum), List.of(), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith(
            "Invalid CheckReport.staleFacts: must have the protocol's hba1cMaxAgeDays, " + protocol.hba1cMaxAgeDays());
    assertThatThrownBy(
            () ->
                CheckReport.of(
                    steroidOn(DAY.plusDays(7)), protocol, DAY, List.of(stillCurrentOnTheProcedureDate), List.of(), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith(
            "Invalid CheckReport.staleFacts: must be too old on the procedure date 2026-12-08 to be stale");
    // Current until the 8th, so stale for a procedure on the 9th.
    assertThat(
            CheckReport.of(steroidOn(DAY.plusDays(8)), protocol, DAY, List.of(stillCurrentOnTheProcedureDate), List.of(), List.of())
                .staleFacts())
        .containsExactly(stillCurrentOnTheProcedureDate);
  }

  @Test
  void aStaleFact_mayHaveAMaximumAgeOfZeroDays() {
    // A protocol may require a fact of the procedure day itself.
    StaleFact sameDayOnly = new StaleFact(Fact.INR, DAY, 0);

    assertThat(sameDayOnly.currentUntil()).isEqualTo(DAY);
    assertThat(sameDayOnly).hasToString("inr of 2026-12-01, current until 2026-12-01 (inrMaxAgeDays = 0)");
  }

  private static RuleDescription clinicRule(String id, Fact reads) {
    return RuleDescription.builder()
        .id(id)
        .title("A clinic's own rule")
        .addReads(reads)
        .severity(Severity.PRECAUTION)
        .concern(Concern.CAUTION)
        .action("Think again.")
        .rationale("Because the clinic says so.")
        .addSources(THERAPEUTIC_HIP_INJECTION)
        .build();
  }

  private static Checker checkerReading(Fact fact) {
    RuleDescription description = clinicRule("clinic-rule", fact);
    return Checker.builder()
        .rules(List.of(Rule.of(description, c -> Outcome.flagged(new FactValue(Fact.FEVER, c.presence(Fact.FEVER))))))
        .build();
  }

  /** Every dated fact stale by a procedure six months ahead, and an operation dated after the check. */
  private static final PatientProfile EVERY_DATED_FACT =
      onWarfarin()
          .inr(Measurement.inr("2.1", DAY))
          .anticoagulationControl(ControlStatement.of(Control.CONTROLLED, DAY))
          .diabetes(PRESENT)
          .hba1c(Measurement.hba1cPercent("7.0", DAY))
          .diabetesControl(ControlStatement.of(Control.CONTROLLED, DAY))
          .hipSurgery(PRESENT)
          .addHipSurgery(HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, Side.RIGHT, DAY.plusDays(1)))
          .build();

  @Test
  void aCheckJudgesOnlyTheDatedFactsItsRulesRead() {
    CheckReport none = checkerReading(Fact.FEVER).check(EVERY_DATED_FACT, steroidOn(SIX_MONTHS_AHEAD), DAY);

    assertThat(none.staleFacts()).isEmpty();
    assertThat(none.dataProblems()).isEmpty();
    for (Fact fact : List.of(Fact.INR, Fact.ANTICOAGULATION_CONTROL, Fact.HBA1C, Fact.DIABETES_CONTROL)) {
      CheckReport report = checkerReading(fact).check(EVERY_DATED_FACT, steroidOn(SIX_MONTHS_AHEAD), DAY);
      assertThat(report.staleFacts()).as(fact.code()).extracting(StaleFact::fact).containsExactly(fact);
      assertThat(report.dataProblems()).as(fact.code()).isEmpty();
    }
    CheckReport surgery =
        checkerReading(Fact.HIP_SURGERY_DETAILS).check(EVERY_DATED_FACT, steroidOn(SIX_MONTHS_AHEAD), DAY);
    assertThat(surgery.staleFacts()).isEmpty();
    assertThat(surgery.dataProblems())
        .containsExactly(new DataProblem(Fact.HIP_SURGERY_DETAILS, DAY.plusDays(1), DAY));
  }

  @Test
  void aClinicsRule_seesTheCheckDateAndTheProcedureDate() {
    RuleDescription description = clinicRule("clinic-dates", Fact.FEVER);
    List<LocalDate> seen = new ArrayList<>();
    Checker checker =
        Checker.builder()
            .rules(
                List.of(
                    Rule.of(
                        description,
                        c -> {
                          seen.add(c.asOf());
                          seen.add(c.procedureDate());
                          return Outcome.notFlagged();
                        })))
            .build();

    checker.check(Cases.allAbsent().build(), steroidOn(SIX_MONTHS_AHEAD), DAY);

    assertThat(seen).containsExactly(DAY, SIX_MONTHS_AHEAD);
  }
}
