package org.hipkit.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hipkit.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Sources and standard codes refuse blank parts, and print in a stable form. */
class SourcesTest {

  @Test
  void source_needsAKeyWithoutSpacesAndATitle() {
    Source source = Source.of("001_abc", "A leaflet");

    assertThat(source.key()).isEqualTo("001_abc");
    assertThat(source).hasToString("001_abc (A leaflet)");
    assertThatThrownBy(() -> Source.of(" ", "A leaflet"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid Source.key: must not be blank");
    assertThatThrownBy(() -> Source.of("001 abc", "A leaflet"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid Source.key: must not contain white space (was 001 abc)");
    assertThatThrownBy(() -> Source.of("001_abc\t", "A leaflet")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Source.of("001_abc", ""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid Source.title: must not be blank");
  }

  @Test
  void standardCode_needsASystemACodeAndADisplay() {
    StandardCode code = StandardCode.of(CodeSystem.LOINC, "6301-6", "INR");

    assertThat(code.system()).isEqualTo("http://loinc.org");
    assertThat(code).hasToString("http://loinc.org|6301-6 INR");
    assertThatThrownBy(() -> StandardCode.of(" ", "6301-6", "INR")).hasMessageStartingWith("Invalid StandardCode.system:");
    assertThatThrownBy(() -> StandardCode.of(CodeSystem.LOINC, "", "INR")).hasMessageStartingWith("Invalid StandardCode.code:");
    assertThatThrownBy(() -> StandardCode.of(CodeSystem.LOINC, "6301-6", " "))
        .hasMessageStartingWith("Invalid StandardCode.display:");
  }
}
