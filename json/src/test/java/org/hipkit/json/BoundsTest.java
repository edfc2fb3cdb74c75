package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hipkit.json.BadInputTest.failure;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hipkit.course.Course;
import org.hipkit.course.Schedule;
import org.hipkit.intervention.Intervention;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.protocol.Protocol;
import org.hipkit.testkit.HipGenerators;
import org.hipkit.testkit.QuickTheoriesGens;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Issue 11 in JSON: values the model bounds are refused at the pointer of the field that breaks the
 * bound, and every document hipkit writes for a valid value, up to the largest one the bounds
 * allow, reads back with the default limits.
 */
class BoundsTest {

  private static final HipJson JSON = HipJson.standard();
  private static final String PLAN = Fixtures.text("plan.json");
  private static final String PROTOCOL = Fixtures.text("protocol.json");
  private static final String COURSE = Fixtures.text("course.json");
  private static final String SCHEDULE = Fixtures.text("schedule.json");

  private static void invalidAt(HipJsonException e, String pointer, String field) {
    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo(pointer);
    assertThat(e.reason()).contains(field);
  }

  /** An 800-byte course document asked for 20,000,000 sessions and ran out of memory. */
  @Test
  void sessionsBeyondThePattern_areRefusedAtTheSessionsField() {
    String plan = PLAN.replace("\"sessions\": 3", "\"sessions\": 20000000");
    String course = COURSE.replace("\"sessions\": 2", "\"sessions\": 20000000");

    invalidAt(failure(() -> JSON.readPlan(plan)), "/sessions", "TreatmentPlan.sessions");
    invalidAt(failure(() -> JSON.readCourse(course)), "/plan/sessions", "TreatmentPlan.sessions");
    invalidAt(
        failure(() -> JSON.readPlan(PLAN.replace("\"sessions\": 3", "\"sessions\": 1300"))),
        "/sessions",
        "must be at most 52");
  }

  @Test
  void intervalsAndDatesOutsideTheirBounds_areRefusedAtTheirFields() {
    invalidAt(
        failure(() -> JSON.readPlan(PLAN.replace("\"P7D\"", "\"P1500000000D\""))),
        "/sessionInterval",
        "TreatmentPlan.sessionInterval");
    invalidAt(
        failure(() -> JSON.readPlan(PLAN.replace("\"2026-12-01\"", "\"+999999999-12-01\""))),
        "/plannedDate",
        "TreatmentPlan.plannedDate");
    invalidAt(
        failure(() -> JSON.readProtocol(PROTOCOL.replace("\"P28D\"", "\"P999999999Y\""))),
        "/followUpInterval",
        "Protocol.followUpInterval");
    invalidAt(
        failure(() -> JSON.readProtocol(PROTOCOL.replace("\"maxInr\": 2.5", "\"maxInr\": 1e20"))),
        "/maxInr",
        "Protocol.maxInr");
    invalidAt(
        failure(() -> JSON.readProtocol(PROTOCOL.replace("\"inrMaxAgeDays\": 5", "\"inrMaxAgeDays\": 2147483647"))),
        "/inrMaxAgeDays",
        "Protocol.inrMaxAgeDays");
    String start = SCHEDULE.substring(SCHEDULE.indexOf("\"start\": \"") + 10, SCHEDULE.indexOf("\"start\": \"") + 14);
    invalidAt(
        failure(() -> JSON.readSchedule(SCHEDULE.replace("\"start\": \"" + start, "\"start\": \"+999999999"))),
        "/start",
        "Schedule.start");
  }

  /** A catalog with ids of 99,000 characters took 25 to 84 seconds to refuse. */
  @Test
  void overLongIds_areRefusedByTheirLength_andTheMessageIsClipped() {
    String catalog = Fixtures.text("catalog.json");
    String id = "hip-" + "x".repeat(99_000);
    String text = catalog.replace("\"sacroiliac-joint\"", "\"" + id + "\"");

    HipJsonException e = failure(() -> JSON.readCatalog(text));

    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.reason()).contains("must be at most 64 characters long (was 99004)");
    assertThat(e.getMessage()).hasSizeLessThan(1_000);
  }

  @Test
  void controlCharactersInTexts_areRefused_andNeverReachTheMessageRaw() {
    String text = PLAN.replace("\"unit\": \"mg\"", "\"unit\": \"mg\\nWARN forged\\u0000\"");

    HipJsonException e = failure(() -> JSON.readPlan(text));

    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo("/components/1/dose/unit");
    assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\u0000").contains("\\u000A");
  }

  /**
   * A plan of 1,300 sessions gave a course document the default reader refused at /items/10000.
   * Now the largest plan of every intervention (its most sessions, a day apart) writes a course and
   * a schedule the default limits read.
   */
  @Test
  void theLargestCoursesAndSchedules_areReadableWithTheDefaultLimits() {
    JsonLimits limits = JsonLimits.defaults();
    List<Integer> itemCounts = new ArrayList<>();
    for (Intervention intervention : Fixtures.STANDARD.interventions()) {
      TreatmentPlan base =
          HipGenerators.plansFor(Fixtures.STANDARD, intervention).next(new java.util.Random(11), 8);
      int most = intervention.sessionPattern().maxPlannedSessions();
      TreatmentPlan plan =
          TreatmentPlan.builder().from(base).sessions(most).sessionInterval(Period.ofDays(1)).build();
      Course course = Course.of(plan);
      Schedule schedule = course.schedule(LocalTime.of(9, 0), ZoneId.of("Europe/London"));

      String courseText = JSON.writeCourse(course);
      String scheduleText = JSON.writeSchedule(schedule);

      assertThat(JSON.readCourse(courseText)).isEqualTo(course);
      assertThat(JSON.readSchedule(scheduleText)).isEqualTo(schedule);
      assertThat((long) courseText.length()).isLessThan(limits.maxDocumentLength() / 10);
      assertThat((long) scheduleText.length()).isLessThan(limits.maxDocumentLength() / 10);
      itemCounts.add(course.items().size());
    }
    assertThat(itemCounts).allSatisfy(n -> assertThat(n).isLessThan(limits.maxArrayLength() / 10));
  }

  /** Every document written for a valid value reads back with the default limits. */
  @Test
  void everyWrittenDocument_isReadableWithTheDefaultLimits() {
    qt().withExamples(60)
        .forAll(
            QuickTheoriesGens.cases(),
            QuickTheoriesGens.protocols(),
            SourceDSL.integers().between(1, 52),
            SourceDSL.integers().between(1, 366))
        .checkAssert(
            (c, protocol, sessions, days) -> {
              int most = c.plan().intervention().sessionPattern().maxPlannedSessions();
              TreatmentPlan plan =
                  TreatmentPlan.builder()
                      .from(c.plan())
                      .sessions(Math.min(sessions, most))
                      .sessionInterval(Period.ofDays(days))
                      .build();
              Course course = Course.of(plan, protocol);
              Schedule schedule =
                  course.schedule(ZonedDateTime.of(plan.plannedDate(), LocalTime.of(8, 30), ZoneId.of("America/New_York")));
              assertThat(JSON.readPlan(JSON.writePlan(plan))).isEqualTo(plan);
              assertThat(JSON.readProtocol(JSON.writeProtocol(protocol))).isEqualTo(protocol);
              assertThat(JSON.readProfile(JSON.writeProfile(c.profile()))).isEqualTo(c.profile());
              assertThat(JSON.readCourse(JSON.writeCourse(course))).isEqualTo(course);
              assertThat(JSON.readSchedule(JSON.writeSchedule(schedule))).isEqualTo(schedule);
              var report =
                  org.hipkit.check.Checker.builder().protocol(protocol).build().check(c.profile(), plan, plan.plannedDate());
              assertThat(JSON.readReport(JSON.writeReport(report))).isEqualTo(report);
            });
  }

  @Test
  void theStandardCatalog_isReadableWithTheDefaultLimits() {
    assertThat(List.copyOf(JSON.readCatalog(JSON.writeCatalog(Fixtures.STANDARD)).entries()))
        .isEqualTo(List.copyOf(Fixtures.STANDARD.entries()));
  }

  @Test
  void theStandardProtocol_staysWithinItsOwnRanges() {
    assertThat(Protocol.plausibleRanges()).hasSameSizeAs(Protocol.standard().thresholds());
  }

  @Test
  void theSchemas_stateTheBoundsTheyCan() {
    assertThat(Fixtures.schemaErrors(DocumentType.PLAN, PLAN)).isEmpty();
    for (String text :
        List.of(
            PLAN.replace("\"sessions\": 3", "\"sessions\": 53"),
            PLAN.replace("\"2026-12-01\"", "\"2201-01-01\""),
            PLAN.replace("\"unit\": \"mg\"", "\"unit\": \"mg\\nINFO\""),
            PLAN.replace("\"hip-osteoarthritis\"", "\"" + "a".repeat(65) + "\""))) {
      assertThat(Fixtures.schemaErrors(DocumentType.PLAN, text)).as(text).isNotEmpty();
    }
    assertThat(Fixtures.schemaErrors(DocumentType.PROTOCOL, PROTOCOL.replace("\"maxInr\": 2.5", "\"maxInr\": 1e20")))
        .isNotEmpty();
    assertThat(
            Fixtures.schemaErrors(
                DocumentType.PROTOCOL, PROTOCOL.replace("\"inrMaxAgeDays\": 5", "\"inrMaxAgeDays\": 91")))
        .isNotEmpty();
  }
}
