package org.hipkit.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hipkit.error.InvalidValueException;
import org.hipkit.error.MessageText;

/**
 * Invariant checks shared by the value types; each throws {@link InvalidValueException} naming the
 * type, the field, the rule and the bad value. Nothing is formatted unless a check fails.
 */
public final class Require {

  /** The longest id hipkit accepts: 64 characters, well above the longest standard id (51). */
  public static final int MAX_ID_LENGTH = 64;

  /** The first year a date may fall in; earlier dates are taken for typing errors. */
  public static final int MIN_YEAR = 1900;

  /** The last year a date may fall in; later dates are taken for typing errors. */
  public static final int MAX_YEAR = 2200;

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

  /**
   * Fails when a text holds a control character (U+0000-U+001F, U+007F-U+009F, U+2028, U+2029): no
   * text of a value type holds line breaks, tabs or NUL, so none can forge a line in a log or a
   * report.
   */
  public static void text(String value, String type, String field) {
    int at = MessageText.firstControl(value);
    if (at >= 0) {
      throw new InvalidValueException(
          type,
          field,
          "must not hold control characters such as line breaks, tabs or NUL (found U+"
              + String.format("%04X", (int) value.charAt(at))
              + " at index "
              + at
              + ")",
          value);
    }
  }

  /** Fails when a text holds a control character, or is empty or only white space. */
  public static void plainText(String value, String type, String field) {
    text(value, type, field);
    notBlank(value, type, field);
  }

  /** Fails when some text of {@code values} holds a control character. */
  public static void texts(Collection<String> values, String type, String field) {
    for (String value : values) {
      text(value, type, field);
    }
  }

  /** Fails unless the year of {@code date} is within {@link #MIN_YEAR}-{@link #MAX_YEAR}. */
  public static void date(LocalDate date, String type, String field) {
    that(
        date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR,
        type,
        field,
        "must fall in the years " + MIN_YEAR + " to " + MAX_YEAR,
        date);
  }

  /**
   * Fails unless {@code period} has no negative part, is not zero when {@code positive}, and is at
   * most {@code maxMonths} months long, counting each year as 12 months and each month as 31 days:
   * with {@code maxMonths} 12, {@code P1Y}, {@code P12M}, {@code P52W} and {@code P372D} pass and
   * {@code P13M} or {@code P1Y8D} do not. The bound keeps every date computed from the period within
   * reach of {@code java.time}.
   */
  public static void period(
      Period period, boolean positive, int maxMonths, String type, String field) {
    if (period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0) {
      throw new InvalidValueException(type, field, "must not have a negative part", period);
    }
    that(!positive || !period.isZero(), type, field, "must be positive", period);
    // toTotalMonths is a long and days an int: no overflow at any Period.
    long days = period.toTotalMonths() * 31 + period.getDays();
    that(
        days <= maxMonths * 31L,
        type,
        field,
        "must be at most "
            + maxMonths
            + " months (P"
            + (maxMonths % 12 == 0 ? maxMonths / 12 + "Y" : maxMonths + "M")
            + "), counting a month as 31 days",
        period);
  }

  /**
   * Fails unless {@code value} is within {@code min}-{@code max}, naming the range in the rule.
   */
  public static void range(long value, long min, long max, String type, String field) {
    if (value < min || value > max) {
      throw new InvalidValueException(type, field, "must be within " + min + "-" + max, value);
    }
  }

  /**
   * Fails unless {@code value} is a lower-case kebab-case id such as {@code trochanteric-bursa}, of
   * at most {@link #MAX_ID_LENGTH} characters.
   */
  public static void kebabId(String value, String type, String field) {
    if (value.length() > MAX_ID_LENGTH) {
      throw new InvalidValueException(
          type,
          field,
          "must be at most " + MAX_ID_LENGTH + " characters long (was " + value.length() + ")",
          value);
    }
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
    plainText(name, type, "name");
    plainText(description, type, "description");
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
