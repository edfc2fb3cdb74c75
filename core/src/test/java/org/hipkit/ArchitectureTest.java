package org.hipkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the package structure of core: knowledge flows one way (catalog knowledge, then plans and
 * profiles, then checks and courses), there are no package cycles, and nothing uses reflection, I/O,
 * logging or a clock.
 */
class ArchitectureTest {

  private static final Path SOURCES = Path.of("src", "main", "java", "org", "hipkit");
  private static final Pattern REFERENCE = Pattern.compile("org\\.hipkit\\.([a-z]+)\\.[A-Z]");

  private static final Set<String> KNOWLEDGE =
      Set.of("anatomy", "condition", "medication", "guidance", "intervention", "catalog", "source", "quantity");
  private static final Set<String> DOWNSTREAM = Set.of("plan", "profile", "protocol", "check", "course");

  private static Map<String, Set<String>> dependencies() {
    Map<String, Set<String>> deps = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = SOURCES.relativize(file).getParent().toString();
        Set<String> used = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher m = REFERENCE.matcher(Files.readString(file));
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            used.add(m.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return deps;
  }

  @Test
  void knowledge_packages_never_depend_on_plans_checks_or_courses() {
    dependencies().forEach((pkg, used) -> {
      if (KNOWLEDGE.contains(pkg)) {
        assertThat(used).as(pkg).doesNotContainAnyElementsOf(DOWNSTREAM);
      }
    });
  }

  @Test
  void checks_and_courses_do_not_depend_on_each_other() {
    Map<String, Set<String>> deps = dependencies();
    assertThat(deps.get("check")).doesNotContain("course");
    assertThat(deps.get("course")).doesNotContain("check");
  }

  @Test
  void there_are_no_package_cycles() {
    Map<String, Set<String>> deps = dependencies();
    for (String start : deps.keySet()) {
      Deque<String> todo = new ArrayDeque<>(deps.get(start));
      Set<String> seen = new HashSet<>();
      while (!todo.isEmpty()) {
        String next = todo.pop();
        assertThat(next).as("cycle through " + start).isNotEqualTo(start);
        if (seen.add(next)) {
          todo.addAll(deps.getOrDefault(next, Set.of()));
        }
      }
    }
  }

  @Test
  void core_uses_no_reflection_io_logging_or_clock() throws IOException {
    List<String> forbidden =
        List.of("java.lang.reflect", "java.io.File", "java.nio.file", "java.util.logging", "System.out",
            "System.err", "Clock.system", ".now()", "System.currentTimeMillis", "Class.forName");
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String code = codeWithoutComments(Files.readString(file));
        for (String word : forbidden) {
          assertThat(code).as(file + " uses " + word).doesNotContain(word);
        }
      }
    }
  }

  /** Drops comment lines, so Javadoc examples that print are not mistaken for code that does. */
  private static String codeWithoutComments(String text) {
    StringBuilder code = new StringBuilder();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (!(trimmed.startsWith("*") || trimmed.startsWith("//") || trimmed.startsWith("/*"))) {
        code.append(line).append('\n');
      }
    }
    return code.toString();
  }
}
