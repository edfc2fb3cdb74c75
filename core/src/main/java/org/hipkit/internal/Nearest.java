package org.hipkit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the known ids closest to an unknown one, for error messages that point at a typo.
 *
 * <p>The search is bounded, because the unknown id may come from a hostile document: an id longer
 * than {@link Require#MAX_ID_LENGTH} gets no suggestions; a known id whose length differs by more
 * than the cutoff is passed over before any edit distance is computed; each distance stops once it
 * exceeds the cutoff; and a search computes at most {@link #MAX_CELLS} cells of edit distance in
 * all, after which it only keeps candidates that contain the id or are contained in it.
 */
public final class Nearest {

  private static final int LIMIT = 3;

  /** The most edit-distance cells one search computes: about 250 full comparisons of 64 characters. */
  static final long MAX_CELLS = 1_000_000;

  private Nearest() {}

  /**
   * Returns up to three of {@code known} nearest to {@code id} by edit distance, nearest first, ties
   * broken alphabetically. Ids that share nothing with {@code id} are left out.
   */
  public static List<String> ids(String id, Iterable<String> known) {
    return ids(id, known, new long[1]);
  }

  /** As {@link #ids(String, Iterable)}, adding the number of cells computed to {@code work[0]}. */
  static List<String> ids(String id, Iterable<String> known, long[] work) {
    if (id.length() > Require.MAX_ID_LENGTH) {
      return List.of();
    }
    record Scored(String id, int distance) {}
    List<Scored> scored = new ArrayList<>();
    int cutoff = Math.max(3, id.length() / 2);
    long budget = MAX_CELLS;
    for (String candidate : known) {
      if (candidate.length() > Require.MAX_ID_LENGTH) {
        continue;
      }
      boolean contains = candidate.contains(id) || id.contains(candidate);
      int d = Integer.MAX_VALUE;
      if (Math.abs(candidate.length() - id.length()) <= cutoff && budget > 0) {
        long cells = (long) id.length() * candidate.length();
        budget -= cells;
        work[0] += cells;
        d = distance(id, candidate, cutoff);
      }
      if (d <= cutoff || contains) {
        // One containing the other, their distance is the difference of their lengths.
        int distance = d == Integer.MAX_VALUE ? Math.abs(candidate.length() - id.length()) : d;
        scored.add(new Scored(candidate, distance));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::id));
    return scored.stream().limit(LIMIT).map(Scored::id).toList();
  }

  /** Levenshtein distance between two strings. */
  static int distance(String a, String b) {
    return distance(a, b, Integer.MAX_VALUE);
  }

  /**
   * Levenshtein distance between two strings, or {@link Integer#MAX_VALUE} as soon as every entry
   * of a row exceeds {@code cutoff}, since the distance can then only be larger.
   */
  static int distance(String a, String b, int cutoff) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > cutoff) {
        return Integer.MAX_VALUE;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
