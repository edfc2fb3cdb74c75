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

    Protocol edges =
        Protocol.builder()
            .maxInr(new BigDecimal("0.1"))
            .maxHba1cPercent(new BigDecimal("99.9"))
            .inrMaxAgeDays(0)
            .hba1cMaxAgeDays(0)
            .statementMaxAgeDays(0)
            .minDaysSinceArthroplasty(0)
            .minRepeatInjectionInterval(Period.ZERO)
            .followUpInterval(Period.ofDays(1))
            .build();
    assertThat(edges.inrMaxAgeDays()).isZero();
    assertThat(edges.maxHba1cPercent()).isEqualByComparingTo("99.9");
  }
}
