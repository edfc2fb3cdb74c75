package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hipkit.json.BadInputTest.failure;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;

/**
 * Bytes that are not well-formed UTF-8, read from a stream: each is refused before parsing, at its
 * first byte, with the pointer of the place that holds it and its line and column counted in bytes
 * as the parser counts them (a line feed, a carriage return, or both together end a line).
 */
class InvalidUtf8Test {

  private static final String PLAN = Fixtures.text("plan.json");

  /** The text's UTF-8 bytes with every {@code ?} replaced by the given byte. */
  private static byte[] withByte(String text, int b) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '?') {
        bytes[i] = (byte) b;
      }
    }
    return bytes;
  }

  private static int offsetOf(String text) {
    return text.substring(0, text.indexOf('?')).getBytes(StandardCharsets.UTF_8).length;
  }

  private static HipJsonException readFailure(byte[] bytes) {
    return failure(() -> HipJson.standard().readPlan(new ByteArrayInputStream(bytes)));
  }

  private static String reason(int b, int offset) {
    return String.format(
        "the input is not valid UTF-8: the byte 0x%02X at byte offset %d does not begin a well-formed"
            + " UTF-8 sequence",
        b,
        offset);
  }

  @Test
  void atTheFirstByte_isLocatedAtTheDocumentRoot() {
    HipJsonException e = readFailure(withByte("?" + PLAN, 0xFF));

    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.pointer()).isEmpty();
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.reason()).isEqualTo(reason(0xFF, 0));
    assertThat(e.getMessage())
        .isEqualTo("Cannot read hipkit.plan document at the document root (line 1, column 1): " + reason(0xFF, 0));
  }

  @Test
  void inAString_isLocatedAtTheString_withLinesEndedByLfCrLfOrCr() {
    String text = PLAN.replace("\"left\"", "\"l?ft\"");

    for (String newline : new String[] {"\n", "\r\n", "\r"}) {
      String lines = text.replace("\n", newline);

      HipJsonException e = readFailure(withByte(lines, 0xC0));

      assertThat(e.problem()).as(newline).isEqualTo(Problem.MALFORMED_JSON);
      assertThat(e.pointer()).isEqualTo("/side");
      assertThat(e.line()).as("line after %s", newline.replace("\r", "CR").replace("\n", "LF")).isEqualTo(6);
      assertThat(e.column()).isEqualTo(13);
      assertThat(e.reason()).isEqualTo(reason(0xC0, offsetOf(lines)));
    }
  }

  /** The same document, valid but for a wrong value, is located by the parser on the same line. */
  @Test
  void linesAreCountedAsTheParserCountsThem() {
    for (String newline : new String[] {"\n", "\r\n", "\r"}) {
      String lines = PLAN.replace("\"left\"", "\"lxft\"").replace("\n", newline);

      HipJsonException e = failure(() -> HipJson.standard().readPlan(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8))));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.line()).isEqualTo(6);
      assertThat(e.column()).isEqualTo(11);
    }
  }

  @Test
  void columnsCountBytes_notCharacters() {
    String text = PLAN.replace("\"left\"", "\"l\u00e9?t\"");

    HipJsonException e = readFailure(withByte(text, 0xFF));

    assertThat(e.pointer()).isEqualTo("/side");
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.column()).isEqualTo(15); // é takes two bytes
    assertThat(e.reason()).isEqualTo(reason(0xFF, offsetOf(text)));
  }

  @Test
  void inAFieldNameNotSeenBefore_isLocatedAtTheObjectThatHoldsIt() {
    String text = PLAN.replace("\"unit\": \"mL\"", "\"u?it\": \"mL\"");

    HipJsonException e = readFailure(withByte(text, 0xC0));

    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.pointer()).isEqualTo("/components/0/dose");
    assertThat(e.line()).isEqualTo(13);
    assertThat(e.column()).isEqualTo(11);
    assertThat(e.reason()).isEqualTo(reason(0xC0, offsetOf(text)));
  }

  @Test
  void betweenMembers_isLocatedAtTheObjectThatHoldsThem() {
    String text = PLAN.replace("\"medication\": \"lidocaine\",", "\"medication\": \"lidocaine\", ?");

    HipJsonException e = readFailure(withByte(text, 0x80));

    assertThat(e.pointer()).isEqualTo("/components/1");
    assertThat(e.reason()).isEqualTo(reason(0x80, offsetOf(text)));
  }

  @Test
  void inAnArrayElement_isLocatedAtTheElement() {
    String text = PLAN.replace("\"contrast-dye\"", "\"contrast?dye\"");

    HipJsonException e = readFailure(withByte(text, 0xED));

    assertThat(e.pointer()).isEqualTo("/components/2/medication");
    assertThat(e.line()).isEqualTo(24);
  }

  @Test
  void aNulByte_isValidUtf8_andRefusedByTheParserInstead() {
    HipJsonException e = readFailure(withByte(PLAN.replace("\"left\"", "\"l?ft\""), 0x00));

    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.pointer()).isEqualTo("/side");
    assertThat(e.reason()).startsWith("malformed JSON: ").doesNotContain("UTF-8");
  }

  @Test
  void textInEveryPlaneOfUnicode_isRead() {
    String text =
        "{\"format\": \"hipkit.protocol/1\", \"comment\": \"\u00e9 \u07ff \u0800 \ud7ff \ue000 \uffff"
            + " \ud800\udc00 \ud83d\ude00 \udbff\udfff\", \"\u00e9\ud83d\ude00\": 1}";
    HipJson lenient = HipJson.builder().lenient(true).build();

    ReadResult<Protocol> read =
        lenient.read(DocumentType.PROTOCOL, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

    assertThat(read.value()).isEqualTo(Protocol.standard());
    assertThat(read.ignoredFields()).containsExactly("/comment", "/\u00e9\ud83d\ude00");
  }
}
