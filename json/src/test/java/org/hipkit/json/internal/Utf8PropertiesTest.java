package org.hipkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Utf8#firstInvalid} against the JDK's strict UTF-8 decoder, on byte arrays that are mostly
 * ASCII (so that the eight-bytes-at-a-time path runs) with bytes of every other value mixed in.
 */
class Utf8PropertiesTest {

  @Test
  void bytesAreValidExactlyWhenTheJdkDecodesThem_andTheFirstInvalidOffsetEndsAValidPrefix() {
    qt().withExamples(20_000)
        .forAll(byteArrays())
        .checkAssert(
            bytes -> {
              int invalid = Utf8.firstInvalid(bytes);
              assertThat(invalid == -1).as(Arrays.toString(bytes)).isEqualTo(decodes(bytes));
              if (invalid >= 0) {
                assertThat(decodes(Arrays.copyOf(bytes, invalid))).isTrue();
              }
            });
  }

  private static boolean decodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Up to 40 bytes, each ASCII with probability about 7 in 8. */
  private static Gen<byte[]> byteArrays() {
    Gen<Integer> oneByte =
        integers().between(0, 7).zip(integers().between(0, 255), (pick, any) -> pick < 7 ? any & 0x7F : any);
    return lists().of(oneByte).ofSizeBetween(0, 40).map(Utf8PropertiesTest::toBytes);
  }

  private static byte[] toBytes(List<Integer> values) {
    byte[] bytes = new byte[values.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (int) values.get(i);
    }
    return bytes;
  }
}
