package org.hipkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the contraindications and precautions of the knowledge inventory (section 7) line by line
 * and asserts that the standard rule set has a rule for each, citing the right source.
 */
class ContraindicationCoverageTest {

  record Line(String inventory, List<String> rules, String sourceKey) {
    @Override
    public String toString() {
      return inventory;
    }
  }

  static Stream<Line> lines() {
    String injection = "001_fe2bf646b7a8e36f";
    String needling = "004_1fb8da9520d54139";
    return Stream.of(
        new Line(
            "Suspected septic arthritis or systemic infection, especially fever with severe acute pain",
            List.of(
                "injection-suspected-joint-infection",
                "injection-systemic-infection",
                "injection-fever-with-severe-pain"),
            injection),
        new Line("Skin infection, open wound or dermatitis at the injection site", List.of("injection-skin-at-site"), injection),
        new Line(
            "Uncontrolled bleeding risk or anticoagulation that cannot be managed safely",
            List.of("injection-uncontrolled-anticoagulation", "injection-bleeding-disorder"),
            injection),
        new Line(
            "Allergy to a planned agent: local anesthetic, corticosteroid, antiseptic, contrast dye",
            List.of(
                "injection-allergy-local-anesthetic",
                "injection-allergy-corticosteroid",
                "injection-allergy-antiseptic",
                "injection-allergy-contrast"),
            injection),
        new Line(
            "Poorly controlled diabetes when a corticosteroid is planned",
            List.of("injection-steroid-with-poorly-controlled-diabetes"),
            injection),
        new Line(
            "Recent hip arthroplasty: injecting into or near a prosthetic joint",
            List.of("injection-recent-arthroplasty", "injection-prosthetic-hip"),
            injection),
        new Line("Fracture, rapidly worsening pain or other red flags", List.of("injection-red-flags"), injection),
        new Line(
            "Pregnancy, or inability to tolerate the imaging modality",
            List.of("injection-pregnancy-radiation", "injection-cannot-tolerate-procedure"),
            injection),
        new Line("Pain mainly from a non-hip source", List.of("injection-non-hip-pain-source"), injection),
        new Line("Needling: signs of infection", List.of("needling-infection-signs", "needling-skin-at-site"), needling),
        new Line("Needling: previous hip surgery", List.of("needling-previous-hip-surgery"), needling),
        new Line("Needling: osteoporosis", List.of("needling-osteoporosis"), needling),
        new Line("Needling: skin disorders", List.of("needling-skin-at-site"), needling),
        new Line(
            "Needling: severe, worsening or persistent pain needs a doctor first",
            List.of("needling-pain-needs-physician"),
            needling),
        new Line("Needling: bleeding and bruising risk", List.of("needling-bleeding-risk"), needling));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void the_inventory_line_has_a_rule_that_cites_its_source(Line line) {
    for (String id : line.rules()) {
      RuleDescription rule =
          StandardRules.all().stream()
              .map(Rule::description)
              .filter(d -> d.id().equals(id))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no rule " + id));
      Set<String> keys = rule.sources().stream().map(s -> s.key()).collect(Collectors.toSet());
      assertThat(keys).as(id).contains(line.sourceKey());
    }
  }

  @ParameterizedTest(name = "thresholds vary by clinician: {0}")
  @MethodSource("thresholdRules")
  void thresholds_that_vary_by_clinician_are_protocol_data(String ruleId, String threshold) {
    RuleDescription rule =
        StandardRules.all().stream()
            .map(Rule::description)
            .filter(d -> d.id().equals(ruleId))
            .findFirst()
            .orElseThrow();
    assertThat(rule.thresholds()).contains(threshold);
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> thresholdRules() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("injection-uncontrolled-anticoagulation", "maxInr"),
        org.junit.jupiter.params.provider.Arguments.of("injection-steroid-with-poorly-controlled-diabetes", "maxHba1cPercent"),
        org.junit.jupiter.params.provider.Arguments.of("injection-recent-arthroplasty", "minDaysSinceArthroplasty"),
        org.junit.jupiter.params.provider.Arguments.of("plan-landmark-intra-articular", "landmarkAcceptableForIntraArticular"));
  }
}
