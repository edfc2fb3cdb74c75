package org.hipkit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hipkit.check.Cases.CATALOG;
import static org.hipkit.check.Cases.DAY;
import static org.hipkit.check.Status.FLAGGED;
import static org.hipkit.check.Status.INDETERMINATE;
import static org.hipkit.check.Status.NOT_APPLICABLE;
import static org.hipkit.check.Status.NOT_FLAGGED;
import static org.hipkit.profile.Presence.ABSENT;
import static org.hipkit.profile.Presence.PRESENT;
import static org.hipkit.profile.Presence.UNKNOWN;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hipkit.anatomy.Region;
import org.hipkit.anatomy.Side;
import org.hipkit.intervention.Purpose;
import org.hipkit.medication.MedicationClass;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every standard rule, a case where it flags, one where it does not, and one where it cannot
 * assess, each read against the source documents' contraindication and precaution lists.
 */
class StandardRulesTest {

  record Case(
      String rule,
      String story,
      TreatmentPlan plan,
      UnaryOperator<PatientProfile.Builder> profile,
      Status expected) {
    @Override
    public String toString() {
      return rule + ": " + story + " -> " + expected.code();
    }
  }

  private static final List<Case> CASES = new ArrayList<>();

  private static void add(
      String rule, String story, TreatmentPlan plan, UnaryOperator<PatientProfile.Builder> p, Status s) {
    CASES.add(new Case(rule, story, plan, p, s));
  }

  private static TreatmentPlan steroid() {
    return Cases.steroidInjection().build();
  }

  private static TreatmentPlan needling() {
    return Cases.acupuncture().build();
  }

  static {
    TreatmentPlan steroid = steroid();
    TreatmentPlan needling = needling();

    String r = "injection-suspected-joint-infection";
    add(r, "septic arthritis suspected", steroid, p -> p.suspectedJointInfection(PRESENT), FLAGGED);
    add(r, "infection ruled out", steroid, p -> p, NOT_FLAGGED);
    add(r, "not asked about infection", steroid, p -> p.suspectedJointInfection(UNKNOWN), INDETERMINATE);

    r = "injection-fever-with-severe-pain";
    add(r, "fever and severe acute pain", steroid, p -> p.fever(PRESENT).severeAcutePain(PRESENT), FLAGGED);
    add(r, "fever without severe pain", steroid, p -> p.fever(PRESENT), NOT_FLAGGED);
    add(r, "severe pain, temperature not taken", steroid, p -> p.severeAcutePain(PRESENT).fever(UNKNOWN), INDETERMINATE);

    r = "injection-systemic-infection";
    add(r, "systemic infection", steroid, p -> p.systemicInfection(PRESENT), FLAGGED);
    add(r, "no systemic infection", steroid, p -> p, NOT_FLAGGED);
    add(r, "unknown", steroid, p -> p.systemicInfection(UNKNOWN), INDETERMINATE);

    r = "injection-skin-at-site";
    add(r, "cellulitis over the right front of the hip", steroid,
        p -> p.skinProblem(PRESENT).addSkinProblem(SkinProblem.of(SkinProblemKind.INFECTION, Region.ANTERIOR, Side.RIGHT)), FLAGGED);
    add(r, "open wound on the other leg", steroid,
        p -> p.skinProblem(PRESENT).addSkinProblem(SkinProblem.of(SkinProblemKind.OPEN_WOUND, Region.ANTERIOR, Side.LEFT)), NOT_FLAGGED);
    add(r, "dermatitis, place not recorded", steroid,
        p -> p.skinProblem(PRESENT).addSkinProblem(SkinProblem.unlocated(SkinProblemKind.DERMATITIS)), INDETERMINATE);

    r = "injection-uncontrolled-anticoagulation";
    add(r, "warfarin with INR above the limit", steroid,
        p -> p.bloodThinnerUse(PRESENT).addBloodThinner(CATALOG.medication("warfarin")).inr(Measurement.inr("3.6", DAY.minusDays(2))), FLAGGED);
    add(r, "warfarin with a current INR within the limit", steroid,
        p -> p.bloodThinnerUse(PRESENT).addBloodThinner(CATALOG.medication("warfarin")).inr(Measurement.inr("2.4", DAY.minusDays(2))), NOT_FLAGGED);
    add(r, "warfarin with an INR a month old", steroid,
        p -> p.bloodThinnerUse(PRESENT).addBloodThinner(CATALOG.medication("warfarin")).inr(Measurement.inr("2.4", DAY.minusDays(30))), INDETERMINATE);

    add(r, "aspirin and warfarin, INR in range: the INR says nothing of aspirin", steroid,
        p -> p.bloodThinnerUse(PRESENT).addBloodThinner(CATALOG.medication("aspirin"))
            .addBloodThinner(CATALOG.medication("warfarin")).inr(Measurement.inr("2.1", DAY)), INDETERMINATE);
    add(r, "blood thinners unknown, INR above the limit", steroid,
        p -> p.bloodThinnerUse(PRESENT).inr(Measurement.inr("3.4", DAY)), FLAGGED);
    add(r, "aspirin, clinician states it cannot be managed", steroid,
        p -> p.bloodThinnerUse(PRESENT).addBloodThinner(CATALOG.medication("aspirin"))
            .anticoagulationControl(ControlStatement.of(Control.NOT_CONTROLLED, DAY)), FLAGGED);

    r = "injection-bleeding-disorder";
    add(r, "bleeding disorder", steroid, p -> p.bleedingDisorder(PRESENT), FLAGGED);
    add(r, "no bleeding disorder", steroid, p -> p, NOT_FLAGGED);
    add(r, "unknown", steroid, p -> p.bleedingDisorder(UNKNOWN), INDETERMINATE);

    r = "injection-blood-thinner-bruising";
    add(r, "takes aspirin", steroid, p -> p.bloodThinnerUse(PRESENT).addBloodThinner(CATALOG.medication("aspirin")), FLAGGED);
    add(r, "takes no blood thinner", steroid, p -> p, NOT_FLAGGED);
    add(r, "medications not reviewed", steroid, p -> p.bloodThinnerUse(UNKNOWN), INDETERMINATE);

    r = "injection-allergy-local-anesthetic";
    add(r, "allergic to lidocaine", steroid, p -> p.allergy(PRESENT).addAllergy(Allergy.toMedication(CATALOG.medication("lidocaine"))), FLAGGED);
    add(r, "allergic to ibuprofen only", steroid, p -> p.allergy(PRESENT).addAllergy(Allergy.toMedication(CATALOG.medication("ibuprofen"))), NOT_FLAGGED);
    add(r, "allergy recorded in words the catalog cannot resolve", steroid,
        p -> p.allergy(PRESENT).addAllergy(Allergy.unresolved("penicillin")), INDETERMINATE);
    add(r, "unresolved allergy beside a resolved one that matches", steroid,
        p -> p.allergy(PRESENT).addAllergies(Allergy.unresolved("penicillin"), Allergy.toMedication(CATALOG.medication("lidocaine"))), FLAGGED);
    add(r, "allergies not asked", steroid, p -> p.allergy(UNKNOWN), INDETERMINATE);

    r = "injection-allergy-corticosteroid";
    add(r, "allergic to corticosteroids as a class", steroid, p -> p.allergy(PRESENT).addAllergy(Allergy.toClass(MedicationClass.CORTICOSTEROID)), FLAGGED);
    add(r, "no known allergies", steroid, p -> p, NOT_FLAGGED);
    add(r, "has allergies, which not recorded", steroid, p -> p.allergy(PRESENT), INDETERMINATE);

    r = "injection-allergy-antiseptic";
    add(r, "allergic to chlorhexidine", steroid, p -> p.allergy(PRESENT).addAllergy(Allergy.toGroup(CATALOG.allergyGroup("chlorhexidine-products"))), FLAGGED);
    add(r, "allergic to iodine, chlorhexidine planned", steroid, p -> p.allergy(PRESENT).addAllergy(Allergy.toGroup(CATALOG.allergyGroup("iodine"))), NOT_FLAGGED);
    add(r, "plan names no antiseptic, allergies present", Cases.steroidInjection().antiseptic(java.util.Optional.empty()).build(),
        p -> p.allergy(PRESENT).addAllergy(Allergy.toClass(MedicationClass.NSAID)), INDETERMINATE);
    add(r, "plan names no antiseptic, no known allergies", Cases.steroidInjection().antiseptic(java.util.Optional.empty()).build(),
        p -> p, NOT_FLAGGED);

    TreatmentPlan fluoroWithContrast =
        Cases.steroidInjection()
            .modality(CATALOG.modality("fluoroscopy"))
            .addComponent(MedicationComponent.of(CATALOG.medication("contrast-dye")))
            .build();
    r = "injection-allergy-contrast";
    add(r, "allergic to contrast dye", fluoroWithContrast, p -> p.allergy(PRESENT).addAllergy(Allergy.toGroup(CATALOG.allergyGroup("iodinated-contrast"))), FLAGGED);
    add(r, "no known allergies", fluoroWithContrast, p -> p, NOT_FLAGGED);
    add(r, "allergies unknown", fluoroWithContrast, p -> p.allergy(UNKNOWN), INDETERMINATE);
    add(r, "no contrast planned", steroid, p -> p.allergy(UNKNOWN), NOT_APPLICABLE);

    TreatmentPlan gelShot =
        Cases.steroidInjection()
            .intervention(CATALOG.intervention("hyaluronic-acid-injection"))
            .components(List.of(MedicationComponent.of(CATALOG.medication("hyaluronic-acid"))))
            .build();
    r = "injection-allergy-viscosupplement";
    add(r, "allergic to hyaluronic acid", gelShot, p -> p.allergy(PRESENT).addAllergy(Allergy.toMedication(CATALOG.medication("hyaluronic-acid"))), FLAGGED);
    add(r, "no known allergies", gelShot, p -> p, NOT_FLAGGED);
    add(r, "allergies unknown", gelShot, p -> p.allergy(UNKNOWN), INDETERMINATE);

    TreatmentPlan prp =
        Cases.steroidInjection()
            .intervention(CATALOG.intervention("platelet-rich-plasma-injection"))
            .components(List.of(MedicationComponent.of(CATALOG.medication("platelet-rich-plasma"))))
            .build();
    r = "injection-allergy-biologic";
    add(r, "allergic to the preparation", prp, p -> p.allergy(PRESENT).addAllergy(Allergy.toClass(MedicationClass.BIOLOGIC)), FLAGGED);
    add(r, "no known allergies", prp, p -> p, NOT_FLAGGED);
    add(r, "allergies unknown", prp, p -> p.allergy(UNKNOWN), INDETERMINATE);

    r = "injection-steroid-with-poorly-controlled-diabetes";
    add(r, "diabetes with HbA1c 9.4%", steroid,
        p -> p.diabetes(PRESENT).hba1c(Measurement.hba1cPercent("9.4", DAY.minusDays(20))), FLAGGED);
    add(r, "diabetes with HbA1c 6.8%", steroid,
        p -> p.diabetes(PRESENT).hba1c(Measurement.hba1cPercent("6.8", DAY.minusDays(20))), NOT_FLAGGED);
    add(r, "diabetes, no recent HbA1c or statement", steroid, p -> p.diabetes(PRESENT), INDETERMINATE);
    add(r, "diabetes, but no steroid planned", gelShot, p -> p.diabetes(PRESENT), NOT_APPLICABLE);
    add(r, "diabetes not recorded, but a current HbA1c of 5.4%", steroid,
        p -> p.diabetes(UNKNOWN).hba1c(Measurement.hba1cPercent("5.4", DAY)), NOT_FLAGGED);
    add(r, "diabetes not recorded, no HbA1c", steroid, p -> p.diabetes(UNKNOWN), INDETERMINATE);
    add(r, "diabetes, clinician states it is not controlled", steroid,
        p -> p.diabetes(PRESENT).diabetesControl(ControlStatement.of(Control.NOT_CONTROLLED, DAY.minusDays(5))), FLAGGED);
    add(r, "diabetes with HbA1c 70 mmol/mol (8.56%)", steroid,
        p -> p.diabetes(PRESENT).hba1c(Measurement.hba1cMmolPerMol("70", DAY)), FLAGGED);
    add(r, "diabetes with HbA1c 48 mmol/mol (6.54%)", steroid,
        p -> p.diabetes(PRESENT).hba1c(Measurement.hba1cMmolPerMol("48", DAY)), NOT_FLAGGED);

    r = "injection-recent-arthroplasty";
    add(r, "right hip replaced six weeks ago", steroid,
        p -> p.hipSurgery(PRESENT).addHipSurgery(HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, Side.RIGHT, DAY.minusWeeks(6))), FLAGGED);
    add(r, "left hip replaced six weeks ago, right hip treated", steroid,
        p -> p.hipSurgery(PRESENT).addHipSurgery(HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, Side.LEFT, DAY.minusWeeks(6))), NOT_FLAGGED);
    add(r, "right hip replaced, date unknown", steroid,
        p -> p.hipSurgery(PRESENT).addHipSurgery(HipSurgery.undated(HipSurgeryKind.ARTHROPLASTY, Side.RIGHT)), INDETERMINATE);

    r = "injection-prosthetic-hip";
    add(r, "right hip replaced years ago", steroid,
        p -> p.hipSurgery(PRESENT).addHipSurgery(HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, Side.RIGHT, DAY.minusYears(5))), FLAGGED);
    add(r, "arthroscopy only", steroid,
        p -> p.hipSurgery(PRESENT).addHipSurgery(HipSurgery.of(HipSurgeryKind.ARTHROSCOPY, Side.RIGHT, DAY.minusYears(5))), NOT_FLAGGED);
    add(r, "surgical history not taken", steroid, p -> p.hipSurgery(UNKNOWN), INDETERMINATE);

    r = "injection-red-flags";
    add(r, "fracture suspected", steroid, p -> p.suspectedFracture(PRESENT), FLAGGED);
    add(r, "no red flags", steroid, p -> p, NOT_FLAGGED);
    add(r, "pain course unknown", steroid, p -> p.rapidlyWorseningPain(UNKNOWN), INDETERMINATE);

    TreatmentPlan fluoro = Cases.steroidInjection().modality(CATALOG.modality("fluoroscopy")).build();
    r = "injection-pregnancy-radiation";
    add(r, "pregnant, fluoroscopy planned", fluoro, p -> p.pregnancy(PRESENT), FLAGGED);
    add(r, "not pregnant", fluoro, p -> p, NOT_FLAGGED);
    add(r, "pregnancy not asked", fluoro, p -> p.pregnancy(UNKNOWN), INDETERMINATE);
    add(r, "pregnant, ultrasound planned", steroid, p -> p.pregnancy(PRESENT), NOT_APPLICABLE);

    r = "injection-cannot-tolerate-procedure";
    add(r, "cannot lie on the back", steroid, p -> p.cannotTolerateProcedure(PRESENT), FLAGGED);
    add(r, "tolerates it", steroid, p -> p, NOT_FLAGGED);
    add(r, "not asked", steroid, p -> p.cannotTolerateProcedure(UNKNOWN), INDETERMINATE);

    r = "injection-non-hip-pain-source";
    add(r, "pain referred from the lumbar spine", steroid, p -> p.painMainlyNonHip(PRESENT), FLAGGED);
    add(r, "pain from the hip", steroid, p -> p, NOT_FLAGGED);
    add(r, "source not judged", steroid, p -> p.painMainlyNonHip(UNKNOWN), INDETERMINATE);
    add(r, "diagnostic injection to tell the sources apart", Cases.steroidInjection().purpose(Purpose.DIAGNOSTIC_AND_THERAPEUTIC).build(),
        p -> p.painMainlyNonHip(PRESENT), NOT_APPLICABLE);

    r = "plan-landmark-intra-articular";
    add(r, "landmark guidance into the joint", Cases.steroidInjection().modality(CATALOG.modality("landmark")).build(), p -> p, FLAGGED);
    add(r, "ultrasound guidance", steroid, p -> p, NOT_FLAGGED);

    r = "plan-contrast-without-fluoroscopy";
    add(r, "contrast with ultrasound", Cases.steroidInjection().addComponent(MedicationComponent.of(CATALOG.medication("contrast-dye"))).build(), p -> p, FLAGGED);
    add(r, "contrast with fluoroscopy", fluoroWithContrast, p -> p, NOT_FLAGGED);

    r = "plan-condition-not-indicated";
    add(r, "acupuncture for iliopsoas bursitis", Cases.acupuncture().condition(CATALOG.condition("iliopsoas-bursitis")).build(), p -> p, FLAGGED);
    add(r, "steroid injection for osteoarthritis", steroid, p -> p, NOT_FLAGGED);

    r = "needling-infection-signs";
    add(r, "fever before acupuncture", needling, p -> p.fever(PRESENT), FLAGGED);
    add(r, "no signs of infection", needling, p -> p, NOT_FLAGGED);
    add(r, "temperature not taken", needling, p -> p.fever(UNKNOWN), INDETERMINATE);

    r = "needling-skin-at-site";
    add(r, "skin disorder over the right side of the hip", needling,
        p -> p.skinProblem(PRESENT).addSkinProblem(SkinProblem.of(SkinProblemKind.OTHER_DISORDER, Region.LATERAL, Side.RIGHT)), FLAGGED);
    add(r, "skin disorder on the left hip", needling,
        p -> p.skinProblem(PRESENT).addSkinProblem(SkinProblem.of(SkinProblemKind.OTHER_DISORDER, Region.LATERAL, Side.LEFT)), NOT_FLAGGED);
    add(r, "skin not examined", needling, p -> p.skinProblem(UNKNOWN), INDETERMINATE);

    r = "needling-previous-hip-surgery";
    add(r, "right hip arthroscopy", needling,
        p -> p.hipSurgery(PRESENT).addHipSurgery(HipSurgery.of(HipSurgeryKind.ARTHROSCOPY, Side.RIGHT, DAY.minusYears(2))), FLAGGED);
    add(r, "left hip operated, right treated", needling,
        p -> p.hipSurgery(PRESENT).addHipSurgery(HipSurgery.of(HipSurgeryKind.OTHER, Side.LEFT, DAY.minusYears(2))), NOT_FLAGGED);
    add(r, "hip surgery, side not recorded", needling,
        p -> p.hipSurgery(PRESENT).addHipSurgery(HipSurgery.of(HipSurgeryKind.OTHER, java.util.Optional.empty(), java.util.Optional.of(DAY.minusYears(2)))), INDETERMINATE);

    r = "needling-osteoporosis";
    add(r, "osteoporosis", needling, p -> p.osteoporosis(PRESENT), FLAGGED);
    add(r, "no osteoporosis", needling, p -> p, NOT_FLAGGED);
    add(r, "unknown", needling, p -> p.osteoporosis(UNKNOWN), INDETERMINATE);

    r = "needling-pain-needs-physician";
    add(r, "persistent pain never seen by a doctor", needling, p -> p.persistentPain(PRESENT).physicianEvaluated(ABSENT), FLAGGED);
    add(r, "persistent pain diagnosed by a physician", needling, p -> p.persistentPain(PRESENT), NOT_FLAGGED);
    add(r, "worsening pain, evaluation unknown", needling, p -> p.rapidlyWorseningPain(PRESENT).physicianEvaluated(UNKNOWN), INDETERMINATE);

    r = "needling-bleeding-risk";
    add(r, "takes warfarin", needling, p -> p.bloodThinnerUse(PRESENT).addBloodThinner(CATALOG.medication("warfarin")), FLAGGED);
    add(r, "no bleeding risk", needling, p -> p, NOT_FLAGGED);
    add(r, "bleeding disorder unknown", needling, p -> p.bleedingDisorder(UNKNOWN), INDETERMINATE);
  }

  static Stream<Case> cases() {
    return CASES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule_outcome_matches_the_sources(Case c) {
    CheckReport report = Checker.standard().check(c.profile().apply(Cases.allAbsent()).build(), c.plan());

    RuleResult result = report.result(c.rule());

    assertThat(result.status()).as(c.toString()).isEqualTo(c.expected());
    if (c.expected() == FLAGGED) {
      assertThat(result.outcome().facts()).isNotEmpty();
      assertThat(report.findings()).contains(result);
    }
    if (c.expected() == INDETERMINATE) {
      assertThat(result.outcome().missing()).isNotEmpty();
      assertThat(report.summary().isClear()).isFalse();
    }
  }

  @Test
  void every_standard_rule_has_a_flagged_a_not_flagged_and_where_possible_an_indeterminate_case() {
    Set<String> plannedOnly = Set.of("plan-landmark-intra-articular", "plan-contrast-without-fluoroscopy", "plan-condition-not-indicated");
    for (Rule rule : StandardRules.all()) {
      String id = rule.description().id();
      Set<Status> covered =
          CASES.stream().filter(c -> c.rule().equals(id)).map(Case::expected).collect(Collectors.toSet());
      assertThat(covered).as(id).contains(FLAGGED, NOT_FLAGGED);
      if (!plannedOnly.contains(id)) {
        assertThat(covered).as(id).contains(INDETERMINATE);
      }
    }
  }

  @Test
  void all_facts_absent_gives_a_clear_report_for_the_typical_steroid_injection() {
    CheckReport report = Checker.standard().check(Cases.allAbsent().build(), steroid());

    assertThat(report.findings()).isEmpty();
    assertThat(report.indeterminate()).isEmpty();
    assertThat(report.summary().level()).isEqualTo(Concern.NONE_FOUND);
    assertThat(report.summary().isClear()).isTrue();
  }

  @Test
  void an_empty_profile_is_never_clear() {
    CheckReport report = Checker.standard().check(PatientProfile.unknown(), steroid());

    assertThat(report.summary().level()).isEqualTo(Concern.INCOMPLETE);
    assertThat(report.summary().incomplete()).isTrue();
    assertThat(report.indeterminate()).extracting(r -> r.rule().id())
        .contains("injection-suspected-joint-infection", "injection-skin-at-site");
  }

  @Test
  void a_control_statement_settles_anticoagulation_without_an_inr() {
    PatientProfile profile =
        Cases.allAbsent()
            .bloodThinnerUse(PRESENT)
            .addBloodThinner(CATALOG.medication("aspirin"))
            .anticoagulationControl(ControlStatement.of(Control.CONTROLLED, DAY.minusDays(3)))
            .build();

    RuleResult result =
        Checker.standard().check(profile, steroid()).result("injection-uncontrolled-anticoagulation");

    assertThat(result.status()).isEqualTo(NOT_FLAGGED);
  }

  @Test
  void a_finding_shows_the_threshold_it_was_measured_against() {
    PatientProfile profile =
        Cases.allAbsent()
            .bloodThinnerUse(PRESENT)
            .addBloodThinner(CATALOG.medication("warfarin"))
            .inr(Measurement.inr("3.2", DAY))
            .build();

    RuleResult result =
        Checker.standard().check(profile, steroid()).result("injection-uncontrolled-anticoagulation");

    assertThat(result.outcome().thresholds())
        .contains(new ThresholdValue("maxInr", new java.math.BigDecimal("3.0")));
    assertThat(result.outcome().facts()).extracting(FactValue::fact).contains(Fact.INR);
  }

  @Test
  void a_clinic_protocol_changes_the_threshold_not_the_rule() {
    PatientProfile profile =
        Cases.allAbsent()
            .bloodThinnerUse(PRESENT)
            .addBloodThinner(CATALOG.medication("warfarin"))
            .inr(Measurement.inr("2.8", DAY))
            .build();
    Checker strict =
        Checker.builder()
            .protocol(org.hipkit.protocol.Protocol.builder().id("strict-clinic").maxInr(new java.math.BigDecimal("2.5")).build())
            .build();

    assertThat(Checker.standard().check(profile, steroid()).result("injection-uncontrolled-anticoagulation").status())
        .isEqualTo(NOT_FLAGGED);
    assertThat(strict.check(profile, steroid()).result("injection-uncontrolled-anticoagulation").status())
        .isEqualTo(FLAGGED);
  }

  @Test
  void the_arthroplasty_interval_runs_to_the_procedure_date_not_the_check_date() {
    PatientProfile profile =
        Cases.allAbsent()
            .hipSurgery(PRESENT)
            .addHipSurgery(HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, Side.RIGHT, DAY.minusDays(80)))
            .build();

    // 80 days before the procedure, whenever the check is made.
    assertThat(Checker.standard().check(profile, steroid(), DAY).result("injection-recent-arthroplasty").status())
        .isEqualTo(FLAGGED);
    assertThat(Checker.standard().check(profile, steroid(), DAY.plusDays(10)).result("injection-recent-arthroplasty").status())
        .isEqualTo(FLAGGED);
    // 100 days before a later procedure, though only 80 before the check.
    TreatmentPlan later = Cases.steroidInjection().plannedDate(DAY.plusDays(20)).build();
    assertThat(Checker.standard().check(profile, later, DAY).result("injection-recent-arthroplasty").status())
        .isEqualTo(NOT_FLAGGED);
  }

  @Test
  void findings_are_ordered_by_concern_then_rule_id() {
    PatientProfile profile =
        Cases.allAbsent()
            .osteoporosis(PRESENT)
            .fever(PRESENT)
            .bloodThinnerUse(PRESENT)
            .addBloodThinner(CATALOG.medication("aspirin"))
            .anticoagulationControl(ControlStatement.of(Control.CONTROLLED, DAY))
            .build();

    CheckReport report = Checker.standard().check(profile, needling());

    assertThat(report.findings()).extracting(f -> f.rule().id())
        .containsExactly("needling-infection-signs", "needling-bleeding-risk", "needling-osteoporosis");
    assertThat(report.summary().level()).isEqualTo(Concern.DEFER);
  }

  @Test
  void the_rendered_report_names_rule_basis_option_and_source() {
    PatientProfile profile = Cases.allAbsent().pregnancy(PRESENT).build();
    TreatmentPlan plan = Cases.steroidInjection().modality(CATALOG.modality("fluoroscopy")).build();

    String text = Checker.standard().check(profile, plan).render();

    assertThat(text)
        .contains("injection-pregnancy-radiation")
        .contains("pregnancy = present")
        .contains("ultrasound guidance instead of fluoroscopy")
        .contains("001_fe2bf646b7a8e36f")
        .contains("it does not decide");
  }
}
