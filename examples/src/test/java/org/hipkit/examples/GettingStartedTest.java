package org.hipkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.check.Concern;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.junit.jupiter.api.Test;

/**
 * The profile changes docs/getting-started.md asks a newcomer to make in the quick start, and what
 * the guide says they show.
 */
class GettingStartedTest {

  private static final TreatmentPlan PLAN = QuickStart.run().report().plan();

  @Test
  void a_lower_hba1c_clears_the_finding_but_the_report_stays_incomplete() {
    // --- docs/getting-started.md, lower HbA1c ---
    PatientProfile profile = PatientProfile.builder()
        .fever(Presence.ABSENT)
        .diabetes(Presence.PRESENT)
        .hba1c(Measurement.hba1cPercent("7.4", LocalDate.of(2026, 11, 10)))
        .build();
    // --- end ---

    CheckReport report = Checker.standard().check(profile, PLAN);

    assertThat(report.findings()).isEmpty();
    assertThat(report.summary().level()).isEqualTo(Concern.INCOMPLETE);
    assertThat(report.summary().toString()).isEqualTo("incomplete: 0 flagged, 14 indeterminate");
    assertThat(report.summary().isClear()).isFalse();
  }

  @Test
  void answering_every_question_gives_none_found() {
    PatientProfile profile = PatientProfile.builder()
        .fever(Presence.ABSENT)
        .diabetes(Presence.PRESENT)
        .hba1c(Measurement.hba1cPercent("7.4", LocalDate.of(2026, 11, 10)))
        .build();

    // --- docs/getting-started.md, every question answered ---
    PatientProfile answered = PatientProfile.builder()
        .from(profile)
        .suspectedJointInfection(Presence.ABSENT)
        .systemicInfection(Presence.ABSENT)
        .skinProblem(Presence.ABSENT)
        .bloodThinnerUse(Presence.ABSENT)
        .bleedingDisorder(Presence.ABSENT)
        .allergy(Presence.ABSENT)
        .hipSurgery(Presence.ABSENT)
        .suspectedFracture(Presence.ABSENT)
        .rapidlyWorseningPain(Presence.ABSENT)
        .otherRedFlags(Presence.ABSENT)
        .cannotTolerateProcedure(Presence.ABSENT)
        .painMainlyNonHip(Presence.ABSENT)
        .build();
    // --- end ---

    CheckReport report = Checker.standard().check(answered, PLAN);

    assertThat(report.summary().toString()).isEqualTo("none-found: 0 flagged, 0 indeterminate");
    assertThat(report.summary().isClear()).isTrue();
  }

  @Test
  void a_fever_with_severe_pain_means_avoid() {
    // --- docs/getting-started.md, a fever ---
    PatientProfile feverish = PatientProfile.builder()
        .fever(Presence.PRESENT)
        .severeAcutePain(Presence.PRESENT)
        .build();
    // --- end ---

    CheckReport report = Checker.standard().check(feverish, PLAN);

    assertThat(report.summary().level()).isEqualTo(Concern.AVOID);
    assertThat(report.summary().toString())
        .isEqualTo("avoid (incomplete): 1 flagged, 15 indeterminate");
    assertThat(report.findings().get(0).rule().id()).isEqualTo("injection-fever-with-severe-pain");
    assertThat(Triage.of(report)).isEqualTo(Triage.Light.RED);
  }
}
