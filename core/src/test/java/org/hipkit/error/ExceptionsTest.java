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

  /** Issue 11: an id or value in a message could inject a line into a log, and was never clipped. */
  @Test
  void messages_escapeControlCharacters_andClipLongValues() {
    InvalidValueException invalid =
        new InvalidValueException("Dose", "unit", "must not be blank", "mg\nINFO forged line\u0000");
    assertThat(invalid.getMessage())
        .isEqualTo("Invalid Dose.unit: must not be blank (was mg\\u000AINFO forged line\\u0000)")
        .doesNotContain("\n");
    assertThat(invalid.value()).isEqualTo("mg\nINFO forged line\u0000");

    String huge = "x".repeat(99_000);
    UnknownIdException unknown = new UnknownIdException("medication", huge + "\r\n", List.of());
    assertThat(unknown.getMessage())
        .hasSizeLessThan(300)
        .contains("x".repeat(MessageText.MAX_SHOWN) + "...(98802 more characters)")
        .doesNotContain("\r");
    assertThat(unknown.id()).hasSize(99_002);
  }

  @Test
  void messageText_keepsPlainText_andSurrogatePairsWhole() {
    assertThat(MessageText.shown("lidocaine")).isEqualTo("lidocaine");
    assertThat(MessageText.shown("a\u2028b\u0085c\u007f")).isEqualTo("a\\u2028b\\u0085c\\u007F");
    assertThat(MessageText.shown("ab\uD83D\uDE00", 3)).isEqualTo("ab...(2 more characters)");
    assertThat(MessageText.firstControl("tab\there")).isEqualTo(3);
    assertThat(MessageText.firstControl("none")).isEqualTo(-1);
  }
  @Test
  void messageText_controlCharacters_endAtTheirRanges() {
    assertThat(MessageText.isControl('\u001f')).isTrue();
    assertThat(MessageText.isControl(' ')).isFalse();
    assertThat(MessageText.isControl('~')).isFalse();
    assertThat(MessageText.isControl('\u007f')).isTrue();
    assertThat(MessageText.isControl('\u009f')).isTrue();
    assertThat(MessageText.isControl('\u00a0')).isFalse();
    assertThat(MessageText.isControl('\u2027')).isFalse();
    assertThat(MessageText.isControl('\u2029')).isTrue();
    assertThat(MessageText.shown("\nforged")).isEqualTo("\\u000Aforged");
  }

  @Test
  void messageText_clipsOnlyTextLongerThanItsMaximum() {
    // A lone high surrogate that ends a short text is kept: nothing follows it to cut off.
    assertThat(MessageText.shown("ab\uD83D", 3)).isEqualTo("ab\uD83D");
    assertThat(MessageText.shown("abc", 3)).isEqualTo("abc");
    assertThat(MessageText.shown("abcd", 3)).isEqualTo("abc...(1 more characters)");
    assertThat(MessageText.shown("abc", 0)).isEqualTo("...(3 more characters)");
    assertThat(MessageText.shown("", 0)).isEmpty();
  }
}
