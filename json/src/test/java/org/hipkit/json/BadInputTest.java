package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hipkit.json.HipJsonException.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of bad input: each asserts the problem, the JSON Pointer, the line and column
 * where they mean something, and the reason.
 */
class BadInputTest {

  private static final HipJson JSON = HipJson.standard();
  private static final String PLAN = Fixtures.text("plan.json");
  private static final String PROFILE = Fixtures.text("profile.json");
  private static final String CATALOG = Fixtures.text("catalog.json");

  /** Runs a read that must fail, and returns its exception. */
  static HipJsonException failure(ThrowingCallable read) {
    HipJsonException e = catchThrowableOfType(HipJsonException.class, read);
    assertThat(e).as("a HipJsonException").isNotNull();
    return e;
  }

  /** Asserts that the failure is at the first character of the {@code n}th occurrence of {@code needle}. */
  static void assertAt(HipJsonException e, String text, String needle, int n) {
    int index = -1;
    for (int i = 0; i < n; i++) {
      index = text.indexOf(needle, index + 1);
    }
    assertThat(index).as("needle " + needle).isNotNegative();
    int line = 1 + (int) text.substring(0, index).chars().filter(c -> c == '\n').count();
    int column = index - text.lastIndexOf('\n', index - 1);
    assertThat(e.line()).as("line").isEqualTo(line);
    assertThat(e.column()).as("column").isEqualTo(column);
  }

  @Nested
  class MalformedJson {

    @Test
    void missingColon() {
      String text = PLAN.replace("\"side\": \"left\"", "\"side\" \"left\"");

      HipJsonException e = failure(() -> JSON.readPlan(text));

      assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
      assertThat(e.pointer()).isEqualTo("/side");
      assertAt(e, text, "\"left\"", 1);
      assertThat(e.reason()).startsWith("malformed JSON: ").contains("colon");
      assertThat(e.getMessage())
          .startsWith("Cannot read hipkit.plan document at /side (line 6, column 10): malformed JSON");
    }

    @Test
    void truncated() {
      String text = PLAN.substring(0, PLAN.indexOf("\"lidocaine\"") + 5);

      HipJsonException e = failure(() -> JSON.readPlan(text));

      assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
      assertThat(e.pointer()).isEqualTo("/components/1/medication");
      assertThat(e.line()).isEqualTo(17);
      assertThat(e.reason()).startsWith("the input ends too early (is it cut off?)");
    }

    @Test
    void contentAfterTheDocument() {
      String text = PLAN + "{}";

      HipJsonException e = failure(() -> JSON.readPlan(text));

      assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
      assertThat(e.pointer()).isEmpty();
      assertThat(e.line()).isEqualTo(33);
      assertThat(e.reason()).isEqualTo("found an object after the end of the document; the input must hold one JSON object only");
    }

    @Test
    void emptyInput() {
      HipJsonException e = failure(() -> JSON.readPlan(""));

      assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
      assertThat(e.pointer()).isEmpty();
      assertThat(e.line()).isEqualTo(-1);
      assertThat(e.getMessage())
          .isEqualTo(
              "Cannot read hipkit.plan document at the document root: the input is empty: it holds"
                  + " no JSON value");
    }

    @Test
    void invalidUtf8() {
      byte[] bytes = PLAN.replace("\"left\"", "\"l?ft\"").getBytes(StandardCharsets.UTF_8);
      int at = PLAN.indexOf("l?ft".replace('?', 'e'));
      bytes[at + 1] = (byte) 0xC3; // a lead byte followed by an ASCII byte
      bytes[at + 2] = (byte) 0x28;

      HipJsonException e = failure(() -> JSON.readPlan(new ByteArrayInputStream(bytes)));

      assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
      assertThat(e.pointer()).isEqualTo("/side");
      assertThat(e.line()).isEqualTo(6);
      assertThat(e.reason()).containsIgnoringCase("UTF-8");
    }

    /**
     * Found by fuzzing: Jackson takes a field name's bytes for a name it has seen before without
     * checking their UTF-8 ({@code "amou\xFFnt"} for {@code "amount"}), so the outcome depended on
     * what the instance had read before. Now such bytes are refused, at the name's object.
     */
    @Test
    void invalidUtf8InAFieldName_isRefused_whateverWasReadBefore() {
      HipJson lenient = HipJson.builder().lenient(true).build();
      String seen = PLAN.replace("\"side\": \"left\",", "\"side\": \"left\", \"note\": {\"amount\": 1},");
      assertThat(lenient.read(DocumentType.PLAN, seen).ignoredFields()).containsExactly("/note");
      assertThat(lenient.read(DocumentType.PLAN, stream(seen.getBytes(StandardCharsets.UTF_8))).ignoredFields())
          .containsExactly("/note"); // the instance has now seen "amount" as an unmatched name
      byte[] bytes = PLAN.replace("\"amount\": 20", "\"amou?nt\": 20").getBytes(StandardCharsets.UTF_8);
      int at = indexOf(bytes, "amou?nt") + 4;
      bytes[at] = (byte) 0xFF;
      byte[] inOneDocument = seen.replace("\"amount\": 20", "\"amou?nt\": 20").getBytes(StandardCharsets.UTF_8);
      inOneDocument[indexOf(inOneDocument, "amou?nt") + 4] = (byte) 0xFF;

      for (HipJson json : new HipJson[] {lenient, JSON, HipJson.builder().lenient(true).build()}) {
        HipJsonException e = failure(() -> json.read(DocumentType.PLAN, stream(bytes)));
        HipJsonException one = failure(() -> json.read(DocumentType.PLAN, stream(inOneDocument)));

        assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
        assertThat(e.pointer()).isEqualTo("/components/1/dose");
        assertThat(e.line()).isEqualTo(19);
        assertThat(e.column()).isEqualTo(14);
        assertThat(e.reason())
            .isEqualTo(
                "the input is not valid UTF-8: the byte 0xFF at byte offset " + at
                    + " does not begin a well-formed UTF-8 sequence");
        assertThat(one.problem()).isEqualTo(Problem.MALFORMED_JSON);
        assertThat(one.pointer()).isEqualTo("/components/1/dose");
      }
    }

    @Test
    void invalidUtf8_isLocatedAtItsFirstByte() {
      byte[] overlong = PLAN.replace("\"P7D\"", "\"P7D??\"").getBytes(StandardCharsets.UTF_8);
      int at = indexOf(overlong, "??");
      overlong[at] = (byte) 0xC0; // an overlong form of '/'
      overlong[at + 1] = (byte) 0xAF;
      byte[] surrogate = PLAN.replace("\"left\"", "\"???\"").getBytes(StandardCharsets.UTF_8);
      int s = indexOf(surrogate, "???");
      surrogate[s] = (byte) 0xED; // U+D800, which UTF-8 does not encode
      surrogate[s + 1] = (byte) 0xA0;
      surrogate[s + 2] = (byte) 0x80;
      byte[] cut = Arrays.copyOf(PLAN.getBytes(StandardCharsets.UTF_8), PLAN.length() + 1);
      cut[PLAN.length()] = (byte) 0xE2; // the first of three bytes, at the very end

      HipJsonException e1 = failure(() -> JSON.readPlan(stream(overlong)));
      HipJsonException e2 = failure(() -> JSON.readPlan(stream(surrogate)));
      HipJsonException e3 = failure(() -> JSON.readPlan(stream(cut)));

      assertThat(e1.pointer()).isEqualTo("/sessionInterval");
      assertThat(e1.reason()).contains("0xC0 at byte offset " + at);
      assertThat(e2.pointer()).isEqualTo("/side");
      assertThat(e2.line()).isEqualTo(6);
      assertThat(e2.column()).isEqualTo(12);
      assertThat(e3.pointer()).isEmpty();
      assertThat(e3.reason()).contains("0xE2 at byte offset " + PLAN.length());
      for (HipJsonException e : List.of(e1, e2, e3)) {
        assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
      }
    }

    @Test
    void byteOrderMark_isRefused() {
      byte[] plan = PLAN.getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[plan.length + 3];
      bytes[0] = (byte) 0xEF;
      bytes[1] = (byte) 0xBB;
      bytes[2] = (byte) 0xBF;
      System.arraycopy(plan, 0, bytes, 3, plan.length);

      HipJsonException e = failure(() -> JSON.readPlan(new ByteArrayInputStream(bytes)));

      assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
      assertThat(e.pointer()).isEmpty();
      assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void commentsAndTrailingCommasAreNotJson() {
      HipJsonException comment =
          failure(() -> JSON.readPlan(PLAN.replace("\"side\"", "/* the hip */ \"side\"")));
      HipJsonException comma = failure(() -> JSON.readPlan(PLAN.replace("\"P7D\"", "\"P7D\",")));

      assertThat(comment.problem()).isEqualTo(Problem.MALFORMED_JSON);
      assertThat(comma.problem()).isEqualTo(Problem.MALFORMED_JSON);
      assertThat(comma.line()).isEqualTo(32);
    }
  }

  @Nested
  class WrongType {

    @Test
    void stringForInteger() {
      String text = PLAN.replace("\"sessions\": 3", "\"sessions\": \"3\"");

      HipJsonException e = failure(() -> JSON.readPlan(text));

      assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE);
      assertThat(e.pointer()).isEqualTo("/sessions");
      assertAt(e, text, "\"3\"", 1);
      assertThat(e.reason()).isEqualTo("must be an integer, not a string");
    }

    @Test
    void stringForObject_inAnArray() {
      String text = PLAN.replace("{\n      \"medication\": \"contrast-dye\"\n    }", "\"contrast-dye\"");

      HipJsonException e = failure(() -> JSON.readPlan(text));

      assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE);
      assertThat(e.pointer()).isEqualTo("/components/2");
      assertAt(e, text, "\"contrast-dye\"", 1);
      assertThat(e.reason()).isEqualTo("must be an object (a medication component), not a string");
    }

    @Test
    void nullIsNeverAValue() {
      String text = PLAN.replace("\"povidone-iodine\"", "null");

      HipJsonException e = failure(() -> JSON.readPlan(text));

      assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE);
      assertThat(e.pointer()).isEqualTo("/antiseptic");
      assertThat(e.reason()).isEqualTo("must be a string, not null");
    }

    @Test
    void arrayForDocument() {
      HipJsonException e = failure(() -> JSON.readPlan("[" + PLAN + "]"));

      assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE);
      assertThat(e.pointer()).isEmpty();
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(1);
      assertThat(e.reason()).isEqualTo("must be an object (a hipkit.plan document), not an array");
    }

    @Test
    void decimalForInteger() {
      HipJsonException e =
          failure(() -> JSON.readPlan(PLAN.replace("\"sessions\": 3", "\"sessions\": 3.0")));

      assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE);
      assertThat(e.reason()).isEqualTo("must be an integer, not a decimal number");
    }
  }

  @Nested
  class MissingField {

    @Test
    void inTheDocument() {
      String text = PLAN.replace("  \"side\": \"left\",\n", "");

      HipJsonException e = failure(() -> JSON.readPlan(text));

      assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD);
      assertThat(e.pointer()).isEmpty();
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(1);
      assertThat(e.reason())
          .isEqualTo(
              "missing required field 'side' of a hipkit.plan document (required: 'format',"
                  + " 'condition', 'intervention', 'target', 'side', 'purpose', 'modality',"
                  + " 'plannedDate')");
    }

    @Test
    void inANestedObject_locatedAtTheObject() {
      String text = PLAN.replace(",\n        \"unit\": \"mL\"", "");

      HipJsonException e = failure(() -> JSON.readPlan(text));

      assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD);
      assertThat(e.pointer()).isEqualTo("/components/0/dose");
      assertAt(e, text, "\"dose\"", 1);
      assertThat(e.reason())
          .isEqualTo("missing required field 'unit' of a dose (required: 'amount', 'unit')");
    }

    @Test
    void formatMustComeFirst() {
      String text = PLAN.replace("  \"format\": \"hipkit.plan/1\",\n", "")
          .replace("\"sessions\": 3", "\"sessions\": 3,\n  \"format\": \"hipkit.plan/1\"");

      HipJsonException e = failure(() -> JSON.readPlan(text));

      assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD);
      assertThat(e.pointer()).isEqualTo("/format");
      assertThat(e.reason())
          .isEqualTo(
              "missing required field 'format': a hipkit document starts with \"format\":"
                  + " \"hipkit.plan/1\" (found 'condition' first)");
    }

    @Test
    void emptyObject() {
      HipJsonException e = failure(() -> JSON.readProtocol("{}"));

      assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD);
      assertThat(e.pointer()).isEqualTo("/format");
      assertThat(e.reason()).contains("\"format\": \"hipkit.protocol/1\"");
    }

    /** Issue 11: a misspelled or missing format was reported at different places. */
    @Test
    void misspelledFormatName_isTheMissingFormat_atTheSamePlace() {
      for (HipJson json : List.of(JSON, HipJson.builder().lenient(true).build())) {
        for (String text :
            List.of("{\"fromat\": \"hipkit.plan/1\"}", "{\"Format\": \"hipkit.plan/1\"}", "{}", "{\"format \": 1}")) {
          HipJsonException e = failure(() -> json.read(DocumentType.PLAN, text));

          assertThat(e.problem()).as(text).isEqualTo(Problem.MISSING_FIELD);
          assertThat(e.pointer()).as(text).isEqualTo("/format");
        }
      }
    }
  }

  @Nested
  class UnknownField {

    @Test
    void strictByDefault() {
      String text = PLAN.replace("\"medication\": \"lidocaine\",", "\"medication\": \"lidocaine\",\n      \"lot\": \"A17\",");

      HipJsonException e = failure(() -> JSON.readPlan(text));

      assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
      assertThat(e.pointer()).isEqualTo("/components/1/lot");
      assertAt(e, text, "\"lot\"", 1);
      assertThat(e.reason())
          .isEqualTo("unknown field 'lot' in a medication component (known fields: 'medication', 'dose')");
    }

    @Test
    void namesTheFieldMeant() {
      HipJsonException e =
          failure(() -> JSON.readPlan(PLAN.replace("\"sessions\"", "\"sesions\"")));

      assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
      assertThat(e.pointer()).isEqualTo("/sesions");
      assertThat(e.reason()).startsWith("unknown field 'sesions' in a hipkit.plan document; did you mean 'sessions'?");
    }

    @Test
    void typedReadsStayStrictOnALenientInstance() {
      HipJson lenient = HipJson.builder().lenient(true).build();

      HipJsonException e =
          failure(() -> lenient.readPlan(PLAN.replace("\"sessions\"", "\"comment\": 1, \"sessions\"")));

      assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
    }

    @Test
    void lenientReadsReportEveryIgnoredField() {
      HipJson lenient = HipJson.builder().lenient(true).build();
      String text =
          PLAN.replace("\"side\": \"left\",", "\"side\": \"left\",\n  \"comment\": {\"by\": [1, {\"x\": null}]},")
              .replace("\"unit\": \"mL\"", "\"unit\": \"mL\", \"lot\": \"A17\"");

      ReadResult<?> result = lenient.read(DocumentType.PLAN, text);

      assertThat(result.value()).isEqualTo(Fixtures.plan());
      assertThat(result.ignoredFields()).containsExactly("/comment", "/components/0/dose/lot");
      assertThat(result.hasIgnoredFields()).isTrue();
    }

    @Test
    void lenientReads_stillRejectDuplicateKeysInsideIgnoredContent() {
      HipJson lenient = HipJson.builder().lenient(true).build();
      String text = PLAN.replace("\"side\": \"left\",", "\"side\": \"left\", \"comment\": {\"a\": 1, \"a\": 2},");

      HipJsonException e = failure(() -> lenient.read(DocumentType.PLAN, text));

      assertThat(e.problem()).isEqualTo(Problem.DUPLICATE_KEY);
      assertThat(e.pointer()).isEqualTo("/comment/a");
    }

    @Test
    void strictReads_returnNoIgnoredFields() {
      ReadResult<?> result = JSON.read(DocumentType.PLAN, PLAN);

      assertThat(result.ignoredFields()).isEmpty();
      assertThat(result.hasIgnoredFields()).isFalse();
    }
  }

  @Nested
  class UnknownId {

    @Test
    void namesTheNearestKnownIds() {
      String text = PLAN.replace("\"lidocaine\"", "\"lidocain\"");

      HipJsonException e = failure(() -> JSON.readPlan(text));

      assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_ID);
      assertThat(e.pointer()).isEqualTo("/components/1/medication");
      assertAt(e, text, "\"lidocain\"", 1);
      assertThat(e.reason())
          .isEqualTo(
              "unknown medication id 'lidocain' in the catalog in use; nearest known ids: lidocaine,"
                  + " prilocaine");
    }

    @Test
    void resolvesAgainstTheConfiguredCatalog() {
      HipJson clinic = HipJson.builder().catalog(Fixtures.catalog()).build();

      HipJsonException e = failure(() -> clinic.readPlan(PLAN));

      assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_ID);
      assertThat(e.pointer()).isEqualTo("/condition");
      assertThat(e.reason()).startsWith("unknown condition id 'hip-osteoarthritis'");
    }

    @Test
    void inAProfile() {
      HipJsonException e = failure(() -> JSON.readProfile(PROFILE.replace("\"warfarin\"", "\"warfarine\"")));

      assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_ID);
      assertThat(e.pointer()).isEqualTo("/bloodThinners/0");
      assertThat(e.reason()).endsWith("nearest known ids: warfarin");
    }
  }

  @Nested
  class InvalidValue {

    @Test
    void modelInvariant_locatedAtTheFieldItNames() {
      String text = PLAN.replace("\"intra-articular-hip\"", "\"lateral-hip\"");

      HipJsonException e = failure(() -> JSON.readPlan(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/target");
      assertAt(e, text, "\"target\"", 1);
      assertThat(e.reason())
          .isEqualTo(
              "Invalid TreatmentPlan.target: must be one of the targets of intervention"
                  + " 'hyaluronic-acid-injection' [intra-articular-hip] (was lateral-hip)");
    }

    @Test
    void modelInvariant_inANestedValue() {
      String text = PLAN.replace("\"amount\": 2.5", "\"amount\": -2.5");

      HipJsonException e = failure(() -> JSON.readPlan(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/components/0/dose/amount");
      assertAt(e, text, "\"amount\"", 1);
      assertThat(e.reason()).isEqualTo("Invalid Dose.amount: must be greater than zero (was -2.5)");
    }

    @Test
    void modelInvariant_aboutAFieldThatIsAbsent_locatedAtTheObject() {
      String text = PLAN.replace(",\n  \"sessionInterval\": \"P7D\"", "");

      HipJsonException e = failure(() -> JSON.readPlan(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEmpty();
      assertThat(e.reason())
          .isEqualTo(
              "Invalid TreatmentPlan.sessionInterval: is required when there is more than one"
                  + " session (was 3 sessions)");
    }

    @Test
    void enumCode() {
      HipJsonException e = failure(() -> JSON.readPlan(PLAN.replace("\"left\"", "\"middle\"")));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/side");
      assertThat(e.reason()).isEqualTo("must be one of left, right (was 'middle')");
    }

    @Test
    void date() {
      HipJsonException e = failure(() -> JSON.readPlan(PLAN.replace("2026-12-01", "2026-13-01")));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/plannedDate");
      assertThat(e.reason()).isEqualTo("must be an ISO-8601 date such as 2026-12-01 (was '2026-13-01')");
    }

    @Test
    void period() {
      HipJsonException e = failure(() -> JSON.readPlan(PLAN.replace("\"P7D\"", "\"7 days\"")));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/sessionInterval");
      assertThat(e.reason()).startsWith("must be an ISO-8601 period such as P3M");
    }

    @Test
    void integerOutOfRange() {
      HipJsonException e =
          failure(() -> JSON.readPlan(PLAN.replace("\"sessions\": 3", "\"sessions\": 30000000000")));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/sessions");
      assertThat(e.reason()).isEqualTo("must be an integer from -2147483648 to 2147483647 (was 30000000000)");
    }

    @Test
    void profileDetailsNeedTheirFactPresent() {
      String text = PROFILE.replace("\"skinProblem\": \"present\"", "\"skinProblem\": \"unknown\"");

      HipJsonException e = failure(() -> JSON.readProfile(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/skinProblems");
      assertAt(e, text, "\"skinProblems\"", 1);
      assertThat(e.reason()).startsWith("Invalid PatientProfile.skinProblems: must be empty unless skinProblem is present");
    }

    @Test
    void medicationClassAllergen() {
      HipJsonException e = failure(() -> JSON.readProfile(PROFILE.replace("\"nsaid\"", "\"nsaids\"")));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/allergies/2/allergen");
      assertThat(e.reason()).startsWith("Invalid Allergy.allergen: must be a medication class code");
    }

    @Test
    void blankStatementNote() {
      String text =
          PROFILE.replace(
              "\"date\": \"2026-11-21\"", "\"date\": \"2026-11-21\",\n    \"note\": \" \"");

      HipJsonException e = failure(() -> JSON.readProfile(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/anticoagulationControl/note");
      assertThat(e.reason()).startsWith("Invalid ControlStatement.note: must not be blank");
    }

    @Test
    void interpretedRangeNeedsItsPhrase() {
      String text = CATALOG.replace(",\n        \"phrase\": \"a few days\"", "");

      HipJsonException e = failure(() -> JSON.readCatalog(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/medications/0/onset");
      assertThat(e.reason())
          .isEqualTo(
              "Invalid TimeRange.phrase: is required when the range is interpreted from a phrase"
                  + " (was empty)");
    }

    @Test
    void catalogCrossReference_locatedAtTheElement() {
      String text = CATALOG.replace("\"ct-guidance\"\n      ],\n      \"medicationClasses\"", "\"mri-guidance\"\n      ],\n      \"medicationClasses\"");

      HipJsonException e = failure(() -> JSON.readCatalog(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/interventions/0/modalities/0");
      assertAt(e, text, "\"mri-guidance\"", 1);
      assertThat(e.reason())
          .isEqualTo(
              "Invalid HipCatalog.sacroiliac-joint-injection.modalities: must name a modality of the"
                  + " catalog; nearest: [ct-guidance] (was mri-guidance)");
    }

    @Test
    void catalogCrossReference_inEvidence() {
      String text = CATALOG.replace("\"sacroiliac-joint-pain\"\n          ],\n          \"modalities\"", "\"sacroiliac-pain\"\n          ],\n          \"modalities\"");

      HipJsonException e = failure(() -> JSON.readCatalog(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/interventions/0/evidence/0/conditions/0");
      assertAt(e, text, "\"sacroiliac-pain\"", 1);
    }

    @Test
    void catalogIdsAreUniqueAcrossKinds() {
      String text = CATALOG.replace("\"id\": \"pelvic-physiotherapy\"", "\"id\": \"sacroiliac-joint-pain\"")
          .replace("\"alternatives\": [\n        \"pelvic-physiotherapy\"", "\"alternatives\": [\n        \"sacroiliac-joint-pain\"");

      HipJsonException e = failure(() -> JSON.readCatalog(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/alternatives/0/id");
      assertThat(e.reason()).startsWith("Invalid HipCatalog.id: must be unique across all entries");
    }
  }

  @Nested
  class DuplicateKey {

    @Test
    void secondOccurrenceIsReported() {
      String text = PLAN.replace("\"sessions\": 3", "\"sessions\": 3,\n  \"sessions\": 4");

      HipJsonException e = failure(() -> JSON.readPlan(text));

      assertThat(e.problem()).isEqualTo(Problem.DUPLICATE_KEY);
      assertThat(e.pointer()).isEqualTo("/sessions");
      assertAt(e, text, "\"sessions\"", 2);
      assertThat(e.reason()).isEqualTo("duplicate key 'sessions': a field may appear only once");
    }

    @Test
    void formatTwice() {
      HipJsonException e =
          failure(() -> JSON.readPlan(PLAN.replace("\"sessions\": 3", "\"sessions\": 3, \"format\": \"hipkit.plan/1\"")));

      assertThat(e.problem()).isEqualTo(Problem.DUPLICATE_KEY);
      assertThat(e.pointer()).isEqualTo("/format");
    }
  }

  @Nested
  class Versions {

    @Test
    void newerMajorVersion() {
      String text = PLAN.replace("hipkit.plan/1", "hipkit.plan/2");

      HipJsonException e = failure(() -> JSON.readPlan(text));

      assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_VERSION);
      assertThat(e.pointer()).isEqualTo("/format");
      assertAt(e, text, "\"hipkit.plan/2\"", 1);
      assertThat(e.reason())
          .isEqualTo(
              "hipkit.plan/2 is newer than this hipkit-json, which reads hipkit.plan/1 and older;"
                  + " upgrade hipkit-json to read it");
    }

    @Test
    void malformedVersion() {
      HipJsonException e = failure(() -> JSON.readPlan(PLAN.replace("hipkit.plan/1", "hipkit.plan/v1")));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/format");
    }

    @Test
    void versionZeroDoesNotExist() {
      HipJsonException e = failure(() -> JSON.readPlan(PLAN.replace("hipkit.plan/1", "hipkit.plan/0")));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.reason()).contains("1 or more");
    }
  }

  @Nested
  class WrongKind {

    @Test
    void profileReadAsPlan() {
      HipJsonException e = failure(() -> JSON.readPlan(PROFILE));

      assertThat(e.problem()).isEqualTo(Problem.WRONG_KIND);
      assertThat(e.pointer()).isEqualTo("/format");
      assertAt(e, PROFILE, "\"hipkit.profile/2\"", 1);
      assertThat(e.reason())
          .isEqualTo("this is a hipkit.profile document, not a hipkit.plan document; read it as a profile");
    }

    @Test
    void notAHipkitDocument() {
      HipJsonException e = failure(() -> JSON.readPlan("{\"format\": \"acme.order/3\"}"));

      assertThat(e.problem()).isEqualTo(Problem.WRONG_KIND);
      assertThat(e.reason()).startsWith("format must be 'hipkit.<kind>/<major version>'");
    }
  }

  @Nested
  class InputFailure {

    @Test
    void failingStream() {
      InputStream broken =
          new InputStream() {
            @Override
            public int read() throws IOException {
              throw new IOException("disk on fire");
            }
          };

      HipJsonException e = failure(() -> JSON.readPlan(broken));

      assertThat(e.problem()).isEqualTo(Problem.INPUT_FAILURE);
      assertThat(e.pointer()).isEmpty();
      assertThat(e.line()).isEqualTo(-1);
      assertThat(e.reason()).contains("disk on fire");
      assertThat(e.getCause()).isInstanceOf(IOException.class);
    }
  }

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private static int indexOf(byte[] bytes, String ascii) {
    byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (bytes[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError(ascii + " not found");
  }
}
