package org.hipkit.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.hipkit.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Time ranges, counts, doses and units: what they accept, refuse, contain and print. */
class QuantitiesTest {

  @Test
  void timeRange_containsItsBothEnds() {
    TimeRange range = TimeRange.of(2, 5, TimeUnit.DAYS);

    assertThat(range.contains(2)).isTrue();
    assertThat(range.contains(5)).isTrue();
    assertThat(range.contains(3)).isTrue();
    assertThat(range.contains(1)).isFalse();
    assertThat(range.contains(6)).isFalse();
    assertThat(range).hasToString("2-5 d");
    assertThat(TimeRange.of(6, 6, TimeUnit.WEEKS)).hasToString("6 wk");
    assertThat(TimeRange.stated(24, 48, TimeUnit.HOURS, "24-48 hours")).hasToString("24-48 h (24-48 hours)");
  }

  @Test
  void timeRange_refusesNegativeOrReversedBounds() {
    assertThatThrownBy(() -> TimeRange.of(-1, 2, TimeUnit.DAYS))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid TimeRange.low: must not be negative (was -1)");
    assertThatThrownBy(() -> TimeRange.of(3, 2, TimeUnit.DAYS))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid TimeRange.low: must not exceed high (was 3 > 2)");
    assertThat(TimeRange.of(0, 0, TimeUnit.DAYS).low()).isZero();
    assertThat(TimeRange.of(2, 2, TimeUnit.DAYS).high()).isEqualTo(2);
  }

  @Test
  void timeRange_anInterpretedRangeKeepsItsPhrase() {
    TimeRange interpreted = TimeRange.interpreted(2, 5, TimeUnit.DAYS, "a few days");

    assertThat(interpreted.basis()).isEqualTo(RangeBasis.INTERPRETED);
    assertThat(interpreted.phrase()).hasValue("a few days");
    assertThat(TimeRange.stated(2, 5, TimeUnit.DAYS, "a few days").basis()).isEqualTo(RangeBasis.STATED);
    assertThatThrownBy(() -> TimeRange.interpreted(2, 5, TimeUnit.DAYS, " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid TimeRange.phrase: must not be blank");
    assertThatThrownBy(
            () -> ImmutableTimeRange.builder().low(1).high(2).unit(TimeUnit.DAYS).basis(RangeBasis.INTERPRETED).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid TimeRange.phrase: is required when the range is interpreted from a phrase (was empty)");
  }

  @Test
  void sourcePhrases_areInterpretedRangesCarryingTheirWords() {
    for (SourcePhrase phrase : SourcePhrase.values()) {
      assertThat(phrase.range().phrase()).hasValue(phrase.text());
      assertThat(phrase.range().basis()).isEqualTo(RangeBasis.INTERPRETED);
    }
    assertThat(SourcePhrase.A_FEW_DAYS.text()).isEqualTo("a few days");
    assertThat(SourcePhrase.A_FEW_DAYS.range()).isEqualTo(TimeRange.interpreted(2, 5, TimeUnit.DAYS, "a few days"));
  }

  @Test
  void countRange_refusesNegativeOrReversedCounts() {
    assertThat(CountRange.exactly(3)).isEqualTo(CountRange.of(3, 3));
    assertThat(CountRange.of(0, 0).max()).isZero();
    assertThatThrownBy(() -> CountRange.of(-1, 2))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid CountRange.min: must not be negative (was -1)");
    assertThatThrownBy(() -> CountRange.of(3, 2))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid CountRange.min: must not exceed max (was 3 > 2)");
  }

  @Test
  void dose_isAPositiveAmountWithAUnit() {
    assertThat(Dose.of("40", "mg")).hasToString("40 mg").isEqualTo(Dose.of(new BigDecimal("40"), "mg"));
    assertThat(Dose.of("0.5", "mL")).hasToString("0.5 mL");
    assertThatThrownBy(() -> Dose.of("0", "mg"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid Dose.amount: must be greater than zero");
    assertThatThrownBy(() -> Dose.of("-1", "mg")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Dose.of("40", " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid Dose.unit: must not be blank");
    assertThatThrownBy(() -> Dose.of("forty", "mg"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid Dose.amount: must be a decimal number");
  }

  @Test
  void timeUnit_parsesItsCodeOrItsName() {
    assertThat(TimeUnit.parse("wk")).isEqualTo(TimeUnit.WEEKS);
    assertThat(TimeUnit.parse("weeks")).isEqualTo(TimeUnit.WEEKS);
    assertThat(TimeUnit.parse("MINUTES")).isEqualTo(TimeUnit.MINUTES);
    assertThat(TimeUnit.parse("a")).isEqualTo(TimeUnit.YEARS);
    assertThatThrownBy(() -> TimeUnit.parse("Fortnight"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid TimeUnit.code: must be one of min, h, d, wk, mo, a (was fortnight)");
  }

  @Test
  void frequency_printsItsCountPerUnit() {
    assertThat(Frequency.of(1, 2, TimeUnit.WEEKS)).hasToString("1-2 per wk");
    assertThat(CountRange.exactly(3)).hasToString("3");
    assertThat(Frequency.of(1, 2, TimeUnit.WEEKS).count()).isEqualTo(CountRange.of(1, 2));
  }

  @Test
  void codes_areStable() {
    assertThat(RangeBasis.STATED.code()).isEqualTo("stated");
    assertThat(RangeBasis.INTERPRETED.code()).isEqualTo("interpreted");
    assertThat(TimeUnit.HOURS.code()).isEqualTo("h");
    assertThat(TimeUnit.MONTHS.code()).isEqualTo("mo");
  }
  @Test
  void aTimeRange_reachesAHundredYearsInEveryUnit_andNoFurther() {
    for (TimeUnit unit : TimeUnit.values()) {
      long max = TimeRange.maxAmount(unit);
      assertThat(TimeRange.of(0, max, unit).high()).as(unit.code()).isEqualTo(max);
      assertThatThrownBy(() -> TimeRange.of(0, max + 1, unit))
          .as(unit.code())
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("Invalid TimeRange.high: must be at most " + max + " " + unit.code());
    }
  }
}
