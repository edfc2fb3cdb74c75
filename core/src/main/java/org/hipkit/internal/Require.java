package org.hipkit.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hipkit.error.InvalidValueException;

/**
 * Invariant checks shared by the value types; each throws {@link InvalidValueException} naming the
 * type, the field, the rule and the bad value. Nothing is formatted unless a check fails.
 */
public final class Require {

  private Require() {}

  /** Fails unless {@code ok}. */
  public static void that(boolean ok, String type, String field, String rule, Object value) {
    if (!ok) {
      throw new InvalidValueException(type, field, rule, value);
    }
  }

  /** Fails when {@code value} is empty or only white space. */
  public static void notBlank(String value, String type, String field) {
    that(!value.isBlank(), type, field, "must not be blank", value);
  }

  /** Fails unless {@code value} is a lower-case kebab-case id such as {@code trochanteric-bursa}. */
  public static void kebabId(String value, String type, String field) {
    that(
        isKebab(value),
        type,
        field,
        "must be a lower-case kebab-case id such as 'hip-joint'",
        value);
  }

  /**
   * Tells whether a text matches {@code [a-z0-9]+(-[a-z0-9]+)*}: lower-case letters and digits in
   * groups joined by single hyphens. A loop rather than a regular expression: catalog entries are
   * checked while the standard catalog is built, at start-up, where compiling a pattern costs time.
   */
  static boolean isKebab(String value) {
    int length = value.length();
    if (length == 0) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!letterOrDigit) {
        // A hyphen only between two letters or digits: not first, not last, never doubled.
        if (c != '-' || i == 0 || i == length - 1 || value.charAt(i - 1) == '-') {
          return false;
        }
      }
    }
    return true;
  }

  /** Fails unless every string in {@code values} is a kebab-case id. */
  public static void kebabIds(Collection<String> values, String type, String field) {
    for (String value : values) {
      kebabId(value, type, field);
    }
  }

  /**
   * Checks the fields every catalog entry shares: a kebab-case id, a name, a description and at
   * least one source.
   */
  public static void entry(
      String type, String id, String name, String description, Collection<?> sources) {
    kebabId(id, type, "id");
    notBlank(name, type, "name");
    notBlank(description, type, "description");
    if (sources.isEmpty()) {
      // The message is built only on failure: entries are checked at start-up, and the first string
      // concatenation a JVM runs costs it several milliseconds.
      throw new InvalidValueException(
          type, "sources", "must cite at least one source for '" + id + "'", sources);
    }
  }

  /** Fails when {@code values} is empty. */
  public static void notEmpty(Collection<?> values, String type, String field) {
    that(!values.isEmpty(), type, field, "must not be empty", values);
  }

  /** Fails when two elements of {@code values} are equal. */
  public static void unique(Collection<?> values, String type, String field) {
    Set<Object> seen = new HashSet<>();
    for (Object value : values) {
      that(seen.add(value), type, field, "must not repeat an element", value);
    }
  }

  /** Fails when two elements of {@code values} have the same key. */
  public static <T> void uniqueBy(
      List<T> values, Function<? super T, ?> key, String type, String field) {
    Set<Object> seen = new HashSet<>();
    for (T value : values) {
      Object k = key.apply(value);
      that(seen.add(k), type, field, "must not repeat an element", k);
    }
  }
}
