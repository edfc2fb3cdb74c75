package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.Checker;
import org.hipkit.json.HipJsonException.Problem;
import org.junit.jupiter.api.Test;

/**
 * The {@link HipJson} facade itself: what an instance is configured with, the two layouts it
 * writes, what it does with the caller's streams, and how it fails when a stream does.
 */
class HipJsonTest {

  private static final String PLAN = Fixtures.text("plan.json");

  @Test
  void standard_isStrictAndCompact_withTheStandardCatalogAndChecker() {
    HipJson json = HipJson.standard();

    assertThat(json.catalog()).isSameAs(HipCatalog.standard());
    assertThat(json.checker()).isSameAs(Checker.standard());
    assertThat(json.isLenient()).isFalse();
    assertThat(json.isPrettyPrint()).isFalse();
    assertThat(json.limits()).isEqualTo(JsonLimits.defaults());
    assertThat(HipJson.standard()).isSameAs(json);
  }

  @Test
  void builder_setsEverySetting_andChains() {
    HipCatalog catalog = Fixtures.catalog();
    Checker checker = Checker.builder().removeRule("injection-red-flags").build();
    JsonLimits limits = JsonLimits.builder().maxArrayLength(5).build();

    HipJson json =
        HipJson.builder()
            .catalog(catalog)
            .checker(checker)
            .lenient(true)
            .prettyPrint(true)
            .limits(limits)
            .build();

    assertThat(json.catalog()).isSameAs(catalog);
    assertThat(json.checker()).isSameAs(checker);
    assertThat(json.isLenient()).isTrue();
    assertThat(json.isPrettyPrint()).isTrue();
    assertThat(json.limits()).isSameAs(limits);
  }

  @Test
  void builder_canBeReused_eachBuildCopiesTheCurrentSettings() {
    HipJson.Builder builder = HipJson.builder().prettyPrint(true);
    HipJson pretty = builder.build();

    HipJson compact = builder.prettyPrint(false).lenient(true).build();

    assertThat(pretty.isPrettyPrint()).isTrue();
    assertThat(pretty.isLenient()).isFalse();
    assertThat(compact.isPrettyPrint()).isFalse();
    assertThat(compact.isLenient()).isTrue();
  }

  @Test
  void builder_refusesNulls() {
    assertThatThrownBy(() -> HipJson.builder().catalog(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("catalog");
    assertThatThrownBy(() -> HipJson.builder().checker(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("checker");
    assertThatThrownBy(() -> HipJson.builder().limits(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("limits");
  }

  @Test
  void prettyPrint_writesTheFixedIndentedLayout_withAFinalLineFeed() {
    HipJson pretty = HipJson.builder().prettyPrint(true).build();

    assertThat(pretty.writePlan(Fixtures.readmePlan()))
        .isEqualTo(
            """
            {
              "format": "hipkit.plan/1",
              "condition": "hip-osteoarthritis",
              "intervention": "corticosteroid-injection",
              "target": "intra-articular-hip",
              "side": "right",
              "purpose": "therapeutic",
              "components": [
                {
                  "medication": "triamcinolone",
                  "dose": {
                    "amount": 40,
                    "unit": "mg"
                  }
                },
                {
                  "medication": "lidocaine"
                }
              ],
              "modality": "ultrasound",
              "antiseptic": "chlorhexidine",
              "plannedDate": "2026-12-01",
              "sessions": 1
            }
            """);
    assertThat(HipJson.standard().writePlan(Fixtures.readmePlan())).doesNotContain("\n", " ");
  }

  @Test
  void prettyPrint_toAStream_isTheSameText() {
    HipJson pretty = HipJson.builder().prettyPrint(true).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    pretty.writePlan(Fixtures.plan(), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(PLAN).isEqualTo(pretty.writePlan(Fixtures.plan()));
  }

  /** Records what the writer does with the caller's stream. */
  private static final class WatchedStream extends ByteArrayOutputStream {
    boolean flushed;
    boolean closed;

    @Override
    public void flush() {
      flushed = true;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void writingToAStream_flushesIt_butLeavesItOpen() {
    WatchedStream out = new WatchedStream();

    HipJson.standard().writePlan(Fixtures.plan(), out);

    assertThat(out.flushed).isTrue();
    assertThat(out.closed).isFalse();
    assertThat(HipJson.standard().readPlan(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(Fixtures.plan());
  }

  @Test
  void readingAStream_leavesItOpen() {
    boolean[] closed = {false};
    ByteArrayInputStream in =
        new ByteArrayInputStream(PLAN.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    assertThat(HipJson.standard().readPlan(in)).isEqualTo(Fixtures.plan());
    assertThat(closed[0]).isFalse();
    assertThat(in.available()).isZero();
  }

  @Test
  void aFailingOutputStream_failsTheWrite_withItsIOException() {
    IOException full = new IOException("disk full");
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw full;
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw full;
          }
        };

    assertThatThrownBy(() -> HipJson.standard().writePlan(Fixtures.plan(), broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasCause(full);
    assertThatThrownBy(() -> HipJson.standard().write(DocumentType.PROTOCOL, Fixtures.protocol(), broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasCause(full);
  }

  @Test
  void emptyOrBlankInput_isMalformed_fromTextAndStreams() {
    for (String text : new String[] {"", " \n\t\r\n "}) {
      for (HipJsonException e :
          new HipJsonException[] {
            BadInputTest.failure(() -> HipJson.standard().readPlan(text)),
            BadInputTest.failure(
                () -> HipJson.standard().readPlan(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
          }) {
        assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
        assertThat(e.pointer()).isEmpty();
        assertThat(e.line()).isEqualTo(-1);
        assertThat(e.reason()).isEqualTo("the input is empty: it holds no JSON value");
      }
    }
  }

  /** A missing field is known only at the end of its object; the failure is found again at its start. */
  @Test
  void aFailureNoticedAtTheEndOfAnObject_isLocatedAtItsStart_inStreamsToo() {
    String text = PLAN.replace(",\n        \"unit\": \"mL\"", "");

    HipJsonException fromText = BadInputTest.failure(() -> HipJson.standard().readPlan(text));
    HipJsonException fromBytes =
        BadInputTest.failure(
            () -> HipJson.standard().readPlan(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));

    for (HipJsonException e : new HipJsonException[] {fromText, fromBytes}) {
      assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD);
      assertThat(e.pointer()).isEqualTo("/components/0/dose");
      BadInputTest.assertAt(e, text, "\"dose\"", 1);
    }
  }

  @Test
  void failureMessage_namesTheKindPointerLineAndColumn() {
    HipJsonException e =
        BadInputTest.failure(() -> HipJson.standard().readProtocol("{\"format\": \"hipkit.protocol/1\", \"maxInr\": \"3\"}"));

    assertThat(e.document()).isEqualTo("hipkit.protocol/1");
    assertThat(e.getMessage())
        .isEqualTo(
            "Cannot read hipkit.protocol document at /maxInr (line 1, column 43): must be a number, not a"
                + " string");
  }
}
