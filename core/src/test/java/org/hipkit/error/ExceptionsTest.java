package org.hipkit.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** hipkit's exceptions carry, beside their message, the parts a program can act on. */
class ExceptionsTest {

  @Test
  void invalidValue_namesTypeFieldRuleAndValue() {
    InvalidValueException e = new InvalidValueException("TimeRange", "low", "must not exceed high", 48);

    assertThat(e).hasMessage("Invalid TimeRange.low: must not exceed high (was 48)");
    assertThat(e.type()).isEqualTo("TimeRange");
    assertThat(e.field()).isEqualTo("low");
    assertThat(e.rule()).isEqualTo("must not exceed high");
    assertThat(e.value()).isEqualTo("48");
    assertThat(new InvalidValueException("A", "b", "c", null).value()).isEqualTo("null");
    assertThat(e).isInstanceOf(HipkitException.class);
  }

  @Test
  void unknownId_namesKindIdAndTheNearestIds() {
    UnknownIdException e = new UnknownIdException("target", "lateral-hipp", List.of("lateral-hip"));

    assertThat(e).hasMessage("Unknown target id 'lateral-hipp'; nearest known ids: lateral-hip");
    assertThat(e.kind()).isEqualTo("target");
    assertThat(e.id()).isEqualTo("lateral-hipp");
    assertThat(e.nearest()).containsExactly("lateral-hip");
    assertThat(new UnknownIdException("target", "x", List.of())).hasMessage("Unknown target id 'x'");
  }
}
