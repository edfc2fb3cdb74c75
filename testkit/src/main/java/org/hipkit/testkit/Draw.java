package org.hipkit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Bounded draws with the simplest choice at the low end, shared by the generators. */
final class Draw {

  private Draw() {}

  static void checkSize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative (was " + size + ")");
    }
  }

  /** One element; the first of the list is the simplest. */
  static <T> T pick(RandomGenerator random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** A count from 0 to {@code max} inclusive. */
  static int upTo(RandomGenerator random, int max) {
    return random.nextInt(max + 1);
  }

  /** True once in {@code n} draws; the rare outcome sits at the high end. */
  static boolean oneIn(RandomGenerator random, int n) {
    return random.nextInt(n) == n - 1;
  }

  /** Removes and returns one element of a working copy. */
  static <T> T take(RandomGenerator random, List<T> pool) {
    return pool.remove(random.nextInt(pool.size()));
  }

  /** Up to {@code max} distinct elements of the list, in the order drawn. */
  static <T> List<T> distinct(RandomGenerator random, List<T> list, int max) {
    List<T> pool = new ArrayList<>(list);
    int count = upTo(random, Math.min(max, pool.size()));
    List<T> chosen = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      chosen.add(take(random, pool));
    }
    return chosen;
  }
}
