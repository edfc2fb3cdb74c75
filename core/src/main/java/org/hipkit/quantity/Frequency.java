package org.hipkit.quantity;

import org.immutables.value.Value;

/**
 * A rate of sessions, such as 1-2 per week.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Frequency {

  Frequency() {}

  /**
   * Returns how many times per {@link #per()} unit.
   *
   * @return the count range
   */
  @Value.Parameter
  public abstract CountRange count();

  /**
   * Returns the unit the count is given per.
   *
   * @return the unit, such as {@link TimeUnit#WEEKS}
   */
  @Value.Parameter
  public abstract TimeUnit per();

  /**
   * Obtains a frequency such as {@code of(1, 2, WEEKS)} for 1-2 per week.
   *
   * @param min the smallest count per unit, zero or more
   * @param max the largest count per unit, at least {@code min}
   * @param per the unit
   * @return the frequency
   * @throws org.hipkit.error.InvalidValueException if the counts are out of order
   */
  public static Frequency of(int min, int max, TimeUnit per) {
    return ImmutableFrequency.create(CountRange.of(min, max), per);
  }

  @Override
  public String toString() {
    return count() + " per " + per().code();
  }
}
