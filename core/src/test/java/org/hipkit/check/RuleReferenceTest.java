package org.hipkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/checks.md equal to the rendering of the standard rules. Run with
 * {@code -Dhipkit.writeDocs=true} to regenerate the file after changing a rule.
 */
class RuleReferenceTest {

  private static final Path DOC = Path.of("..", "docs", "checks.md");

  @Test
  void docs_checks_md_is_the_current_rendering_of_the_standard_rules() throws IOException {
    String expected = RuleReference.markdown(Checker.standard());
    if (Boolean.getBoolean("hipkit.writeDocs")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }

    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/checks.md is stale: rerun with -Dhipkit.writeDocs=true")
        .isEqualTo(expected);
  }

  @Test
  void every_threshold_a_rule_names_is_a_protocol_threshold() {
    for (Rule rule : StandardRules.all()) {
      assertThat(Protocol.standard().thresholds().keySet())
          .as(rule.description().id())
          .containsAll(rule.description().thresholds());
    }
  }

  @Test
  void the_reference_lists_every_rule_with_its_default_threshold() {
    String md = RuleReference.markdown(Checker.standard());

    for (Rule rule : StandardRules.all()) {
      assertThat(md).contains("## " + rule.description().id());
    }
    assertThat(md).contains("`maxInr` = 3.0").contains("`minDaysSinceArthroplasty` = 90");
  }
}
