package org.hipkit.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hipkit.quantity.TimeUnit.DAYS;
import static org.hipkit.quantity.TimeUnit.HOURS;
import static org.hipkit.quantity.TimeUnit.MINUTES;
import static org.hipkit.quantity.TimeUnit.MONTHS;
import static org.hipkit.quantity.TimeUnit.WEEKS;
import static org.hipkit.quantity.TimeUnit.YEARS;

import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * The calendar arithmetic behind window validation: when one offset is certainly no later than
 * another whatever the start and zone, at the edges where the two are equal, and the short text of
 * a period.
 */
class TimelineTest {

  private static final Period NONE = Period.ZERO;

  @Test
  void sameBaseSameUnit_comparesAmounts_equalIsNotAfter() {
    assertThat(Timeline.certainlyNotAfter(NONE, 5, DAYS, NONE, 5, DAYS)).isTrue();
    assertThat(Timeline.certainlyNotAfter(NONE, 4, DAYS, NONE, 5, DAYS)).isTrue();
    assertThat(Timeline.certainlyNotAfter(NONE, 6, DAYS, NONE, 5, DAYS)).isFalse();
  }

  @Test
  void sameBaseCalendarUnits_compareTheirLongestAgainstTheirShortest() {
    assertThat(Timeline.certainlyNotAfter(NONE, 1, WEEKS, NONE, 7, DAYS)).isTrue();
    assertThat(Timeline.certainlyNotAfter(NONE, 8, DAYS, NONE, 1, WEEKS)).isFalse();
    assertThat(Timeline.certainlyNotAfter(NONE, 28, DAYS, NONE, 1, MONTHS)).isTrue();
    assertThat(Timeline.certainlyNotAfter(NONE, 29, DAYS, NONE, 1, MONTHS)).isFalse();
    assertThat(Timeline.certainlyNotAfter(NONE, 1, MONTHS, NONE, 31, DAYS)).isTrue();
    assertThat(Timeline.certainlyNotAfter(NONE, 1, MONTHS, NONE, 30, DAYS)).isFalse();
    assertThat(Timeline.certainlyNotAfter(NONE, 365, DAYS, NONE, 1, YEARS)).isTrue();
    assertThat(Timeline.certainlyNotAfter(NONE, 1, YEARS, NONE, 366, DAYS)).isTrue();
    assertThat(Timeline.certainlyNotAfter(NONE, 1, YEARS, NONE, 365, DAYS)).isFalse();
  }

  @Test
  void sameBaseExactUnits_compareMinutes_equalIsNotAfter() {
    assertThat(Timeline.certainlyNotAfter(NONE, 60, MINUTES, NONE, 1, HOURS)).isTrue();
    assertThat(Timeline.certainlyNotAfter(NONE, 1, HOURS, NONE, 60, MINUTES)).isTrue();
    assertThat(Timeline.certainlyNotAfter(NONE, 61, MINUTES, NONE, 1, HOURS)).isFalse();
  }

  @Test
  void hoursAgainstDays_allowForAClockChange() {
    // 24 hours may be later than one calendar day when the clocks go back.
    assertThat(Timeline.certainlyNotAfter(NONE, 24, HOURS, NONE, 1, DAYS)).isFalse();
    assertThat(Timeline.certainlyNotAfter(NONE, 18, HOURS, NONE, 1, DAYS)).isTrue();
    assertThat(Timeline.certainlyNotAfter(NONE, 19, HOURS, NONE, 1, DAYS)).isFalse();
    assertThat(Timeline.certainlyNotAfter(NONE, 1, DAYS, NONE, 30, HOURS)).isTrue();
    assertThat(Timeline.certainlyNotAfter(NONE, 1, DAYS, NONE, 29, HOURS)).isFalse();
    assertThat(Timeline.certainlyNotAfter(NONE, 0, DAYS, NONE, 0, MINUTES)).isTrue();
    assertThat(Timeline.certainlyNotAfter(NONE, 0, MINUTES, NONE, 0, DAYS)).isTrue();
  }

  @Test
  void differentBases_comparePeriodAndAmountTogether() {
    Period oneDay = Period.ofDays(1);
    Period twoDays = Period.ofDays(2);

    assertThat(Timeline.certainlyNotAfter(oneDay, 0, DAYS, twoDays, 0, DAYS)).isTrue();
    assertThat(Timeline.certainlyNotAfter(twoDays, 0, DAYS, oneDay, 0, DAYS)).isFalse();
    assertThat(Timeline.certainlyNotAfter(oneDay, 12, HOURS, twoDays, 0, MINUTES)).isTrue();
    assertThat(Timeline.certainlyNotAfter(oneDay, 24, HOURS, twoDays, 0, MINUTES)).isFalse();
    assertThat(Timeline.certainlyNotAfter(NONE, 3, HOURS, oneDay, 0, MINUTES)).isTrue();
    // A month is 28 to 31 days, and each end may move by the clock-change slack.
    assertThat(Timeline.certainlyNotAfter(Period.ofMonths(1), 0, DAYS, Period.ofDays(32), 0, DAYS)).isTrue();
    assertThat(Timeline.certainlyNotAfter(Period.ofMonths(1), 0, DAYS, Period.ofDays(31), 0, DAYS)).isFalse();
    assertThat(Timeline.certainlyNotAfter(Period.ofDays(27), 0, DAYS, Period.ofMonths(1), 0, DAYS)).isTrue();
    assertThat(Timeline.certainlyNotAfter(Period.ofDays(28), 0, DAYS, Period.ofMonths(1), 0, DAYS)).isFalse();
  }

  @Test
  void hugeAmounts_saturateInsteadOfOverflowing() {
    Period oneDay = Period.ofDays(1);

    assertThat(Timeline.certainlyNotAfter(NONE, 0, MINUTES, oneDay, Long.MAX_VALUE, MINUTES)).isTrue();
    assertThat(Timeline.certainlyNotAfter(oneDay, Long.MAX_VALUE, MINUTES, NONE, 0, MINUTES)).isFalse();
    assertThat(Timeline.certainlyNotAfter(NONE, 1, DAYS, NONE, Long.MAX_VALUE, YEARS)).isTrue();
    assertThat(Timeline.certainlyNotAfter(NONE, Long.MAX_VALUE, YEARS, NONE, 1, DAYS)).isFalse();
    assertThat(Timeline.certainlyNotAfter(NONE, 1, HOURS, oneDay, Long.MAX_VALUE / 2, HOURS)).isTrue();
  }

  @Test
  void text_writesAPeriodInTheUnitsOfACourse() {
    assertThat(Timeline.text(Period.ZERO)).isEqualTo("0 d");
    assertThat(Timeline.text(Period.ofDays(3))).isEqualTo("3 d");
    assertThat(Timeline.text(Period.ofWeeks(6))).isEqualTo("6 wk");
    assertThat(Timeline.text(Period.ofMonths(3))).isEqualTo("3 mo");
    assertThat(Timeline.text(Period.of(1, 2, 10))).isEqualTo("1 a 2 mo 10 d");
    assertThat(Timeline.text(Period.of(0, 1, 14))).isEqualTo("1 mo 2 wk");
  }

  @Test
  void nominalSeconds_countAMonthAsATwelfthOfAYear() {
    assertThat(Timeline.nominalSeconds(NONE, 2, HOURS)).isEqualTo(7200.0);
    assertThat(Timeline.nominalSeconds(Period.ofDays(1), 0, MINUTES)).isEqualTo(86400.0);
    assertThat(Timeline.nominalSeconds(Period.ofMonths(12), 0, DAYS))
        .isEqualTo(Timeline.nominalSeconds(NONE, 1, YEARS));
  }
}
