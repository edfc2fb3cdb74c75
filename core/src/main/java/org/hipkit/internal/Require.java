package org.hipkit.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hipkit.error.InvalidValueException;

/**
 * Invariant checks shared by the value types; each throws {@link InvalidValueException} naming the
 * type, the field, the rule and the bad value. Nothing is formatted unless a check fails.
 */
public final class Require {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

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
        KEBAB.matcher(value).matches(),
        type,
        field,
        "must be a lower-case kebab-case id such as 'hip-joint'",
        value);
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
    that(!sources.isEmpty(), type, "sources", "must cite at least one source for '" + id + "'", sources);
  }

  /** Fails when {@code values} is empty. */
  public static void notEmpty(Collection<?> values, String type, String field) {
    that(!values.isEmpty(), type, field, "must not be empty", values);
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
