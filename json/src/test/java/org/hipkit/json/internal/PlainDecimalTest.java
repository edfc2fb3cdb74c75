package org.hipkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Decimals are always written in their plain form, whichever string the writer reuses. */
class PlainDecimalTest {

  @Test
  void theWrittenTextIsAlwaysThePlainForm() {
    qt().withExamples(20_000)
        .forAll(longs().between(-1_000_000L, 1_000_000L), integers().between(-20, 20))
        .checkAssert(
            (unscaled, scale) -> {
              BigDecimal value = new BigDecimal(BigInteger.valueOf(unscaled), scale);
              assertThat(Codecs.plain(value)).isEqualTo(value.toPlainString());
            });
  }

  @Test
  void examples() {
    assertThat(Codecs.plain(new BigDecimal("2.5"))).isEqualTo("2.5");
    assertThat(Codecs.plain(new BigDecimal("0.000001"))).isEqualTo("0.000001");
    assertThat(Codecs.plain(new BigDecimal("0.0000001"))).isEqualTo("0.0000001");
    assertThat(Codecs.plain(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Codecs.plain(new BigDecimal("3.0"))).isEqualTo("3.0");
  }
}
