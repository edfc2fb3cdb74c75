package org.hipkit.quantity;

import java.util.Optional;
import org.hipkit.error.InvalidValueException;
import org.hipkit.internal.Require;
import org.immutables.value.Value;

/**
 * A span of elapsed time from a low to a high bound in one explicit unit, such as 24-48 hours,
 * with the source's own phrase kept beside the numbers.
 *
 * <p>A range is never converted between units: "weeks to months" stays what the catalog chose for
 * it, and a month is a calendar month. {@link #basis()} says whether the source stated the numbers
 * or hipkit interpreted a phrase; interpreted ranges come from {@link SourcePhrase}, the one place
 * where those choices are made and explained.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TimeRange {

  TimeRange() {}

  /**
   * Returns the lower bound.
   *
   * @return the lower bound, zero or more
   */
  public abstract long low();

  /**
   * Returns the upper bound.
   *
   * @return the upper bound, at least {@link #low()}
   */
  public abstract long high();

  /**
   * Returns the unit both bounds are counted in.
   *
   * @return the unit
   */
  public abstract TimeUnit unit();

  /**
   * Returns the source's own wording for this span, if any.
   *
   * @return the phrase, such as {@code a few days}
   */
  public abstract Optional<String> phrase();

  /**
   * Returns whether the numbers were stated by the source or interpreted from a phrase.
   *
   * @return the basis
   */
  public abstract RangeBasis basis();

  /**
   * Obtains a range whose numbers the source states.
   *
   * @param low the lower bound, zero or more
   * @param high the upper bound, at least {@code low}
   * @param unit the unit of both bounds
   * @return the range
   * @throws org.hipkit.error.InvalidValueException if {@code low} is negative or above {@code high}
   */
  public static TimeRange of(long low, long high, TimeUnit unit) {
    return ImmutableTimeRange.builder()
        .low(low)
        .high(high)
        .unit(unit)
        .basis(RangeBasis.STATED)
        .build();
  }

  /**
   * Obtains a range whose numbers the source states, keeping the source's wording.
   *
   * @param low the lower bound, zero or more
   * @param high the upper bound, at least {@code low}
   * @param unit the unit of both bounds
   * @param phrase how the source words the span, not blank
   * @return the range
   * @throws org.hipkit.error.InvalidValueException if the bounds are out of order or the phrase blank
   */
  public static TimeRange stated(long low, long high, TimeUnit unit, String phrase) {
    return ImmutableTimeRange.builder()
        .low(low)
        .high(high)
        .unit(unit)
        .phrase(phrase)
        .basis(RangeBasis.STATED)
        .build();
  }

  /**
   * Obtains a range that hipkit chose for a phrase of the source. Prefer {@link
   * SourcePhrase#range()}, which documents why the numbers were chosen.
   *
   * @param low the lower bound, zero or more
   * @param high the upper bound, at least {@code low}
   * @param unit the unit of both bounds
   * @param phrase the source's wording, not blank
   * @return the range
   * @throws org.hipkit.error.InvalidValueException if the bounds are out of order or the phrase blank
   */
  public static TimeRange interpreted(long low, long high, TimeUnit unit, String phrase) {
    return ImmutableTimeRange.builder()
        .low(low)
        .high(high)
        .unit(unit)
        .phrase(phrase)
        .basis(RangeBasis.INTERPRETED)
        .build();
  }

  /**
   * Tells whether {@code amount} of this range's unit lies within the bounds, inclusive.
   *
   * @param amount the amount to test
   * @return true when {@code low <= amount <= high}
   */
  public boolean contains(long amount) {
    return amount >= low() && amount <= high();
  }

  /**
   * Returns the largest bound a time range may have in a unit: a hundred years, that is 100 years,
   * 1,200 months, 5,228 weeks, 36,600 days, 878,400 hours or 52,704,000 minutes (a year counted as
   * 366 days). A longer time is a typing error, and would put dates beyond what a calendar holds.
   *
   * @param unit the unit
   * @return the most {@link #high()} may be in that unit
   */
  public static long maxAmount(TimeUnit unit) {
    return switch (unit) {
      case MINUTES -> 52_704_000L;
      case HOURS -> 878_400L;
      case DAYS -> 36_600L;
      case WEEKS -> 5_228L;
      case MONTHS -> 1_200L;
      case YEARS -> 100L;
    };
  }

  @Value.Check
  void check() {
    Require.that(low() >= 0, "TimeRange", "low", "must not be negative", low());
    if (low() > high()) {
      // The value text is built only on failure (catalog entries are checked at start-up).
      throw new InvalidValueException("TimeRange", "low", "must not exceed high", low() + " > " + high());
    }
    if (high() > maxAmount(unit())) {
      throw new InvalidValueException(
          "TimeRange",
          "high",
          "must be at most " + maxAmount(unit()) + " " + unit().code() + " (a hundred years)",
          high());
    }
    Optional<String> phrase = phrase();
    if (phrase.isPresent()) {
      Require.plainText(phrase.get(), "TimeRange", "phrase");
    }
    Require.that(
        basis() == RangeBasis.STATED || phrase().isPresent(),
        "TimeRange",
        "phrase",
        "is required when the range is interpreted from a phrase",
        "empty");
  }

  /**
   * Returns the range as text, such as {@code 24-48 h} or {@code 2-5 d (a few days)}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    String numbers = low() == high() ? Long.toString(low()) : low() + "-" + high();
    return numbers + " " + unit().code() + phrase().map(p -> " (" + p + ")").orElse("");
  }
}
