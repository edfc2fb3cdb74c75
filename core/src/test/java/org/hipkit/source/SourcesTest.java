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

  @Test
  void source_isABibliographicRecordThatPrintsForPeopleWithoutItsKey() {
    Source eular =
        Source.builder()
            .key("eular-2021-ia-injections")
            .label("EULAR 2021")
            .title("EULAR recommendations for intra-articular therapies")
            .authors("Uson J, et al.")
            .published("Ann Rheum Dis 2021;80(10):1299-1305")
            .year(2021)
            .identifier("doi:10.1136/annrheumdis-2021-220266")
            .type(SourceType.GUIDELINE)
            .grade(EvidenceGrade.HIGH)
            .build();

    assertThat(eular.citation())
        .isEqualTo("EULAR 2021: EULAR recommendations for intra-articular therapies (guideline, evidence high)")
        .doesNotContain(eular.key());
    Source page = Source.builder().key("000_f899d8f49923868e").title("Can You Get Gel Shots in Your Hip?")
        .type(SourceType.PATIENT_EDUCATION_PAGE).grade(EvidenceGrade.LOW).build();
    assertThat(page.citation())
        .isEqualTo("Can You Get Gel Shots in Your Hip? (patient-education page, evidence low)");
    assertThat(Source.of("k", "A title").citation()).isEqualTo("A title");
    assertThat(Source.of("k", "A title").label()).isEqualTo("A title");
  }

  @Test
  void source_refusesAnIdentifierNoReaderCouldFollowAndAnImpossibleYear() {
    for (String bad : new String[] {"10.1136/x", "pmid:12a", "pmid:", "doi:10.1/a b", "www.example.org"}) {
      assertThatThrownBy(() -> Source.builder().key("k").title("t").identifier(bad).build())
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("Invalid Source.identifier:");
    }
    for (String good : new String[] {"doi:10.1136/x", "pmid:34035002", "https://example.org/a"}) {
      assertThat(Source.builder().key("k").title("t").identifier(good).build().identifier()).hasValue(good);
    }
    assertThatThrownBy(() -> Source.builder().key("k").title("t").year(1899).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid Source.year:");
  }
}
