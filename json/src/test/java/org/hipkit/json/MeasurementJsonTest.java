package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hipkit.json.BadInputTest.failure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hipkit.error.InvalidValueException;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.check.Fact;
import org.hipkit.check.FactValue;
import org.hipkit.check.Outcome;
import org.hipkit.check.RuleResult;
import org.hipkit.check.StandardRules;
import org.hipkit.check.ThresholdValue;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measurements in documents keep their shape; a unit the slot's analyte does not have, or an
 * implausible value, is refused at that very field, and an HbA1c in mmol/mol reads and writes back
 * as it was entered.
 */
class MeasurementJsonTest {

  private static final HipJson JSON = HipJson.standard();
  private static final String PROFILE = Fixtures.text("profile.json");
  private static final String REPORT = Fixtures.text("report.json");
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private static final String INR =
      "\"inr\": {\n    \"value\": 2.4,\n    \"unit\": \"{INR}\",";
  private static final String HBA1C =
      "\"hba1c\": {\n    \"value\": 7.10,\n    \"unit\": \"%\",";

  private static String inr(String value, String unit) {
    assertThat(PROFILE).contains(INR);
    return PROFILE.replace(
        INR, "\"inr\": {\n    \"value\": " + value + ",\n    \"unit\": \"" + unit + "\",");
  }

  private static String hba1c(String value, String unit) {
    assertThat(PROFILE).contains(HBA1C);
    return PROFILE.replace(
        HBA1C, "\"hba1c\": {\n    \"value\": " + value + ",\n    \"unit\": \"" + unit + "\",");
  }

  @ParameterizedTest(name = "inr {0} {1} refused at {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "35   | s        | /inr/unit",
        "2.4  | 1        | /inr/unit",
        "2.4  | {inr}    | /inr/unit",
        "0    | {INR}    | /inr/value",
        "200  | {INR}    | /inr/value",
      })
  void an_inr_in_another_unit_or_out_of_range_is_refused_at_its_field(
      String value, String unit, String pointer) {
    HipJsonException e = failure(() -> JSON.readProfile(inr(value, unit)));

    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo(pointer);
    assertThat(e.reason()).contains(pointer.endsWith("unit") ? "one of {INR}" : "from 0.5 to 20");
  }

  @ParameterizedTest(name = "hba1c {0} ''{1}'' refused at {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "7.1   | '% '      | /hba1c/unit",
        "7.1   | mmol/L    | /hba1c/unit",
        "7.1   | {INR}     | /hba1c/unit",
        "900   | %         | /hba1c/value",
        "900   | mmol/mol  | /hba1c/value",
        "2     | %         | /hba1c/value",
      })
  void an_hba1c_in_another_unit_or_out_of_range_is_refused_at_its_field(
      String value, String unit, String pointer) {
    HipJsonException e = failure(() -> JSON.readProfile(hba1c(value, unit)));

    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo(pointer);
    assertThat(e.reason())
        .contains(pointer.endsWith("unit") ? "one of %, mmol/mol" : "from 2.5 to 25 %");
  }

  @Test
  void the_profile_schema_holds_each_measurement_to_its_units_and_range() {
    assertThat(Fixtures.schemaErrors(DocumentType.PROFILE, hba1c("90", "mmol/mol"))).isEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.PROFILE, hba1c("25", "%"))).isEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.PROFILE, hba1c("7.1", "% "))).isNotEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.PROFILE, hba1c("900", "%"))).isNotEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.PROFILE, hba1c("900", "mmol/mol"))).isNotEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.PROFILE, inr("35", "s"))).isNotEmpty();
    assertThat(Fixtures.schemaErrors(DocumentType.PROFILE, inr("200", "{INR}"))).isNotEmpty();
  }

  @Test
  void an_hba1c_in_mmol_per_mol_reads_and_writes_back_as_entered() {
    String text = hba1c("90", "mmol/mol");

    PatientProfile profile = JSON.readProfile(text);

    Measurement hba1c = profile.hba1c().orElseThrow();
    assertThat(hba1c.value()).isEqualTo(new BigDecimal("90"));
    assertThat(hba1c.unit()).isEqualTo("mmol/mol");
    assertThat(hba1c.standardValue()).isEqualTo(new BigDecimal("10.39"));
    assertThat(Fixtures.PRETTY.writeProfile(profile)).isEqualTo(text);
  }

  @Test
  void a_version_1_profile_with_inr_and_percent_units_keeps_reading() {
    String text =
        """
        {"format": "hipkit.profile/1",
         "inr": {"value": 2.4, "unit": "{INR}", "date": "2026-11-20"},
         "diabetes": "present",
         "hba1c": {"value": 7.1, "unit": "%", "date": "2026-11-02"}}
        """;

    PatientProfile profile = JSON.readProfile(text);

    assertThat(profile.inr().orElseThrow().value()).isEqualTo(new BigDecimal("2.4"));
    assertThat(profile.hba1c().orElseThrow().unit()).isEqualTo("%");
    assertThat(JSON.readProfile(PROFILE)).isEqualTo(Fixtures.profile());
  }

  @Test
  void a_report_fact_with_a_unit_its_analyte_does_not_have_is_refused_at_the_unit() {
    String measured = "\"fact\": \"inr\",\n          \"measurement\": {\n            \"value\": 2.8,\n"
        + "            \"unit\": \"{INR}\"";
    assertThat(REPORT).contains(measured);
    String text = REPORT.replace(measured, measured.replace("{INR}", "s"));

    HipJsonException e = failure(() -> JSON.readReport(text));

    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).matches("/results/\\d+/facts/\\d+/measurement/unit");
    assertThat(e.reason()).contains("one of {INR}");
  }

  @Test
  void a_report_fact_with_an_implausible_value_is_refused_at_the_value() {
    String measured = "\"fact\": \"inr\",\n          \"measurement\": {\n            \"value\": 2.8,";
    assertThat(REPORT).contains(measured);
    String text = REPORT.replace(measured, measured.replace("2.8", "200"));

    HipJsonException e = failure(() -> JSON.readReport(text));

    assertThat(e.pointer()).matches("/results/\\d+/facts/\\d+/measurement/value");
  }

  @Test
  void a_report_of_an_hba1c_in_mmol_per_mol_keeps_both_the_measured_and_the_converted_value() {
    PatientProfile profile =
        PatientProfile.builder()
            .diabetes(Presence.PRESENT)
            .hba1c(Measurement.hba1cMmolPerMol("90", DAY.minusDays(3)))
            .build();
    CheckReport report = Checker.standard().check(profile, Fixtures.readmePlan(), DAY);
    assertThat(report.result(StandardRules.INJECTION_STEROID_WITH_POORLY_CONTROLLED_DIABETES.description().id()).status())
        .isEqualTo(org.hipkit.check.Status.FLAGGED);

    String text = JSON.writeReport(report);

    assertThat(text)
        .contains("\"measurement\":{\"value\":90,\"unit\":\"mmol/mol\"")
        .contains("\"measurement\":{\"value\":10.39,\"unit\":\"%\"");
    assertThat(JSON.readReport(text)).isEqualTo(report);
  }

  @Test
  void a_report_whose_inr_fact_holds_an_hba1c_is_not_written() {
    Measurement hba1c = Measurement.hba1cPercent("9.1", DAY);
    RuleResult result =
        new RuleResult(
            StandardRules.INJECTION_UNCONTROLLED_ANTICOAGULATION.description(),
            Outcome.flagged(
                List.of(new FactValue(Fact.INR, hba1c)),
                List.of(
                    new ThresholdValue("maxInr", new BigDecimal("3.0")),
                    new ThresholdValue("inrMaxAgeDays", 7))));
    CheckReport report =
        CheckReport.of(Fixtures.plan(), Protocol.standard(), DAY, List.of(result));

    assertThatThrownBy(() -> JSON.writeReport(report))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("fact 'inr' takes a measurement");
  }
}
