package org.hipkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.check.RuleResult;
import org.hipkit.course.Course;
import org.hipkit.course.Schedule;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.testkit.CheckCase;
import org.hipkit.testkit.HipGenerators;
import org.junit.jupiter.api.Test;

/**
 * The hand-coded baselines compute what hipkit computes, so that a ratio against them compares the
 * same work. These tests run in the build; the benchmarks do not.
 */
class BaselinesTest {

  private static final Checker CHECKER = Checker.standard();

  private static List<String> flaggedIds(CheckReport report) {
    return report.findings().stream().map(f -> f.rule().id()).sorted().toList();
  }

  private static List<String> baseline(CheckCase c) {
    PlainCase plain = PlainCase.of(c.profile(), c.plan(), CHECKER.protocol(), c.plan().plannedDate());
    return PlainCheck.flagged(plain).stream().sorted().toList();
  }

  @Test
  void plainCheck_flagsWhatTheCheckerFlags_onTheBenchmarkedCases() {
    CheckCase typical = new CheckCase(Scenarios.typicalProfile(), Scenarios.typicalPlan());
    CheckCase heavy = new CheckCase(Scenarios.heavyProfile(), Scenarios.heavyPlan());

    assertThat(baseline(typical)).isEmpty();
    assertThat(flaggedIds(typical.check(CHECKER))).isEmpty();
    assertThat(typical.check(CHECKER).summary().isClear()).isTrue();

    CheckReport report = heavy.check(CHECKER);
    assertThat(report.findings()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(report.indeterminate()).isNotEmpty();
    assertThat(baseline(heavy)).isEqualTo(flaggedIds(report));
  }

  @Test
  void plainCheck_flagsWhatTheCheckerFlags_onGeneratedCases() {
    for (CheckCase c : HipGenerators.cases().samples(BatchBenchmark.SEED, BatchBenchmark.SIZE, 2000)) {
      assertThat(baseline(c)).as("%s", c).isEqualTo(flaggedIds(c.check(CHECKER)));
    }
  }

  @Test
  void plainCourse_hasTheItemsOfTheCourse() {
    for (TreatmentPlan plan : List.of(Scenarios.typicalPlan(), Scenarios.seriesPlan())) {
      List<String> expected =
          Course.of(plan).items().stream()
              .map(i -> i.id() + "#" + i.session().orElse(0))
              .sorted()
              .toList();
      List<String> plain =
          PlainCourse.of(PlainCourse.Plan.of(plan)).stream()
              .map(i -> i.id() + "#" + i.session())
              .sorted()
              .toList();
      // Items of the course as a whole that hipkit ties to the first session are session 1 in both.
      assertThat(plain).as("%s", plan).hasSameSizeAs(expected);
      assertThat(plain.stream().map(s -> s.substring(0, s.indexOf('#'))).toList())
          .containsExactlyElementsOf(expected.stream().map(s -> s.substring(0, s.indexOf('#'))).toList());
    }
  }

  @Test
  void plainSchedule_placesTheSameDateTimes() {
    ZoneId zone = ZoneId.of("Europe/London");
    for (TreatmentPlan plan : List.of(Scenarios.typicalPlan(), Scenarios.seriesPlan())) {
      Course course = Course.of(plan);
      Schedule schedule = course.schedule(LocalTime.of(9, 0), zone);
      PlainSchedule.Placed[] placed =
          new PlainSchedule(course).place(ZonedDateTime.of(plan.plannedDate(), LocalTime.of(9, 0), zone));
      assertThat(Arrays.stream(placed).map(p -> p.id() + " " + p.earliestStart() + " " + p.latestEnd()).sorted())
          .containsExactlyElementsOf(
              schedule.items().stream()
                  .map(s -> s.item().id() + " " + s.earliestStart() + " " + s.latestEnd())
                  .sorted()
                  .toList());
    }
  }

  @Test
  void findingsOfTheHeavyCase_carryTheirBasis() {
    for (RuleResult f : CHECKER.check(Scenarios.heavyProfile(), Scenarios.heavyPlan()).findings()) {
      assertThat(f.outcome().facts()).isNotEmpty();
    }
  }
}
