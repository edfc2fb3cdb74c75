package org.hipkit.quantity;

import org.hipkit.error.InvalidValueException;
import org.hipkit.internal.Require;
import org.immutables.value.Value;

/**
 * A whole-number range, such as 1-2 sessions, with {@code 0 <= min <= max}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CountRange {

  CountRange() {}

  /**
   * Returns the smallest count.
   *
   * @return zero or more
   */
  @Value.Parameter
  public abstract int min();

  /**
   * Returns the largest count.
   *
   * @return at least {@link #min()}
   */
  @Value.Parameter
  public abstract int max();

  /**
   * Obtains a range of counts.
   *
   * @param min the smallest count, zero or more
   * @param max the largest count, at least {@code min}
   * @return the range
   * @throws org.hipkit.error.InvalidValueException if {@code min} is negative or above {@code max}
   */
  public static CountRange of(int min, int max) {
    return ImmutableCountRange.create(min, max);
  }

  /**
   * Obtains a range holding exactly one count.
   *
   * @param count the count, zero or more
   * @return the range {@code count-count}
   */
  public static CountRange exactly(int count) {
    return of(count, count);
  }

  @Value.Check
  void check() {
    Require.that(min() >= 0, "CountRange", "min", "must not be negative", min());
    if (min() > max()) {
      // The value text is built only on failure (catalog entries are checked at start-up).
      throw new InvalidValueException("CountRange", "min", "must not exceed max", min() + " > " + max());
    }
  }

  @Override
  public String toString() {
    return min() == max() ? Integer.toString(min()) : min() + "-" + max();
  }
}
