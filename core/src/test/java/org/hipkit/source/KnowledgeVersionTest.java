package org.hipkit.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hipkit.error.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KnowledgeVersionTest {

  @Test
  void parses_and_prints_name_and_release() {
    KnowledgeVersion version = KnowledgeVersion.parse("hipkit-standard/2026.12");
    assertThat(version.name()).isEqualTo("hipkit-standard");
    assertThat(version.release()).isEqualTo("2026.12");
    assertThat(version).hasToString("hipkit-standard/2026.12")
        .isEqualTo(KnowledgeVersion.of("hipkit-standard", "2026.12"))
        .hasSameHashCodeAs(KnowledgeVersion.of("hipkit-standard", "2026.12"));
  }

  @Test
  void a_clinic_release_may_extend_a_standard_one() {
    assertThat(KnowledgeVersion.parse("clinic-north/2026.12+3").release()).isEqualTo("2026.12+3");
  }

  @Test
  void orders_by_name_then_release() {
    assertThat(KnowledgeVersion.parse("a/2")).isLessThan(KnowledgeVersion.parse("b/1"));
    assertThat(KnowledgeVersion.parse("a/1")).isLessThan(KnowledgeVersion.parse("a/2"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "hipkit", "/1", "a/", "a/b/c", "A/1", "a/1..2", "a/.1", "a/1.", "a/1 2", "a/R1",
      "a/123456789012345678901234567890123"})
  void refuses_malformed_text_naming_the_field(String text) {
    assertThatThrownBy(() -> KnowledgeVersion.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("KnowledgeVersion");
  }
}
