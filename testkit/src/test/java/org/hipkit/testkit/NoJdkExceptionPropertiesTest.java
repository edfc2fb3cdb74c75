package org.hipkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.course.Course;
import org.hipkit.course.Schedule;
import org.hipkit.error.HipkitException;
import org.hipkit.error.InvalidValueException;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.protocol.Protocol;
import org.hipkit.quantity.CountRange;
import org.hipkit.quantity.Dose;
import org.hipkit.quantity.TimeRange;
import org.hipkit.quantity.TimeUnit;
import org.hipkit.source.Source;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Issue 11: no public method lets a JDK exception escape. Over generated values pushed to extremes
 * (the largest and smallest numbers, periods and years java.time holds, texts with control
 * characters), building a value, its course, its schedule and its check either works or fails with
 * one of hipkit's own exceptions, naming what was wrong; never an {@code ArithmeticException}, a
 * {@code DateTimeException}, an {@code IllegalStateException} or an {@code OutOfMemoryError}.
 * What builds is also usable: a plan that builds has a course, a schedule from a start that builds
 * and a check report.
 */
class NoJdkExceptionPropertiesTest {

  private static final Checker CHECKER = Checker.standard();

  private record When(LocalDate date, ZonedDateTime start) {}

  private record Periods(Period repeat, Period followUp) {}

  private record Text(String text, int count) {}

  /** Runs an action; returns its value, or null when it failed with a hipkit exception. */
  private static <T> @Nullable T hipkitOrValue(Supplier<T> action) {
    try {
      return action.get();
    } catch (HipkitException e) {
      assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u0000");
      return null;
    }
  }

  /** Any int, with the edges of each bound and of the type drawn often. */
  private static Gen<Integer> extremeInts() {
    return integers()
        .all()
        .mix(arbitrary().pick(List.of(Integer.MIN_VALUE, -1, 0, 1, 2, 16, 17, 52, 53, 1_300, 20_000_000, Integer.MAX_VALUE)), 60);
  }

  /** Any long, with the edges drawn often. */
  private static Gen<Long> extremeLongs() {
    return longs()
        .all()
        .mix(arbitrary().pick(List.of(Long.MIN_VALUE, -1L, 0L, 1L, 100L, 101L, 36_600L, 52_704_001L, Long.MAX_VALUE)), 60);
  }

  /** Periods of any parts, such as P1500000000D and P999999999Y. */
  private static Gen<Period> extremePeriods() {
    return extremeInts().zip(extremeInts(), extremeInts(), (y, m, d) -> Period.of(y % 3 == 0 ? 0 : y, m % 2 == 0 ? 0 : m, d))
        .mix(
            arbitrary()
                .pick(
                    List.of(
                        Period.ofDays(1_500_000_000),
                        Period.ofYears(999_999_999),
                        Period.ofYears(1),
                        Period.ofMonths(12),
                        Period.ofMonths(13),
                        Period.ofDays(1))),
            40);
  }

  /** Dates from the first to the last year java.time holds, and the edges of the plausible window. */
  private static Gen<LocalDate> extremeDates() {
    return integers()
        .between(-999_999_999, 999_999_999)
        .zip(integers().between(1, 365), (year, day) -> LocalDate.ofYearDay(year, day))
        .mix(
            arbitrary()
                .pick(
                    List.of(
                        LocalDate.MIN,
                        LocalDate.MAX,
                        LocalDate.of(1899, 12, 31),
                        LocalDate.of(1900, 1, 1),
                        LocalDate.of(2200, 12, 31),
                        LocalDate.of(2201, 1, 1))),
            50)
        .mix(integers().between(1880, 2220).map(y -> LocalDate.of(y, 6, 1)), 30);
  }

  private static Gen<ZonedDateTime> extremeStarts() {
    return extremeDates()
        .zip(arbitrary().pick(List.of("UTC", "Europe/London", "America/New_York", "Pacific/Kiritimati")),
            (date, zone) -> ZonedDateTime.of(date, LocalTime.of(9, 0), ZoneId.of(zone)));
  }

  /** Texts of printable characters, with control characters, NUL and line separators mixed in. */
  private static Gen<String> hostileTexts() {
    return strings()
        .allPossible()
        .ofLengthBetween(0, 40)
        .mix(arbitrary().pick(List.of("mg", "mg\nINFO forged", "\u0000", "a\u2028b", "tab\there", " ", "x".repeat(5_000))), 40);
  }

  @Test
  void plans_withExtremeSessionsIntervalsAndDates_buildOrAreRefused_andWhatBuildsHasACourseScheduleAndReport() {
    qt().withExamples(300)
        .forAll(
            QuickTheoriesGens.cases(),
            extremeInts(),
            extremePeriods(),
            extremeDates().zip(extremeStarts(), When::new))
        .checkAssert(
            (c, sessions, interval, when) -> {
              LocalDate date = when.date();
              ZonedDateTime start = when.start();
              TreatmentPlan plan =
                  hipkitOrValue(
                      () ->
                          TreatmentPlan.builder()
                              .from(c.plan())
                              .sessions(sessions)
                              .sessionInterval(interval)
                              .plannedDate(date)
                              .build());
              if (plan == null) {
                return;
              }
              assertThat(plan.sessions()).isBetween(1, 52);
              Course course = Course.of(plan);
              assertThat(course.render()).isNotEmpty();
              Schedule placed = hipkitOrValue(() -> course.schedule(start));
              if (placed != null) {
                assertThat(placed.items()).hasSameSizeAs(course.items());
                assertThat(placed.render()).isNotEmpty();
              }
              assertThat(course.schedule(LocalTime.of(9, 0), ZoneId.of("UTC")).items()).hasSameSizeAs(course.items());
              CheckReport report = CHECKER.check(c.profile(), plan, HipGenerators.REFERENCE_DATE);
              assertThat(report.results()).isNotEmpty();
            });
  }

  @Test
  void protocols_withExtremeThresholds_buildOrAreRefused_andWhatBuildsChecksAndPlacesCourses() {
    qt().withExamples(300)
        .forAll(QuickTheoriesGens.cases(), extremeLongs(), extremeInts(), extremePeriods().zip(extremePeriods(), Periods::new))
        .checkAssert(
            (c, scaled, days, periods) -> {
              Period repeat = periods.repeat();
              Period followUp = periods.followUp();
              Protocol protocol =
                  hipkitOrValue(
                      () ->
                          Protocol.builder()
                              .maxInr(BigDecimal.valueOf(scaled, Math.floorMod(days, 40) - 20))
                              .maxHba1cPercent(BigDecimal.valueOf(scaled % 1000, 1))
                              .inrMaxAgeDays(days)
                              .hba1cMaxAgeDays(days / 3)
                              .statementMaxAgeDays(Math.abs(days % 400))
                              .minDaysSinceArthroplasty(days)
                              .minRepeatInjectionInterval(repeat)
                              .followUpInterval(followUp)
                              .build());
              if (protocol == null) {
                return;
              }
              CheckReport report =
                  Checker.builder().protocol(protocol).build().check(c.profile(), c.plan(), HipGenerators.REFERENCE_DATE);
              assertThat(report.protocol()).isEqualTo(protocol);
              Course course = Course.of(c.plan(), protocol);
              assertThat(course.schedule(LocalTime.NOON, ZoneId.of("Europe/London")).items())
                  .hasSameSizeAs(course.items());
            });
  }

  @Test
  void quantitiesAndSources_withExtremeNumbersAndHostileTexts_buildOrAreRefused() {
    qt().withExamples(500)
        .forAll(extremeLongs(), extremeLongs(), arbitrary().enumValues(TimeUnit.class), hostileTexts().zip(extremeInts(), Text::new))
        .checkAssert(
            (low, high, unit, t) -> {
              String text = t.text();
              int count = t.count();
              TimeRange range = hipkitOrValue(() -> TimeRange.interpreted(low, high, unit, text));
              if (range != null) {
                assertThat(range.high()).isLessThanOrEqualTo(TimeRange.maxAmount(unit));
              }
              hipkitOrValue(() -> TimeRange.of(low, high, unit));
              hipkitOrValue(() -> CountRange.of(count, (int) (high % Integer.MAX_VALUE)));
              hipkitOrValue(() -> Dose.of(BigDecimal.valueOf(low, count % 50), text));
              Source source = hipkitOrValue(() -> Source.of(text, text));
              if (source != null) {
                assertThat(source.key()).doesNotContain("\n");
              }
            });
  }

  @Test
  void schedules_activeAfterAnyAmount_answerOrAreRefused() {
    qt().withExamples(200)
        .forAll(QuickTheoriesGens.plans(), extremeLongs(), arbitrary().enumValues(TimeUnit.class))
        .checkAssert(
            (plan, amount, unit) -> {
              Schedule schedule = Course.of(plan).schedule(LocalTime.of(9, 0), ZoneId.of("America/New_York"));
              List<?> active = hipkitOrValue(() -> schedule.activeAfter(amount, unit));
              assertThat(active == null).isEqualTo(amount < 0 || amount > TimeRange.maxAmount(unit));
            });
  }

  @Test
  void builders_missingRequiredFields_areRefusedNamingThem() {
    qt().forAll(arbitrary().pick(List.of(0, 1, 2, 3)))
        .checkAssert(
            which -> {
              InvalidValueException e =
                  org.assertj.core.api.Assertions.catchThrowableOfType(
                      () -> {
                        switch (which) {
                          case 0 -> TreatmentPlan.builder().build();
                          case 1 -> org.hipkit.intervention.Risk.builder().id("k").build();
                          case 2 -> org.hipkit.intervention.SessionPattern.builder().build();
                          default -> org.hipkit.condition.Condition.builder().name("n").build();
                        }
                      },
                      InvalidValueException.class);
              assertThat(e).isNotNull();
              assertThat(e.rule()).isEqualTo("is required but was not set");
              assertThat(e.field()).isNotBlank();
            });
  }
}
