package org.hipkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckContext;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.check.Concern;
import org.hipkit.check.Fact;
import org.hipkit.check.Outcome;
import org.hipkit.check.Status;
import org.hipkit.check.ThresholdValue;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;

/** What the clinic protocol example shows, and its rule on its own. */
class ClinicProtocolTest {

  private static final HipCatalog CATALOG = HipCatalog.standard();
  private static final Checker CLINIC = ClinicProtocol.checker();

  @Test
  void a_six_day_old_inr_is_enough_for_the_standard_checker_but_not_for_the_clinic() {
    PatientProfile patient = ClinicProtocol.patient(ClinicProtocol.SIX_DAY_OLD_INR);

    CheckReport standard = Checker.standard().check(patient, ClinicProtocol.plan());
    CheckReport clinic = CLINIC.check(patient, ClinicProtocol.plan());

    assertThat(standard.summary().toString()).isEqualTo("caution: 1 flagged, 0 indeterminate");
    assertThat(standard.findings()).extracting(f -> f.rule().id())
        .containsExactly("injection-blood-thinner-bruising");
    assertThat(clinic.summary().toString()).isEqualTo("defer: 2 flagged, 0 indeterminate");
    assertThat(clinic.findings()).extracting(f -> f.rule().id())
        .containsExactly("clinic-warfarin-current-inr", "injection-blood-thinner-bruising");
    assertThat(clinic.findings().get(0).outcome().thresholds())
        .containsExactly(new ThresholdValue("inrMaxAgeDays", 3));
    assertThat(clinic.render())
        .contains("protocol our-clinic-2026", "sources: our-clinic-policy-2026");
  }

  @Test
  void a_fresh_inr_meets_the_clinic_rule_and_meets_the_stricter_limit_instead() {
    PatientProfile patient = ClinicProtocol.patient(ClinicProtocol.FRESH_INR);

    CheckReport standard = Checker.standard().check(patient, ClinicProtocol.plan());
    CheckReport clinic = CLINIC.check(patient, ClinicProtocol.plan());

    assertThat(standard.summary().level()).isEqualTo(Concern.CAUTION);
    assertThat(clinic.result("clinic-warfarin-current-inr").status()).isEqualTo(Status.NOT_FLAGGED);
    assertThat(clinic.findings().get(0).rule().id())
        .isEqualTo("injection-uncontrolled-anticoagulation");
    assertThat(clinic.findings().get(0).outcome().thresholds())
        .contains(new ThresholdValue("maxInr", new BigDecimal("2.5")));
  }

  @Test
  void the_clinic_rule_names_what_it_needs_when_a_fact_is_unknown() {
    assertThat(evaluate(PatientProfile.unknown()))
        .isEqualTo(Outcome.indeterminate(Fact.BLOOD_THINNER_USE));
    assertThat(evaluate(PatientProfile.builder().bloodThinnerUse(Presence.PRESENT).build()))
        .isEqualTo(Outcome.indeterminate(Fact.BLOOD_THINNERS));
  }

  @Test
  void the_clinic_rule_leaves_patients_without_warfarin_alone() {
    assertThat(evaluate(PatientProfile.builder().bloodThinnerUse(Presence.ABSENT).build()).status())
        .isEqualTo(Status.NOT_FLAGGED);
    PatientProfile aspirin = PatientProfile.builder()
        .bloodThinnerUse(Presence.PRESENT)
        .addBloodThinners(CATALOG.medication("aspirin"))
        .build();
    assertThat(evaluate(aspirin).status()).isEqualTo(Status.NOT_FLAGGED);
  }

  @Test
  void the_clinic_rule_flags_warfarin_without_any_inr() {
    PatientProfile noInr = PatientProfile.builder()
        .bloodThinnerUse(Presence.PRESENT)
        .addBloodThinners(CATALOG.medication("warfarin"))
        .build();

    Outcome outcome = evaluate(noInr);

    assertThat(outcome.status()).isEqualTo(Status.FLAGGED);
    assertThat(outcome.facts()).extracting(f -> f.value()).contains("none on file");
  }

  @Test
  void the_clinic_rule_is_out_of_scope_for_needling() {
    assertThat(ClinicProtocol.WARFARIN_NEEDS_CURRENT_INR.description().scope().toString())
        .isEqualTo("injection");
  }

  @Test
  void the_follow_up_moves_with_the_protocol() {
    assertThat(ClinicProtocol.followUpAfter(Protocol.standard()))
        .isEqualTo(LocalDate.of(2027, 1, 12));
    assertThat(ClinicProtocol.followUpAfter(ClinicProtocol.PROTOCOL))
        .isEqualTo(LocalDate.of(2026, 12, 29));
  }

  @Test
  void the_reference_excerpt_shows_the_clinic_thresholds_and_rule() {
    String excerpt = ClinicProtocol.referenceExcerpt(CLINIC);

    assertThat(excerpt)
        .startsWith("## Protocol thresholds")
        .contains("| `maxInr` | 2.5 |", "| `inrMaxAgeDays` | 3 |", "## clinic-warfarin-current-inr")
        .contains("- Thresholds: `inrMaxAgeDays` = 3")
        .contains("`our-clinic-policy-2026`")
        .doesNotContain("## injection-");
  }

  @Test
  void main_prints_both_checks_the_follow_up_and_the_reference() {
    String out = Console.capture(() -> ClinicProtocol.main(new String[0]));

    assertThat(out)
        .contains("standard: caution: 1 flagged, 0 indeterminate")
        .contains("clinic  : defer: 2 flagged, 0 indeterminate")
        .contains(
            "DEFER: Warfarin without a current INR [clinic-warfarin-current-inr v1, precaution]")
        .contains("defer injection-uncontrolled-anticoagulation because")
        .contains("standard: 2027-01-12", "clinic  : 2026-12-29")
        .contains("## clinic-warfarin-current-inr");
  }

  private static Outcome evaluate(PatientProfile profile) {
    CheckContext context = CheckContext.of(
        profile, ClinicProtocol.plan(), ClinicProtocol.PROTOCOL, LocalDate.of(2026, 12, 1));
    return ClinicProtocol.WARFARIN_NEEDS_CURRENT_INR.evaluate(context);
  }
}
