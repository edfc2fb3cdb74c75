package org.hipkit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hipkit.check.Cases.CATALOG;
import static org.hipkit.check.Cases.DAY;
import static org.hipkit.profile.Presence.PRESENT;
import static org.hipkit.profile.Presence.UNKNOWN;

import java.math.BigDecimal;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.junit.jupiter.api.Test;

/**
 * The rules that read measurements compare them in the unit of their threshold, show what they
 * compared, and, when they cannot assess, name what is really missing rather than what they have.
 */
class MeasuredRulesTest {

  private static final String DIABETES_RULE = "injection-steroid-with-poorly-controlled-diabetes";
  private static final String ANTICOAGULATION_RULE = "injection-uncontrolled-anticoagulation";

  private static RuleResult steroidResult(PatientProfile profile, String rule) {
    return Checker.standard().check(profile, Cases.steroidInjection().build(), DAY).result(rule);
  }

  @Test
  void an_hba1c_of_90_mmol_per_mol_flags_a_steroid_plan_for_a_diabetic() {
    Measurement hba1c = Measurement.hba1cMmolPerMol("90", DAY.minusDays(10));
    PatientProfile profile = Cases.allAbsent().diabetes(PRESENT).hba1c(hba1c).build();

    CheckReport report = Checker.standard().check(profile, Cases.steroidInjection().build(), DAY);
    RuleResult result = report.result(DIABETES_RULE);

    assertThat(result.status()).isEqualTo(Status.FLAGGED);
    assertThat(report.summary().level()).isEqualTo(Concern.MODIFY);
    // The basis shows the HbA1c as measured and the percent it was compared as.
    assertThat(result.outcome().facts())
        .containsExactly(
            new FactValue(Fact.DIABETES, PRESENT),
            new FactValue(Fact.HBA1C, hba1c),
            new FactValue(Fact.HBA1C, hba1c.inStandardUnit()));
    assertThat(hba1c.inStandardUnit().value()).isEqualTo(new BigDecimal("10.39"));
    assertThat(result.outcome().thresholds())
        .contains(new ThresholdValue("maxHba1cPercent", new BigDecimal("8.0")));
    assertThat(report.render()).contains("90 mmol/mol").contains("10.39 %");
  }

  @Test
  void an_hba1c_in_percent_shows_once_in_the_basis() {
    Measurement hba1c = Measurement.hba1cPercent("9.4", DAY);
    PatientProfile profile = Cases.allAbsent().diabetes(PRESENT).hba1c(hba1c).build();

    assertThat(steroidResult(profile, DIABETES_RULE).outcome().facts())
        .containsExactly(new FactValue(Fact.DIABETES, PRESENT), new FactValue(Fact.HBA1C, hba1c));
  }

  @Test
  void an_hba1c_in_mmol_per_mol_within_the_limit_clears_whatever_the_diabetes_record() {
    PatientProfile profile =
        Cases.allAbsent().diabetes(UNKNOWN).hba1c(Measurement.hba1cMmolPerMol("53", DAY)).build();

    assertThat(steroidResult(profile, DIABETES_RULE).status()).isEqualTo(Status.NOT_FLAGGED);
  }

  @Test
  void the_converted_percent_is_compared_against_the_protocols_limit() {
    // 64 mmol/mol is 8.01 %: above the standard 8.0, within a clinic's 8.5.
    PatientProfile profile =
        Cases.allAbsent().diabetes(PRESENT).hba1c(Measurement.hba1cMmolPerMol("64", DAY)).build();
    Checker lenient =
        Checker.builder()
            .protocol(
                org.hipkit.protocol.Protocol.builder()
                    .id("lenient-clinic")
                    .maxHba1cPercent(new BigDecimal("8.5"))
                    .build())
            .build();

    assertThat(steroidResult(profile, DIABETES_RULE).status()).isEqualTo(Status.FLAGGED);
    assertThat(
            lenient.check(profile, Cases.steroidInjection().build(), DAY).result(DIABETES_RULE).status())
        .isEqualTo(Status.NOT_FLAGGED);
  }

  @Test
  void blood_thinners_not_named_with_a_current_inr_in_range_asks_which_ones_not_for_the_inr() {
    PatientProfile profile =
        Cases.allAbsent().bloodThinnerUse(PRESENT).inr(Measurement.inr("2.4", DAY)).build();

    RuleResult result = steroidResult(profile, ANTICOAGULATION_RULE);

    assertThat(result.status()).isEqualTo(Status.INDETERMINATE);
    assertThat(result.outcome().missing())
        .containsExactly(Fact.BLOOD_THINNERS, Fact.ANTICOAGULATION_CONTROL);
  }

  @Test
  void blood_thinners_not_named_without_a_current_inr_asks_for_them_and_the_inr() {
    PatientProfile profile =
        Cases.allAbsent()
            .bloodThinnerUse(PRESENT)
            .inr(Measurement.inr("2.4", DAY.minusDays(30)))
            .build();

    assertThat(steroidResult(profile, ANTICOAGULATION_RULE).outcome().missing())
        .containsExactly(Fact.BLOOD_THINNERS, Fact.INR, Fact.ANTICOAGULATION_CONTROL);
  }

  @Test
  void named_anticoagulants_without_a_current_inr_ask_for_the_inr_not_for_the_thinners() {
    PatientProfile profile =
        Cases.allAbsent()
            .bloodThinnerUse(PRESENT)
            .addBloodThinner(CATALOG.medication("warfarin"))
            .build();

    assertThat(steroidResult(profile, ANTICOAGULATION_RULE).outcome().missing())
        .containsExactly(Fact.INR, Fact.ANTICOAGULATION_CONTROL);
  }

  @Test
  void an_antiplatelet_with_an_inr_in_range_asks_only_for_the_statement() {
    PatientProfile profile =
        Cases.allAbsent()
            .bloodThinnerUse(PRESENT)
            .addBloodThinner(CATALOG.medication("aspirin"))
            .addBloodThinner(CATALOG.medication("warfarin"))
            .inr(Measurement.inr("2.1", DAY))
            .build();

    assertThat(steroidResult(profile, ANTICOAGULATION_RULE).outcome().missing())
        .containsExactly(Fact.ANTICOAGULATION_CONTROL);
  }

  @Test
  void a_diabetic_without_a_current_hba1c_asks_for_it_and_for_a_statement() {
    PatientProfile profile =
        Cases.allAbsent()
            .diabetes(PRESENT)
            .hba1c(Measurement.hba1cMmolPerMol("90", DAY.minusDays(200)))
            .build();

    assertThat(steroidResult(profile, DIABETES_RULE).outcome().missing())
        .containsExactly(Fact.HBA1C, Fact.DIABETES_CONTROL);
  }

  @Test
  void unknown_pain_not_known_to_be_evaluated_also_asks_whether_a_physician_evaluated_it() {
    PatientProfile profile =
        Cases.allAbsent()
            .severeAcutePain(UNKNOWN)
            .physicianEvaluated(UNKNOWN)
            .build();

    RuleResult result =
        Checker.standard()
            .check(profile, Cases.acupuncture().build(), DAY)
            .result("needling-pain-needs-physician");

    assertThat(result.outcome().missing())
        .containsExactly(Fact.SEVERE_ACUTE_PAIN, Fact.PHYSICIAN_EVALUATED);
  }

  @Test
  void unknown_pain_known_not_to_be_evaluated_asks_only_for_the_pain() {
    PatientProfile profile =
        Cases.allAbsent()
            .severeAcutePain(UNKNOWN)
            .physicianEvaluated(org.hipkit.profile.Presence.ABSENT)
            .build();

    RuleResult result =
        Checker.standard()
            .check(profile, Cases.acupuncture().build(), DAY)
            .result("needling-pain-needs-physician");

    assertThat(result.outcome().missing()).containsExactly(Fact.SEVERE_ACUTE_PAIN);
  }
}
