package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hipkit.check.Concern;
import org.hipkit.check.Fact;
import org.hipkit.check.Status;
import org.hipkit.course.Course;
import org.hipkit.course.ItemKind;
import org.hipkit.course.Schedule;
import org.hipkit.json.internal.Documents;
import org.hipkit.json.internal.PlanCodecs;
import org.hipkit.json.internal.ProfileCodecs;
import org.hipkit.json.internal.ProtocolCodecs;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/json-format.md that are not about one document: names follow the model,
 * absent fields read as the documented defaults, output is deterministic, the API is safe to share.
 */
class FormatContractTest {

  private static final HipJson JSON = HipJson.standard();

  @Test
  void documentTypes_nameTheirFormats() {
    assertThat(DocumentType.values().stream().map(DocumentType::format))
        .containsExactly(
            "hipkit.plan/1",
            "hipkit.profile/2",
            "hipkit.protocol/1",
            "hipkit.catalog/2",
            "hipkit.report/2",
            "hipkit.course/1",
            "hipkit.schedule/1");
    assertThat(DocumentType.PLAN.valueType()).isEqualTo(TreatmentPlan.class);
    assertThat(DocumentType.PLAN.kind()).isEqualTo("plan");
    assertThat(DocumentType.PLAN.version()).isEqualTo(1);
    assertThat(DocumentType.PLAN).hasToString("hipkit.plan/1");
  }

  @Test
  void everyKind_readsItsMajorVersion_andRefusesTheNextOne() {
    for (DocumentType<?> type : DocumentType.values()) {
      String text = Fixtures.text(type.kind() + ".json");
      String newer = "hipkit." + type.kind() + "/" + (type.version() + 1);
      String next = text.replace("\"" + type.format() + "\"", "\"" + newer + "\"");

      assertThat(JSON.read(type, text).value()).as(type.kind()).isInstanceOf(type.valueType());
      HipJsonException e = BadInputTest.failure(() -> JSON.read(type, next));

      assertThat(e.problem()).as(type.kind()).isEqualTo(HipJsonException.Problem.UNSUPPORTED_VERSION);
      assertThat(e.pointer()).isEqualTo("/format");
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.column()).isEqualTo(13);
      assertThat(e.reason())
          .isEqualTo(
              newer + " is newer than this hipkit-json, which reads " + type.format()
                  + " and older; upgrade hipkit-json to read it");
    }
  }

  /** The codes of one row of the code table in section 8 of docs/json-format.md. */
  private static List<String> documentedCodes(String codeType) throws IOException {
    String row =
        Files.readAllLines(Path.of("..", "docs", "json-format.md")).stream()
            .filter(line -> line.startsWith("| " + codeType + " | "))
            .findFirst()
            .orElseThrow();
    List<String> codes = new ArrayList<>();
    Matcher m = Pattern.compile("`([^`]+)`").matcher(row.substring(row.indexOf(" | ") + 3));
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  @Test
  void docs_listTheCodesOfReportsAndCourses() throws IOException {
    assertThat(documentedCodes("concern")).isEqualTo(Arrays.stream(Concern.values()).map(Concern::code).toList());
    assertThat(documentedCodes("status")).isEqualTo(Arrays.stream(Status.values()).map(Status::code).toList());
    assertThat(documentedCodes("fact")).isEqualTo(Arrays.stream(Fact.values()).map(Fact::code).toList());
    assertThat(documentedCodes("item kind")).isEqualTo(Arrays.stream(ItemKind.values()).map(ItemKind::code).toList());
    assertThat(documentedCodes("allergen kind"))
        .isEqualTo(Arrays.stream(org.hipkit.profile.AllergenKind.values()).map(org.hipkit.profile.AllergenKind::code).toList());
  }

  @Test
  void embeddedPlansAndProtocols_haveTheFieldsOfTheirDocuments() {
    List<String> protocolFields = new ArrayList<>(Documents.PROTOCOL.body().fieldNames());
    protocolFields.remove("format");

    assertThat(ProtocolCodecs.PROTOCOL_OBJECT.fieldNames()).isEqualTo(protocolFields);
    assertThat(PlanCodecs.PLAN_OBJECT.fieldNames())
        .isEqualTo(Documents.PLAN.body().fieldNames().subList(1, Documents.PLAN.body().fieldNames().size()));
    assertThat(Documents.REPORT.body().fieldNames())
        .containsExactly(
            "format", "plan", "protocol", "asOf", "staleFacts", "dataProblems", "summary", "results");
    assertThat(Documents.SCHEDULE.body().fieldNames())
        .containsExactly("format", "plan", "protocol", "start", "items", "notes");
  }

  @Test
  void protocol_writesEveryThresholdByItsName_inTheModelsOrder() {
    List<String> expected = new ArrayList<>(List.of("format", "id"));
    expected.addAll(Protocol.standard().thresholds().keySet());

    assertThat(Documents.PROTOCOL.body().fieldNames()).isEqualTo(expected);
  }

  @Test
  void profile_writesEveryScreeningFact() {
    List<String> facts =
        Arrays.stream(PatientProfile.class.getMethods())
            .filter(m -> m.getReturnType() == Presence.class && m.getParameterCount() == 0)
            .filter(m -> !Modifier.isStatic(m.getModifiers()))
            .map(Method::getName)
            .toList();

    assertThat(ProfileCodecs.factNames()).containsExactlyInAnyOrderElementsOf(facts);
  }

  @Test
  void profile_missingFactsReadAsUnknown_missingListsAsEmpty() {
    PatientProfile read = JSON.readProfile("{\"format\": \"hipkit.profile/1\", \"diabetes\": \"present\"}");

    assertThat(read).isEqualTo(PatientProfile.builder().diabetes(Presence.PRESENT).build());
    assertThat(read.fever()).isEqualTo(Presence.UNKNOWN);
    assertThat(read.allergies()).isEmpty();
  }

  @Test
  void protocol_missingThresholdsReadAsTheDefaults() {
    Protocol read = JSON.readProtocol("{\"format\": \"hipkit.protocol/1\", \"maxInr\": 2.5}");

    assertThat(read).isEqualTo(Protocol.builder().maxInr(new BigDecimal("2.5")).build());
    assertThat(JSON.readProtocol("{\"format\": \"hipkit.protocol/1\"}")).isEqualTo(Protocol.standard());
  }

  @Test
  void plan_missingSessionsReadsAsOne_missingComponentsAsNone() {
    String needling =
        "{\"format\": \"hipkit.plan/1\", \"condition\": \"myofascial-hip-pain\", \"intervention\":"
            + " \"dry-needling\", \"target\": \"gluteal-trigger-points\", \"side\": \"left\","
            + " \"purpose\": \"therapeutic\", \"modality\": \"landmark\", \"plannedDate\": \"2026-12-01\"}";

    TreatmentPlan plan = JSON.readPlan(needling);

    assertThat(plan.sessions()).isEqualTo(1);
    assertThat(plan.components()).isEmpty();
    assertThat(JSON.writePlan(plan)).contains("\"components\":[]").endsWith("\"sessions\":1}");
  }

  @Test
  void decimals_keepTheirScale_andAreWrittenPlain() {
    Protocol protocol = Protocol.builder().maxInr(new BigDecimal("2.50")).maxHba1cPercent(new BigDecimal("1E+1")).build();

    String written = JSON.writeProtocol(protocol);

    assertThat(written).contains("\"maxInr\":2.50").contains("\"maxHba1cPercent\":10,");
    assertThat(JSON.readProtocol(written).maxInr()).isEqualTo(new BigDecimal("2.50"));
  }

  @Test
  void zonedDateTimes_keepZoneAndOffset_evenInTheHourThatRepeats() {
    Course course = Fixtures.course();
    ZoneId london = ZoneId.of("Europe/London");
    ZonedDateTime firstPass = ZonedDateTime.of(LocalDateTime.of(2027, 10, 31, 1, 30), london).withEarlierOffsetAtOverlap();
    ZonedDateTime secondPass = firstPass.withLaterOffsetAtOverlap();
    ZonedDateTime fixed = ZonedDateTime.of(2026, 12, 1, 8, 30, 0, 500_000_000, ZoneOffset.ofHours(-5));

    for (ZonedDateTime start : List.of(firstPass, secondPass, fixed, firstPass.withZoneSameInstant(ZoneId.of("UTC")))) {
      Schedule schedule = course.schedule(start);
      assertThat(JSON.readSchedule(JSON.writeSchedule(schedule))).isEqualTo(schedule);
    }
    assertThat(JSON.writeSchedule(course.schedule(firstPass))).contains("\"start\":\"2027-10-31T01:30:00+01:00[Europe/London]\"");
    assertThat(JSON.writeSchedule(course.schedule(secondPass))).contains("\"start\":\"2027-10-31T01:30:00Z[Europe/London]\"");
    assertThat(JSON.writeSchedule(course.schedule(fixed))).contains("\"start\":\"2026-12-01T08:30:00.5-05:00\"");
  }

  @Test
  void strings_areEscapedTheSameWayEverywhere() {
    Protocol protocol = Protocol.standard();
    String text = Fixtures.text("catalog.json");

    assertThat(text).contains("https://example.org/clinic-codes").contains("\u2014");
    assertThat(JSON.writeProtocol(protocol)).doesNotContain("\\/");
  }

  @Test
  void prettyOutput_endsWithALineFeed_compactOutputDoesNot() {
    assertThat(Fixtures.PRETTY.writeProtocol(Protocol.standard())).endsWith("}\n").doesNotContain("\r");
    assertThat(JSON.writeProtocol(Protocol.standard())).endsWith("}").doesNotContain("\n");
  }

  @Test
  void oneInstance_isSafeToShareBetweenThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(
            pool.submit(
                () ->
                    Fixtures.PRETTY.readPlan(Fixtures.PRETTY.writePlan(Fixtures.plan())).equals(Fixtures.plan())
                        && Fixtures.PRETTY.writeProfile(Fixtures.profile()).equals(Fixtures.text("profile.json"))));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void nullArguments_areProgrammingErrors() {
    assertThatThrownBy(() -> JSON.readPlan((String) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JSON.writePlan(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void publicTypes_areFinal() {
    for (Class<?> type :
        List.of(HipJson.class, HipJsonModule.class, HipJsonException.class, JsonLimits.class, ReadResult.class, DocumentType.class)) {
      assertThat(Modifier.isFinal(type.getModifiers())).as(type.getSimpleName()).isTrue();
    }
  }
}
