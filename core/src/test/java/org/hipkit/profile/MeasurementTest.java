package org.hipkit.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hipkit.error.InvalidValueException;
import org.hipkit.source.CodeSystem;
import org.hipkit.source.StandardCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Measurements are typed by their analyte: only its units, written exactly, and only values within
 * its plausible range; an HbA1c in mmol/mol keeps its value and converts to percent exactly.
 */
class MeasurementTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  @ParameterizedTest(name = "HbA1c unit ''{0}''")
  @ValueSource(strings = {"% ", " %", "%%", "percent", "mmol/L", "mmol/mol ", "MMOL/MOL", "", "{INR}"})
  void an_hba1c_in_a_unit_hipkit_does_not_understand_is_refused_naming_the_unit_field(String unit) {
    assertThatThrownBy(() -> Measurement.of(Analyte.HBA1C, "7.1", unit, DAY))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.type()).isEqualTo("Measurement");
              assertThat(e.field()).isEqualTo("unit");
              assertThat(e.rule()).contains("%, mmol/mol");
              assertThat(e.value()).isEqualTo("'" + unit + "'");
            });
  }

  @ParameterizedTest(name = "INR unit ''{0}''")
  @ValueSource(strings = {"s", "sec", "1", "ratio", "{inr}", "{INR} ", "%", ""})
  void an_inr_in_another_unit_is_refused_so_35_seconds_is_not_an_inr_of_35(String unit) {
    assertThatThrownBy(() -> Measurement.of(Analyte.INR, "35", unit, DAY))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("unit");
              assertThat(e.rule()).contains("one of {INR}");
            });
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "INR, 0, {INR}",
    "INR, 0.49, {INR}",
    "INR, 20.01, {INR}",
    "INR, 200, {INR}",
    "HBA1C, 900, %",
    "HBA1C, 2.49, %",
    "HBA1C, 25.01, %",
    "HBA1C, 0, mmol/mol",
    "HBA1C, 3.74, mmol/mol",
    "HBA1C, 249.9, mmol/mol",
    "HBA1C, 900, mmol/mol"
  })
  void an_implausible_value_is_refused_naming_the_value_field_and_the_range(
      Analyte analyte, String value, String unit) {
    assertThatThrownBy(() -> Measurement.of(analyte, value, unit, DAY))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("value");
              assertThat(e.rule())
                  .contains(
                      "from " + analyte.lowest().toPlainString() + " to "
                          + analyte.highest().toPlainString() + " " + analyte.standardUnit())
                  .contains("not a clinical threshold");
              assertThat(e.value()).startsWith(value + " " + unit);
            });
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "INR, 0.5, {INR}",
    "INR, 20, {INR}",
    "HBA1C, 2.5, %",
    "HBA1C, 25, %",
    "HBA1C, 3.75, mmol/mol",
    "HBA1C, 249.8, mmol/mol"
  })
  void the_edges_of_the_plausible_range_are_accepted(Analyte analyte, String value, String unit) {
    Measurement m = Measurement.of(analyte, value, unit, DAY);

    assertThat(m.standardValue())
        .isBetween(analyte.lowest(), analyte.highest());
  }

  @ParameterizedTest(name = "{0} mmol/mol = {1} %")
  @CsvSource({"90, 10.39", "53, 7.00", "64, 8.01", "48, 6.54", "31, 4.99", "42.5, 6.04"})
  void an_hba1c_in_mmol_per_mol_keeps_its_value_and_converts_to_percent_by_the_master_equation(
      String mmolPerMol, String percent) {
    Measurement m = Measurement.hba1cMmolPerMol(mmolPerMol, DAY);

    assertThat(m.value()).isEqualTo(new BigDecimal(mmolPerMol));
    assertThat(m.unit()).isEqualTo("mmol/mol");
    assertThat(m.standardValue()).isEqualTo(new BigDecimal(percent));
    Measurement converted = m.inStandardUnit();
    assertThat(converted.unit()).isEqualTo("%");
    assertThat(converted.value()).isEqualTo(new BigDecimal(percent));
    assertThat(converted.date()).isEqualTo(DAY);
    assertThat(converted.code()).isEqualTo(m.code());
    assertThat(converted.analyte()).isEqualTo(Analyte.HBA1C);
  }

  @Test
  void a_value_in_the_standard_unit_is_not_converted_or_rounded() {
    Measurement m = Measurement.hba1cPercent("7.125", DAY);

    assertThat(m.standardValue()).isEqualTo(new BigDecimal("7.125"));
    assertThat(m.inStandardUnit()).isSameAs(m);
    assertThat(Measurement.inr("2.45", DAY).standardValue()).isEqualTo(new BigDecimal("2.45"));
  }

  @Test
  void a_measurement_labelled_with_another_analytes_code_is_refused() {
    assertThatThrownBy(
            () ->
                Measurement.builder()
                    .analyte(Analyte.INR)
                    .value(new BigDecimal("2.4"))
                    .unit("{INR}")
                    .date(DAY)
                    .code(Measurement.HBA1C_CODE)
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
    // Another code of the same analyte, such as the HPLC method's, stays the caller's choice.
    StandardCode hplc =
        StandardCode.of(
            CodeSystem.LOINC, "17856-6", "Hemoglobin A1c/Hemoglobin.total in Blood by HPLC");
    assertThat(
            Measurement.builder()
                .analyte(Analyte.HBA1C)
                .value(new BigDecimal("58"))
                .unit("mmol/mol")
                .date(DAY)
                .code(hplc)
                .build()
                .code())
        .hasValue(hplc);
  }

  @Test
  void the_profile_refuses_a_measurement_in_the_other_analytes_slot() {
    assertThatThrownBy(
            () -> PatientProfile.builder().hba1c(Measurement.inr("2.4", DAY)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("hba1c");
              assertThat(e.rule()).contains("measurement of hba1c");
            });
    assertThatThrownBy(
            () -> PatientProfile.builder().inr(Measurement.hba1cPercent("7.1", DAY)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("inr"));
  }

  @Test
  void an_analyte_names_its_units_standard_code_and_range() {
    assertThat(Analyte.INR.units()).containsExactly("{INR}");
    assertThat(Analyte.HBA1C.units()).containsExactly("%", "mmol/mol");
    assertThat(Analyte.HBA1C.standardUnit()).isEqualTo("%");
    assertThat(Analyte.INR.standardCode().code()).isEqualTo("6301-6");
    assertThat(Analyte.HBA1C.standardCode().code()).isEqualTo("4548-4");
    assertThat(Analyte.HBA1C.accepts("% ")).isFalse();
    assertThatThrownBy(() -> Analyte.INR.standardValue(BigDecimal.ONE, "%"))
        .isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 1899, 2201, 999_999_999})
  void a_measurement_dated_outside_the_years_1900_to_2200_is_refused_naming_the_date_field(int year) {
    LocalDate date = LocalDate.of(year, 1, 1);

    assertThatThrownBy(() -> Measurement.inr("2.1", date))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("date"));
  }

  @Test
  void an_implausible_value_in_the_standard_unit_is_shown_as_given_and_a_converted_one_with_its_conversion() {
    assertThatThrownBy(() -> Measurement.inr("25", DAY))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.rule())
                  .isEqualTo(
                      "must be a physiologically possible inr, from 0.5 to 20 {INR}"
                          + " (hipkit's plausibility bound, not a clinical threshold)");
              assertThat(e.value()).isEqualTo("25 {INR}");
            });
    assertThatThrownBy(() -> Measurement.hba1cMmolPerMol("300", DAY))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.rule()).contains(" % once converted (hipkit's plausibility bound");
              assertThat(e.value()).startsWith("300 mmol/mol = ").endsWith(" %");
            });
  }
}
