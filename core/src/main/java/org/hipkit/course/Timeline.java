package org.hipkit.course;

import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.hipkit.quantity.TimeUnit;

/**
 * The calendar arithmetic of courses and schedules, in one place.
 *
 * <p>An amount of a calendar unit (days, weeks, months, years) is added to the local date-time,
 * together with the base period, and the result is resolved in the zone once, preferring the start's
 * offset in an overlap and moving forward by the gap's length in a gap, as java.time does. An
 * amount of minutes or hours is exact elapsed time added to the resolved base.
 */
final class Timeline {

  /**
   * The most, in minutes, by which an amount of calendar days may differ from the same number of
   * 24-hour days once the zone is applied. Daylight-saving and similar transitions move clocks by at
   * most two hours; six leaves room for a transition at both ends. Zones that skipped or repeated a
   * whole calendar day (such as Pacific/Apia at the end of 2011) are outside this bound.
   */
  static final long SLACK_MINUTES = 6 * 60;

  private static final long MINUTES_PER_DAY = 24 * 60;

  private Timeline() {}

  /** Tells whether the unit moves along the local calendar rather than by exact elapsed time. */
  static boolean isCalendar(TimeUnit unit) {
    return unit != TimeUnit.MINUTES && unit != TimeUnit.HOURS;
  }

  /**
   * Places {@code base} plus {@code amount} of {@code unit} after {@code start}.
   *
   * @param start the start of the course
   * @param base a non-negative period, added on the local calendar
   * @param amount the amount, zero or more
   * @param unit the unit of the amount
   * @return the date-time, in the start's zone
   */
  static ZonedDateTime at(ZonedDateTime start, Period base, long amount, TimeUnit unit) {
    LocalDateTime local = start.toLocalDateTime().plus(base);
    if (isCalendar(unit)) {
      return ZonedDateTime.ofLocal(
          local.plus(amount, unit.chronoUnit()), start.getZone(), start.getOffset());
    }
    ZonedDateTime anchor =
        base.isZero() ? start : ZonedDateTime.ofLocal(local, start.getZone(), start.getOffset());
    return anchor.plus(amount, unit.chronoUnit());
  }

  /**
   * Tells whether {@code base1 + amount1} is no later than {@code base2 + amount2} whatever the start
   * and the zone (within {@link #SLACK_MINUTES}). Equal bases cancel out; same-unit amounts compare
   * exactly; otherwise a month counts as 28 to 31 days and a year as 365 to 366.
   */
  static boolean certainlyNotAfter(
      Period base1, long amount1, TimeUnit unit1, Period base2, long amount2, TimeUnit unit2) {
    if (base1.equals(base2)) {
      if (unit1 == unit2) {
        return amount1 <= amount2;
      }
      boolean calendar1 = isCalendar(unit1);
      if (calendar1 == isCalendar(unit2)) {
        return calendar1
            ? maxDays(Period.ZERO, amount1, unit1) <= minDays(Period.ZERO, amount2, unit2)
            : exactMinutes(amount1, unit1) <= exactMinutes(amount2, unit2);
      }
      return upperMinutes(Period.ZERO, amount1, unit1) <= lowerMinutes(Period.ZERO, amount2, unit2);
    }
    return upperMinutes(base1, amount1, unit1) <= lowerMinutes(base2, amount2, unit2);
  }

  /**
   * Returns an estimate of {@code base + amount} in seconds from java.time's estimated unit
   * durations (a month is a twelfth of 365.2425 days). Used only to put a course in a reading order;
   * schedules use the calendar.
   */
  static double nominalSeconds(Period base, long amount, TimeUnit unit) {
    return base.toTotalMonths() * seconds(ChronoUnit.MONTHS)
        + base.getDays() * seconds(ChronoUnit.DAYS)
        + amount * seconds(unit.chronoUnit());
  }

  private static double seconds(ChronoUnit unit) {
    return unit.getDuration().getSeconds();
  }

  private static long lowerMinutes(Period base, long amount, TimeUnit unit) {
    long days = minDays(base, amount, unit);
    long exact = isCalendar(unit) ? 0 : exactMinutes(amount, unit);
    long calendar = times(days, MINUTES_PER_DAY);
    return plus(days > 0 ? calendar - SLACK_MINUTES : 0, exact);
  }

  private static long upperMinutes(Period base, long amount, TimeUnit unit) {
    long days = maxDays(base, amount, unit);
    long exact = isCalendar(unit) ? 0 : exactMinutes(amount, unit);
    long calendar = times(days, MINUTES_PER_DAY);
    return plus(days > 0 ? plus(calendar, SLACK_MINUTES) : 0, exact);
  }

  private static long minDays(Period base, long amount, TimeUnit unit) {
    long days = plus(times(base.toTotalMonths(), 28), base.getDays());
    return switch (unit) {
      case MINUTES, HOURS -> days;
      case DAYS -> plus(days, amount);
      case WEEKS -> plus(days, times(amount, 7));
      case MONTHS -> plus(days, times(amount, 28));
      case YEARS -> plus(days, times(amount, 365));
    };
  }

  private static long maxDays(Period base, long amount, TimeUnit unit) {
    long days = plus(times(base.toTotalMonths(), 31), base.getDays());
    return switch (unit) {
      case MINUTES, HOURS -> days;
      case DAYS -> plus(days, amount);
      case WEEKS -> plus(days, times(amount, 7));
      case MONTHS -> plus(days, times(amount, 31));
      case YEARS -> plus(days, times(amount, 366));
    };
  }

  private static long exactMinutes(long amount, TimeUnit unit) {
    return unit == TimeUnit.HOURS ? times(amount, 60) : amount;
  }

  /** Multiplies, saturating at {@link Long#MAX_VALUE}; both factors are non-negative. */
  private static long times(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long product = a * b;
    return high != 0 || product < 0 ? Long.MAX_VALUE : product;
  }

  /** Adds, saturating at {@link Long#MAX_VALUE}; {@code a} may be negative, {@code b} is not. */
  private static long plus(long a, long b) {
    long sum = a + b;
    return b > 0 && sum < a ? Long.MAX_VALUE : sum;
  }

  /**
   * Returns a period as short text in the units of {@link TimeUnit#code()}, such as {@code 6 wk},
   * {@code 3 mo} or {@code 1 mo 10 d}.
   */
  static String text(Period period) {
    if (period.isZero()) {
      return "0 d";
    }
    StringBuilder text = new StringBuilder();
    append(text, period.getYears(), TimeUnit.YEARS);
    append(text, period.getMonths(), TimeUnit.MONTHS);
    int days = period.getDays();
    if (days != 0 && days % 7 == 0) {
      append(text, days / 7, TimeUnit.WEEKS);
    } else {
      append(text, days, TimeUnit.DAYS);
    }
    return text.toString();
  }

  private static void append(StringBuilder text, int amount, TimeUnit unit) {
    if (amount != 0) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(amount).append(' ').append(unit.code());
    }
  }
}
