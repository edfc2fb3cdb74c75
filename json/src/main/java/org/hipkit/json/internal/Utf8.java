package org.hipkit.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are well-formed UTF-8 (the Unicode Standard, table 3-7: no overlong forms, no
 * encoded surrogates, nothing above U+10FFFF) before Jackson parses them.
 *
 * <p>Jackson's byte parser (3.2.4) checks the UTF-8 of a field name only when it decodes the name,
 * and it does not decode a name whose bytes its table of names already holds. It looks names up by
 * groups of four bytes, padding the last group with {@code 0xFF} bytes, which UTF-8 never holds; so
 * the bytes of {@code "amou\xFFnt"} look up as those of {@code "amount"}. Once an instance has
 * seen {@code amount} as a name that no field matched (inside an unknown field skipped by a
 * lenient read, say), it takes the invalid name for {@code amount}: the same bytes are refused by
 * a fresh instance and read by a used one. Found by fuzzing ({@code JsonReadFuzzTest}); checking
 * the bytes first makes the outcome depend on the input alone.
 */
public final class Utf8 {

  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The high bit of each of a word's eight bytes: all clear when the eight are ASCII. */
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8() {}

  /**
   * Returns the offset of the first byte that does not begin a well-formed UTF-8 sequence.
   *
   * @param bytes the input
   * @return the offset, or -1 when all the bytes are well-formed UTF-8
   */
  public static int firstInvalid(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      // Eight ASCII bytes at a time: documents are mostly ASCII.
      if (i + Long.BYTES <= n && ((long) WORDS.get(bytes, i) & HIGH_BITS) == 0) {
        i += Long.BYTES;
        continue;
      }
      int b = bytes[i];
      if (b >= 0) { // ASCII, the common case
        i++;
        continue;
      }
      b &= 0xFF;
      int length;
      int low = 0x80;
      int high = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        if (b == 0xE0) {
          low = 0xA0; // no overlong forms
        } else if (b == 0xED) {
          high = 0x9F; // no surrogates
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        if (b == 0xF0) {
          low = 0x90; // no overlong forms
        } else if (b == 0xF4) {
          high = 0x8F; // nothing above U+10FFFF
        }
      } else {
        return i; // a continuation byte, C0, C1 or F5 to FF
      }
      if (i + length > n) {
        return i;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < low || second > high) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        int next = bytes[i + k] & 0xFF;
        if (next < 0x80 || next > 0xBF) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }
}
