package org.hipkit.course;

import java.time.Period;
import java.time.ZonedDateTime;
import org.hipkit.internal.Require;
import org.hipkit.quantity.TimeRange;
import org.immutables.value.Value;

/**
 * A moment relative to the start of a course, known only within a range: a calendar {@link
 * #base() period} (such as the start of the third session, or the protocol's follow-up interval)
 * plus a {@link #range() range} in one explicit unit, such as "second session + 1-15 min".
 *
 * <p>The range keeps the source's phrase and whether the source stated its numbers or hipkit
 * interpreted a phrase. Most offsets have a zero base and count from the start of the first
 * session.
 *
 * <p>On a calendar, the base and a range in days, weeks, months or years are added to the local
 * date-time and resolved in the zone once, so the time of day is kept and a daylight-saving change
 * does not move a date; a range in minutes or hours is exact elapsed time after the base. See
 * {@link #earliestAfter(ZonedDateTime)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Offset {

  Offset() {}

  /**
   * Returns the calendar period the range counts from, relative to the start of the course.
   *
   * @return a period with no negative part; {@link Period#ZERO} for the start of the first session
   */
  @Value.Parameter
  public abstract Period base();

  /**
   * Returns the range after the base.
   *
   * @return the range, in one unit, with the source's phrase where it has one
   */
  @Value.Parameter
  public abstract TimeRange range();

  /**
   * Obtains an offset counted from the start of the course.
   *
   * @param range the range after the start
   * @return the offset
   */
  public static Offset of(TimeRange range) {
    return of(Period.ZERO, range);
  }

  /**
   * Obtains an offset counted from a period after the start of the course.
   *
   * @param base the period, with no negative part, such as the start of a later session
   * @param range the range after the base
   * @return the offset
   * @throws org.hipkit.error.InvalidValueException if the base has a negative part
   */
  public static Offset of(Period base, TimeRange range) {
    return ImmutableOffset.create(base, range);
  }

  /**
   * Returns the earliest date-time of this offset for a course that starts at {@code start}.
   *
   * @param start the start of the first session, with its zone
   * @return the base plus the low end of the range, in the start's zone
   */
  public ZonedDateTime earliestAfter(ZonedDateTime start) {
    return Timeline.at(start, base(), range().low(), range().unit());
  }

  /**
   * Returns the latest date-time of this offset for a course that starts at {@code start}.
   *
   * @param start the start of the first session, with its zone
   * @return the base plus the high end of the range, in the start's zone
   */
  public ZonedDateTime latestAfter(ZonedDateTime start) {
    return Timeline.at(start, base(), range().high(), range().unit());
  }

  /**
   * Tells whether this offset has no uncertainty, that is, whether its range is a single value.
   *
   * @return true when the low and high ends are equal
   */
  public boolean isExact() {
    return range().low() == range().high();
  }

  @Value.Check
  void check() {
    Require.that(!base().isNegative(), "Offset", "base", "must not have a negative part", base());
  }

  /**
   * Returns the offset as text, such as {@code 1-15 min (within minutes)}, {@code 1 wk + 1-15 min
   * (within minutes)}, or {@code 6 wk} when nothing follows the base.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    if (base().isZero()) {
      return range().toString();
    }
    TimeRange r = range();
    boolean nothingAfterBase = r.high() == 0 && r.phrase().isEmpty();
    return Timeline.text(base()) + (nothingAfterBase ? "" : " + " + r);
  }
}
