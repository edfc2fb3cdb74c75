package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hipkit.json.BadInputTest.assertAt;
import static org.hipkit.json.BadInputTest.failure;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.hipkit.error.InvalidValueException;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.check.Fact;
import org.hipkit.check.FactValue;
import org.hipkit.check.Outcome;
import org.hipkit.check.Rule;
import org.hipkit.check.RuleDescription;
import org.hipkit.check.RuleResult;
import org.hipkit.check.StandardRules;
import org.hipkit.check.ThresholdValue;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.profile.Presence;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The failures that reports, courses and schedules add: rules resolved against the checker, values
 * of the wrong shape, and derived parts (a summary, a course's items, a schedule's date-times) that
 * differ from what they derive from. Each asserts the problem, the pointer, where it matters the line
 * and column, and the reason.
 */
class DerivedBadInputTest {

  private static final HipJson JSON = HipJson.standard();
  private static final String REPORT = Fixtures.text("report.json");
  private static final String COURSE = Fixtures.text("course.json");
  private static final String SCHEDULE = Fixtures.text("schedule.json");

  /** Replaces exactly one occurrence, so that a test cannot silently change nothing. */
  private static String replaceOnce(String text, String target, String replacement) {
    int at = text.indexOf(target);
    assertThat(at).as("'%s' in the fixture", target).isNotNegative();
    assertThat(text.indexOf(target, at + 1)).as("'%s' only once", target).isNegative();
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  /** Replaces the first occurrence. */
  private static String replaceFirst(String text, String target, String replacement) {
    int at = text.indexOf(target);
    assertThat(at).as("'%s' in the fixture", target).isNotNegative();
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  @Nested
  class Rules {

    @Test
    void unknownRule_namesTheNearestRuleIds() {
      String text = replaceOnce(REPORT, "\"injection-red-flags\"", "\"injection-red-flag\"");

      HipJsonException e = failure(() -> JSON.readReport(text));

      assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_ID);
      assertThat(e.pointer()).isEqualTo("/results/16/rule");
      assertAt(e, text, "\"injection-red-flag\"", 1);
      assertThat(e.reason())
          .isEqualTo(
              "unknown rule id 'injection-red-flag' in the checker in use; nearest known ids:"
                  + " injection-red-flags");
    }

    @Test
    void rulesResolveAgainstTheConfiguredChecker() {
      HipJson withoutRule =
          HipJson.builder()
              .checker(Checker.builder().removeRule("plan-condition-not-indicated").build())
              .build();

      HipJsonException e = failure(() -> withoutRule.readReport(REPORT));

      assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_ID);
      assertThat(e.pointer()).isEqualTo("/results/22/rule");
      assertThat(e.reason()).startsWith("unknown rule id 'plan-condition-not-indicated' in the checker in use");
    }

    @Test
    void aCheckerWithMoreRules_refusesTheReport_whichLacksTheirResults() {
      Rule extra =
          Rule.of(
              RuleDescription.builder()
                  .from(StandardRules.INJECTION_RED_FLAGS.description())
                  .id("clinic-extra-rule")
                  .build(),
              context -> Outcome.notFlagged());
      HipJson clinic = HipJson.builder().checker(Checker.builder().addRule(extra).build()).build();

      HipJsonException e = failure(() -> clinic.readReport(REPORT));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/results");
      assertThat(e.reason()).startsWith("the report has no result of 1 rule(s) of the checker in use: clinic-extra-rule;");
    }

    @Test
    void anotherVersionOfTheRule_isRefused() {
      RuleDescription newer =
          RuleDescription.builder().from(StandardRules.INJECTION_RED_FLAGS.description()).version(2).build();
      HipJson upgraded =
          HipJson.builder()
              .checker(
                  Checker.builder()
                      .removeRule(newer.id())
                      .addRule(Rule.of(newer, context -> Outcome.notFlagged()))
                      .build())
              .build();

      HipJsonException e = failure(() -> upgraded.readReport(REPORT));

      assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_VERSION);
      assertThat(e.pointer()).isEqualTo("/results/16/version");
      assertThat(e.reason())
          .isEqualTo(
              "this result was made by version 1 of rule 'injection-red-flags', but the checker in"
                  + " use has version 2; a result can only be read with the version of the rule that"
                  + " made it");
    }

    @Test
    void aResultOfARuleThatDoesNotApply_isRefused() {
      String text =
          replaceOnce(
              REPORT,
              "\"needling-osteoporosis\",\n      \"version\": 1,\n      \"status\": \"not-applicable\"",
              "\"needling-osteoporosis\",\n      \"version\": 1,\n      \"status\": \"not-flagged\"");

      HipJsonException e = failure(() -> JSON.readReport(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/results/26/status");
      assertThat(e.reason())
          .isEqualTo(
              "rule 'needling-osteoporosis' applies to needling, not to this plan, so its status can"
                  + " only be not-applicable (was not-flagged)");
    }

    @Test
    void twoResultsOfOneRule_areRefused() {
      String text = replaceOnce(REPORT, "\"injection-bleeding-disorder\"", "\"injection-systemic-infection\"");

      HipJsonException e = failure(() -> JSON.readReport(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/results/5/rule");
      assertThat(e.reason())
          .isEqualTo(
              "a second result of rule 'injection-systemic-infection' (the first is /results/2); a"
                  + " report holds one result per rule");
    }
  }

  @Nested
  class Results {

    @Test
    void summaryThatDoesNotFollowFromTheResults() {
      String text = replaceOnce(REPORT, "\"level\": \"defer\"", "\"level\": \"avoid\"");

      HipJsonException e = failure(() -> JSON.readReport(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/summary/level");
      assertAt(e, text, "\"level\"", 1);
      assertThat(e.reason())
          .isEqualTo(
              "the summary does not follow from the results, which give level 'defer' (was"
                  + " 'avoid'); a report's summary is derived from its results and cannot be changed"
                  + " on its own");
    }

    @Test
    void summaryCountThatDoesNotFollow() {
      String text = replaceOnce(REPORT, "\"flagged\": 10", "\"flagged\": 9");

      HipJsonException e = failure(() -> JSON.readReport(text));

      assertThat(e.pointer()).isEqualTo("/summary/flagged");
      assertThat(e.reason()).startsWith("the summary does not follow from the results, which give flagged 10 (was 9)");
    }

    @Test
    void factWithAValueOfAnotherShape() {
      String text =
          replaceOnce(
              REPORT,
              "\"fact\": \"plan-target\",\n          \"id\": \"intra-articular-hip\"",
              "\"fact\": \"plan-target\",\n          \"presence\": \"present\"");

      HipJsonException e = failure(() -> JSON.readReport(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/results/3/facts/2/presence");
      assertThat(e.reason()).isEqualTo("fact 'plan-target' takes a catalog id ('id'), not 'presence'");
    }

    @Test
    void factWithTwoValues() {
      String text =
          replaceOnce(
              REPORT,
              "\"fact\": \"plan-target\",\n          \"id\": \"intra-articular-hip\"",
              "\"fact\": \"plan-target\",\n          \"id\": \"intra-articular-hip\", \"ids\": []");

      HipJsonException e = failure(() -> JSON.readReport(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/results/3/facts/2/ids");
      assertThat(e.reason()).isEqualTo("a fact has one value, here both 'id' and 'ids'");
    }

    @Test
    void factWithoutAValue() {
      String text =
          replaceOnce(
              REPORT,
              "\"fact\": \"plan-target\",\n          \"id\": \"intra-articular-hip\"",
              "\"fact\": \"plan-target\"");

      HipJsonException e = failure(() -> JSON.readReport(text));

      assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD);
      assertThat(e.pointer()).isEqualTo("/results/3/facts/2");
      assertThat(e.reason()).isEqualTo("missing the value of fact 'plan-target': a catalog id ('id')");
    }

    @Test
    void planComponents_takeAnIdOrAListOfIds() {
      String text =
          replaceOnce(
              REPORT,
              "\"fact\": \"plan-components\",\n          \"id\": \"lidocaine\"",
              "\"fact\": \"plan-components\",\n          \"side\": \"left\"");

      HipJsonException e = failure(() -> JSON.readReport(text));

      assertThat(e.reason())
          .isEqualTo(
              "fact 'plan-components' takes a catalog id ('id') or a list of catalog ids ('ids'),"
                  + " not 'side'");
    }

    @Test
    void factsOnAResultThatDidNotFlag() {
      String text =
          replaceOnce(
              REPORT,
              "\"injection-bleeding-disorder\",\n      \"version\": 1,\n      \"status\": \"not-flagged\"",
              "\"injection-bleeding-disorder\",\n      \"version\": 1,\n      \"status\": \"not-flagged\","
                  + " \"facts\": [{\"fact\": \"bleeding-disorder\", \"presence\": \"present\"}]");

      HipJsonException e = failure(() -> JSON.readReport(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/results/5/facts");
      assertThat(e.reason()).isEqualTo("only a result with status flagged has facts (status is not-flagged)");
    }

    @Test
    void flaggedWithoutFacts() {
      String text =
          replaceOnce(
              REPORT,
              "\"facts\": [\n        {\n          \"fact\": \"blood-thinner-use\",\n          \"presence\": \"present\"\n        }\n      ],\n",
              "");

      HipJsonException e = failure(() -> JSON.readReport(text));

      assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD);
      assertThat(e.pointer()).isEqualTo("/results/6");
      assertThat(e.reason())
          .isEqualTo("missing field 'facts': a result with this status names the facts that triggered it");
    }

    @Test
    void flaggedWithNoFacts_breaksTheModelsRule() {
      String text =
          replaceOnce(
              REPORT,
              "\"facts\": [\n        {\n          \"fact\": \"blood-thinner-use\",\n          \"presence\": \"present\"\n        }\n      ]",
              "\"facts\": []");

      HipJsonException e = failure(() -> JSON.readReport(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/results/6/facts");
      assertThat(e.reason()).startsWith("Invalid Outcome.facts: must name what triggered a flag");
    }

    @Test
    void indeterminateWithoutMissingFacts() {
      String text =
          replaceOnce(
              REPORT,
              ",\n      \"missing\": [\n        \"pain-mainly-non-hip\"\n      ]",
              "");

      HipJsonException e = failure(() -> JSON.readReport(text));

      assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD);
      assertThat(e.pointer()).isEqualTo("/results/19");
      assertThat(e.reason())
          .isEqualTo("missing field 'missing': a result with this status names the facts that would settle it");
    }

    @Test
    void thresholdThatIsNotTheProtocols() {
      String text = replaceOnce(REPORT, "\"name\": \"maxInr\",\n          \"value\": 2.5", "\"name\": \"maxInr\",\n          \"value\": 3.0");

      HipJsonException e = failure(() -> JSON.readReport(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/results/4/thresholds/0/value");
      assertAt(e, text, "\"value\": 3.0", 1);
      assertThat(e.reason())
          .isEqualTo(
              "threshold 'maxInr' is 2.5 in the report's protocol 'our-clinic-2026', not 3.0; a"
                  + " finding records the thresholds of the protocol it was checked under");
    }

    @Test
    void thresholdThatIsNoProtocolAttribute() {
      String text = replaceOnce(REPORT, "\"name\": \"maxInr\"", "\"name\": \"maxINR\"");

      HipJsonException e = failure(() -> JSON.readReport(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/results/4/thresholds/0/name");
      assertThat(e.reason())
          .startsWith("must be the name of a protocol threshold, one of maxInr, inrMaxAgeDays,")
          .endsWith("(was 'maxINR')");
    }

    @Test
    void thresholdOfTheWrongType() {
      String text = replaceOnce(REPORT, "\"value\": 5\n", "\"value\": \"5\"\n");

      HipJsonException e = failure(() -> JSON.readReport(text));

      assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE);
      assertThat(e.pointer()).isEqualTo("/results/4/thresholds/1/value");
      assertThat(e.reason())
          .isEqualTo("threshold 'inrMaxAgeDays' is an integer, so this must be an integer, not a string");
    }
  }

  @Nested
  class Writing {

    @Test
    void aReportThatCouldNotBeReadBack_isNotWritten() {
      CheckReport report = Fixtures.report();
      List<RuleResult> results = new ArrayList<>(report.results());
      results.set(
          4,
          new RuleResult(
              results.get(4).rule(),
              Outcome.flagged(List.of(new FactValue(Fact.INR, "3.4")), List.of())));
      CheckReport odd = CheckReport.of(report.plan(), report.protocol(), report.asOf(), results);
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      assertThatThrownBy(() -> JSON.writeReport(odd))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining(
              "The report cannot be written as a hipkit.report document: at /results/4/facts/0,"
                  + " fact 'inr' takes a measurement ('measurement'), not a java.lang.String (3.4)");
      assertThatThrownBy(() -> JSON.writeReport(odd, out)).isInstanceOf(InvalidValueException.class);
      assertThat(out.size()).isZero();
    }

    @Test
    void aThresholdOtherThanTheProtocols_isNotWritten() {
      CheckReport report = Fixtures.report();
      List<RuleResult> results = new ArrayList<>(report.results());
      RuleResult anticoagulation = results.get(4);
      results.set(
          4,
          new RuleResult(
              anticoagulation.rule(),
              Outcome.flagged(anticoagulation.outcome().facts(), List.of(new ThresholdValue("maxInr", 3)))));

      assertThatThrownBy(
              () -> JSON.writeReport(CheckReport.of(report.plan(), report.protocol(), report.asOf(), results)))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("at /results/4/thresholds/0/value, threshold 'maxInr' is 2.5");
    }

    @Test
    void aFindingOfARuleThatCannotApply_isNotWritten() {
      CheckReport report = Fixtures.report();
      List<RuleResult> results = new ArrayList<>(report.results());
      results.set(
          26,
          new RuleResult(
              results.get(26).rule(),
              Outcome.flagged(new FactValue(Fact.OSTEOPOROSIS, Presence.PRESENT))));

      assertThatThrownBy(
              () -> JSON.writeReport(CheckReport.of(report.plan(), report.protocol(), report.asOf(), results)))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("at /results/26/status, rule 'needling-osteoporosis' applies to needling");
    }
  }

  @Nested
  class Courses {

    @Test
    void anItemThatDiffers_isRefusedAtTheField() {
      String text = replaceFirst(COURSE, "\"Rest from strenuous activity\"", "\"Rest\"");

      HipJsonException e = failure(() -> JSON.readCourse(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/items/1/title");
      assertAt(e, text, "\"title\"", 3);
      assertThat(e.reason())
          .isEqualTo(
              "item 1 (no-strenuous-activity) differs from the course this plan and protocol give,"
                  + " where its title is 'Rest from strenuous activity' (was 'Rest'); a course"
                  + " follows from its plan, its protocol and hipkit's knowledge, so a document"
                  + " cannot change it (was it edited, or written by another version of hipkit?)");
    }

    @Test
    void aProtocolThatGivesAnotherCourse_isRefusedAtTheFirstItemItChanges() {
      String text = replaceOnce(COURSE, "\"followUpInterval\": \"P28D\"", "\"followUpInterval\": \"P42D\"");

      HipJsonException e = failure(() -> JSON.readCourse(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/items/5/window/end");
      assertThat(e.reason())
          .startsWith(
              "item 5 (infection-signs) differs from the course this plan and protocol give, where"
                  + " its window end is '7 wk' (was '5 wk')");
    }

    @Test
    void anActionLeftOut_isRefusedAtTheItem() {
      String text = replaceOnce(COURSE, "\"action\": \"Contact the clinic or your physician at once.\",\n      ", "");

      HipJsonException e = failure(() -> JSON.readCourse(text));

      assertThat(e.pointer()).isEqualTo("/items/5");
      assertThat(e.reason())
          .startsWith(
              "item 5 (infection-signs) differs from the course this plan and protocol give, where"
                  + " its action is 'Contact the clinic or your physician at once.' (was none)");
    }

    @Test
    void anItemLeftOut_namesTheFirstMissing() {
      int last = COURSE.lastIndexOf(",\n    {\n      \"kind\": \"follow-up\"");
      int end = COURSE.indexOf("\n  ],\n  \"notes\"");
      String text = COURSE.substring(0, last) + COURSE.substring(end);

      HipJsonException e = failure(() -> JSON.readCourse(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/items");
      assertThat(e.reason())
          .startsWith(
              "lists 11 items, but the course this plan and protocol give has 12; the first missing"
                  + " is 'follow-up' (follow-up)");
    }

    @Test
    void aNoteThatDiffers() {
      String text = replaceOnce(COURSE, "the sources give no time in days or weeks.", "within two weeks.");

      HipJsonException e = failure(() -> JSON.readCourse(text));

      assertThat(e.pointer()).isEqualTo("/notes/1/text");
      assertThat(e.reason()).startsWith("note 1 (relief-untimed) differs from the course this plan and protocol give");
    }

    @Test
    void notesLeftOut() {
      String withoutNotes = COURSE.substring(0, COURSE.indexOf(",\n  \"notes\"")) + "\n}\n";
      String noNotes = COURSE.substring(0, COURSE.indexOf(",\n  \"notes\"")) + ",\n  \"notes\": []\n}\n";

      HipJsonException absent = failure(() -> JSON.readCourse(withoutNotes));
      HipJsonException empty = failure(() -> JSON.readCourse(noNotes));

      assertThat(absent.problem()).isEqualTo(Problem.MISSING_FIELD);
      assertThat(absent.pointer()).isEmpty();
      assertThat(absent.reason()).startsWith("missing required field 'notes' of a hipkit.course document");
      assertThat(empty.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(empty.pointer()).isEqualTo("/notes");
      assertThat(empty.reason())
          .startsWith(
              "lists 0 notes, but the course this plan and protocol give has 2; the first missing is"
                  + " 'session-length-unknown'");
    }
  }

  @Nested
  class Schedules {

    @Test
    void aDateTimeThatDiffers_isRefusedAtIt() {
      String text =
          replaceOnce(
              SCHEDULE,
              "\"latestEnd\": \"2027-03-27T09:00:00Z[Europe/London]\"",
              "\"latestEnd\": \"2027-03-28T09:00:00+01:00[Europe/London]\"");

      HipJsonException e = failure(() -> JSON.readSchedule(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/items/1/latestEnd");
      assertThat(e.reason())
          .isEqualTo(
              "item 1 (no-strenuous-activity) is placed at 2027-03-27T09:00:00Z[Europe/London] by"
                  + " this start, not 2027-03-28T09:00:00+01:00[Europe/London]; a schedule follows"
                  + " from its course and its start, so a document cannot change it");
    }

    @Test
    void aMovedStart_movesEveryItem() {
      String text =
          replaceOnce(
              SCHEDULE,
              "\"start\": \"2027-03-26T09:00:00Z[Europe/London]\"",
              "\"start\": \"2027-03-26T10:00:00Z[Europe/London]\"");

      HipJsonException e = failure(() -> JSON.readSchedule(text));

      assertThat(e.pointer()).isEqualTo("/items/0/earliestStart");
    }

    @Test
    void aDateTimeWithoutOffset_isRefused() {
      String text =
          replaceOnce(
              SCHEDULE,
              "\"start\": \"2027-03-26T09:00:00Z[Europe/London]\"",
              "\"start\": \"2027-03-26T09:00:00[Europe/London]\"");

      HipJsonException e = failure(() -> JSON.readSchedule(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/start");
      assertAt(e, text, "\"2027-03-26T09:00:00[Europe/London]\"", 1);
      assertThat(e.reason())
          .isEqualTo(
              "must be an ISO-8601 date-time with offset and zone such as"
                  + " 2026-12-01T09:00:00Z[Europe/London] (was '2027-03-26T09:00:00[Europe/London]')");
    }

    @Test
    void anOffsetTheZoneDoesNotHave_isRefused() {
      String text =
          replaceOnce(
              SCHEDULE,
              "\"start\": \"2027-03-26T09:00:00Z[Europe/London]\"",
              "\"start\": \"2027-03-26T10:00:00+01:00[Europe/London]\"");

      HipJsonException e = failure(() -> JSON.readSchedule(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/start");
      assertThat(e.reason())
          .isEqualTo(
              "the offset +01:00 is not one that Europe/London has at 2027-03-26T10:00 (was"
                  + " '2027-03-26T10:00:00+01:00[Europe/London]')");
    }

    @Test
    void anUnknownZone_isRefused() {
      String text = replaceOnce(SCHEDULE, "\"start\": \"2027-03-26T09:00:00Z[Europe/London]\"", "\"start\": \"2027-03-26T09:00:00Z[Europe/Londres]\"");

      HipJsonException e = failure(() -> JSON.readSchedule(text));

      assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/start");
    }

    @Test
    void aCourseReadAsASchedule_isAnotherKind() {
      HipJsonException e = failure(() -> JSON.readSchedule(COURSE));

      assertThat(e.problem()).isEqualTo(Problem.WRONG_KIND);
      assertThat(e.reason())
          .isEqualTo("this is a hipkit.course document, not a hipkit.schedule document; read it as a course");
    }
  }
}
