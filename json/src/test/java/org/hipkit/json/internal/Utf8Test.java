package org.hipkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Utf8#firstInvalid} against table 3-7 of the Unicode Standard: the first and last valid
 * bytes of every row are accepted, whatever lies just outside is refused at the first byte of its
 * sequence, and so is a sequence cut off by the end of the input.
 */
class Utf8Test {

  /** Bytes from hex pairs separated by spaces, such as {@code "E0 A0 80"}. */
  private static byte[] hex(String pairs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String pair : pairs.trim().split(" +")) {
      out.write(Integer.parseInt(pair, 16));
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static final byte[] ASCII = "{\"a\": 1}".getBytes(StandardCharsets.US_ASCII);

  @Test
  void emptyAndAsciiInput_isValid() {
    assertThat(Utf8.firstInvalid(new byte[0])).isEqualTo(-1);
    assertThat(Utf8.firstInvalid(ASCII)).isEqualTo(-1);
    assertThat(Utf8.firstInvalid(hex("00 01 1F 20 7E 7F"))).isEqualTo(-1); // NUL to DEL: all ASCII
  }

  /** The lowest and highest sequence of every row of table 3-7, and a few between. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "C2 80", // U+0080
        "DF BF", // U+07FF
        "E0 A0 80", // U+0800
        "E0 BF BF", // U+0FFF
        "E1 80 80", // U+1000
        "E2 80 80", // U+2000
        "E2 82 BF", // U+20BF
        "EC BF BF", // U+CFFF
        "ED 80 80", // U+D000
        "ED 9F BF", // U+D7FF, the last before the surrogates
        "EE 80 80", // U+E000, the first after them
        "EF BF BF", // U+FFFF
        "F0 90 80 80", // U+10000
        "F0 BF BF BF", // U+3FFFF
        "F1 80 80 80", // U+40000
        "F3 BF BF BF", // U+FFFFF
        "F4 80 80 80", // U+100000
        "F4 8F BF BF" // U+10FFFF, the last code point
      })
  void wellFormedSequences_areValid_alsoAtTheVeryEndOfTheInput(String sequence) {
    byte[] bytes = hex(sequence);

    assertThat(Utf8.firstInvalid(bytes)).isEqualTo(-1);
    assertThat(Utf8.firstInvalid(concat(ASCII, bytes))).isEqualTo(-1);
    assertThat(Utf8.firstInvalid(concat(bytes, ASCII))).isEqualTo(-1);
    assertThat(Utf8.firstInvalid(concat(bytes, bytes))).isEqualTo(-1);
    assertThat(new String(bytes, StandardCharsets.UTF_8).codePointCount(0, 1)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "80", // a continuation byte with no lead
        "BF",
        "C0 80", // overlong forms of U+0000 and U+007F
        "C1 BF",
        "E0 80 80", // overlong three-byte forms
        "E0 9F BF",
        "ED A0 80", // U+D800, a surrogate
        "ED BF BF", // U+DFFF
        "F0 80 80 80", // overlong four-byte forms
        "F0 8F BF BF",
        "F4 90 80 80", // U+110000, beyond Unicode
        "F4 BF BF BF",
        "F5 80 80 80", // lead bytes that cannot occur
        "F8 88 80 80 80",
        "FE",
        "FF",
        "C3 28", // a lead byte followed by ASCII
        "C3 C3 A9", // a lead byte followed by another lead byte
        "E2 28 A1",
        "E2 82 28", // the third byte wrong
        "E2 82 7F",
        "E2 82 C0",
        "F0 9F 98 28", // the fourth byte wrong
        "F0 9F 98 C0",
        "F0 9F 28 80" // the third of four wrong
      })
  void illFormedSequences_areReportedAtTheirFirstByte(String sequence) {
    byte[] bytes = hex(sequence);

    assertThat(Utf8.firstInvalid(bytes)).isZero();
    assertThat(Utf8.firstInvalid(concat(ASCII, bytes))).isEqualTo(ASCII.length);
    assertThat(Utf8.firstInvalid(concat(hex("C3 A9 E2 82 AC F0 9F 98 80"), bytes, ASCII))).isEqualTo(9);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"C3", "E2", "E2 82", "F0", "F0 9F", "F0 9F 98", "F4 8F BF"})
  void sequencesCutOffByTheEndOfTheInput_areReportedAtTheirFirstByte(String start) {
    byte[] bytes = hex(start);

    assertThat(Utf8.firstInvalid(bytes)).isZero();
    assertThat(Utf8.firstInvalid(concat(ASCII, bytes))).isEqualTo(ASCII.length);
  }

  @Test
  void onlyTheFirstInvalidByteIsReported() {
    byte[] bytes = concat(ASCII, hex("C3 A9"), ASCII, hex("FF C0 80"), ASCII);

    assertThat(Utf8.firstInvalid(bytes)).isEqualTo(2 * ASCII.length + 2);
  }

  /** The JDK's decoder follows table 3-7 too: both must agree on every lead and second byte. */
  @Test
  void agreesWithTheJdkDecoder_onEveryLeadAndSecondByte() {
    List<String> disagreements = new ArrayList<>();
    for (int first = 0x80; first <= 0xFF; first++) {
      int length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2;
      for (int second = 0; second <= 0xFF; second++) {
        byte[] bytes = new byte[length];
        bytes[0] = (byte) first;
        bytes[1] = (byte) second;
        for (int k = 2; k < length; k++) {
          bytes[k] = (byte) 0x80;
        }

        if ((Utf8.firstInvalid(bytes) < 0) != jdkDecodes(bytes)) {
          disagreements.add(String.format("%02X %02X", first, second));
        }
      }
    }

    assertThat(disagreements).isEmpty();
  }

  private static final CharsetDecoder JDK =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  private static boolean jdkDecodes(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    return !JDK.reset().decode(in, CharBuffer.allocate(bytes.length), true).isError() && !in.hasRemaining();
  }
}
