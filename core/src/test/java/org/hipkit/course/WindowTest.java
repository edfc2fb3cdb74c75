package org.hipkit.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.List;
import org.hipkit.catalog.StandardSources;
import org.hipkit.error.InvalidValueException;
import org.hipkit.quantity.CountRange;
import org.hipkit.quantity.Frequency;
import org.hipkit.quantity.SourcePhrase;
import org.hipkit.quantity.TimeRange;
import org.hipkit.quantity.TimeUnit;
import org.junit.jupiter.api.Test;

/** The invariants of offsets, windows, items, notes and session counts, one test per rule. */
class WindowTest {

  private static TimeRange hours(long low, long high) {
    return TimeRange.of(low, high, TimeUnit.HOURS);
  }

  private static TimeRange days(long low, long high) {
    return TimeRange.of(low, high, TimeUnit.DAYS);
  }

  @Test
  void offset_negativeBase_isRefused() {
    assertThatThrownBy(() -> Offset.of(Period.ofDays(-1), hours(0, 0)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid Offset.base: must not have a negative part (was P-1D)");
  }

  @Test
  void offset_text() {
    assertThat(Offset.of(SourcePhrase.WITHIN_MINUTES.range())).hasToString("1-15 min (within minutes)");
    assertThat(Offset.of(Period.ofWeeks(1), hours(1, 6))).hasToString("1 wk + 1-6 h");
    assertThat(Offset.of(Period.ofMonths(1).plusDays(10), days(0, 0))).hasToString("1 mo 10 d");
  }

  @Test
  void window_earliestEndBeforeEarliestStart_isRefused() {
    assertThatThrownBy(() -> Window.of(hours(30, 40), hours(20, 50)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith(
            "Invalid Window.to: must not let the earliest end come before the earliest start");
  }

  @Test
  void window_latestEndBeforeLatestStart_isRefused() {
    assertThatThrownBy(() -> Window.of(hours(1, 40), hours(20, 30)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith(
            "Invalid Window.to: must not let the latest end come before the latest start");
  }

  @Test
  void window_hoursAgainstDays_leavesRoomForDaylightSaving() {
    // 24 h and 1 d can differ by an hour when the clocks change, so neither may end the other.
    assertThatThrownBy(() -> Window.of(hours(24, 24), days(1, 1)))
        .isInstanceOf(InvalidValueException.class);
    assertThat(Window.of(hours(24, 48), days(2, 5)).isMoment()).isFalse();
  }

  @Test
  void window_monthsAgainstDays_countsMonthsAs28To31Days() {
    assertThatThrownBy(() -> Window.of(days(0, 29), TimeRange.of(0, 1, TimeUnit.MONTHS)))
        .isInstanceOf(InvalidValueException.class);
    assertThat(Window.of(days(0, 28), TimeRange.of(0, 1, TimeUnit.MONTHS))).isNotNull();
  }

  @Test
  void window_differentBases() {
    Offset first = Offset.of(hours(0, 0));
    Offset later = Offset.of(Period.ofWeeks(2), hours(0, 0));

    assertThat(Window.of(first, later).isMoment()).isFalse();
    assertThatThrownBy(() -> Window.of(later, first)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void window_moment() {
    Window moment = Window.moment(Offset.of(Period.ofWeeks(6), days(0, 0)));

    assertThat(moment.isMoment()).isTrue();
    assertThat(moment).hasToString("at 6 wk");
    assertThat(Window.moment(Offset.of(days(1, 2))).isMoment()).isFalse();
  }

  @Test
  void item_requiresASource() {
    CourseItem.Builder builder =
        CourseItem.builder()
            .kind(ItemKind.AFTERCARE)
            .id("ice")
            .title("Ice")
            .description("Cold on the site.")
            .window(Window.of(hours(0, 0), hours(24, 48)));

    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid CourseItem.sources: must cite at least one source for 'ice'");
    assertThat(builder.addSources(StandardSources.ULTRASOUND_GUIDED_INJECTION).build().id()).isEqualTo("ice");
  }

  @Test
  void item_requiresAKebabId() {
    assertThatThrownBy(
            () ->
                CourseItem.builder()
                    .kind(ItemKind.AFTERCARE)
                    .id("Ice Pack")
                    .title("Ice")
                    .description("Cold on the site.")
                    .window(Window.of(hours(0, 0), hours(24, 48)))
                    .addSources(StandardSources.ULTRASOUND_GUIDED_INJECTION)
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid CourseItem.id:");
  }

  @Test
  void note_requiresText() {
    assertThatThrownBy(() -> CourseNote.of("empty", " ", List.of(StandardSources.GEL_SHOTS)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid CourseNote.text: must not be blank");
  }

  @Test
  void sessions_overASpan() {
    assertThat(Sessions.over(Frequency.of(1, 2, TimeUnit.WEEKS), TimeRange.of(4, 8, TimeUnit.WEEKS)))
        .isEqualTo(CountRange.of(4, 16));
  }

  @Test
  void sessions_spanInAnotherUnit_isRefused() {
    assertThatThrownBy(
            () -> Sessions.over(Frequency.of(1, 2, TimeUnit.WEEKS), TimeRange.of(1, 2, TimeUnit.MONTHS)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid Sessions.span: must be in the unit the rate is given per ('wk')");
  }
}
