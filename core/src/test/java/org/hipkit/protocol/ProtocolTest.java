package org.hipkit.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Map;
import org.hipkit.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The standard protocol's thresholds, and the limits a clinic's own protocol must respect. */
class ProtocolTest {

  private static void invalid(Protocol.Builder builder, String field) {
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid Protocol." + field + ":");
  }

  @Test
  void defaults_areTheStandardThresholds() {
    Protocol p = Protocol.builder().build();

    assertThat(p.id()).isEqualTo("hipkit-standard");
    assertThat(p.maxInr()).isEqualByComparingTo("3.0");
    assertThat(p.inrMaxAgeDays()).isEqualTo(7);
    assertThat(p.maxHba1cPercent()).isEqualByComparingTo("8.0");
    assertThat(p.hba1cMaxAgeDays()).isEqualTo(90);
    assertThat(p.statementMaxAgeDays()).isEqualTo(30);
    assertThat(p.minDaysSinceArthroplasty()).isEqualTo(90);
    assertThat(p.landmarkAcceptableForIntraArticular()).isFalse();
    assertThat(p.minRepeatInjectionInterval()).isEqualTo(Period.ofMonths(3));
    assertThat(p.followUpInterval()).isEqualTo(Period.ofWeeks(6));
    assertThat(p).isEqualTo(Protocol.standard());
  }

  @Test
  void thresholds_listEveryThresholdByName_inOrder() {
    Map<String, Object> thresholds =
        Protocol.builder().id("clinic").maxInr(new BigDecimal("2.5")).landmarkAcceptableForIntraArticular(true).build().thresholds();

    assertThat(thresholds.keySet())
        .containsExactly(
            "maxInr",
            "inrMaxAgeDays",
            "maxHba1cPercent",
            "hba1cMaxAgeDays",
            "statementMaxAgeDays",
            "minDaysSinceArthroplasty",
            "landmarkAcceptableForIntraArticular",
            "minRepeatInjectionInterval",
            "followUpInterval");
    assertThat(thresholds.get("maxInr")).isEqualTo(new BigDecimal("2.5"));
    assertThat(thresholds.get("inrMaxAgeDays")).isEqualTo(7);
    assertThat(thresholds.get("landmarkAcceptableForIntraArticular")).isEqualTo(true);
    assertThat(thresholds.get("followUpInterval")).isEqualTo(Period.ofWeeks(6));
    assertThatThrownBy(() -> thresholds.put("maxInr", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void limits_mustBeSensible_atTheirEdges() {
    invalid(Protocol.builder().id("Clinic Protocol"), "id");
    invalid(Protocol.builder().maxInr(BigDecimal.ZERO), "maxInr");
    invalid(Protocol.builder().maxHba1cPercent(BigDecimal.ZERO), "maxHba1cPercent");
    invalid(Protocol.builder().maxHba1cPercent(new BigDecimal("100")), "maxHba1cPercent");
    invalid(Protocol.builder().inrMaxAgeDays(-1), "inrMaxAgeDays");
    invalid(Protocol.builder().hba1cMaxAgeDays(-1), "hba1cMaxAgeDays");
    invalid(Protocol.builder().statementMaxAgeDays(-1), "statementMaxAgeDays");
    invalid(Protocol.builder().minDaysSinceArthroplasty(-1), "minDaysSinceArthroplasty");
    invalid(Protocol.builder().minRepeatInjectionInterval(Period.ofDays(-1)), "minRepeatInjectionInterval");
    invalid(Protocol.builder().followUpInterval(Period.ZERO), "followUpInterval");
    invalid(Protocol.builder().followUpInterval(Period.ofDays(-7)), "followUpInterval");

    Protocol low =
        Protocol.builder()
            .maxInr(new BigDecimal("1.0"))
            .maxHba1cPercent(new BigDecimal("5.0"))
            .inrMaxAgeDays(0)
            .hba1cMaxAgeDays(0)
            .statementMaxAgeDays(0)
            .minDaysSinceArthroplasty(0)
            .minRepeatInjectionInterval(Period.ZERO)
            .followUpInterval(Period.ofDays(1))
            .build();
    assertThat(low.inrMaxAgeDays()).isZero();
    assertThat(low.maxHba1cPercent()).isEqualByComparingTo("5.0");
    Protocol high =
        Protocol.builder()
            .maxInr(new BigDecimal("5.0"))
            .maxHba1cPercent(new BigDecimal("15.0"))
            .inrMaxAgeDays(90)
            .hba1cMaxAgeDays(365)
            .statementMaxAgeDays(365)
            .minDaysSinceArthroplasty(3650)
            .minRepeatInjectionInterval(Period.ofYears(2))
            .followUpInterval(Period.ofMonths(24))
            .build();
    assertThat(high.minDaysSinceArthroplasty()).isEqualTo(3650);
  }

  /** Issue 11: nonsense thresholds silently turned safety rules off; each has a plausible range. */
  @Test
  void thresholds_outsideTheirPlausibleRange_areRefused_namingTheField() {
    invalid(Protocol.builder().maxInr(new BigDecimal("1e20")), "maxInr");
    invalid(Protocol.builder().maxInr(new BigDecimal("5.01")), "maxInr");
    invalid(Protocol.builder().maxInr(new BigDecimal("0.99")), "maxInr");
    invalid(Protocol.builder().maxHba1cPercent(new BigDecimal("4.9")), "maxHba1cPercent");
    invalid(Protocol.builder().maxHba1cPercent(new BigDecimal("15.1")), "maxHba1cPercent");
    invalid(Protocol.builder().inrMaxAgeDays(91), "inrMaxAgeDays");
    invalid(Protocol.builder().inrMaxAgeDays(Integer.MAX_VALUE), "inrMaxAgeDays");
    invalid(Protocol.builder().hba1cMaxAgeDays(366), "hba1cMaxAgeDays");
    invalid(Protocol.builder().statementMaxAgeDays(366), "statementMaxAgeDays");
    invalid(Protocol.builder().minDaysSinceArthroplasty(3651), "minDaysSinceArthroplasty");
    invalid(Protocol.builder().minRepeatInjectionInterval(Period.of(2, 0, 1)), "minRepeatInjectionInterval");
    invalid(Protocol.builder().minRepeatInjectionInterval(Period.of(1, -1, 0)), "minRepeatInjectionInterval");
    invalid(Protocol.builder().followUpInterval(Period.ofYears(999_999_999)), "followUpInterval");
    invalid(Protocol.builder().followUpInterval(Period.ofMonths(25)), "followUpInterval");
    invalid(Protocol.builder().id("a".repeat(65)), "id");
    assertThat(Protocol.plausibleRanges()).containsOnlyKeys(Protocol.standard().thresholds().keySet());
  }
}
