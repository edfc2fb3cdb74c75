package org.hipkit.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.course.Course;
import org.hipkit.course.Schedule;
import org.hipkit.error.HipkitException;
import org.hipkit.json.HipJson;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;
import org.hipkit.protocol.Protocol;
import org.hipkit.quantity.CountRange;
import org.hipkit.quantity.Dose;
import org.hipkit.quantity.TimeRange;
import org.hipkit.source.Source;
import org.hipkit.testkit.HipGenerators;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Timeout;

/**
 * Jazzer fuzz tests of the value builders (issue 11): the fuzzer's bytes choose every number, period,
 * date and text a plan, a protocol or a quantity is built from, and whatever builds is taken through
 * its course, its schedule, a check and a JSON round trip.
 *
 * <p>The invariant: building and everything after it either works or throws one of hipkit's own
 * exceptions, whose message is one line; any other exception or error (an {@code
 * ArithmeticException}, a {@code DateTimeException}, an {@code IllegalStateException}, running out
 * of memory) is a finding, and so is an input that takes longer than 10 seconds. A value that builds
 * writes a document the standard reader reads back equal.
 *
 * <p>Without {@code JAZZER_FUZZ} each method replays its saved inputs in {@code
 * BuilderFuzzTestInputs/<method>/} (see docs/reliability.md); with it, one method fuzzes.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class BuilderFuzzTest {

  private static final HipCatalog CATALOG = HipCatalog.standard();
  private static final HipJson JSON = HipJson.standard();
  private static final Checker CHECKER = Checker.standard();
  private static final List<String> ZONES = List.of("UTC", "Europe/London", "America/New_York", "Asia/Kolkata");

  /** A valid plan of every intervention, and profiles, to start from. */
  private static final List<TreatmentPlan> PLANS =
      CATALOG.interventions().stream()
          .map(i -> HipGenerators.plansFor(CATALOG, i).next(new Random(7), 8))
          .toList();

  private static final List<PatientProfile> PROFILES =
      new Random(9).ints(8).mapToObj(seed -> HipGenerators.profiles().next(new Random(seed), 8)).toList();

  private static <T> @Nullable T built(Supplier<T> build) {
    try {
      return build.get();
    } catch (HipkitException e) {
      assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u0000");
      return null;
    }
  }

  private static LocalDate date(FuzzedDataProvider data) {
    return data.consumeBoolean()
        ? LocalDate.ofEpochDay(data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()))
        : LocalDate.of(data.consumeInt(1850, 2250), 1, 1).plusDays(data.consumeInt(0, 364));
  }

  private static Period period(FuzzedDataProvider data) {
    return data.consumeBoolean()
        ? Period.of(data.consumeInt(), data.consumeInt(), data.consumeInt())
        : Period.of(data.consumeInt(0, 3), data.consumeInt(0, 14), data.consumeInt(0, 400));
  }

  private static int count(FuzzedDataProvider data) {
    return data.consumeBoolean() ? data.consumeInt() : data.consumeInt(-2, 60);
  }

  @FuzzTest
  void plans(FuzzedDataProvider data) {
    TreatmentPlan base = data.pickValue(PLANS);
    TreatmentPlan.Builder builder = TreatmentPlan.builder();
    // Now and then a required field is left out: refused as an invalid value, not a JDK exception.
    if (data.consumeProbabilityDouble() > 0.05) {
      builder.from(base);
    }
    TreatmentPlan plan =
        built(
            () ->
                builder
                    .sessions(count(data))
                    .sessionInterval(period(data))
                    .plannedDate(date(data))
                    .build());
    if (plan == null) {
      return;
    }
    Course course = Course.of(plan);
    assertThat(course.render()).isNotEmpty();
    ZonedDateTime start = ZonedDateTime.of(date(data), LocalTime.of(9, 0), ZoneId.of(data.pickValue(ZONES)));
    Schedule schedule = built(() -> course.schedule(start));
    if (schedule != null) {
      assertThat(JSON.readSchedule(JSON.writeSchedule(schedule))).isEqualTo(schedule);
    }
    CheckReport report = CHECKER.check(data.pickValue(PROFILES), plan, plan.plannedDate());
    assertThat(JSON.readPlan(JSON.writePlan(plan))).isEqualTo(plan);
    assertThat(JSON.readCourse(JSON.writeCourse(course))).isEqualTo(course);
    assertThat(JSON.readReport(JSON.writeReport(report))).isEqualTo(report);
  }

  @FuzzTest
  void protocols(FuzzedDataProvider data) {
    Protocol protocol =
        built(
            () ->
                Protocol.builder()
                    .id(data.consumeBoolean() ? "clinic-" + data.consumeInt(0, 99) : data.consumeString(80))
                    .maxInr(BigDecimal.valueOf(data.consumeLong(), data.consumeInt(-30, 30)))
                    .maxHba1cPercent(BigDecimal.valueOf(data.consumeInt(-200, 2000), 1))
                    .inrMaxAgeDays(count(data))
                    .hba1cMaxAgeDays(data.consumeInt())
                    .statementMaxAgeDays(count(data))
                    .minDaysSinceArthroplasty(data.consumeInt())
                    .minRepeatInjectionInterval(period(data))
                    .followUpInterval(period(data))
                    .build());
    if (protocol == null) {
      return;
    }
    TreatmentPlan plan = data.pickValue(PLANS);
    CheckReport report =
        Checker.builder().protocol(protocol).build().check(data.pickValue(PROFILES), plan, plan.plannedDate());
    Course course = Course.of(plan, protocol);
    assertThat(course.schedule(LocalTime.of(9, 0), ZoneId.of(data.pickValue(ZONES))).items())
        .hasSameSizeAs(course.items());
    assertThat(JSON.readProtocol(JSON.writeProtocol(protocol))).isEqualTo(protocol);
    assertThat(JSON.readReport(JSON.writeReport(report))).isEqualTo(report);
  }

  @FuzzTest
  void quantities(FuzzedDataProvider data) {
    org.hipkit.quantity.TimeUnit unit = data.pickValue(org.hipkit.quantity.TimeUnit.values());
    long low = data.consumeLong();
    long high = data.consumeBoolean() ? data.consumeLong() : data.consumeLong(0, 200);
    String text = data.consumeString(200);
    TimeRange range = built(() -> TimeRange.interpreted(Math.abs(low % 1000), high, unit, text));
    if (range != null) {
      assertThat(range.high()).isLessThanOrEqualTo(TimeRange.maxAmount(unit));
    }
    built(() -> TimeRange.of(low, high, unit));
    built(() -> CountRange.of(data.consumeInt(), data.consumeInt()));
    built(() -> Dose.of(BigDecimal.valueOf(data.consumeLong(), data.consumeInt(-20, 20)), text));
    built(() -> Source.of(data.consumeString(40), text));
  }
}
