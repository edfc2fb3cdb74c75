package org.hipkit.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.hipkit.protocol.Protocol;
import org.hipkit.error.InvalidValueException;
import org.hipkit.quantity.TimeRange;
import org.hipkit.quantity.TimeUnit;
import org.junit.jupiter.api.Test;

/** Dated schedules: calendar units, daylight saving, order, and what is active at a moment. */
class ScheduleTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** The Saturday before the 2026 spring-forward change in New York (Sunday March 8, 02:00). */
  private static final ZonedDateTime BEFORE_DST = ZonedDateTime.of(2026, 3, 7, 9, 0, 0, 0, NEW_YORK);

  private static ScheduledItem find(Schedule schedule, String id) {
    return schedule.items().stream().filter(s -> s.item().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void dst_aDayLaterIsTheNextDateAtTheSameLocalTime_while24HoursIsExact() {
    Schedule schedule = Course.of(Plans.steroid().build()).schedule(BEFORE_DST);

    ScheduledItem usual = find(schedule, "usual-activity");
    assertThat(usual.earliestStart().toLocalDateTime()).isEqualTo(LocalDate.of(2026, 3, 8).atTime(9, 0));
    assertThat(usual.earliestStart().getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);

    ScheduledItem rest = find(schedule, "no-strenuous-activity");
    assertThat(rest.earliestEnd()).isEqualTo(BEFORE_DST.plusHours(24));
    assertThat(rest.earliestEnd().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
    assertThat(rest.latestEnd().toLocalDateTime()).isEqualTo(LocalDate.of(2026, 3, 9).atTime(10, 0));
  }

  @Test
  void dst_aLocalTimeInTheGap_movesLaterByTheGap() {
    ZonedDateTime early = ZonedDateTime.of(2026, 3, 7, 2, 30, 0, 0, NEW_YORK);

    ScheduledItem usual = find(Course.of(Plans.steroid().build()).schedule(early), "usual-activity");

    assertThat(usual.earliestStart().toLocalDateTime()).isEqualTo(LocalDate.of(2026, 3, 8).atTime(3, 30));
  }

  @Test
  void dst_weeksLater_keepTheLocalTimeOfDay() {
    Schedule schedule = Course.of(Plans.acupuncture().build()).schedule(BEFORE_DST);

    assertThat(schedule.items().stream().filter(s -> s.item().id().equals("procedure")))
        .extracting(s -> s.earliestStart().toLocalTime())
        .containsOnly(LocalTime.of(9, 0));
  }

  @Test
  void aMonthIsACalendarMonth_january31PlusOneMonthIsFebruary28() {
    Protocol oneMonth =
        Protocol.builder().from(Protocol.standard()).minRepeatInjectionInterval(Period.ofMonths(1)).build();
    ZonedDateTime january31 = ZonedDateTime.of(2026, 1, 31, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    ScheduledItem repeat =
        find(Course.of(Plans.steroid().build(), oneMonth).schedule(january31), "earliest-repeat");

    assertThat(repeat.earliestStart().toLocalDateTime()).isEqualTo(LocalDate.of(2026, 2, 28).atTime(9, 0));
  }

  @Test
  void monthlySessions_countFromTheFirst_soMonthEndsDoNotDrift() {
    Schedule schedule =
        Course.of(Plans.acupuncture().sessions(3).sessionInterval(Period.ofMonths(1)).build())
            .schedule(ZonedDateTime.of(2026, 1, 31, 9, 0, 0, 0, ZoneId.of("UTC")));

    assertThat(schedule.items().stream().filter(s -> s.item().id().equals("procedure")))
        .extracting(s -> s.earliestStart().toLocalDate())
        .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31));
  }

  @Test
  void followUp_sixWeeksAfter_onTheCalendar() {
    ScheduledItem followUp = find(Course.of(Plans.steroid().build()).schedule(BEFORE_DST), "follow-up");

    assertThat(followUp.earliestStart().toLocalDateTime()).isEqualTo(LocalDate.of(2026, 4, 18).atTime(9, 0));
    assertThat(followUp.latestEnd()).isEqualTo(followUp.earliestStart());
  }

  @Test
  void dayThreeAfterASteroidInjection() {
    Schedule schedule = Course.of(Plans.steroid().build()).schedule(BEFORE_DST);
    ZonedDateTime dayThree = BEFORE_DST.plusDays(3);

    List<ScheduledItem> active = schedule.activeAt(dayThree);

    assertThat(active)
        .extracting(s -> s.item().id())
        .contains("post-injection-flare", "triamcinolone-relief", "infection-signs", "heat")
        .doesNotContain("no-strenuous-activity", "lidocaine-relief", "ice", "procedure", "follow-up");
    assertThat(find(schedule, "post-injection-flare").phaseAt(dayThree)).isEqualTo(Phase.ENDING);
    assertThat(find(schedule, "triamcinolone-relief").phaseAt(dayThree)).isEqualTo(Phase.STARTING);
    assertThat(find(schedule, "no-strenuous-activity").phaseAt(dayThree)).isEqualTo(Phase.OVER);
    assertThat(find(schedule, "follow-up").phaseAt(dayThree)).isEqualTo(Phase.NOT_YET);
    assertThat(schedule.activeAfter(3, TimeUnit.DAYS)).isEqualTo(active);
  }

  @Test
  void activeAt_includesBothEnds_andComparesInstantsAcrossZones() {
    Schedule schedule = Course.of(Plans.steroid().build()).schedule(BEFORE_DST);
    ScheduledItem rest = find(schedule, "no-strenuous-activity");

    assertThat(schedule.activeAt(rest.latestEnd())).contains(rest);
    assertThat(schedule.activeAt(rest.latestEnd().plusSeconds(1))).doesNotContain(rest);
    assertThat(schedule.activeAt(rest.earliestStart().withZoneSameInstant(ZoneId.of("Asia/Tokyo"))))
        .contains(rest);
    assertThat(schedule.activeAt(BEFORE_DST.minusSeconds(1))).isEmpty();
  }

  @Test
  void activeAfter_rejectsNegativeTime_andMoreThanAHundredYears() {
    Schedule schedule = Course.of(Plans.steroid().build()).schedule(BEFORE_DST);

    assertThatThrownBy(() -> schedule.activeAfter(-1, TimeUnit.HOURS))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Schedule.amount");
    // Issue 11: a huge amount escaped as java.time's DateTimeException.
    assertThatThrownBy(() -> schedule.activeAfter(Long.MAX_VALUE, TimeUnit.MINUTES))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> schedule.activeAfter(101, TimeUnit.YEARS))
        .isInstanceOf(InvalidValueException.class);
    assertThat(schedule.activeAfter(100, TimeUnit.YEARS)).isEmpty();
  }

  /** Issue 11: a start in year +999999999 threw java.time's DateTimeException. */
  @Test
  void schedule_startOutsideTheYears1900To2200_isRefused_namingTheStart() {
    Course course = Course.of(Plans.steroid().build());

    assertThatThrownBy(() -> course.schedule(BEFORE_DST.withYear(999_999_999)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.type() + "." + e.field()).isEqualTo("Schedule.start"));
    assertThatThrownBy(() -> course.schedule(BEFORE_DST.withYear(1899)))
        .isInstanceOf(InvalidValueException.class);
    assertThat(course.schedule(BEFORE_DST.withYear(2200)).items()).hasSameSizeAs(course.items());
  }

  @Test
  void schedule_hasOneEntryPerItem_sortedByTime() {
    Course course = Course.of(Plans.acupuncture().build());
    Schedule schedule = course.schedule(BEFORE_DST);

    assertThat(schedule.items()).hasSameSizeAs(course.items());
    assertThat(schedule.items())
        .extracting(s -> s.earliestStart().toInstant())
        .isSorted();
  }

  @Test
  void schedule_fromThePlannedDate() {
    Course course = Course.of(Plans.steroid().build());

    assertThat(course.schedule(LocalTime.of(9, 0), NEW_YORK).start()).isEqualTo(BEFORE_DST);
  }

  @Test
  void render_listsDatesInTheZone_stably() {
    Schedule schedule = Course.of(Plans.steroid().build()).schedule(BEFORE_DST);

    String text = schedule.render();

    assertThat(text)
        .startsWith("Schedule: ")
        .contains("Starting 2026-03-07 09:00 -05:00 (America/New_York)")
        .contains("2026-03-08 09:00 -04:00  Back to usual activities [aftercare, session 1]")
        .contains("2026-04-18 09:00 -04:00  Follow-up visit [follow-up]")
        .endsWith("hipkit informs professionals; it does not decide.\n");
    assertThat(Course.of(Plans.steroid().build()).schedule(BEFORE_DST).render()).isEqualTo(text);
  }

  @Test
  void onlyTheMiddlePhasesAreActive() {
    assertThat(Phase.values()).filteredOn(Phase::isActive)
        .containsExactly(Phase.STARTING, Phase.UNDER_WAY, Phase.ENDING);
  }

  @Test
  void differentCoursesAndSchedules_hashDifferently() {
    Course steroid = Course.of(Plans.steroid().build());
    Course acupuncture = Course.of(Plans.acupuncture().build());

    assertThat(steroid.hashCode()).isNotEqualTo(acupuncture.hashCode());
    assertThat(List.of(
            steroid.schedule(BEFORE_DST).hashCode(),
            steroid.schedule(BEFORE_DST.plusDays(1)).hashCode(),
            acupuncture.schedule(BEFORE_DST).hashCode()))
        .doesNotHaveDuplicates();
  }
  @Test
  void items_followTheCalendar_whereItDisagreesWithTheCoursesReadingOrder() {
    // A course reads "after 30 days" before "after 1 month" (a month counts as 30.44 days there);
    // from February 1 of a common year the month ends first, on March 1, two days before the 30 days.
    CourseItem followUp = Course.of(Plans.steroid().build()).item("follow-up");
    CourseItem month = at(followUp, "after-a-month", TimeRange.of(1, 1, TimeUnit.MONTHS));
    CourseItem thirtyDays = at(followUp, "after-30-days", TimeRange.of(30, 30, TimeUnit.DAYS));
    Course course = new Course(Plans.steroid().build(), Protocol.standard(), List.of(month, thirtyDays), List.of());

    assertThat(course.items()).extracting(CourseItem::id).containsExactly("after-30-days", "after-a-month");
    Schedule february = course.schedule(ZonedDateTime.of(2027, 2, 1, 9, 0, 0, 0, ZoneId.of("UTC")));
    assertThat(february.items()).extracting(i -> i.item().id()).containsExactly("after-a-month", "after-30-days");
    assertThat(february.items().get(0).earliestStart().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 1));
    Schedule january = course.schedule(ZonedDateTime.of(2027, 1, 1, 9, 0, 0, 0, ZoneId.of("UTC")));
    assertThat(january.items()).extracting(i -> i.item().id()).containsExactly("after-30-days", "after-a-month");
  }

  private static CourseItem at(CourseItem item, String id, TimeRange when) {
    return CourseItem.builder().from(item).id(id).window(Window.moment(Offset.of(when))).build();
  }
}
