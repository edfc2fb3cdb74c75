package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckReport;
import org.hipkit.course.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written fixture files, one per document kind, against values built through the public
 * API: reading gives the value, writing gives the file back byte for byte.
 */
class FixtureTest {

  /** One fixture: its file, its kind, the value it stands for, and how to compare values. */
  record Case<T>(String file, DocumentType<T> type, Supplier<T> expected, Function<T, Object> comparable) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Case<?>> cases() {
    return Stream.of(
        new Case<>("plan.json", DocumentType.PLAN, Fixtures::plan, v -> v),
        new Case<>("profile.json", DocumentType.PROFILE, Fixtures::profile, v -> v),
        new Case<>("protocol.json", DocumentType.PROTOCOL, Fixtures::protocol, v -> v),
        new Case<>("catalog.json", DocumentType.CATALOG, Fixtures::catalog, FixtureTest::entries),
        new Case<>("report.json", DocumentType.REPORT, Fixtures::report, v -> v),
        new Case<>("course.json", DocumentType.COURSE, Fixtures::course, v -> v),
        new Case<>("schedule.json", DocumentType.SCHEDULE, Fixtures::schedule, v -> v));
  }

  static List<Object> entries(HipCatalog catalog) {
    return List.of(List.copyOf(catalog.entries()), catalog.sources());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  <T> void readsIntoTheValueBuiltThroughTheApi(Case<T> c) {
    T read = Fixtures.JSON.read(c.type(), Fixtures.text(c.file())).value();

    assertThat(c.comparable().apply(read)).isEqualTo(c.comparable().apply(c.expected().get()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  <T> void readsTheSameFromBytes(Case<T> c) {
    T read =
        Fixtures.JSON.read(c.type(), new ByteArrayInputStream(Fixtures.bytes(c.file()))).value();

    assertThat(c.comparable().apply(read)).isEqualTo(c.comparable().apply(c.expected().get()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  <T> void writesTheFileBackByteIdentical(Case<T> c) {
    String written = Fixtures.PRETTY.write(c.type(), c.expected().get());

    assertThat(written).isEqualTo(Fixtures.text(c.file()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  <T> void writesTheSameBytesToAStream(Case<T> c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Fixtures.PRETTY.write(c.type(), c.expected().get(), out);

    assertThat(out.toByteArray()).isEqualTo(Fixtures.bytes(c.file()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  <T> void writesCompactlyByDefault_theFileWithoutItsLayout(Case<T> c) {
    String written = Fixtures.JSON.write(c.type(), c.expected().get());

    assertThat(written).isEqualTo(minify(Fixtures.text(c.file())));
  }

  @Test
  void typedMethods_readAndWriteTheSameDocuments() {
    HipJson json = Fixtures.PRETTY;

    assertThat(json.writePlan(Fixtures.plan())).isEqualTo(Fixtures.text("plan.json"));
    assertThat(json.writeProfile(Fixtures.profile())).isEqualTo(Fixtures.text("profile.json"));
    assertThat(json.writeProtocol(Fixtures.protocol())).isEqualTo(Fixtures.text("protocol.json"));
    assertThat(json.writeCatalog(Fixtures.catalog())).isEqualTo(Fixtures.text("catalog.json"));
    assertThat(json.readPlan(Fixtures.text("plan.json"))).isEqualTo(Fixtures.plan());
    assertThat(json.readProfile(Fixtures.text("profile.json"))).isEqualTo(Fixtures.profile());
    assertThat(json.readProtocol(Fixtures.text("protocol.json"))).isEqualTo(Fixtures.protocol());
    assertThat(entries(json.readCatalog(Fixtures.text("catalog.json"))))
        .isEqualTo(entries(Fixtures.catalog()));
  }

  @Test
  void typedStreamMethods_readAndWriteTheSameDocuments() {
    HipJson json = Fixtures.PRETTY;
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    json.writePlan(Fixtures.plan(), out);
    json.writeProfile(Fixtures.profile(), out);
    json.writeProtocol(Fixtures.protocol(), out);
    json.writeCatalog(Fixtures.catalog(), out);

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            Fixtures.text("plan.json")
                + Fixtures.text("profile.json")
                + Fixtures.text("protocol.json")
                + Fixtures.text("catalog.json"));
    assertThat(json.readPlan(new ByteArrayInputStream(Fixtures.bytes("plan.json"))))
        .isEqualTo(Fixtures.plan());
    assertThat(json.readProfile(new ByteArrayInputStream(Fixtures.bytes("profile.json"))))
        .isEqualTo(Fixtures.profile());
    assertThat(json.readProtocol(new ByteArrayInputStream(Fixtures.bytes("protocol.json"))))
        .isEqualTo(Fixtures.protocol());
    assertThat(entries(json.readCatalog(new ByteArrayInputStream(Fixtures.bytes("catalog.json")))))
        .isEqualTo(entries(Fixtures.catalog()));
  }

  @Test
  void typedMethods_readAndWriteReportsCoursesAndSchedules() {
    HipJson json = Fixtures.PRETTY;
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    json.writeReport(Fixtures.report(), out);
    json.writeCourse(Fixtures.course(), out);
    json.writeSchedule(Fixtures.schedule(), out);

    assertThat(json.writeReport(Fixtures.report())).isEqualTo(Fixtures.text("report.json"));
    assertThat(json.writeCourse(Fixtures.course())).isEqualTo(Fixtures.text("course.json"));
    assertThat(json.writeSchedule(Fixtures.schedule())).isEqualTo(Fixtures.text("schedule.json"));
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(Fixtures.text("report.json") + Fixtures.text("course.json") + Fixtures.text("schedule.json"));
    assertThat(json.readReport(Fixtures.text("report.json"))).isEqualTo(Fixtures.report());
    assertThat(json.readCourse(Fixtures.text("course.json"))).isEqualTo(Fixtures.course());
    assertThat(json.readSchedule(Fixtures.text("schedule.json"))).isEqualTo(Fixtures.schedule());
    assertThat(json.readReport(new ByteArrayInputStream(Fixtures.bytes("report.json")))).isEqualTo(Fixtures.report());
    assertThat(json.readCourse(new ByteArrayInputStream(Fixtures.bytes("course.json")))).isEqualTo(Fixtures.course());
    assertThat(json.readSchedule(new ByteArrayInputStream(Fixtures.bytes("schedule.json"))))
        .isEqualTo(Fixtures.schedule());
  }

  @Test
  void report_readsIntoTheSameReportAsOneRebuiltFromItsParts() {
    CheckReport read = Fixtures.JSON.readReport(Fixtures.text("report.json"));
    CheckReport expected = Fixtures.report();

    assertThat(read.summary()).isEqualTo(expected.summary());
    assertThat(read.findings()).isEqualTo(expected.findings()).hasSize(10);
    assertThat(read.indeterminate()).isEqualTo(expected.indeterminate()).hasSize(2);
    assertThat(read.render()).isEqualTo(expected.render());
    assertThat(read).isEqualTo(CheckReport.of(expected.plan(), expected.protocol(), expected.asOf(), expected.results()));
  }

  @Test
  void schedule_keepsItsZone_andFollowsTheClockChange() {
    Schedule read = Fixtures.JSON.readSchedule(Fixtures.text("schedule.json"));

    assertThat(read.start()).isEqualTo(ZonedDateTime.of(2027, 3, 26, 9, 0, 0, 0, ZoneId.of("Europe/London")));
    assertThat(read.items().get(read.items().size() - 1).earliestStart())
        .hasToString("2027-04-30T09:00+01:00[Europe/London]");
    assertThat(read.course()).isEqualTo(Fixtures.course());
  }

  @Test
  void readmePlan_roundTrips() {
    String json = HipJson.standard().writePlan(Fixtures.readmePlan());

    assertThat(json)
        .isEqualTo(
            "{\"format\":\"hipkit.plan/1\",\"condition\":\"hip-osteoarthritis\","
                + "\"intervention\":\"corticosteroid-injection\",\"target\":\"intra-articular-hip\","
                + "\"side\":\"right\",\"purpose\":\"therapeutic\",\"components\":["
                + "{\"medication\":\"triamcinolone\",\"dose\":{\"amount\":40,\"unit\":\"mg\"}},"
                + "{\"medication\":\"lidocaine\"}],\"modality\":\"ultrasound\","
                + "\"antiseptic\":\"chlorhexidine\",\"plannedDate\":\"2026-12-01\",\"sessions\":1}");
    assertThat(HipJson.standard().readPlan(json)).isEqualTo(Fixtures.readmePlan());
  }

  /** Removes the white space outside strings. */
  static String minify(String json) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
