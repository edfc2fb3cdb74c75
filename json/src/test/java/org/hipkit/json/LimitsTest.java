package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hipkit.error.InvalidValueException;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.protocol.Protocol;
import org.hipkit.quantity.Dose;
import org.junit.jupiter.api.Test;

/** The limits on input: each fails fast with {@link Problem#LIMIT_EXCEEDED} and a located reason. */
class LimitsTest {

  private static final String PLAN = Fixtures.text("plan.json");
  private static final String HEAD = "{\"format\": \"hipkit.plan/1\", \"comment\": ";
  private static final HipJson LENIENT = HipJson.builder().lenient(true).build();

  // These tests bound the work a hostile input causes by counts (bytes taken from a stream, the
  // column where parsing stopped), never by the clock: timing belongs to the JMH benchmarks.

  /** A stream that counts the bytes a reader takes from it. */
  private static final class CountingStream extends java.io.FilterInputStream {
    long taken;

    CountingStream(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    public int read() throws java.io.IOException {
      int b = super.read();
      taken += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
      int n = super.read(buffer, offset, length);
      taken += Math.max(n, 0);
      return n;
    }
  }

  @Test
  void defaults_areDocumented() {
    JsonLimits limits = JsonLimits.defaults();

    assertThat(limits.maxDocumentLength()).isEqualTo(10_000_000L);
    assertThat(limits.maxNestingDepth()).isEqualTo(64);
    assertThat(limits.maxStringLength()).isEqualTo(100_000);
    assertThat(limits.maxNameLength()).isEqualTo(1_000);
    assertThat(limits.maxNumberLength()).isEqualTo(100);
    assertThat(limits.maxArrayLength()).isEqualTo(10_000);
    assertThat(HipJson.standard().limits()).isEqualTo(limits);
  }

  @Test
  void builder_refusesLimitsThatAreNotPositive() {
    assertThatThrownBy(() -> JsonLimits.builder().maxArrayLength(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid JsonLimits.maxArrayLength: must be positive (was 0)");
    assertThatThrownBy(() -> JsonLimits.builder().maxDocumentLength(-1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid JsonLimits.maxDocumentLength: must be positive (was -1)");
  }

  @Test
  void fiftyMegabyteString_failsBeforeParsing() {
    String text = HEAD + "\"" + "x".repeat(50_000_000) + "\"}";

    HipJsonException e = BadInputTest.failure(() -> LENIENT.read(DocumentType.PLAN, text));

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEmpty();
    // No place in the text: refused before a single token was parsed.
    assertThat(e.line()).isEqualTo(-1);
    assertThat(e.reason())
        .isEqualTo(
            "the document is too large: 50000042 characters, more than the limit of 10000000"
                + " (JsonLimits.maxDocumentLength)");
  }

  @Test
  void fiftyMegabyteStream_stopsReadingAtTheLimit() {
    byte[] bytes = (HEAD + "\"" + "x".repeat(50_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);

    CountingStream stream = new CountingStream(bytes);

    HipJsonException e = BadInputTest.failure(() -> LENIENT.read(DocumentType.PLAN, stream));

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    // The reader stops at the limit: it takes at most one buffer past 10 MB of the 50 MB offered.
    assertThat(stream.taken).isBetween(10_000_001L, 10_000_000L + 65_536);
    assertThat(e.reason()).startsWith("the document is too large: more than 10000000 bytes");
  }

  @Test
  void fiftyMegabyteString_underALargerDocumentLimit_failsOnTheStringLimit() {
    HipJson json =
        HipJson.builder()
            .lenient(true)
            .limits(JsonLimits.builder().maxDocumentLength(100_000_000).build())
            .build();
    String text = HEAD + "\"" + "x".repeat(50_000_000) + "\"}";

    HipJsonException e = BadInputTest.failure(() -> json.read(DocumentType.PLAN, text));

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/comment");
    assertThat(e.reason()).startsWith("the input exceeds a limit: String value length").contains("JsonLimits.maxStringLength");
  }

  @Test
  void hundredThousandDeepNesting_failsOnTheDepthLimit() {
    String text = HEAD + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    HipJsonException e = BadInputTest.failure(() -> LENIENT.read(DocumentType.PLAN, text));

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).startsWith("/comment/0/0/0");
    assertThat(e.line()).isEqualTo(1);
    // Parsing stopped at the 65th bracket, not the 100,000th.
    assertThat(e.column()).isLessThanOrEqualTo(HEAD.length() + 65);
    assertThat(e.reason()).startsWith("the input exceeds a limit: Document nesting depth (65) exceeds the maximum allowed (64, from JsonLimits.maxNestingDepth)");
  }

  @Test
  void hundredThousandDeepNesting_inStrictMode_failsAtTheFirstUnexpectedToken() {
    String deepArrays = "[".repeat(100_000) + "]".repeat(100_000);
    String deepObjects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);

    HipJsonException asDocument = BadInputTest.failure(() -> HipJson.standard().readPlan(deepArrays));
    HipJsonException asValue =
        BadInputTest.failure(
            () -> HipJson.standard().readPlan("{\"format\": \"hipkit.plan/1\", \"side\": " + deepObjects + "}"));

    assertThat(asDocument.problem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(asValue.problem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(asValue.pointer()).isEqualTo("/side");
    // Both stop at their first unexpected token, within the first few dozen characters.
    assertThat(asDocument.column()).isEqualTo(1);
    assertThat(asValue.column()).isLessThanOrEqualTo(40);
  }

  @Test
  void hundredThousandDeepNesting_underARaisedLimit_isSkippedWithoutExhaustingTheStack() {
    HipJson json =
        HipJson.builder()
            .lenient(true)
            .limits(JsonLimits.builder().maxNestingDepth(1_000_000).build())
            .build();
    String text =
        "{\"format\": \"hipkit.protocol/1\", \"comment\": " + "[{\"a\":".repeat(50_000) + "1"
            + "}]".repeat(50_000) + "}";

    ReadResult<?> result = json.read(DocumentType.PROTOCOL, text);

    assertThat(result.value()).isEqualTo(org.hipkit.protocol.Protocol.standard());
    assertThat(result.ignoredFields()).containsExactly("/comment");
  }

  @Test
  void nestingDepth_isConfigurable() {
    HipJson json = HipJson.builder().limits(JsonLimits.builder().maxNestingDepth(3).build()).build();

    HipJsonException e = BadInputTest.failure(() -> json.readPlan(PLAN));

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/components/0/dose");
    assertThat(e.line()).isEqualTo(11);
  }

  @Test
  void arrayLength() {
    HipJson json = HipJson.builder().limits(JsonLimits.builder().maxArrayLength(2).build()).build();

    HipJsonException e = BadInputTest.failure(() -> json.readPlan(PLAN));

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/components/2");
    assertThat(e.line()).isEqualTo(23);
    assertThat(e.reason())
        .isEqualTo("array is too long: it holds more than 2 elements (the array length limit)");
  }

  @Test
  void arrayLength_inIgnoredContent() {
    HipJson json =
        HipJson.builder().lenient(true).limits(JsonLimits.builder().maxArrayLength(2).build()).build();

    HipJsonException e = BadInputTest.failure(() -> json.read(DocumentType.PLAN, HEAD + "[1, 2, 3]}"));

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/comment/2");
  }

  @Test
  void numberLength_ofTheText() {
    String text = PLAN.replace("\"amount\": 2.5", "\"amount\": 2." + "5".repeat(200));

    HipJsonException e = BadInputTest.failure(() -> HipJson.standard().readPlan(text));

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/components/0/dose/amount");
    assertThat(e.reason()).contains("JsonLimits.maxNumberLength");
  }

  @Test
  void numberLength_writtenOut_refusesHugeExponents() {
    String text = PLAN.replace("\"amount\": 2.5", "\"amount\": 1e999999999");

    HipJsonException e = BadInputTest.failure(() -> HipJson.standard().readPlan(text));

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/components/0/dose/amount");
    assertThat(e.reason())
        .isEqualTo(
            "number is too long: written out without exponent it would need more than 100 digits"
                + " (the number length limit)");
  }

  /** Found by fuzzing: BigDecimal itself cannot hold such an exponent, and threw on reading it. */
  @Test
  void numberLength_writtenOut_refusesExponentsBeyondBigDecimal() {
    for (String exponent : List.of("1e9999999999", "7e777777777777777777777", "1e-9999999999", "1E2147483648")) {
      String text = PLAN.replace("\"amount\": 2.5", "\"amount\": " + exponent);

      HipJsonException fromText = BadInputTest.failure(() -> HipJson.standard().readPlan(text));
      HipJsonException fromBytes =
          BadInputTest.failure(
              () -> HipJson.standard().readPlan(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));

      for (HipJsonException e : List.of(fromText, fromBytes)) {
        assertThat(e.problem()).as(exponent).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.pointer()).isEqualTo("/components/0/dose/amount");
        assertThat(e.reason())
            .isEqualTo(
                "number is too long: written out without exponent it would need more than 100 digits"
                    + " (the number length limit)");
      }
    }
  }

  @Test
  void smallExponents_areReadAsTheNumberTheyMean() {
    String text = PLAN.replace("\"amount\": 2.5", "\"amount\": 25e-1").replace("\"amount\": 20", "\"amount\": 2E1");

    assertThat(HipJson.standard().readPlan(text)).isEqualTo(Fixtures.plan());
  }

  @Test
  void nameLength() {
    String text = HEAD + "1, \"" + "n".repeat(5_000) + "\": 1}";

    HipJsonException e = BadInputTest.failure(() -> LENIENT.read(DocumentType.PLAN, text));

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.reason()).contains("JsonLimits.maxNameLength");
  }

  // ---- each limit at its value and one past it

  private static HipJson limited(JsonLimits.Builder limits) {
    return HipJson.builder().lenient(true).limits(limits.build()).build();
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void documentLength_ofText_isAllowedUpToTheLimit() {
    HipJson atLimit = limited(JsonLimits.builder().maxDocumentLength(PLAN.length()));
    HipJson oneShort = limited(JsonLimits.builder().maxDocumentLength(PLAN.length() - 1));

    assertThat(atLimit.readPlan(PLAN)).isEqualTo(Fixtures.plan());
    HipJsonException e = BadInputTest.failure(() -> oneShort.readPlan(PLAN));

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEmpty();
    assertThat(e.line()).isEqualTo(-1);
    assertThat(e.column()).isEqualTo(-1);
    assertThat(e.reason())
        .isEqualTo(
            "the document is too large: " + PLAN.length() + " characters, more than the limit of "
                + (PLAN.length() - 1) + " (JsonLimits.maxDocumentLength)");
    assertThat(e.getMessage())
        .isEqualTo("Cannot read hipkit.plan document at the document root: " + e.reason());
  }

  @Test
  void documentLength_ofAStream_isAllowedUpToTheLimit() {
    int bytes = PLAN.getBytes(StandardCharsets.UTF_8).length;
    HipJson atLimit = limited(JsonLimits.builder().maxDocumentLength(bytes));
    HipJson oneShort = limited(JsonLimits.builder().maxDocumentLength(bytes - 1));

    assertThat(atLimit.readPlan(stream(PLAN))).isEqualTo(Fixtures.plan());
    HipJsonException e = BadInputTest.failure(() -> oneShort.readPlan(stream(PLAN)));

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEmpty();
    assertThat(e.line()).isEqualTo(-1);
    assertThat(e.reason())
        .isEqualTo(
            "the document is too large: more than " + (bytes - 1) + " bytes, more than the limit of "
                + (bytes - 1) + " (JsonLimits.maxDocumentLength)");
  }

  @Test
  void stringLength_isAllowedUpToTheLimit_inTextAndStreams() {
    HipJson json = limited(JsonLimits.builder().maxStringLength(20));
    String head = "{\"format\": \"hipkit.protocol/1\", \"comment\": ";
    String atLimit = head + "\"" + "x".repeat(20) + "\"}";
    String oneOver = head + "\"" + "x".repeat(21) + "\"}";

    assertThat(json.read(DocumentType.PROTOCOL, atLimit).ignoredFields()).containsExactly("/comment");
    assertThat(json.read(DocumentType.PROTOCOL, stream(atLimit)).ignoredFields()).containsExactly("/comment");
    for (HipJsonException e :
        List.of(
            BadInputTest.failure(() -> json.read(DocumentType.PROTOCOL, oneOver)),
            BadInputTest.failure(() -> json.read(DocumentType.PROTOCOL, stream(oneOver))))) {
      assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
      assertThat(e.pointer()).isEqualTo("/comment");
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(67); // just past the string: where the parser notices
      assertThat(e.reason())
          .isEqualTo(
              "the input exceeds a limit: String value length (21) exceeds the maximum allowed (20,"
                  + " from JsonLimits.maxStringLength)");
    }
  }

  @Test
  void stringLength_appliesToIgnoredContent_atAnyDepth() {
    HipJson json = limited(JsonLimits.builder().maxStringLength(20));
    String head = "{\"format\": \"hipkit.protocol/1\", \"comment\": {\"a\": [true, {\"b\": ";
    String atLimit = head + "\"" + "x".repeat(20) + "\"}]}}";
    String oneOver = head + "\"" + "x".repeat(21) + "\"}]}}";

    assertThat(json.read(DocumentType.PROTOCOL, atLimit).ignoredFields()).containsExactly("/comment");
    HipJsonException e = BadInputTest.failure(() -> json.read(DocumentType.PROTOCOL, oneOver));

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/comment/a/1/b");
    assertThat(e.reason()).startsWith("the input exceeds a limit: String value length (21)");
  }

  @Test
  void nameLength_isAllowedUpToTheLimit() {
    HipJson json = limited(JsonLimits.builder().maxNameLength(8));
    String atLimit = "{\"format\": \"hipkit.protocol/1\", \"" + "n".repeat(8) + "\": 1}";
    String oneOver = "{\"format\": \"hipkit.protocol/1\", \"" + "n".repeat(9) + "\": 1}";

    ReadResult<Protocol> read = json.read(DocumentType.PROTOCOL, atLimit);
    HipJsonException e = BadInputTest.failure(() -> json.read(DocumentType.PROTOCOL, oneOver));

    assertThat(read.value()).isEqualTo(Protocol.standard());
    assertThat(read.ignoredFields()).containsExactly("/nnnnnnnn");
    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    // The pointer is not pinned: Jackson fails before it records the new name, so it is that of
    // the member before (here /format), not the object the name is in.
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(44); // just past the name
    assertThat(e.reason())
        .isEqualTo(
            "the input exceeds a limit: Name length (9) exceeds the maximum allowed (8, from"
                + " JsonLimits.maxNameLength)");
  }

  @Test
  void numberLength_ofTheText_isAllowedUpToTheLimit() {
    HipJson json = limited(JsonLimits.builder().maxNumberLength(3));
    String atLimit = PLAN.replace("\"amount\": 2.5", "\"amount\": 111");
    String oneOver = PLAN.replace("\"amount\": 2.5", "\"amount\": 1111");

    TreatmentPlan read = json.readPlan(atLimit);
    HipJsonException e = BadInputTest.failure(() -> json.readPlan(oneOver));

    assertThat(read.components().get(0).dose()).contains(Dose.of("111", "mL"));
    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/components/0/dose/amount");
    assertThat(e.line()).isEqualTo(12);
    assertThat(e.column()).isEqualTo(23); // just past the number
    assertThat(e.reason())
        .isEqualTo(
            "the input exceeds a limit: Number value length (4) exceeds the maximum allowed (3, from"
                + " JsonLimits.maxNumberLength)");
  }

  @Test
  void numberLength_writtenOut_isAllowedUpToTheLimit() {
    HipJson json = limited(JsonLimits.builder().maxNumberLength(5));

    BigDecimal fiveDecimals = amount(json.readPlan(PLAN.replace("\"amount\": 2.5", "\"amount\": 1e-5")));
    BigDecimal fiveDigits = amount(json.readPlan(PLAN.replace("\"amount\": 2.5", "\"amount\": 1e4")));
    HipJsonException sixDecimals =
        BadInputTest.failure(() -> json.readPlan(PLAN.replace("\"amount\": 2.5", "\"amount\": 1e-6")));
    HipJsonException sixDigits =
        BadInputTest.failure(() -> json.readPlan(PLAN.replace("\"amount\": 2.5", "\"amount\": 1e5")));

    assertThat(fiveDecimals).isEqualTo(new BigDecimal("0.00001"));
    assertThat(fiveDigits).isEqualTo(new BigDecimal("10000")); // scale 0: written back as 10000, not 1E+4
    for (HipJsonException e : List.of(sixDecimals, sixDigits)) {
      assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
      assertThat(e.pointer()).isEqualTo("/components/0/dose/amount");
      assertThat(e.line()).isEqualTo(12);
      assertThat(e.column()).isEqualTo(19); // at the number: hipkit-json checks it once read
      assertThat(e.reason())
          .isEqualTo(
              "number is too long: written out without exponent it would need more than 5 digits"
                  + " (the number length limit)");
    }
  }

  private static BigDecimal amount(TreatmentPlan plan) {
    return plan.components().get(0).dose().orElseThrow().amount();
  }

  @Test
  void nestingDepth_isAllowedUpToTheLimit() {
    HipJson four = limited(JsonLimits.builder().maxNestingDepth(4)); // plan, components, component, dose
    HipJson three = limited(JsonLimits.builder().maxNestingDepth(3));

    assertThat(four.readPlan(PLAN)).isEqualTo(Fixtures.plan());
    assertThat(four.readPlan(stream(PLAN))).isEqualTo(Fixtures.plan());
    HipJsonException e = BadInputTest.failure(() -> three.readPlan(stream(PLAN)));

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/components/0/dose");
    assertThat(e.line()).isEqualTo(11);
    assertThat(e.column()).isEqualTo(16); // just past the dose's opening brace
    assertThat(e.reason())
        .isEqualTo(
            "the input exceeds a limit: Document nesting depth (4) exceeds the maximum allowed (3,"
                + " from JsonLimits.maxNestingDepth)");
  }

  @Test
  void arrayLength_isAllowedUpToTheLimit() {
    HipJson json = limited(JsonLimits.builder().maxArrayLength(3)); // the plan has three components

    assertThat(json.readPlan(PLAN)).isEqualTo(Fixtures.plan());
  }
}
