package org.hipkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.hipkit.check.Concern;
import org.hipkit.course.ItemKind;
import org.junit.jupiter.api.Test;

/** Keeps README's code sample equal to the quick start, and checks what the quick start shows. */
class QuickStartTest {

  @Test
  void readme_sample_is_the_quick_start_main_flow() throws IOException {
    String source =
        Files.readString(Path.of("src/main/java/org/hipkit/examples/QuickStart.java"));
    String region =
        source.substring(
            source.indexOf("// tag::main-flow[]\n") + "// tag::main-flow[]\n".length(),
            source.indexOf("    // end::main-flow[]"));
    String deindented =
        region.lines().map(l -> l.startsWith("    ") ? l.substring(4) : l).collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```java\n") + "```java\n".length();
    String sample = readme.substring(start, readme.indexOf("```", start));

    assertThat(sample).startsWith(deindented);
  }

  @Test
  void the_quick_start_flags_the_high_hba1c_and_is_not_clear() {
    QuickStart.Result result = QuickStart.run();

    assertThat(result.report().summary().level()).isEqualTo(Concern.MODIFY);
    assertThat(result.report().render())
        .contains("Made on 2026-12-01 for the procedure on 2026-12-01, protocol hipkit-standard\n");
    assertThat(result.report().summary().incomplete()).isTrue();
    assertThat(result.report().findings())
        .extracting(f -> f.rule().id())
        .containsExactly("injection-steroid-with-poorly-controlled-diabetes");
  }

  @Test
  void the_readme_comment_matches_the_summary() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));

    assertThat(readme).contains("report.summary();         // " + QuickStart.run().report().summary());
  }

  @Test
  void the_schedule_holds_every_course_item_with_a_follow_up() {
    QuickStart.Result result = QuickStart.run();

    assertThat(result.schedule().items()).hasSameSizeAs(result.course().items());
    List<ItemKind> kinds = result.course().items().stream().map(i -> i.kind()).toList();
    assertThat(kinds).contains(ItemKind.EFFECT, ItemKind.FLARE, ItemKind.FOLLOW_UP);
  }
}
