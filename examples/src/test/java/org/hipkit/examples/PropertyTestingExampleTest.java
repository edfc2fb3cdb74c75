package org.hipkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatComparable;
import static org.quicktheories.QuickTheory.qt;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.check.Concern;
import org.hipkit.check.RuleResult;
import org.hipkit.examples.Triage.Light;
import org.hipkit.profile.PatientProfile;
import org.hipkit.testkit.Generator;
import org.hipkit.testkit.HipGenerators;
import org.hipkit.testkit.QuickTheoriesGens;
import org.hipkit.testkit.ScreeningFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.generators.Generate;

/**
 * Property tests of {@link Triage}, code of a hipkit user, written with hipkit's testkit. The
 * complete example of docs/testing-with-hipkit.md.
 *
 * <p>The testkit's generators make valid plans, patient profiles and check reports from a seeded
 * random generator and a size. The first three tests drive them with QuickTheories, which also
 * shrinks a failing value; the last two drive the same generators with a plain loop and with
 * JUnit's parameterized tests, as any other library would.
 */
class PropertyTestingExampleTest {

  private static final Checker CHECKER = Checker.standard();

  // ---- QuickTheories, through the testkit's adapters ----

  @Test
  void green_only_when_every_rule_was_assessed_and_none_flagged() {
    // reports(): a generated (profile, plan) case, checked by the standard checker.
    qt().forAll(QuickTheoriesGens.reports())
        .checkAssert(report ->
            assertThat(Triage.of(report) == Light.GREEN)
                .isEqualTo(report.summary().isClear()));
  }

  @Test
  void an_amber_or_red_light_always_has_something_to_show() {
    qt().forAll(QuickTheoriesGens.reports())
        .assuming(report -> Triage.of(report) != Light.GREEN)
        .checkAssert(report -> {
          // The screen can always say why: a finding with its basis, or a rule not assessed.
          assertThat(report.findings().size() + report.indeterminate().size()).isPositive();
          if (Triage.of(report) == Light.RED) {
            RuleResult top = report.findings().get(0);
            assertThatComparable(top.concern()).isGreaterThanOrEqualTo(Concern.DEFER);
            assertThat(top.outcome().facts()).isNotEmpty();
            assertThat(top.rule().sources()).isNotEmpty();
          }
        });
  }

  @Test
  void a_risk_never_turns_the_light_greener() {
    // Two generators: a (profile, plan) case, and one of the profile's screening facts.
    qt().forAll(QuickTheoriesGens.cases(), Generate.pick(ScreeningFacts.all()))
        .checkAssert((c, fact) -> {
          PatientProfile riskier =
              ScreeningFacts.with(c.profile(), fact, ScreeningFacts.riskValue(fact));
          Light before = Triage.of(c.check(CHECKER));
          Light after = Triage.of(c.withProfile(riskier).check(CHECKER));
          // Lights are declared from green to red, so "not greener" is "not lower".
          assertThatComparable(after).isGreaterThanOrEqualTo(before);
        });
  }

  // ---- The same property without a property-testing library ----

  @Test
  void green_only_when_every_rule_was_assessed_and_none_flagged_in_a_plain_loop() {
    Generator<CheckReport> reports = HipGenerators.reports();
    for (long seed = 0; seed < 1_000; seed++) {
      int size = (int) (seed % 10); // sizes 0 to 9 in turn, so simple values come up often
      RandomGenerator random = new SplittableRandom(seed);
      CheckReport report = reports.next(random, size);
      // A failure names its seed and size; reports.sample(seed, size) rebuilds the same report.
      assertThat(Triage.of(report) == Light.GREEN)
          .as("seed %d, size %d: %s", seed, size, report.summary())
          .isEqualTo(report.summary().isClear());
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void green_only_when_every_rule_was_assessed_and_none_flagged_for_each_seed(long seed) {
    CheckReport report = HipGenerators.reports().sample(seed, 8);
    assertThat(Triage.of(report) == Light.GREEN).isEqualTo(report.summary().isClear());
  }
}
