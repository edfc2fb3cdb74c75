package org.hipkit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the known ids closest to an unknown one, for error messages that point at a typo. */
public final class Nearest {

  private static final int LIMIT = 3;

  private Nearest() {}

  /**
   * Returns up to three of {@code known} nearest to {@code id} by edit distance, nearest first, ties
   * broken alphabetically. Ids that share nothing with {@code id} are left out.
   */
  public static List<String> ids(String id, Iterable<String> known) {
    record Scored(String id, int distance) {}
    List<Scored> scored = new ArrayList<>();
    int cutoff = Math.max(3, id.length() / 2);
    for (String candidate : known) {
      int d = distance(id, candidate);
      if (d <= cutoff || candidate.contains(id) || id.contains(candidate)) {
        scored.add(new Scored(candidate, d));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::id));
    return scored.stream().limit(LIMIT).map(Scored::id).toList();
  }

  /** Levenshtein distance between two strings. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
