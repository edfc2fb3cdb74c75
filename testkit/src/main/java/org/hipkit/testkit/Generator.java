package org.hipkit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A source of values of one type, driven by a random number generator and a size, such as the
 * treatment plans of {@link HipGenerators#plans()}.
 *
 * <p>A generator is a pure function of its two inputs: the same sequence of random draws and the
 * same size give an equal value, so a value is reproduced from the seed of the random generator
 * that drew it ({@link #sample(long, int)}). The size bounds how much a value holds (how many risk
 * facts a profile has, how many extra components a plan injects); size 0 gives the simplest values.
 *
 * <p>hipkit's generators draw only through the bounded methods {@link
 * RandomGenerator#nextInt(int)}, {@link RandomGenerator#nextInt(int, int)} and {@link
 * RandomGenerator#nextBoolean()}, and put the simplest choice at the low end of every draw. A
 * property-testing library that shrinks the drawn numbers toward their lower bound therefore shrinks
 * the generated structure; {@link QuickTheoriesGens} does this for QuickTheories. Implementations of
 * this interface should follow the same convention.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Generator<T> {

  /**
   * Generates one value.
   *
   * @param random the source of randomness; its draws alone decide the value
   * @param size how much the value may hold, zero or more; larger sizes allow larger values
   * @return a valid value, never null
   * @throws IllegalArgumentException if {@code size} is negative
   */
  T next(RandomGenerator random, int size);

  /**
   * Returns a generator that applies a function to each value of this one.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param <R> the type of the mapped values
   * @param mapper the function, not null, returning non-null values
   * @return the mapped generator
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return (random, size) -> mapper.apply(next(random, size));
  }

  /**
   * Generates the value of a seed: the same seed and size give an equal value on every run.
   *
   * @param seed the seed of a {@link SplittableRandom}
   * @param size how much the value may hold, zero or more
   * @return the value
   * @throws IllegalArgumentException if {@code size} is negative
   */
  default T sample(long seed, int size) {
    return next(new SplittableRandom(seed), size);
  }

  /**
   * Generates several values from one seed, in order: the same seed, size and count give equal
   * lists on every run.
   *
   * @param seed the seed of a {@link SplittableRandom}
   * @param size how much each value may hold, zero or more
   * @param count how many values, zero or more
   * @return a new list of {@code count} values
   * @throws IllegalArgumentException if {@code size} or {@code count} is negative
   */
  default List<T> samples(long seed, int size, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative (was " + count + ")");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(next(random, size));
    }
    return values;
  }
}
