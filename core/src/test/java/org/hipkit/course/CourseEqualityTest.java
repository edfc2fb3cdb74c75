package org.hipkit.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.hipkit.anatomy.Side;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;

/** Courses and schedules are values: equal when built from equal inputs. */
class CourseEqualityTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void courses_ofEqualPlansAndProtocols_areEqual() {
    Course course = Course.of(Plans.steroid().build());

    assertThat(Course.of(Plans.steroid().build(), Protocol.standard()))
        .isEqualTo(course)
        .hasSameHashCodeAs(course);
    assertThat(course).isEqualTo(course).isNotEqualTo(null).isNotEqualTo(course.items());
  }

  @Test
  void courses_differWithThePlanOrTheProtocol() {
    Course course = Course.of(Plans.steroid().build());
    Protocol later = Protocol.builder().followUpInterval(java.time.Period.ofWeeks(8)).build();
    Protocol renamed = Protocol.builder().id("our-clinic").build();

    assertThat(Course.of(Plans.steroid().side(Side.LEFT).build())).isNotEqualTo(course);
    assertThat(Course.of(Plans.steroid().build(), later)).isNotEqualTo(course);
    assertThat(Course.of(Plans.steroid().build(), renamed)).isNotEqualTo(course);
    assertThat(Course.of(Plans.acupuncture().build())).isNotEqualTo(course);
  }

  @Test
  void schedules_ofEqualCoursesFromEqualStarts_areEqual() {
    Schedule schedule = Course.of(Plans.acupuncture().build()).schedule(LocalTime.of(9, 0), LONDON);

    Schedule again =
        Course.of(Plans.acupuncture().build())
            .schedule(ZonedDateTime.of(Plans.DAY, LocalTime.of(9, 0), LONDON));

    assertThat(again).isEqualTo(schedule).hasSameHashCodeAs(schedule);
    assertThat(again.items()).isEqualTo(schedule.items());
    assertThat(schedule).isEqualTo(schedule).isNotEqualTo(null).isNotEqualTo(schedule.course());
  }

  @Test
  void schedules_differWithTheStartItsZoneOrTheCourse() {
    Course course = Course.of(Plans.acupuncture().build());
    Schedule schedule = course.schedule(LocalTime.of(9, 0), LONDON);
    ZonedDateTime sameInstantInUtc = schedule.start().withZoneSameInstant(ZoneOffset.UTC);

    assertThat(sameInstantInUtc.toInstant()).isEqualTo(schedule.start().toInstant());
    assertThat(course.schedule(sameInstantInUtc)).isNotEqualTo(schedule);
    assertThat(course.schedule(LocalTime.of(10, 0), LONDON)).isNotEqualTo(schedule);
    assertThat(Course.of(Plans.steroid().build()).schedule(schedule.start())).isNotEqualTo(schedule);
  }
}
