package org.hipkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.examples.Triage.Light;
import org.hipkit.testkit.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

/**
 * What a failing property looks like, for docs/testing-with-hipkit.md: a plausible bug in a triage
 * method, the property that catches it, and the seed and shrunk case QuickTheories reports.
 */
class BuggyTriageTest {

  /** The bug: "no findings" read as "clear", forgetting the rules that could not be assessed. */
  static Light buggyTriage(CheckReport report) {
    return report.findings().isEmpty() ? Light.GREEN : Triage.of(report);
  }

  @Test
  void the_property_catches_the_bug_and_reports_a_seed() {
    assertThatThrownBy(
            () ->
                qt().withFixedSeed(20261201L) // the seed a failure reported; replays the same run
                    .forAll(QuickTheoriesGens.cases())
                    .checkAssert(c -> {
                      CheckReport report = c.check(Checker.standard());
                      assertThat(buggyTriage(report) == Light.GREEN)
                          .isEqualTo(report.summary().isClear());
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Property falsified")
        .hasMessageContaining("Smallest found falsifying value")
        .hasMessageContaining("Seed was 20261201")
        // What docs/testing-with-hipkit.md shows: the simplest failing case QuickTheories found.
        .hasMessageContaining("Property falsified after 8 example(s)")
        .hasMessageContaining(
            "PatientProfile{fever=ABSENT, severeAcutePain=ABSENT,"
                + " suspectedJointInfection=UNKNOWN, systemicInfection=ABSENT")
        .hasMessageContaining(
            "plan=TreatmentPlan[corticosteroid-injection at intra-articular-hip (left) for"
                + " hip-osteoarthritis, [lidocaine], ultrasound, 2026-12-01]]");
  }

  @Test
  void the_correct_triage_passes_the_same_run() {
    qt().withFixedSeed(20261201L)
        .forAll(QuickTheoriesGens.cases())
        .checkAssert(c -> {
          CheckReport report = c.check(Checker.standard());
          assertThat(Triage.of(report) == Light.GREEN).isEqualTo(report.summary().isClear());
        });
  }
}
