package org.hipkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps every Java sample in docs/ compiling and running: each fenced {@code java} block of a
 * Markdown file under docs/ must appear, line for line and at some indentation, in a Java source
 * that the build compiles and whose tests run (the examples module, or the test sources of core
 * and testkit). A sample edited in the docs alone, or code changed without its sample, fails here.
 *
 * <p>README.md's samples are checked here too, except the first, the main flow, which {@link
 * QuickStartTest} checks against the quick start (it adds a few lines that print).
 */
class DocsSamplesTest {

  private static final Path ROOT = Path.of("..");
  private static final List<Path> SOURCE_ROOTS =
      List.of(
          Path.of("src"),
          ROOT.resolve("core/src/test"),
          ROOT.resolve("testkit/src/test"),
          ROOT.resolve("json/src/test"));

  /** One fenced Java block: where it is, and its lines. */
  record Sample(Path file, int line, List<String> code) {
    @Override
    public String toString() {
      return ROOT.relativize(file) + ":" + line;
    }
  }

  static List<Sample> samples() throws IOException {
    List<Sample> samples = new ArrayList<>();
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        samples.addAll(samplesIn(doc));
      }
    }
    List<Sample> readme = samplesIn(ROOT.resolve("README.md"));
    samples.addAll(readme.subList(Math.min(1, readme.size()), readme.size()));
    return samples;
  }

  static List<Sample> samplesIn(Path doc) throws IOException {
    List<String> lines = Files.readAllLines(doc);
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```java")) {
        int start = i + 1;
        int end = start;
        while (!lines.get(end).strip().equals("```")) {
          end++;
        }
        samples.add(new Sample(doc, start + 1, List.copyOf(lines.subList(start, end))));
        i = end;
      }
    }
    return samples;
  }

  static List<String> sources() throws IOException {
    List<String> sources = new ArrayList<>();
    for (Path root : SOURCE_ROOTS) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(p -> p.toString().endsWith(".java"))
            .sorted()
            .forEach(p -> sources.add(read(p)));
      }
    }
    return sources;
  }

  /** True when the sample's lines appear consecutively in the source, all indented alike. */
  static boolean appearsIn(List<String> sample, String source) {
    for (int indent = 0; indent <= 12; indent += 2) {
      String prefix = " ".repeat(indent);
      String shifted =
          sample.stream().map(l -> l.isEmpty() ? l : prefix + l).collect(Collectors.joining("\n"));
      if (source.startsWith(shifted + "\n") || source.contains("\n" + shifted + "\n")) {
        return true;
      }
    }
    return false;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void every_java_sample_in_the_docs_is_compiled_source(Sample sample) throws IOException {
    boolean found = sources().stream().anyMatch(source -> appearsIn(sample.code(), source));

    assertThat(found)
        .as("the sample at %s, found verbatim in no compiled source:%n%s",
            sample, String.join("\n", sample.code()))
        .isTrue();
  }

  @Test
  void the_guides_hold_the_samples_this_test_checks() throws IOException {
    assertThat(samples())
        .extracting(s -> ROOT.relativize(s.file()).toString().replace('\\', '/'))
        .contains("docs/course.md", "docs/getting-started.md", "docs/testing-with-hipkit.md");
  }

  @Test
  void a_changed_sample_is_noticed() {
    String source = "class A {\n  void m() {\n    int x = 1;\n    int y = 2;\n  }\n}\n";

    assertThat(appearsIn(List.of("int x = 1;", "int y = 2;"), source)).isTrue();
    assertThat(appearsIn(List.of("int x = 1;", "int y = 3;"), source)).isFalse();
    assertThat(appearsIn(List.of("int y = 2;", "int x = 1;"), source)).isFalse();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
