package org.hipkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Hand-parsed dates and periods agree with the JDK's parsers on every text, valid or not. */
class TemporalsTest {

  @Test
  void everyDateHipkitWrites_readsBackAsItself() {
    qt().withExamples(5000)
        .forAll(integers().between(0, 9999), integers().between(1, 12), integers().between(1, 31))
        .assuming((y, m, d) -> d <= java.time.YearMonth.of(y, m).lengthOfMonth())
        .checkAssert((y, m, d) -> {
          LocalDate date = LocalDate.of(y, m, d);
          assertThat(Temporals.date(date.toString())).isEqualTo(date);
        });
  }

  @Test
  void anyDateLikeText_givesTheJdksValueOrFailsLikeIt() {
    qt().withExamples(5000).forAll(dateLike()).checkAssert(text -> sameAsJdk(text, true));
  }

  @Test
  void anyPeriodLikeText_givesTheJdksValueOrFailsLikeIt() {
    qt().withExamples(5000).forAll(periodLike()).checkAssert(text -> sameAsJdk(text, false));
  }

  @Test
  void examples() {
    assertThat(Temporals.date("2026-12-01")).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(Temporals.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThatThrownBy(() -> Temporals.date("2026-02-29")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Temporals.date("2026-13-01")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Temporals.date("2026-1-01")).isInstanceOf(DateTimeException.class);
    assertThat(Temporals.period("P7D")).isEqualTo(Period.ofDays(7));
    assertThat(Temporals.period("P6W")).isEqualTo(Period.ofDays(42));
    assertThat(Temporals.period("P3M")).isEqualTo(Period.ofMonths(3));
    assertThat(Temporals.period("P1Y")).isEqualTo(Period.ofYears(1));
    assertThat(Temporals.period("P1Y2M10D")).isEqualTo(Period.of(1, 2, 10));
    assertThat(Temporals.period("p7d")).isEqualTo(Period.ofDays(7));
    assertThatThrownBy(() -> Temporals.period("P7")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Temporals.period("P999999999W")).isInstanceOf(ArithmeticException.class);
  }

  private static void sameAsJdk(String text, boolean date) {
    Object expected;
    try {
      expected = date ? LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE) : Period.parse(text);
    } catch (DateTimeException | ArithmeticException e) {
      expected = e.getClass();
    }
    Object actual;
    try {
      actual = date ? Temporals.date(text) : Temporals.period(text);
    } catch (DateTimeException | ArithmeticException e) {
      actual = e.getClass();
    }
    assertThat(actual).as(text).isEqualTo(expected);
  }

  /** Texts of digits (and a few colons) and separators around the date shape. */
  private static Gen<String> dateLike() {
    // ':' follows '9' in ASCII: about one character in eleven is not a digit.
    Gen<String> year = strings().betweenCodePoints('0', ':').ofLengthBetween(3, 5);
    Gen<String> twoOrSo = strings().betweenCodePoints('0', ':').ofLengthBetween(1, 3);
    Gen<String> separator = integers().between(0, 9).map(i -> i < 8 ? "-" : i == 8 ? "/" : "+");
    return year.zip(separator, twoOrSo, separator, (a, s1, b, s2) -> a + s1 + b + s2)
        .zip(twoOrSo, (head, c) -> head + c);
  }

  /** Texts of the period shape: a P, digits and one unit letter, with a few other characters. */
  private static Gen<String> periodLike() {
    Gen<String> prefix = integers().between(0, 9).map(i -> i < 7 ? "P" : i == 7 ? "p" : i == 8 ? "-P" : "");
    Gen<String> digits = strings().betweenCodePoints('0', ':').ofLengthBetween(0, 11);
    Gen<String> unit = integers().between(0, 7).map(i -> String.valueOf("DWMYdXH ".charAt(i)));
    return prefix.zip(digits, unit, (p, d, u) -> p + d + u);
  }
}
