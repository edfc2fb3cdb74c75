package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.check.Rule;
import org.hipkit.check.RuleDescription;
import org.hipkit.check.RuleResult;
import org.hipkit.check.Status;
import org.hipkit.check.Summary;
import org.hipkit.check.ThresholdValue;
import org.hipkit.course.Course;
import org.hipkit.course.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden documents: every {@code golden/<release>/*.json} on the test class path, written by a
 * released hipkit-json and never edited since, read with today's standard reader.
 *
 * <p>hipkit promises that a stored document stays readable. Each golden document must read without
 * error, write and read back to an equal value, and, when it is derived (a report, a course, a
 * schedule), be what today's code derives from the inputs the document holds. A document in the
 * format version this code writes must also be written back byte for byte, since a version of the
 * format never changes (docs/json-format.md §1, "Versions").
 */
class GoldenDocumentsTest {

  private static final HipJson JSON = HipJson.standard();
  private static final HipJson PRETTY = HipJson.builder().prettyPrint(true).build();
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final Pattern FORMAT = Pattern.compile("hipkit\\.([a-z]+)/([1-9][0-9]*)");
  private static final Map<String, RuleDescription> STANDARD_RULES =
      Checker.standard().rules().stream()
          .map(Rule::description)
          .collect(Collectors.toMap(RuleDescription::id, Function.identity()));

  /** One golden document: the release folder it is in, its file name and its text. */
  record Golden(String release, String file, String text) {

    /** Returns the document's {@code format} field, such as {@code hipkit.plan/1}. */
    String format() {
      JsonNode format = TREES.readTree(text).get("format");
      if (format == null || !format.isString()) {
        throw new AssertionError(this + " has no format");
      }
      return format.asString();
    }

    /** Returns the kind its format names, such as {@code plan}. */
    String kind() {
      return formatPart(1);
    }

    /** Returns the major version its format names. */
    int version() {
      return Integer.parseInt(formatPart(2));
    }

    private String formatPart(int group) {
      Matcher m = FORMAT.matcher(format());
      if (!m.matches()) {
        throw new AssertionError(this + " has a format that is no hipkit format: " + format());
      }
      return m.group(group);
    }

    @Override
    public String toString() {
      return release + "/" + file;
    }
  }

  /** Returns every golden document, in release and file order. */
  static List<Golden> documents() {
    Path root = goldenRoot();
    try (Stream<Path> releases = Files.list(root)) {
      return releases
          .filter(Files::isDirectory)
          .flatMap(GoldenDocumentsTest::documentsOf)
          .sorted((a, b) -> a.toString().compareTo(b.toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<Golden> documentsOf(Path release) {
    try (Stream<Path> files = Files.list(release)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .map(f -> new Golden(release.getFileName().toString(), f.getFileName().toString(), read(f)))
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code golden} folder of the test class path: where this class was loaded from. */
  private static Path goldenRoot() {
    try {
      Path classes =
          Path.of(GoldenDocumentsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = classes.resolve("golden");
      assertThat(root).as("the golden documents beside the test classes").isDirectory();
      return root;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void readsWithTheCurrentCode_andWritesBackEqual(Golden golden) {
    DocumentType<?> type = typeOf(golden);

    check(golden, type);
  }

  private static <T> void check(Golden golden, DocumentType<T> type) {
    T value = JSON.read(type, golden.text()).value();

    T again = JSON.read(type, JSON.write(type, value)).value();
    assertThat(comparable(again)).as("%s written and read again", golden).isEqualTo(comparable(value));
    if (golden.version() == type.version()) {
      // In the layout the document was written in: indented (as the 0.1 documents are) or compact.
      HipJson layout = golden.text().startsWith("{\n") ? PRETTY : JSON;
      assertThat(layout.write(type, value)).as("%s written again", golden).isEqualTo(golden.text());
    }
    // Plans, profiles, protocols and catalogs are what people enter: nothing in them is derived.
    if (value instanceof CheckReport report) {
      checkReport(golden, report);
    } else if (value instanceof Course course) {
      assertThat(course)
          .as("%s: the course its plan and protocol give", golden)
          .isEqualTo(Course.of(course.plan(), course.protocol()));
    } else if (value instanceof Schedule schedule) {
      Schedule derived =
          Course.of(schedule.course().plan(), schedule.course().protocol()).schedule(schedule.start());
      assertThat(schedule).as("%s: the schedule its plan, protocol and start give", golden).isEqualTo(derived);
      assertThat(schedule.items()).as("%s: its items", golden).isEqualTo(derived.items());
    }
  }

  /**
   * A report's results are taken as written; what the reader derives, and so what must hold, is the
   * rest: each result's rule is the standard checker's rule of that id in that version, each
   * finding's thresholds are the report's protocol's values, and the summary the document states
   * is the one its results give.
   */
  private static void checkReport(Golden golden, CheckReport report) {
    for (RuleResult result : report.results()) {
      assertThat(result.rule())
          .as("%s: rule %s", golden, result.rule().id())
          .isEqualTo(STANDARD_RULES.get(result.rule().id()));
      if (result.status() == Status.FLAGGED) {
        for (ThresholdValue threshold : result.outcome().thresholds()) {
          assertThat(threshold.value())
              .as("%s: threshold %s of %s", golden, threshold.name(), result.rule().id())
              .isEqualTo(report.protocol().thresholds().get(threshold.name()));
        }
      }
    }
    Summary derived =
        CheckReport.of(report.plan(), report.protocol(), report.asOf(), report.results()).summary();
    JsonNode stated = TREES.readTree(golden.text()).get("summary");
    assertThat(stated.get("level").asString()).as("%s: summary level", golden).isEqualTo(derived.level().code());
    assertThat(stated.get("incomplete").asBoolean()).as("%s: incomplete", golden).isEqualTo(derived.incomplete());
    assertThat(stated.get("flagged").asInt()).as("%s: flagged", golden).isEqualTo(derived.flagged());
    assertThat(stated.get("indeterminate").asInt())
        .as("%s: indeterminate", golden)
        .isEqualTo(derived.indeterminate());
    assertThat(report.summary()).as("%s: summary", golden).isEqualTo(derived);
  }

  /** A catalog has no value equality; its entries and sources do. */
  private static Object comparable(Object value) {
    return value instanceof HipCatalog catalog
        ? List.of(List.copyOf(catalog.entries()), catalog.sources())
        : value;
  }

  private static DocumentType<?> typeOf(Golden golden) {
    DocumentType<?> type =
        DocumentType.values().stream()
            .filter(t -> t.kind().equals(golden.kind()))
            .findFirst()
            .orElseThrow(() -> new AssertionError(golden + " is of no known kind: " + golden.format()));
    assertThat(golden.version())
        .as("%s: a released document is never newer than the code", golden)
        .isLessThanOrEqualTo(type.version());
    assertThat(golden.file())
        .as("%s: its name starts with its kind", golden)
        .startsWith(type.kind() + "-");
    return type;
  }

  @Test
  void everyReleaseFolder_holdsADocumentOfEachKind() {
    Map<String, Set<String>> kinds = new TreeMap<>();
    for (Golden golden : documents()) {
      kinds.computeIfAbsent(golden.release(), r -> new TreeSet<>()).add(golden.kind());
    }
    Set<String> all =
        DocumentType.values().stream().map(DocumentType::kind).collect(Collectors.toCollection(TreeSet::new));

    assertThat(kinds).as("release folders under golden/").containsKey("0.1");
    kinds.forEach(
        (release, found) -> assertThat(found).as("kinds in golden/%s", release).isEqualTo(all));
  }

  @Test
  void everyFileOfAReleaseFolder_isAGoldenDocumentOrItsRecord() throws IOException {
    // A stray file (a document saved as .jsn, say) would silently escape the checks above.
    try (Stream<Path> releases = Files.list(goldenRoot())) {
      for (Path release : releases.toList()) {
        if (!Files.isDirectory(release)) {
          fail("golden/ holds only release folders, not " + release.getFileName());
        }
        try (Stream<Path> files = Files.list(release)) {
          assertThat(files.map(f -> f.getFileName().toString()))
              .as("files of golden/%s", release.getFileName())
              .allMatch(
                  name -> name.endsWith(".json") || name.equals("README.md") || name.endsWith(".java.txt"));
        }
      }
    }
  }
}
