package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reading a document from a stream takes every byte up to the end, whatever size the stream
 * announces and however it hands the bytes over, and stops one byte past the document limit.
 */
class StreamReadingTest {

  private static final byte[] DOCUMENT = new byte[20_000];

  static {
    new Random(7).nextBytes(DOCUMENT);
  }

  @Test
  void aStreamThatAnnouncesItsSize_isReadWhole() throws IOException {
    assertThat(HipJson.readAtMost(new ByteArrayInputStream(DOCUMENT), Integer.MAX_VALUE - 8))
        .isEqualTo(DOCUMENT);
  }

  @Test
  void aStreamThatAnnouncesNothing_andTricklesBytes_isReadWhole() throws IOException {
    assertThat(HipJson.readAtMost(new Trickle(DOCUMENT, 0, 1), Integer.MAX_VALUE - 8)).isEqualTo(DOCUMENT);
    assertThat(HipJson.readAtMost(new Trickle(DOCUMENT, 0, 777), Integer.MAX_VALUE - 8)).isEqualTo(DOCUMENT);
  }

  @Test
  void aStreamThatAnnouncesTooLittle_orTooMuch_isReadWhole() throws IOException {
    assertThat(HipJson.readAtMost(new Trickle(DOCUMENT, 100, 333), Integer.MAX_VALUE - 8)).isEqualTo(DOCUMENT);
    assertThat(HipJson.readAtMost(new Trickle(DOCUMENT, 50_000, 4096), Integer.MAX_VALUE - 8))
        .isEqualTo(DOCUMENT);
  }

  @Test
  void readingStopsAtTheLimit() throws IOException {
    assertThat(HipJson.readAtMost(new Trickle(DOCUMENT, 0, 3000), 12_345)).hasSize(12_345);
    assertThat(HipJson.readAtMost(new ByteArrayInputStream(DOCUMENT), 12_345)).hasSize(12_345);
    assertThat(HipJson.readAtMost(new ByteArrayInputStream(DOCUMENT), DOCUMENT.length)).isEqualTo(DOCUMENT);
  }

  @Test
  void anEmptyStream_givesNoBytes() throws IOException {
    assertThat(HipJson.readAtMost(new ByteArrayInputStream(new byte[0]), 100)).isEmpty();
    assertThat(HipJson.readAtMost(new Trickle(new byte[0], 10, 1), 100)).isEmpty();
  }

  @Test
  void aPlanReadFromATricklingStream_equalsThePlanReadFromText() {
    HipJson json = HipJson.standard();
    String text = json.writePlan(Fixtures.plan());
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    assertThat(json.readPlan(new Trickle(bytes, 0, 5))).isEqualTo(json.readPlan(text));
    assertThat(json.readPlan(new Trickle(bytes, 1, 64))).isEqualTo(json.readPlan(text));
  }

  /** Hands over at most {@code step} bytes per read and announces {@code announced} bytes. */
  private static final class Trickle extends FilterInputStream {
    private final int announced;
    private final int step;

    Trickle(byte[] bytes, int announced, int step) {
      super(new ByteArrayInputStream(bytes));
      this.announced = announced;
      this.step = step;
    }

    @Override
    public int available() {
      return announced;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, step));
    }
  }

  @Test
  void aZeroByteJustPastTheAnnouncedSize_isKept() throws IOException {
    byte[] bytes = {'a', 'b', 'c', 0, 'd'};

    assertThat(HipJson.readAtMost(new Trickle(bytes, 3, 100), 100)).isEqualTo(bytes);
  }
}
