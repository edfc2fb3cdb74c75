package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hipkit.json.BadInputTest.failure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hipkit.error.InvalidValueException;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.check.Concern;
import org.hipkit.check.DataProblem;
import org.hipkit.check.Fact;
import org.hipkit.check.Outcome;
import org.hipkit.check.RuleResult;
import org.hipkit.check.StaleFact;
import org.hipkit.check.Status;
import org.hipkit.check.Summary;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.profile.Control;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.catalog.HipCatalog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stored report cannot claim what its parts do not support: reading derives again everything it
 * can (scope, the results of plan-only rules, coverage of the checker's rules, the summary) and
 * refuses basis facts, missing facts and thresholds its rules do not use, and dates a report cannot
 * have. {@code hipkit.report/1} documents are read through the upgrader.
 */
class StoredReportTest {

  private static final HipJson JSON = HipJson.standard();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String REPORT = Fixtures.text("report.json");
  private static final LocalDate PROCEDURE = LocalDate.of(2026, 12, 1);
  private static final int ANTICOAGULATION = 4;

  /** The fixture report with an edit applied to its tree. */
  private static String edited(String document, Consumer<ObjectNode> edit) {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(document);
    edit.accept(tree);
    return MAPPER.writeValueAsString(tree);
  }

  private static ObjectNode result(ObjectNode report, int index) {
    return (ObjectNode) report.get("results").get(index);
  }

  private static void summary(ObjectNode report, String level, boolean incomplete, int flagged, int indeterminate) {
    ObjectNode summary = (ObjectNode) report.get("summary");
    summary.put("level", level);
    summary.put("incomplete", incomplete);
    summary.put("flagged", flagged);
    summary.put("indeterminate", indeterminate);
  }

  private static void status(ObjectNode result, String status) {
    result.put("status", status);
    result.remove("facts");
    result.remove("thresholds");
    result.remove("missing");
  }

  private static HipJsonException refused(String document, String pointer) {
    HipJsonException e = failure(() -> JSON.readReport(document));
    assertThat(e.problem()).as(e.getMessage()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer);
    return e;
  }

  @Test
  void everyResultNotApplicable_withANoneFoundSummary_isRefused() {
    String text =
        edited(
            REPORT,
            r -> {
              for (int i = 0; i < r.get("results").size(); i++) {
                status(result(r, i), "not-applicable");
              }
              summary(r, "none-found", false, 0, 0);
            });

    HipJsonException e = refused(text, "/results/0/status");
    assertThat(e.reason())
        .isEqualTo(
            "rule 'injection-suspected-joint-infection' applies to injection, which covers this plan,"
                + " so the checker evaluated it and it cannot be not-applicable");
  }

  @Test
  void aPlanOnlyRuleFlippedToNotFlagged_isRefused() {
    String text =
        edited(
            REPORT,
            r -> {
              status(result(r, 21), "not-flagged");
              summary(r, "defer", true, 9, 2);
            });

    HipJsonException e = refused(text, "/results/21/status");
    assertThat(e.reason())
        .startsWith("rule 'plan-contrast-without-fluoroscopy' reads only the plan, which gives flagged [");
  }

  @Test
  void aPlanOnlyRuleWithAnotherBasis_isRefused() {
    String text =
        edited(
            REPORT,
            r -> ((ObjectNode) result(r, 22).get("facts").get(0)).put("id", "hip-osteoarthritis"));

    refused(text, "/results/22/facts");
  }

  @Test
  void noResults_isRefused_forTheChecker_hasRules() {
    String text =
        edited(
            REPORT,
            r -> {
              ((ArrayNode) r.get("results")).removeAll();
              summary(r, "none-found", false, 0, 0);
            });

    HipJsonException e = refused(text, "/results");
    assertThat(e.reason()).startsWith("the report has no result of 29 rule(s) of the checker in use: ");
  }

  @Test
  void aReportLackingOneRule_isRefused() {
    String text = edited(REPORT, r -> ((ArrayNode) r.get("results")).remove(28));

    HipJsonException e = refused(text, "/results");
    assertThat(e.reason()).startsWith("the report has no result of 1 rule(s) of the checker in use: needling-bleeding-risk;");
  }

  @Test
  void aBasisFactTheRuleDoesNotRead_isRefused() {
    String text =
        edited(REPORT, r -> ((ObjectNode) result(r, 6).get("facts").get(0)).put("fact", "fever"));

    HipJsonException e = refused(text, "/results/6/facts/0/fact");
    assertThat(e.reason())
        .isEqualTo(
            "rule 'injection-blood-thinner-bruising' does not read fact 'fever'; a finding's basis"
                + " holds only facts its rule reads (it reads blood-thinner-use)");
  }

  @Test
  void aMissingFactTheRuleDoesNotRead_isRefused() {
    String text = edited(REPORT, r -> ((ArrayNode) result(r, 0).get("missing")).add("pregnancy"));

    HipJsonException e = refused(text, "/results/0/missing/1");
    assertThat(e.reason()).contains("does not read fact 'pregnancy'; only facts a rule reads can settle it");
  }

  @Test
  void aThresholdTheRuleDoesNotUse_isRefused() {
    String text =
        edited(
            REPORT,
            r ->
                ((ArrayNode) result(r, 6).get("thresholds"))
                    .addObject()
                    .put("name", "maxInr")
                    .put("value", new java.math.BigDecimal("2.5")));

    HipJsonException e = refused(text, "/results/6/thresholds/0/name");
    assertThat(e.reason()).isEqualTo("rule 'injection-blood-thinner-bruising' does not use threshold 'maxInr'; it uses none");
  }

  /** A report made half a year before the procedure, on an INR of the check date. */
  private static CheckReport earlyReport() {
    PatientProfile profile =
        PatientProfile.builder()
            .bloodThinnerUse(Presence.PRESENT)
            .addBloodThinner(HipCatalog.standard().medication("warfarin"))
            .inr(Measurement.inr("2.1", PROCEDURE.minusMonths(6)))
            .anticoagulationControl(ControlStatement.of(Control.CONTROLLED, PROCEDURE.plusDays(3)))
            .build();
    return Checker.standard().check(profile, Fixtures.reportPlan(), PROCEDURE.minusMonths(6));
  }

  @Test
  void staleFactsAndDataProblems_roundTrip_andValidate() {
    CheckReport report = earlyReport();
    assertThat(report.staleFacts()).containsExactly(new StaleFact(Fact.INR, PROCEDURE.minusMonths(6), 7));
    assertThat(report.dataProblems())
        .containsExactly(new DataProblem(Fact.ANTICOAGULATION_CONTROL, PROCEDURE.plusDays(3), PROCEDURE.minusMonths(6)));

    String json = JSON.writeReport(report);

    assertThat(json)
        .contains("\"staleFacts\":[{\"fact\":\"inr\",\"date\":\"2026-06-01\",\"maxAgeDays\":7}]")
        .contains(
            "\"dataProblems\":[{\"fact\":\"anticoagulation-control\",\"date\":\"2026-12-04\",\"judgedOn\":\"2026-06-01\"}]");
    assertThat(JSON.readReport(json)).isEqualTo(report);
    assertThat(Fixtures.schemaErrors(DocumentType.REPORT, json)).isEmpty();
  }

  @Test
  void aClearResultOfARuleThatReadsAWronglyDatedFact_isRefused() {
    String text = edited(JSON.writeReport(earlyReport()), r -> status(result(r, ANTICOAGULATION), "not-flagged"));

    HipJsonException e = refused(text, "/results/4/status");
    assertThat(e.reason()).contains("reads a fact the report lists as wrongly dated");
  }

  @Test
  void aStaleFactThatIsStillCurrentOnTheProcedureDate_isRefused() {
    String text =
        edited(
            REPORT,
            r ->
                ((ArrayNode) r.get("staleFacts"))
                    .addObject()
                    .put("fact", "inr")
                    .put("date", "2026-11-28")
                    .put("maxAgeDays", 5));

    HipJsonException e = refused(text, "/staleFacts/0");
    assertThat(e.reason()).startsWith("a stale fact must be too old on the procedure date 2026-12-01 to be stale");
  }

  @Test
  void aDataProblemJudgedOnTheWrongDate_isRefused() {
    String text =
        edited(
            JSON.writeReport(earlyReport()),
            r -> ((ObjectNode) r.get("dataProblems").get(0)).put("judgedOn", "2026-12-01"));

    HipJsonException e = refused(text, "/dataProblems/0");
    assertThat(e.reason()).contains("must be judged on 2026-06-01");
  }

  @Test
  void aDataProblemOfAFactNoApplicableRuleReads_isRefused() {
    Checker fewer = Checker.builder().removeRule("injection-uncontrolled-anticoagulation").build();
    HipJson reader = HipJson.builder().checker(fewer).build();
    CheckReport report = fewer.check(PatientProfile.unknown(), Fixtures.reportPlan());
    String text =
        edited(
            reader.writeReport(report),
            r ->
                ((ArrayNode) r.get("dataProblems"))
                    .addObject()
                    .put("fact", "inr")
                    .put("date", "2026-12-04")
                    .put("judgedOn", "2026-12-01"));

    HipJsonException e = failure(() -> reader.readReport(text));

    assertThat(e.pointer()).isEqualTo("/dataProblems/0/fact");
    assertThat(e.reason()).startsWith("no rule that applies to the plan reads fact 'inr'");
  }

  @Test
  void aCheckerWithoutRules_givesAReportThatIsNotClear_andReadsBackSo() {
    Checker none = Checker.builder().rules(List.of()).build();
    HipJson reader = HipJson.builder().checker(none).build();
    CheckReport report = none.check(PatientProfile.unknown(), Fixtures.reportPlan());

    CheckReport read = reader.readReport(reader.writeReport(report));

    assertThat(report.summary()).isEqualTo(new Summary(Concern.INCOMPLETE, true, 0, 0));
    assertThat(read).isEqualTo(report);
    String forgedClear = edited(reader.writeReport(report), r -> summary(r, "none-found", false, 0, 0));
    HipJsonException e = failure(() -> reader.readReport(forgedClear));
    assertThat(e.pointer()).isEqualTo("/summary/level");
  }

  @Test
  void aNotApplicableResultOfARuleThatApplies_isNotWritten() {
    CheckReport report = Fixtures.report();
    List<RuleResult> results = new ArrayList<>(report.results());
    results.set(1, new RuleResult(results.get(1).rule(), Outcome.notApplicable()));

    assertThatThrownBy(() -> JSON.writeReport(CheckReport.of(report.plan(), report.protocol(), report.asOf(), results)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at /results/1/status, rule 'injection-fever-with-severe-pain' applies to injection");
  }

  // ---- hipkit.report/1 ----

  /** A /2 document as version 1 wrote it: without the two lists. */
  private static String asVersion1(String document) {
    return edited(
        document,
        r -> {
          r.put("format", "hipkit.report/1");
          r.remove("staleFacts");
          r.remove("dataProblems");
        });
  }

  @Test
  void aVersion1Report_readsAsTheSameReport_whenMadeOnTheProcedureDate() {
    String text = Fixtures.text("report-1.json");
    assertThat(text).startsWith("{\n  \"format\": \"hipkit.report/1\"");

    CheckReport read = JSON.readReport(text);

    assertThat(read).isEqualTo(Fixtures.report());
    assertThat(read.asOf()).isEqualTo(read.procedureDate());
  }

  @Test
  void aVersion1Report_isHeldToTheSameChecks() {
    String text = edited(Fixtures.text("report-1.json"), r -> ((ObjectNode) result(r, 6).get("facts").get(0)).put("fact", "fever"));

    refused(text, "/results/6/facts/0/fact");
  }

  @Test
  void aVersion1Report_madeBeforeTheProcedure_keepsNoRuleOnDatedFactsClear() {
    PatientProfile profile =
        PatientProfile.builder()
            .bloodThinnerUse(Presence.PRESENT)
            .addBloodThinner(HipCatalog.standard().medication("warfarin"))
            .inr(Measurement.inr("2.1", PROCEDURE.minusDays(20)))
            .build();
    CheckReport judgedOnTheCheckDate = Checker.standard().check(profile, Fixtures.reportPlan(), PROCEDURE.minusDays(20));
    assertThat(judgedOnTheCheckDate.result("injection-uncontrolled-anticoagulation").status()).isEqualTo(Status.INDETERMINATE);
    // Version 1 judged the INR on the check date, where it was current: the rule read clear.
    String version1 =
        edited(
            asVersion1(JSON.writeReport(judgedOnTheCheckDate)),
            r -> {
              status(result(r, ANTICOAGULATION), "not-flagged");
              ObjectNode summary = (ObjectNode) r.get("summary");
              summary.put("indeterminate", summary.get("indeterminate").asInt() - 1);
            });

    CheckReport read = JSON.readReport(version1);

    assertThat(read.asOf()).isEqualTo(PROCEDURE.minusDays(20));
    assertThat(read.procedureDate()).isEqualTo(PROCEDURE);
    assertThat(read.result("injection-uncontrolled-anticoagulation").outcome())
        .isEqualTo(Outcome.indeterminate(Fact.INR, Fact.ANTICOAGULATION_CONTROL));
    assertThat(read.staleFacts()).isEmpty();
    assertThat(JSON.readReport(JSON.writeReport(read))).isEqualTo(read);
  }

  @Test
  void aVersion1Report_inWhichNothingApplied_keepsItsClearSummary_butReadsIncomplete() {
    Checker none = Checker.builder().rules(List.of()).build();
    HipJson reader = HipJson.builder().checker(none).build();
    String version1 =
        edited(
            asVersion1(reader.writeReport(none.check(PatientProfile.unknown(), Fixtures.reportPlan()))),
            r -> summary(r, "none-found", false, 0, 0));

    assertThat(reader.readReport(version1).summary().isClear()).isFalse();
  }

  @Test
  void theVersion1Schema_staysShipped_andTheVersion1FixtureValidates() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "schema", "report-1.schema.json"));
    String jar;
    try (InputStream in = DocumentType.class.getResourceAsStream("schema/report-1.schema.json")) {
      jar = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(jar).isEqualTo(docs);
    assertThat(Fixtures.schemaErrors(docs, Fixtures.text("report-1.json"))).isEmpty();
    assertThat(Fixtures.schemaErrors(docs, REPORT)).isNotEmpty();
  }
}
