package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hipkit.anatomy.Depth;
import org.hipkit.anatomy.Region;
import org.hipkit.anatomy.Side;
import org.hipkit.anatomy.StructureKind;
import org.hipkit.anatomy.TargetKind;
import org.hipkit.check.Checker;
import org.hipkit.check.Concern;
import org.hipkit.check.Fact;
import org.hipkit.check.Status;
import org.hipkit.condition.ConditionKind;
import org.hipkit.course.Course;
import org.hipkit.course.ItemKind;
import org.hipkit.guidance.Accuracy;
import org.hipkit.guidance.ContrastUse;
import org.hipkit.intervention.AlternativeCategory;
import org.hipkit.intervention.EvidenceDirection;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.intervention.Purpose;
import org.hipkit.intervention.RiskFrequency;
import org.hipkit.intervention.RiskSeverity;
import org.hipkit.intervention.Setting;
import org.hipkit.medication.MedicationClass;
import org.hipkit.medication.Route;
import org.hipkit.profile.AllergenKind;
import org.hipkit.profile.Analyte;
import org.hipkit.profile.Control;
import org.hipkit.profile.HipSurgeryKind;
import org.hipkit.profile.Presence;
import org.hipkit.profile.SkinProblemKind;
import org.hipkit.quantity.RangeBasis;
import org.hipkit.quantity.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas (draft 2020-12) shipped in the jar and in {@code docs/schema}: the copies agree,
 * every document the module writes validates with a real validator, and the enums list exactly the
 * model's codes.
 */
class SchemaTest {

  private static final Path DOCS = Path.of("..", "docs", "schema");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static Stream<DocumentType<?>> types() {
    return DocumentType.values().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void jarCopy_isTheDocsCopy(DocumentType<?> type) throws IOException {
    Path docs = DOCS.resolve(type.kind() + "-" + type.version() + ".schema.json");

    assertThat(type.schema()).isEqualTo(Files.readString(docs));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void schema_isDraft202012_andPinsTheFormat(DocumentType<?> type) {
    JsonNode schema = MAPPER.readTree(type.schema());

    assertThat(schema.at("/$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.at("/properties/format/const").asString()).isEqualTo(type.format());
    assertThat(schema.at("/additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void schema_isReadFromTheJarOnce_andShared() {
    for (DocumentType<?> type : DocumentType.values()) {
      String schema = type.schema();

      assertThat(schema).as(type.kind()).startsWith("{").contains("\"" + type.format() + "\"");
      assertThat(type.schema()).isSameAs(schema);
    }
  }

  @Test
  void fixtures_validate() {
    assertThat(Fixtures.schemaErrors(DocumentType.PLAN, Fixtures.text("plan.json"))).isEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.PROFILE, Fixtures.text("profile.json"))).isEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.PROTOCOL, Fixtures.text("protocol.json"))).isEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.CATALOG, Fixtures.text("catalog.json"))).isEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.REPORT, Fixtures.text("report.json"))).isEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.COURSE, Fixtures.text("course.json"))).isEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.SCHEDULE, Fixtures.text("schedule.json"))).isEmpty();
  }

  @Test
  void writtenDocuments_validate() {
    HipJson json = HipJson.standard();

    assertThat(Fixtures.schemaErrors(DocumentType.PLAN, json.writePlan(Fixtures.readmePlan()))).isEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.PROFILE, json.writeProfile(org.hipkit.profile.PatientProfile.unknown())))
        .isEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.PROTOCOL, json.writeProtocol(org.hipkit.protocol.Protocol.standard())))
        .isEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.CATALOG, json.writeCatalog(Fixtures.STANDARD))).isEmpty();
    assertThat(
            Fixtures.schemaErrors(
                DocumentType.REPORT,
                json.writeReport(Checker.standard().check(org.hipkit.profile.PatientProfile.unknown(), Fixtures.readmePlan()))))
        .isEmpty();
    Course course = Course.of(Fixtures.readmePlan());
    assertThat(Fixtures.schemaErrors(DocumentType.COURSE, json.writeCourse(course))).isEmpty();
    assertThat(
            Fixtures.schemaErrors(
                DocumentType.SCHEDULE,
                json.writeSchedule(course.schedule(LocalTime.of(8, 30), ZoneOffset.ofHours(-5)))))
        .isEmpty();
  }

  @Test
  void schemas_areStrictToo() {
    String unknownField = Fixtures.text("plan.json").replace("\"side\"", "\"lot\": \"A17\",\n  \"side\"");
    String badCode = Fixtures.text("plan.json").replace("\"left\"", "\"middle\"");
    String noFormat = Fixtures.text("protocol.json").replace("\"format\": \"hipkit.protocol/1\",", "");

    assertThat(Fixtures.schemaErrors(DocumentType.PLAN, unknownField)).isNotEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.PLAN, badCode)).isNotEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.PROTOCOL, noFormat)).isNotEmpty();
  }

  @Test
  void profileSchema_holdsAllergensToTheirKind() {
    String profile = Fixtures.text("profile.json");
    String unresolved = "\"Penicillin \u2014 rash as a child, per patient\"";
    String spacedId = profile.replace("\"nsaid\"", "\"Non steroidal\"");
    String controlCharacter = profile.replace(unresolved, "\"Penicillin\\u0007\"");
    String blank = profile.replace(unresolved, "\"   \"");
    String tooLong = profile.replace(unresolved, "\"" + "x".repeat(201) + "\"");

    assertThat(profile).contains(unresolved);
    assertThat(Fixtures.schemaErrors(DocumentType.PROFILE, spacedId)).isNotEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.PROFILE, controlCharacter)).isNotEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.PROFILE, blank)).isNotEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.PROFILE, tooLong)).isNotEmpty();
  }

  @Test
  void catalogSchema_describesGroupsAndAliases() {
    String catalog = Fixtures.text("catalog.json");
    String aliasWithoutId = catalog.replace(",\n      \"id\": \"ropivacaine\"", "");
    String groupWithoutSources =
        catalog.replace(
            "\"description\": \"Local anesthetics of the amide type.\",\n      \"sources\": [",
            "\"description\": \"Local anesthetics of the amide type.\",\n      \"notes\": [");

    assertThat(Fixtures.schemaErrors(DocumentType.CATALOG, aliasWithoutId)).isNotEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.CATALOG, groupWithoutSources)).isNotEmpty();
  }

  @Test
  void reportSchema_holdsResultsToTheirStatus_andFactsToTheirShape() {
    String report = Fixtures.text("report.json");
    String factsWithoutFlag =
        report.replace(
            "\"status\": \"not-flagged\"\n",
            "\"status\": \"not-flagged\", \"facts\": [{\"fact\": \"fever\", \"presence\": \"present\"}]\n");
    String flagWithoutThresholds = report.replace(",\n      \"thresholds\": []", "");
    String wrongShape = report.replace("\"id\": \"intra-articular-hip\"", "\"presence\": \"present\"");
    String wrongThresholdType = report.replace("\"value\": 5\n", "\"value\": \"5\"\n");

    assertThat(Fixtures.schemaErrors(DocumentType.REPORT, factsWithoutFlag)).isNotEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.REPORT, flagWithoutThresholds)).isNotEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.REPORT, wrongShape)).isNotEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.REPORT, wrongThresholdType)).isNotEmpty();
  }

  @Test
  void scheduleSchema_needsOffsetsInItsDateTimes() {
    String schedule = Fixtures.text("schedule.json");

    assertThat(
            Fixtures.schemaErrors(
                DocumentType.SCHEDULE, schedule.replace("2027-03-26T09:00:00Z[Europe/London]", "2027-03-26T09:00:00[Europe/London]")))
        .isNotEmpty();
    assertThat(
            Fixtures.schemaErrors(
                DocumentType.SCHEDULE, schedule.replace("2027-03-26T09:00:00Z[Europe/London]", "2027-03-26T09:00:00.5+05:30")))
        .isEmpty();
  }

  static Stream<Arguments> enums() {
    return Stream.of(
        enumAt(DocumentType.PLAN, "/$defs/side/enum", Side.values(), Side::code),
        enumAt(DocumentType.PLAN, "/properties/purpose/enum", Purpose.values(), Purpose::code),
        enumAt(DocumentType.PROFILE, "/$defs/presence/enum", Presence.values(), Presence::code),
        enumAt(DocumentType.PROFILE, "/$defs/region/enum", Region.values(), Region::code),
        enumAt(DocumentType.PROFILE, "/$defs/controlStatement/properties/control/enum", Control.values(), Control::code),
        enumAt(DocumentType.PROFILE, "/$defs/allergy/properties/kind/enum", AllergenKind.values(), AllergenKind::code),
        enumAt(DocumentType.PROFILE, "/$defs/skinProblem/properties/kind/enum", SkinProblemKind.values(), SkinProblemKind::code),
        enumAt(DocumentType.PROFILE, "/$defs/hipSurgery/properties/kind/enum", HipSurgeryKind.values(), HipSurgeryKind::code),
        enumAt(DocumentType.CATALOG, "/$defs/timeRange/properties/unit/enum", TimeUnit.values(), TimeUnit::code),
        enumAt(DocumentType.CATALOG, "/$defs/timeRange/properties/basis/enum", RangeBasis.values(), RangeBasis::code),
        enumAt(DocumentType.CATALOG, "/$defs/frequency/properties/per/enum", TimeUnit.values(), TimeUnit::code),
        enumAt(DocumentType.CATALOG, "/$defs/structure/properties/kind/enum", StructureKind.values(), StructureKind::code),
        enumAt(DocumentType.CATALOG, "/$defs/structure/properties/depth/enum", Depth.values(), Depth::code),
        enumAt(DocumentType.CATALOG, "/$defs/region/enum", Region.values(), Region::code),
        enumAt(DocumentType.CATALOG, "/$defs/target/properties/kind/enum", TargetKind.values(), TargetKind::code),
        enumAt(DocumentType.CATALOG, "/$defs/condition/properties/kind/enum", ConditionKind.values(), ConditionKind::code),
        enumAt(DocumentType.CATALOG, "/$defs/medication/properties/medicationClass/enum", MedicationClass.values(), MedicationClass::code),
        enumAt(DocumentType.CATALOG, "/$defs/medication/properties/routes/items/enum", Route.values(), Route::code),
        enumAt(DocumentType.CATALOG, "/$defs/modality/properties/contrast/enum", ContrastUse.values(), ContrastUse::code),
        enumAt(DocumentType.CATALOG, "/$defs/modality/properties/accuracy/enum", Accuracy.values(), Accuracy::code),
        enumAt(DocumentType.CATALOG, "/$defs/intervention/properties/kind/enum", InterventionKind.values(), InterventionKind::code),
        enumAt(DocumentType.CATALOG, "/$defs/intervention/properties/purposes/items/enum", Purpose.values(), Purpose::code),
        enumAt(DocumentType.CATALOG, "/$defs/intervention/properties/medicationClasses/items/enum", MedicationClass.values(), MedicationClass::code),
        enumAt(DocumentType.CATALOG, "/$defs/intervention/properties/setting/enum", Setting.values(), Setting::code),
        enumAt(DocumentType.CATALOG, "/$defs/risk/properties/frequency/enum", RiskFrequency.values(), RiskFrequency::code),
        enumAt(DocumentType.CATALOG, "/$defs/risk/properties/severity/enum", RiskSeverity.values(), RiskSeverity::code),
        enumAt(DocumentType.CATALOG, "/$defs/evidence/properties/direction/enum", EvidenceDirection.values(), EvidenceDirection::code),
        enumAt(DocumentType.CATALOG, "/$defs/alternative/properties/category/enum", AlternativeCategory.values(), AlternativeCategory::code),
        enumAt(DocumentType.REPORT, "/$defs/side/enum", Side.values(), Side::code),
        enumAt(DocumentType.REPORT, "/$defs/purpose/enum", Purpose.values(), Purpose::code),
        enumAt(DocumentType.REPORT, "/$defs/presence/enum", Presence.values(), Presence::code),
        enumAt(DocumentType.REPORT, "/$defs/concern/enum", Concern.values(), Concern::code),
        enumAt(DocumentType.REPORT, "/$defs/status/enum", Status.values(), Status::code),
        enumAt(DocumentType.REPORT, "/$defs/factCode/enum", Fact.values(), Fact::code),
        Arguments.of(DocumentType.PROFILE, "/$defs/inr/properties/unit/enum", Analyte.INR.units()),
        Arguments.of(DocumentType.PROFILE, "/$defs/hba1c/properties/unit/enum", Analyte.HBA1C.units()),
        Arguments.of(DocumentType.REPORT, "/$defs/inr/properties/unit/enum", Analyte.INR.units()),
        Arguments.of(DocumentType.REPORT, "/$defs/hba1c/properties/unit/enum", Analyte.HBA1C.units()),
        enumAt(DocumentType.REPORT, "/$defs/fact/oneOf/0/properties/fact/enum",
            Arrays.stream(Fact.values()).filter(Fact::isScreeningFact).toArray(Fact[]::new), Fact::code),
        enumAt(DocumentType.COURSE, "/$defs/itemKind/enum", ItemKind.values(), ItemKind::code),
        enumAt(DocumentType.COURSE, "/$defs/timeRange/properties/unit/enum", TimeUnit.values(), TimeUnit::code),
        enumAt(DocumentType.SCHEDULE, "/$defs/itemKind/enum", ItemKind.values(), ItemKind::code),
        enumAt(DocumentType.SCHEDULE, "/$defs/timeRange/properties/basis/enum", RangeBasis.values(), RangeBasis::code));
  }

  private static <E> Arguments enumAt(DocumentType<?> type, String pointer, E[] constants, Function<E, String> code) {
    return Arguments.of(type, pointer, Arrays.stream(constants).map(code).toList());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("enums")
  void enums_listExactlyTheModelsCodes(DocumentType<?> type, String pointer, List<String> codes) {
    JsonNode values = MAPPER.readTree(type.schema()).at(pointer);

    assertThat(values.isArray()).as(pointer).isTrue();
    assertThat(values.valueStream().map(JsonNode::asString).toList()).isEqualTo(codes);
  }
}
