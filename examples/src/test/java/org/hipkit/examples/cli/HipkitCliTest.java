package org.hipkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.course.Course;
import org.hipkit.json.HipJson;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code hipkit-cli} as a user meets it: on the shipped samples, on broken files, on bad options. */
class HipkitCliTest {

  static final String PLAN = "samples/plan.json";
  static final String PROFILE = "samples/profile.json";
  static final String BROKEN = "samples/broken-plan.json";

  @TempDir Path temp;

  // ---- the samples ----

  @Test
  void the_report_shows_the_day_of_the_check_and_the_day_of_the_procedure() {
    Run onTheDay = Run.of("--plan", PLAN, "--profile", PROFILE);
    Run earlier = Run.of("--plan", PLAN, "--profile", PROFILE, "--checked-on", "2026-11-20");
    Run beforeTheHba1c = Run.of("--plan", PLAN, "--profile", PROFILE, "--checked-on", "2026-10-01");

    assertThat(onTheDay.out()).contains("Made on 2026-12-01 for the procedure on 2026-12-01, protocol hipkit-standard\n");
    assertThat(earlier.code()).isZero();
    assertThat(earlier.out()).contains("Made on 2026-11-20 for the procedure on 2026-12-01, protocol hipkit-standard\n");
    assertThat(beforeTheHba1c.out())
        .contains("DATA PROBLEMS (dates to correct):\n  hba1c dated 2026-10-14 is after the check date 2026-10-01\n");
  }

  @Test
  void prints_the_report_and_the_course_of_the_samples() {
    Run run = Run.of("--plan", PLAN, "--profile", PROFILE);

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Summary: caution (incomplete): 1 flagged, 5 indeterminate")
        .contains("CAUTION: Blood thinners raise bleeding risk [injection-blood-thinner-bruising v1")
        .contains("NOT ASSESSED: Prosthetic hip on the treated side")
        .contains("Expected course: Corticosteroid and local anesthetic injection at Hip joint")
        .contains("Relief from triamcinolone [effect]")
        .contains("hipkit informs professionals; it does not decide.");
  }

  @Test
  void prints_exactly_what_the_library_renders() throws IOException {
    HipJson json = HipJson.standard();
    TreatmentPlan plan;
    PatientProfile profile;
    try (InputStream p = Files.newInputStream(Path.of(PLAN));
        InputStream q = Files.newInputStream(Path.of(PROFILE))) {
      plan = json.readPlan(p);
      profile = json.readProfile(q);
    }
    CheckReport report = Checker.standard().check(profile, plan);
    Course course = Course.of(plan);
    ZonedDateTime start = ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneId.of("Europe/London"));

    assertThat(Run.of("--plan", PLAN, "--profile", PROFILE).out())
        .isEqualTo(report.render() + System.lineSeparator() + course.render());
    assertThat(
            Run.of("--plan", PLAN, "--profile", PROFILE, "--start", "2026-12-01T09:00",
                    "--zone", "Europe/London")
                .out())
        .isEqualTo(report.render() + System.lineSeparator() + course.schedule(start).render());
  }

  @Test
  void with_a_start_prints_the_schedule_dated_in_the_zone() {
    Run run = Run.of("--plan", PLAN, "--profile", PROFILE,
        "--start", "2026-12-01T09:00", "--zone", "America/New_York");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Schedule: Corticosteroid and local anesthetic injection")
        .contains("Starting 2026-12-01 09:00 -05:00 (America/New_York)")
        .contains("2027-01-12 09:00 -05:00  Follow-up visit [follow-up]")
        .doesNotContain("Expected course:");
    List<String> offsets = new ArrayList<>();
    Matcher dated = Pattern.compile("(?m)^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d ([+-]\\d\\d:\\d\\d)")
        .matcher(run.out());
    while (dated.find()) {
      offsets.add(dated.group(1));
    }
    assertThat(offsets).hasSizeGreaterThan(10).containsOnly("-05:00");
  }

  @Test
  void a_zone_in_brackets_is_the_same_as_the_zone_option() {
    Run withOption = Run.of("--plan", PLAN, "--profile", PROFILE,
        "--start", "2026-12-01T09:00", "--zone", "Europe/London");
    Run inBrackets = Run.of("--plan", PLAN, "--profile", PROFILE,
        "--start", "2026-12-01T09:00[Europe/London]");

    assertThat(inBrackets.code()).isZero();
    assertThat(inBrackets.out()).isEqualTo(withOption.out()).contains("(Europe/London)");
  }

  @Test
  void an_offset_gives_a_schedule_at_that_fixed_offset() {
    Run run = Run.of("--plan", PLAN, "--profile", PROFILE, "--start", "2026-12-01T09:00+01:00");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Starting 2026-12-01 09:00 +01:00 (+01:00)");
  }

  @Test
  void a_start_on_another_day_than_the_plan_is_noted_but_not_refused() {
    Run run = Run.of("--plan", PLAN, "--profile", PROFILE,
        "--start", "2026-12-02T09:00", "--zone", "UTC");

    assertThat(run.code()).isZero();
    assertThat(run.errLines())
        .containsExactly("hipkit-cli: note: the schedule starts on 2026-12-02, not on the plan's"
            + " planned date 2026-12-01");
  }

  @Test
  void the_exit_code_says_nothing_about_the_patient() throws IOException {
    Path feverish = temp.resolve("feverish.json");
    Files.writeString(feverish, """
        {"format": "hipkit.profile/1", "fever": "present", "severeAcutePain": "present"}
        """);

    Run run = Run.of("--plan", PLAN, "--profile", feverish.toString());

    assertThat(run.out()).contains("Summary: avoid (incomplete)");
    assertThat(run.code()).isZero();
  }

  // ---- broken files ----

  @Test
  void the_shipped_broken_plan_fails_with_one_line_naming_file_and_pointer() {
    Run run = Run.of("--plan", BROKEN, "--profile", PROFILE);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "hipkit-cli: samples/broken-plan.json: /components/1/medication (line 17, column 21):"
                + " unknown medication id 'lidocain' in the catalog in use; nearest known ids:"
                + " lidocaine, prilocaine");
    assertNoStackTrace(run);
  }

  static Stream<Arguments> brokenFiles() {
    return Stream.of(
        Arguments.of("malformed JSON", "{\"format\": \"hipkit.plan/1\",", "/format (line 1",
            "malformed JSON"),
        Arguments.of("a profile given as a plan", "{\"format\": \"hipkit.profile/1\"}", "/format",
            "this is a hipkit.profile document"),
        Arguments.of("an unknown field", SAMPLE_PLAN.replace("\"sessions\"", "\"sesions\""),
            "/sesions", "did you mean 'sessions'?"),
        Arguments.of("a target the intervention does not allow",
            SAMPLE_PLAN.replace("\"intra-articular-hip\"", "\"gluteal-trigger-points\""),
            "/target", "must be one of the targets"),
        Arguments.of("a wrong type", SAMPLE_PLAN.replace("\"sessions\": 1", "\"sessions\": \"1\""),
            "/sessions", "must be an integer"),
        Arguments.of("an empty file", "", "document root", ""));
  }

  static final String SAMPLE_PLAN = read(PLAN);

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void a_broken_plan_fails_cleanly(String what, String content, String pointer, String reason)
      throws IOException {
    Path file = temp.resolve("plan.json");
    Files.writeString(file, content);

    Run run = Run.of("--plan", file.toString(), "--profile", PROFILE);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("hipkit-cli: " + file + ": " + pointer).contains(reason);
    assertNoStackTrace(run);
  }

  @Test
  void a_missing_file_is_named() {
    Run run = Run.of("--plan", PLAN, "--profile", "samples/no-such-profile.json");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("hipkit-cli: samples/no-such-profile.json: no such file");
    assertNoStackTrace(run);
  }

  @Test
  void a_directory_is_not_a_file() {
    Run run = Run.of("--plan", "samples", "--profile", PROFILE);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("hipkit-cli: samples: is a directory, not a JSON file");
  }

  @Test
  void an_unreadable_file_is_named() throws IOException {
    Path file = temp.resolve("secret.json");
    Files.writeString(file, SAMPLE_PLAN);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "no POSIX permissions here");
    }
    assumeFalse(Files.isReadable(file), "this user reads every file (root)");

    Run run = Run.of("--plan", file.toString(), "--profile", PROFILE);

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("hipkit-cli: " + file + ": cannot read it: permission denied");
  }

  @Test
  void an_svg_that_cannot_be_written_exits_with_1() throws IOException {
    Path blocker = temp.resolve("not-a-directory");
    Files.writeString(blocker, "");
    String svg = blocker.resolve("course.svg").toString();

    Run run = Run.of("--plan", PLAN, "--profile", PROFILE, "--svg", svg);

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("hipkit-cli: " + svg + ": cannot write it: ");
    assertNoStackTrace(run);
  }

  private static void assertNoStackTrace(Run run) {
    assertThat(run.out() + run.err())
        .doesNotContain("Exception")
        .doesNotContain("at org.")
        .doesNotContain("at java.")
        .doesNotContain("\tat ");
  }

  // ---- usage ----

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(List.of("--plan", PLAN), "Missing required option: '--profile=FILE'"),
        Arguments.of(List.of("--plan", PLAN, "--profile", PROFILE, "--colour"),
            "Unknown option: '--colour'"),
        Arguments.of(List.of("--plan", PLAN, "--profile", PROFILE, "--start", "2026-12-01T09:00"),
            "--start '2026-12-01T09:00' has no zone: add --zone"),
        Arguments.of(List.of("--plan", PLAN, "--profile", PROFILE,
                "--start", "2026-12-01T09:00[Europe/London]", "--zone", "Europe/London"),
            "already names its zone; leave out --zone"),
        Arguments.of(List.of("--plan", PLAN, "--profile", PROFILE, "--zone", "Europe/London"),
            "--zone is the zone of --start: give --start too"),
        Arguments.of(List.of("--plan", PLAN, "--profile", PROFILE, "--checked-on", "20 Nov"),
            "--checked-on must be a date such as 2026-11-20 (was '20 Nov')"),
        Arguments.of(List.of("--plan", PLAN, "--profile", PROFILE,
                "--start", "2026-12-01T09:00", "--zone", "Europe/Lodnon"),
            "--zone 'Europe/Lodnon' is not a time zone"),
        Arguments.of(List.of("--plan", PLAN, "--profile", PROFILE,
                "--start", "1 December 2026", "--zone", "UTC"),
            "--start '1 December 2026' is not a date-time such as 2026-12-01T09:00"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("usageErrors")
  void usage_errors_exit_with_2_and_say_what_is_wrong(List<String> args, String message) {
    Run run = Run.of(args.toArray(String[]::new));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).startsWith("hipkit-cli: ").contains(message);
    assertThat(run.err())
        .contains("Usage: hipkit-cli")
        .contains("Try 'hipkit-cli --help' for more information.");
    assertNoStackTrace(run);
  }

  @Test
  void usage_errors_come_before_reading_any_file() {
    Run run = Run.of("--plan", BROKEN, "--profile", PROFILE, "--zone", "UTC");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).doesNotContain("lidocain").contains("--zone is the zone of --start");
  }

  @Test
  void help_lists_the_options_and_the_exit_codes() {
    Run run = Run.of("--help");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("Usage: hipkit-cli ")
        .contains("--plan=FILE", "--profile=FILE", "--start=DATE-TIME", "--zone=ZONE",
            "--svg=FILE", "--json")
        .contains("Exit codes:")
        .contains("hipkit informs professionals; it does not decide.");
  }

  // ---- --json ----

  @Test
  void json_prints_the_report_then_the_course_or_schedule_one_document_per_line() {

    Run course = Run.of("--plan", PLAN, "--profile", PROFILE, "--json");
    Run schedule = Run.of("--plan", PLAN, "--profile", PROFILE, "--json",
        "--start", "2026-12-01T09:00", "--zone", "Europe/London");

    assertThat(course.code()).isZero();
    assertThat(course.out().lines()).hasSize(2).allMatch(l -> l.startsWith("{\"format\":\"hipkit."));
    assertThat(schedule.code()).isZero();
    assertThat(schedule.out().lines()).hasSize(2).allMatch(l -> l.startsWith("{\"format\":\"hipkit."));
    assertThat(schedule.out()).isNotEqualTo(course.out());
    List<String> courseLines = course.out().lines().toList();
    List<String> scheduleLines = schedule.out().lines().toList();
    HipJson json = HipJson.standard();
    assertThat(json.readReport(courseLines.get(0)).summary().level()).isNotNull();
    assertThat(json.readCourse(courseLines.get(1)).items()).isNotEmpty();
    assertThat(json.readSchedule(scheduleLines.get(1)).items()).isNotEmpty();
  }

  @Test
  void json_still_reads_the_files_first() {
    Run run = Run.of("--plan", BROKEN, "--profile", PROFILE, "--json");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("/components/1/medication");
  }

  // ---- --svg ----

  @Test
  void writes_the_svg_creating_parent_directories() throws Exception {
    Path svg = temp.resolve("out/nested/course.svg");

    Run run = Run.of("--plan", PLAN, "--profile", PROFILE,
        "--start", "2026-12-01T09:00", "--zone", "Europe/London", "--svg", svg.toString());

    assertThat(run.code()).isZero();
    assertThat(run.errLines()).containsExactly("hipkit-cli: wrote " + svg);
    assertThat(Svg.parse(Files.readString(svg)).getDocumentElement().getLocalName()).isEqualTo("svg");
  }

  @Test
  void two_runs_write_the_same_bytes() throws IOException {
    Path first = temp.resolve("first.svg");
    Path second = temp.resolve("second.svg");

    Run.of("--plan", PLAN, "--profile", PROFILE, "--start", "2026-12-01T09:00[Europe/London]",
        "--svg", first.toString());
    Run.of("--plan", PLAN, "--profile", PROFILE, "--start", "2026-12-01T09:00[Europe/London]",
        "--svg", second.toString());

    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second)).isNotEmpty();
  }

  // ---- the documented command ----

  @Test
  void the_command_in_getting_started_runs() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "getting-started.md"));
    Matcher command = Pattern.compile(
            "\\./mvnw -q -pl examples -am compile exec:java"
                + " -Dexec\\.mainClass=(\\S+) -Dexec\\.args=\"([^\"]+)\"")
        .matcher(guide);
    assertThat(command.find()).as("the CLI command in docs/getting-started.md").isTrue();
    assertThat(command.group(1)).isEqualTo(HipkitCli.class.getName());

    // exec:java runs in Maven's JVM, whose working directory is where ./mvnw was started: the
    // project root. This test runs in examples/, so the root is "..".
    List<String> args = new ArrayList<>(List.of(command.group(2).split(" ")));
    for (int i = 0; i < args.size() - 1; i++) {
      String option = args.get(i);
      if (option.equals("--plan") || option.equals("--profile")) {
        args.set(i + 1, Path.of("..").resolve(args.get(i + 1)).toString());
      } else if (option.equals("--svg")) {
        args.set(i + 1, temp.resolve(args.get(i + 1)).toString());
      }
    }
    Run run = Run.of(args.toArray(String[]::new));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Schedule: ").contains("Summary: ");
    assertThat(args).contains("--svg");
    // What the guide says the samples give.
    String summary = run.out().lines().filter(l -> l.startsWith("Summary: ")).findFirst().orElseThrow();
    assertThat(guide).contains("(here `" + summary.substring("Summary: ".length()) + "`");
    String brokenLine = Run.of("--plan", BROKEN, "--profile", PROFILE).err().strip();
    assertThat(guide).contains(brokenLine.replace(BROKEN, "examples/" + BROKEN));
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
