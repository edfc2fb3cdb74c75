package org.hipkit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hipkit.check.Cases.CATALOG;
import static org.hipkit.check.Cases.DAY;
import static org.hipkit.profile.Presence.ABSENT;
import static org.hipkit.profile.Presence.PRESENT;
import static org.hipkit.profile.Presence.UNKNOWN;

import java.time.LocalDate;
import java.util.List;
import org.hipkit.error.UnknownIdException;
import org.hipkit.anatomy.Region;
import org.hipkit.anatomy.Side;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.Allergy;
import org.hipkit.profile.Control;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.HipSurgery;
import org.hipkit.profile.HipSurgeryKind;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.SkinProblem;
import org.hipkit.profile.SkinProblemKind;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;

/**
 * What a check report holds and says: its accessors, the order of findings and indeterminate
 * results, the summary it derives, every rule's result, and the text it renders.
 */
class CheckReportResultsTest {

  private static final Checker CHECKER = Checker.standard();
  private static final TreatmentPlan STEROID = Cases.steroidInjection().build();

  /** Fever with severe pain (avoid), blood thinners (caution), allergy to lidocaine (modify). */
  private static CheckReport threeFindings() {
    PatientProfile profile =
        Cases.allAbsent()
            .fever(PRESENT)
            .severeAcutePain(PRESENT)
            .bloodThinnerUse(PRESENT)
            .addBloodThinner(CATALOG.medication("aspirin"))
            .anticoagulationControl(ControlStatement.of(Control.CONTROLLED, DAY.minusDays(3)))
            .allergy(PRESENT)
            .addAllergy(Allergy.toMedication(CATALOG.medication("lidocaine")))
            .build();
    return CHECKER.check(profile, STEROID);
  }

  @Test
  void accessors_returnWhatWasChecked() {
    LocalDate asOf = DAY.plusDays(3);
    PatientProfile profile = Cases.allAbsent().build();

    CheckReport report = CHECKER.check(profile, STEROID, asOf);

    assertThat(report.plan()).isSameAs(STEROID);
    assertThat(report.protocol()).isSameAs(CHECKER.protocol());
    assertThat(report.asOf()).isEqualTo(asOf);
    assertThat(CHECKER.check(profile, STEROID).asOf()).isEqualTo(STEROID.plannedDate());
  }

  @Test
  void clearReport_hasNoFindings_andSaysSo() {
    CheckReport report = CHECKER.check(Cases.allAbsent().build(), STEROID);

    assertThat(report.findings()).isEmpty();
    assertThat(report.indeterminate()).isEmpty();
    assertThat(report.summary()).isEqualTo(new Summary(Concern.NONE_FOUND, false, 0, 0));
    assertThat(report.summary().isClear()).isTrue();
    assertThat(report.toString()).isEqualTo("CheckReport[none-found: 0 flagged, 0 indeterminate]");
    assertThat(report.render())
        .contains("Summary: none-found: 0 flagged, 0 indeterminate\n")
        .contains("Every applicable rule was assessed; none flagged.\n")
        .doesNotContain("NOT ASSESSED")
        .endsWith("\nhipkit informs professionals; it does not decide.\n");
  }

  @Test
  void findings_areOrderedByConcernHighestFirst_thenById() {
    CheckReport report = threeFindings();

    assertThat(report.findings())
        .extracting(r -> r.rule().id())
        .containsExactly(
            "injection-fever-with-severe-pain",
            "injection-allergy-local-anesthetic",
            "injection-blood-thinner-bruising");
    assertThat(report.findings())
        .extracting(RuleResult::concern)
        .containsExactly(Concern.AVOID, Concern.MODIFY, Concern.CAUTION);
    assertThat(report.summary()).isEqualTo(new Summary(Concern.AVOID, false, 3, 0));
    assertThat(report.summary().isClear()).isFalse();
  }

  @Test
  void findingsOfEqualConcern_areOrderedById() {
    PatientProfile profile =
        Cases.allAbsent()
            .suspectedFracture(PRESENT)
            .systemicInfection(PRESENT)
            .bleedingDisorder(PRESENT)
            .build();

    CheckReport report = CHECKER.check(profile, STEROID);

    assertThat(report.findings())
        .extracting(r -> r.rule().id())
        .containsExactly(
            "injection-bleeding-disorder", "injection-red-flags", "injection-systemic-infection");
  }

  @Test
  void indeterminateResults_areOrderedById_andRaiseTheLevelToIncomplete() {
    PatientProfile profile =
        Cases.allAbsent().systemicInfection(UNKNOWN).bleedingDisorder(UNKNOWN).fever(UNKNOWN).build();

    CheckReport report = CHECKER.check(profile, STEROID);

    assertThat(report.findings()).isEmpty();
    assertThat(report.indeterminate())
        .extracting(r -> r.rule().id())
        .containsExactly("injection-bleeding-disorder", "injection-systemic-infection");
    assertThat(report.indeterminate()).extracting(RuleResult::concern).containsOnly(Concern.INCOMPLETE);
    assertThat(report.summary()).isEqualTo(new Summary(Concern.INCOMPLETE, true, 0, 2));
    assertThat(report.summary().toString()).isEqualTo("incomplete: 0 flagged, 2 indeterminate");
    assertThat(report.render())
        .contains(
            "NOT ASSESSED: Bleeding disorder [injection-bleeding-disorder]\n"
                + "  would be settled by: bleeding-disorder\n")
        .doesNotContain("Every applicable rule was assessed");
  }

  @Test
  void aFindingAboveIncomplete_keepsItsLevel_andTheSummarySaysIncomplete() {
    PatientProfile profile = Cases.allAbsent().systemicInfection(PRESENT).fever(UNKNOWN).bleedingDisorder(UNKNOWN).build();

    Summary summary = CHECKER.check(profile, STEROID).summary();

    assertThat(summary).isEqualTo(new Summary(Concern.DEFER, true, 1, 1));
    assertThat(summary.toString()).isEqualTo("defer (incomplete): 1 flagged, 1 indeterminate");
  }

  @Test
  void aCautionFinding_staysCaution_whenNothingIsIndeterminate() {
    PatientProfile profile =
        Cases.allAbsent()
            .bloodThinnerUse(PRESENT)
            .addBloodThinner(CATALOG.medication("aspirin"))
            .anticoagulationControl(ControlStatement.of(Control.CONTROLLED, DAY))
            .build();

    Summary summary = CHECKER.check(profile, STEROID).summary();

    assertThat(summary.level()).isEqualTo(Concern.CAUTION);
    assertThat(summary.incomplete()).isFalse();
  }

  @Test
  void listsOfAReport_cannotBeChanged() {
    CheckReport report = threeFindings();

    assertThatThrownBy(() -> report.findings().add(report.findings().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.findings().set(0, report.findings().get(1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.findings().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.results().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(report.findings()).hasSize(3).isEqualTo(List.copyOf(report.findings()));
  }

  @Test
  void results_holdEveryRule_inTheCheckersOrder() {
    CheckReport report = threeFindings();

    List<RuleResult> results = report.results();

    assertThat(results).hasSize(CHECKER.rules().size());
    assertThat(results)
        .extracting(r -> r.rule().id())
        .containsExactlyElementsOf(CHECKER.rules().stream().map(r -> r.description().id()).toList());
    assertThat(results.get(0).status()).isEqualTo(Status.NOT_FLAGGED);
    assertThat(report.result("injection-fever-with-severe-pain").status()).isEqualTo(Status.FLAGGED);
    assertThat(report.result("needling-osteoporosis").status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(report.result("needling-osteoporosis").concern()).isEqualTo(Concern.NONE_FOUND);
    String last = CHECKER.rules().get(CHECKER.rules().size() - 1).description().id();
    assertThat(report.result(last).rule().id()).isEqualTo(last);
  }

  @Test
  void result_ofAnUnknownRule_isRefused() {
    assertThatThrownBy(() -> threeFindings().result("no-such-rule"))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageStartingWith("Unknown rule id 'no-such-rule'");
  }

  @Test
  void render_showsEachFindingWithItsBasisOptionReasonAndSources() {
    String text = threeFindings().render();

    assertThat(text)
        .startsWith("Check of " + STEROID + "\nMade on 2026-12-01 for the procedure on 2026-12-01, protocol hipkit-standard\n")
        .contains("Summary: avoid: 3 flagged, 0 indeterminate\n")
        .contains(
            "\nAVOID: Fever with severe acute pain [injection-fever-with-severe-pain v1, contraindication]\n"
                + "  because: fever = present; severe-acute-pain = present\n"
                + "  option: Do not inject; evaluate for joint or systemic infection first.\n")
        .contains("\nMODIFY: Allergy to a planned local anesthetic [injection-allergy-local-anesthetic v1,")
        .contains("  because: allergy = present; allergies = medication:lidocaine; plan-components = lidocaine\n")
        .contains("\nCAUTION: Blood thinners raise bleeding risk [injection-blood-thinner-bruising v1, precaution]\n")
        .contains("  sources: ")
        .contains("  why: ")
        .doesNotContain("thresholds:");
    assertThat(text.indexOf("AVOID:")).isLessThan(text.indexOf("MODIFY:"));
    assertThat(text.indexOf("MODIFY:")).isLessThan(text.indexOf("CAUTION:"));
  }

  @Test
  void render_showsTheThresholdsAFindingWasMeasuredAgainst() {
    PatientProfile profile =
        Cases.allAbsent()
            .bloodThinnerUse(PRESENT)
            .addBloodThinner(CATALOG.medication("warfarin"))
            .inr(Measurement.inr("3.6", DAY.minusDays(1)))
            .build();

    String text = CHECKER.check(profile, STEROID).render();

    assertThat(text)
        .contains("  because: blood-thinners = [warfarin]; inr = 3.6 {INR} on 2026-11-30\n")
        .contains("  thresholds: maxInr = 3.0; inrMaxAgeDays = 7\n");
  }

  @Test
  void basisOfTheStandardRules_namesTheDetailsThatTriggeredThem() {
    PatientProfile profile =
        Cases.allAbsent()
            .skinProblem(PRESENT)
            .addSkinProblem(SkinProblem.of(SkinProblemKind.INFECTION, Region.LATERAL, Side.RIGHT))
            .hipSurgery(PRESENT)
            .addHipSurgery(HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, Side.RIGHT, DAY.minusDays(10)))
            .build();

    CheckReport report = CHECKER.check(profile, STEROID);

    assertThat(report.result("injection-skin-at-site").outcome().facts())
        .extracting(FactValue::fact)
        .containsExactly(Fact.SKIN_PROBLEM, Fact.SKIN_PROBLEM_LOCATIONS, Fact.PLAN_TARGET, Fact.PLAN_SIDE);
    assertThat(report.result("injection-skin-at-site").outcome().facts().get(3).value()).isEqualTo("right");
    assertThat(report.result("injection-recent-arthroplasty").outcome().facts())
        .extracting(FactValue::toString)
        .containsExactly(
            "hip-surgery-details = arthroplasty (right, 2026-11-21)", "plan-side = right");
    assertThat(report.result("injection-recent-arthroplasty").outcome().thresholds())
        .containsExactly(new ThresholdValue("minDaysSinceArthroplasty", 90));
    assertThat(report.result("injection-prosthetic-hip").outcome().facts())
        .extracting(FactValue::fact)
        .containsExactly(Fact.HIP_SURGERY, Fact.HIP_SURGERY_DETAILS, Fact.PLAN_SIDE);
  }

  @Test
  void thresholdsOfFindings_comeFromTheCheckersProtocol() {
    Protocol strict = Protocol.builder().id("strict").maxInr(new java.math.BigDecimal("2.5")).inrMaxAgeDays(3).build();
    Checker checker = Checker.builder().protocol(strict).build();
    PatientProfile profile =
        Cases.allAbsent()
            .bloodThinnerUse(PRESENT)
            .addBloodThinner(CATALOG.medication("warfarin"))
            .inr(Measurement.inr("2.8", DAY))
            .build();

    CheckReport report = checker.check(profile, STEROID);

    assertThat(report.result("injection-uncontrolled-anticoagulation").outcome().thresholds())
        .containsExactly(
            new ThresholdValue("maxInr", new java.math.BigDecimal("2.5")), new ThresholdValue("inrMaxAgeDays", 3));
    assertThat(report.render()).contains("Made on 2026-12-01 for the procedure on 2026-12-01, protocol strict\n");
    assertThat(CHECKER.check(profile, STEROID).result("injection-uncontrolled-anticoagulation").status())
        .isEqualTo(Status.NOT_FLAGGED);
  }

  @Test
  void aFindingOnNeedling_showsAbsentPhysicianEvaluationInItsBasis() {
    PatientProfile profile = Cases.allAbsent().physicianEvaluated(ABSENT).persistentPain(PRESENT).build();

    RuleResult result = CHECKER.check(profile, Cases.acupuncture().build()).result("needling-pain-needs-physician");

    assertThat(result.outcome().facts())
        .extracting(FactValue::toString)
        .containsExactly("persistent-pain = present", "physician-evaluated = absent");
  }

  @Test
  void aPlanWithContrast_listsTheContrastInTheFinding() {
    TreatmentPlan plan =
        Cases.steroidInjection()
            .addComponent(MedicationComponent.of(CATALOG.medication("contrast-dye")))
            .build();

    RuleResult result = CHECKER.check(Cases.allAbsent().build(), plan).result("plan-contrast-without-fluoroscopy");

    assertThat(result.status()).isEqualTo(Status.FLAGGED);
    assertThat(result.outcome().facts())
        .containsExactly(
            new FactValue(Fact.PLAN_COMPONENTS, List.of("contrast-dye")),
            new FactValue(Fact.PLAN_MODALITY, "ultrasound"));
  }
}
