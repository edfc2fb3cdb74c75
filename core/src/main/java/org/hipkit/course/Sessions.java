package org.hipkit.course;

import org.hipkit.error.InvalidValueException;
import org.hipkit.quantity.CountRange;
import org.hipkit.quantity.Frequency;
import org.hipkit.quantity.TimeRange;

/**
 * Session counts implied by a rate of sessions over a span of time, such as 1-2 sessions a week over
 * 6 weeks, which is 6 to 12 sessions.
 */
public final class Sessions {

  private Sessions() {}

  /**
   * Returns how many sessions a rate gives over a span: the lowest rate over the shortest span to
   * the highest rate over the longest.
   *
   * <p>For acupuncture, 1-2 a week over 4-8 weeks gives 4-16 sessions, and over 6 weeks 6-12.
   *
   * @param rate the rate, such as 1-2 per week
   * @param span the span, in the unit the rate is given per
   * @return the range of session counts
   * @throws InvalidValueException if the span is in another unit than the rate, or the count does
   *     not fit an {@code int}
   */
  public static CountRange over(Frequency rate, TimeRange span) {
    if (span.unit() != rate.per()) {
      throw new InvalidValueException(
          "Sessions",
          "span",
          "must be in the unit the rate is given per ('" + rate.per().code() + "')",
          span);
    }
    try {
      return CountRange.of(
          Math.toIntExact(Math.multiplyExact((long) rate.count().min(), span.low())),
          Math.toIntExact(Math.multiplyExact((long) rate.count().max(), span.high())));
    } catch (ArithmeticException e) {
      throw new InvalidValueException("Sessions", "span", "gives too many sessions to count", span);
    }
  }
}
