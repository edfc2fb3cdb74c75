package org.hipkit.testkit;

import java.util.random.RandomGenerator;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A {@link RandomGenerator} whose every draw is one draw of a QuickTheories {@link RandomnessSource},
 * constrained to the bounds asked for. QuickTheories records these draws and shrinks each toward its
 * lower bound, which shrinks the value a {@link Generator} builds from them.
 */
final class SourceRandom implements RandomGenerator {

  private final RandomnessSource source;

  SourceRandom(RandomnessSource source) {
    this.source = source;
  }

  @Override
  public long nextLong() {
    return source.next(Constraint.none());
  }

  @Override
  public int nextInt() {
    return (int) source.next(Constraint.between(Integer.MIN_VALUE, Integer.MAX_VALUE));
  }

  @Override
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive (was " + bound + ")");
    }
    return (int) source.next(Constraint.between(0, bound - 1L));
  }

  @Override
  public int nextInt(int origin, int bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException("origin must be below bound (was " + origin + " >= " + bound + ")");
    }
    return (int) source.next(Constraint.between(origin, bound - 1L));
  }

  @Override
  public long nextLong(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive (was " + bound + ")");
    }
    return source.next(Constraint.between(0, bound - 1));
  }

  @Override
  public long nextLong(long origin, long bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException("origin must be below bound (was " + origin + " >= " + bound + ")");
    }
    return source.next(Constraint.between(origin, bound - 1));
  }

  @Override
  public boolean nextBoolean() {
    return source.next(Constraint.between(0, 1)) == 1;
  }

  @Override
  public double nextDouble() {
    return source.next(Constraint.between(0, (1L << 53) - 1)) * 0x1.0p-53;
  }

  @Override
  public float nextFloat() {
    return source.next(Constraint.between(0, (1 << 24) - 1)) * 0x1.0p-24f;
  }
}
