package org.hipkit.json.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;

/**
 * Parses the dates and periods of hipkit's documents: the forms hipkit writes ({@code 2026-12-01},
 * {@code P7D}, {@code P3M}) by hand, every other text through the JDK's parsers, so that each text
 * gives the JDK's value or fails as the JDK's parser does.
 *
 * <p>Why by hand: the JDK's date parser resolves fields through hash maps and its period parser
 * runs a regular expression; together they took about a seventh of reading a plan document.
 */
final class Temporals {

  private Temporals() {}

  /**
   * Parses an ISO-8601 calendar date, as {@code LocalDate.parse(text, ISO_LOCAL_DATE)} does.
   *
   * @throws DateTimeException if the text is not such a date
   */
  static LocalDate date(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28) {
        // Every month has day 28: no calendar check is left for the JDK to make.
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
  }

  /**
   * Parses an ISO-8601 period, as {@link Period#parse} does.
   *
   * @throws DateTimeException if the text is not such a period
   */
  static Period period(String text) {
    int length = text.length();
    if (length >= 3 && length <= 11 && text.charAt(0) == 'P') {
      int amount = digits(text, 1, length - 1);
      if (amount >= 0) {
        switch (text.charAt(length - 1)) {
          case 'D':
            return Period.ofDays(amount);
          case 'W':
            return Period.ofDays(Math.multiplyExact(amount, 7));
          case 'M':
            return Period.ofMonths(amount);
          case 'Y':
            return Period.ofYears(amount);
          default:
            break;
        }
      }
    }
    return Period.parse(text);
  }

  /** The value of the ASCII digits from {@code start} to {@code end}, or -1 if any is not one. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
