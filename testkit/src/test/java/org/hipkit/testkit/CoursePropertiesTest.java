package org.hipkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.course.Course;
import org.hipkit.course.CourseItem;
import org.hipkit.course.ItemKind;
import org.hipkit.course.Offset;
import org.hipkit.course.Schedule;
import org.hipkit.course.ScheduledItem;
import org.hipkit.course.Window;
import org.hipkit.intervention.Intervention;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.protocol.Protocol;
import org.hipkit.quantity.TimeRange;
import org.hipkit.quantity.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of every course the standard catalog allows, and of its schedule from any start in
 * zones with and without daylight saving.
 */
class CoursePropertiesTest {

  private static final int EXAMPLES = 300;

  private static final HipCatalog CATALOG = HipCatalog.standard();

  /** A large seeded sample of the testkit's plans, built once. */
  private static final List<TreatmentPlan> SAMPLE = HipGenerators.plans().samples(20261201L, 8, 3000);

  /** Session intervals; daily sessions come up more often, as they put sessions on a clock change. */
  private static final List<Period> INTERVALS =
      List.of(
          Period.ofDays(1),
          Period.ofDays(1),
          Period.ofDays(1),
          Period.ofDays(3),
          Period.ofWeeks(1),
          Period.ofWeeks(2),
          Period.ofMonths(1),
          Period.ofWeeks(6),
          Period.ofMonths(1).plusDays(15));

  private static final List<Protocol> PROTOCOLS =
      List.of(
          Protocol.standard(),
          protocol(Period.ofDays(1), Period.ZERO),
          protocol(Period.ofMonths(3), Period.ofMonths(1)),
          protocol(Period.ofMonths(1).plusDays(10), Period.ofYears(1)),
          protocol(Period.ofWeeks(2), Period.ofMonths(6)));

  /**
   * Zones with and without daylight saving: northern and southern hemisphere, half-hour and
   * 45-minute offsets, a 30-minute change (Lord Howe), a 2-hour change (Troll), changes at midnight
   * (Santiago) and around Ramadan (Casablanca).
   */
  private static final List<ZoneId> ZONES =
      List.of(
              "UTC",
              "America/New_York",
              "Europe/London",
              "Europe/Berlin",
              "Australia/Sydney",
              "Australia/Lord_Howe",
              "America/Santiago",
              "America/St_Johns",
              "Asia/Kolkata",
              "Pacific/Chatham",
              "Antarctica/Troll",
              "Africa/Casablanca")
          .stream()
          .map(ZoneId::of)
          .toList();

  private static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2035-12-31T00:00:00Z");

  private static Protocol protocol(Period followUp, Period minRepeat) {
    return Protocol.builder()
        .from(Protocol.standard())
        .id("generated")
        .followUpInterval(followUp)
        .minRepeatInjectionInterval(minRepeat)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Generators

  /**
   * A plan from the testkit, then given 1-12 sessions at one of several intervals: more sessions,
   * and daily ones, than plans usually have, so that later sessions land on clock changes.
   */
  private static Gen<TreatmentPlan> plans() {
    return QuickTheoriesGens.plans()
        .zip(
            Generate.range(1, 12),
            Generate.pick(INTERVALS),
            (plan, sessions, interval) ->
                sessions == 1
                    ? plan
                    : TreatmentPlan.builder().from(plan).sessions(sessions).sessionInterval(interval).build());
  }

  private static Gen<Course> courses() {
    return plans().zip(Generate.pick(PROTOCOLS), Course::of);
  }

  /**
   * A start: half the time anywhere between 2020 and 2035; half the time 0-7 days before one of
   * the zone's clock changes, at a local time of day from 30 minutes before the change's to 90
   * after, so that day-based items and later sessions land on the day of the change, often inside
   * its gap or overlap.
   */
  private static Gen<ZonedDateTime> starts() {
    Gen<ZoneId> zones = Generate.pick(ZONES);
    Gen<Long> anySecond = Generate.longRange(FROM.getEpochSecond(), TO.getEpochSecond());
    Gen<long[]> nearChange =
        Generate.longRange(0, 7).zip(Generate.longRange(-30, 90), (d, m) -> new long[] {d, m});
    return zones.zip(
        anySecond,
        Generate.booleans(),
        nearChange,
        (zone, second, near, shift) -> {
          Instant instant = Instant.ofEpochSecond(second);
          ZoneOffsetTransition next = zone.getRules().nextTransition(instant);
          if (!near || next == null) {
            return ZonedDateTime.ofInstant(instant, zone);
          }
          LocalDateTime change = next.getDateTimeBefore();
          return ZonedDateTime.of(
              change.minusDays(shift[0]).plusMinutes(shift[1]), zone);
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Courses

  /**
   * Every plan the catalog allows has a course: a large seeded sample of the testkit's plans, which
   * the sample shows to cover every intervention with each of its targets, modalities and purposes.
   */
  @Test
  void everyPlanOfTheCatalog_hasACourse() {
    Set<List<Object>> seen = new HashSet<>();
    for (TreatmentPlan plan : SAMPLE) {
      Course course = Course.of(plan);
      assertThat(course.items()).isNotEmpty();
      assertThat(course.items()).anyMatch(i -> i.kind() == ItemKind.PROCEDURE);
      assertThat(course.items()).anyMatch(i -> i.kind() == ItemKind.FOLLOW_UP);
      assertThat(course.render()).isEqualTo(Course.of(plan).render());
      seen.add(List.of(plan.intervention().id(), plan.target().id(), plan.modality().id(), plan.purpose()));
    }
    for (Intervention intervention : CATALOG.interventions()) {
      for (String target : intervention.targets()) {
        for (String modality : intervention.modalities()) {
          for (var purpose : intervention.purposes()) {
            assertThat(seen).contains(List.of(intervention.id(), target, modality, purpose));
          }
        }
      }
    }
  }

  @Test
  void everyWindow_hasLowNotAboveHigh_andEveryItemASource() {
    qt().withExamples(EXAMPLES)
        .forAll(courses())
        .checkAssert(
            course -> {
              for (CourseItem item : course.items()) {
                for (Offset offset : List.of(item.window().start(), item.window().end())) {
                  TimeRange range = offset.range();
                  assertThat(range.low()).isNotNegative().isLessThanOrEqualTo(range.high());
                  assertThat(offset.base().isNegative()).isFalse();
                }
                assertThat(item.sources()).isNotEmpty();
              }
            });
  }

  @Test
  void courseItems_areInReadingOrder() {
    qt().withExamples(EXAMPLES)
        .forAll(courses())
        .checkAssert(
            course -> {
              List<CourseItem> items = course.items();
              for (int i = 1; i < items.size(); i++) {
                double previous = typicalStart(items.get(i - 1));
                double current = typicalStart(items.get(i));
                assertThat(previous).isLessThanOrEqualTo(current);
                if (previous == current) {
                  assertThat(typicalEnd(items.get(i - 1))).isLessThanOrEqualTo(typicalEnd(items.get(i)));
                }
              }
            });
  }

  /** The typical start by java.time's estimated unit lengths, computed here independently. */
  private static double typicalStart(CourseItem item) {
    Offset from = item.window().start();
    return estimate(from.base(), from.range().low(), from.range().unit());
  }

  private static double typicalEnd(CourseItem item) {
    Offset to = item.window().end();
    return estimate(to.base(), to.range().high(), to.range().unit());
  }

  private static double estimate(Period base, long amount, TimeUnit unit) {
    double month = 365.2425 * 86400 / 12;
    double unitSeconds =
        switch (unit) {
          case MINUTES -> 60;
          case HOURS -> 3600;
          case DAYS -> 86400;
          case WEEKS -> 7 * 86400;
          case MONTHS -> month;
          case YEARS -> 12 * month;
        };
    return base.toTotalMonths() * month + base.getDays() * 86400.0 + amount * unitSeconds;
  }

  // ---------------------------------------------------------------------------------------------
  // Schedules

  @Test
  void schedule_hasOneEntryPerItem_inTimeOrder_withOrderedBounds() {
    qt().withExamples(EXAMPLES)
        .forAll(courses(), starts())
        .checkAssert(
            (course, start) -> {
              Schedule schedule = course.schedule(start);
              List<ScheduledItem> items = schedule.items();
              assertThat(items).hasSameSizeAs(course.items());
              Map<CourseItem, Boolean> seen = new IdentityHashMap<>();
              items.forEach(s -> seen.put(s.item(), true));
              assertThat(seen).hasSameSizeAs(course.items());
              for (int i = 0; i < items.size(); i++) {
                ScheduledItem s = items.get(i);
                assertThat(s.latestStart()).isAfterOrEqualTo(s.earliestStart());
                assertThat(s.earliestEnd()).isAfterOrEqualTo(s.earliestStart());
                assertThat(s.latestEnd()).isAfterOrEqualTo(s.earliestEnd()).isAfterOrEqualTo(s.latestStart());
                assertThat(s.earliestStart().getZone()).isEqualTo(start.getZone());
                if (i > 0) {
                  ScheduledItem p = items.get(i - 1);
                  assertThat(p.earliestStart()).isBeforeOrEqualTo(s.earliestStart());
                  if (p.earliestStart().isEqual(s.earliestStart())) {
                    assertThat(p.latestEnd()).isBeforeOrEqualTo(s.latestEnd());
                  }
                }
              }
            });
  }

  @Test
  void schedule_followsTheZonesCalendar_withoutDaylightSavingDrift() {
    qt().withExamples(EXAMPLES)
        .forAll(courses(), starts())
        .checkAssert(
            (course, start) -> {
              for (ScheduledItem s : course.schedule(start).items()) {
                Window w = s.item().window();
                checkPlaced(start, w.start(), w.start().range().low(), s.earliestStart());
                checkPlaced(start, w.start(), w.start().range().high(), s.latestStart());
                checkPlaced(start, w.end(), w.end().range().low(), s.earliestEnd());
                checkPlaced(start, w.end(), w.end().range().high(), s.latestEnd());
              }
            });
  }

  /**
   * A calendar offset lands on the start's local date plus the period and amount, at the start's
   * local time of day, unless that local time does not exist then (a gap), in which case it moves
   * later by exactly the gap. An exact offset is that many minutes or hours after its base.
   */
  private static void checkPlaced(ZonedDateTime start, Offset offset, long amount, ZonedDateTime actual) {
    ZoneRules rules = start.getZone().getRules();
    TimeUnit unit = offset.range().unit();
    LocalDateTime base = start.toLocalDateTime().plus(offset.base());
    if (unit == TimeUnit.MINUTES || unit == TimeUnit.HOURS) {
      ZonedDateTime anchor = ZonedDateTime.ofLocal(base, start.getZone(), start.getOffset());
      Duration exact = unit == TimeUnit.HOURS ? Duration.ofHours(amount) : Duration.ofMinutes(amount);
      assertThat(Duration.between(anchor, actual)).isEqualTo(exact);
      return;
    }
    LocalDateTime expected = base.plus(amount, unit.chronoUnit());
    assertThat(expected.toLocalTime()).isEqualTo(start.toLocalTime());
    if (rules.getValidOffsets(expected).isEmpty()) {
      ZoneOffsetTransition gap = rules.getTransition(expected);
      assertThat(actual.toLocalDateTime()).isEqualTo(expected.plus(gap.getDuration()));
    } else {
      assertThat(actual.toLocalDateTime()).isEqualTo(expected);
      assertThat(actual.toLocalDate()).isEqualTo(start.toLocalDate().plus(offset.base()).plus(amount, unit.chronoUnit()));
    }
  }

  @Test
  void activeAt_returnsExactlyTheItemsWhoseWindowContainsTheMoment() {
    qt().withExamples(EXAMPLES)
        .forAll(courses(), starts(), Generate.longRange(-86_400, 2L * 366 * 86_400), Generate.range(0, 3))
        .checkAssert(
            (course, start, seconds, boundary) -> {
              Schedule schedule = course.schedule(start);
              List<ZonedDateTime> moments = new ArrayList<>();
              moments.add(start.plusSeconds(seconds));
              // Also probe the exact bounds of one item, where inclusivity matters.
              ScheduledItem probe = schedule.items().get(Math.floorMod(seconds, schedule.items().size()));
              ZonedDateTime edge =
                  switch (boundary) {
                    case 0 -> probe.earliestStart();
                    case 1 -> probe.latestEnd();
                    case 2 -> probe.earliestStart().minusNanos(1);
                    default -> probe.latestEnd().plusNanos(1);
                  };
              moments.add(edge.withZoneSameInstant(ZoneId.of("UTC")));
              for (ZonedDateTime t : moments) {
                List<ScheduledItem> expected = new ArrayList<>();
                for (ScheduledItem s : schedule.items()) {
                  Instant i = t.toInstant();
                  if (!i.isBefore(s.earliestStart().toInstant()) && !i.isAfter(s.latestEnd().toInstant())) {
                    expected.add(s);
                  }
                }
                assertThat(schedule.activeAt(t)).containsExactlyElementsOf(expected);
                for (ScheduledItem s : schedule.items()) {
                  assertThat(s.phaseAt(t).isActive()).isEqualTo(expected.contains(s));
                }
              }
            });
  }
}
