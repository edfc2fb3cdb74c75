package org.hipkit.quantity;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.hipkit.error.InvalidValueException;

/**
 * A unit of elapsed time as the sources speak of it, from minutes to years.
 *
 * <p>Calendar units stay calendar units: a month is a {@link ChronoUnit#MONTHS month}, never 30
 * days. Each unit has an explicit {@link #code()} (a UCUM-style symbol) that is stable across
 * releases; ordinals are never used.
 */
public enum TimeUnit {
  /** Minutes, code {@code min}. */
  MINUTES("min", ChronoUnit.MINUTES),
  /** Hours, code {@code h}. */
  HOURS("h", ChronoUnit.HOURS),
  /** Days, code {@code d}. */
  DAYS("d", ChronoUnit.DAYS),
  /** Weeks, code {@code wk}. */
  WEEKS("wk", ChronoUnit.WEEKS),
  /** Calendar months, code {@code mo}. */
  MONTHS("mo", ChronoUnit.MONTHS),
  /** Calendar years, code {@code a}. */
  YEARS("a", ChronoUnit.YEARS);

  private final String code;
  private final ChronoUnit chronoUnit;

  TimeUnit(String code, ChronoUnit chronoUnit) {
    this.code = code;
    this.chronoUnit = chronoUnit;
  }

  /**
   * Returns the stable code of the unit.
   *
   * @return the code, such as {@code h} or {@code mo}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the java.time unit this unit moves by on a calendar.
   *
   * @return the matching chrono unit
   */
  public ChronoUnit chronoUnit() {
    return chronoUnit;
  }

  /**
   * Obtains the unit for a code such as {@code h}, or for a name such as {@code hours}.
   *
   * @param text the code or the name, case-insensitive
   * @return the unit
   * @throws InvalidValueException if the text names no unit
   */
  public static TimeUnit parse(String text) {
    for (TimeUnit unit : values()) {
      if (unit.code.equals(text) || unit.name().equalsIgnoreCase(text)) {
        return unit;
      }
    }
    throw new InvalidValueException(
        "TimeUnit",
        "code",
        "must be one of min, h, d, wk, mo, a",
        text.toLowerCase(Locale.ROOT));
  }
}
