package org.hipkit.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.hipkit.error.InvalidValueException;
import org.hipkit.internal.Require;
import org.hipkit.source.StandardCode;
import org.immutables.value.Value;

/**
 * A measured value of an {@link Analyte} with its unit and the date it was taken, such as an INR of
 * 2.4 on 2026-11-20 or an HbA1c of 58 mmol/mol on 2026-11-02.
 *
 * <p>A measurement keeps the value in the unit it was given, so that a stored one writes back what
 * was entered; {@link #standardValue()} gives it in the analyte's standard unit, which is what a
 * check compares. Only the units the analyte lists are accepted, written exactly, and only values
 * within the analyte's plausible range: anything else throws at construction, naming the field.
 *
 * <p>The date matters: a check treats a measurement older than its protocol allows as unknown.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Measurement {

  /** LOINC 6301-6, INR in platelet-poor plasma by coagulation assay: {@link Analyte#INR}'s code. */
  public static final StandardCode INR_CODE = Analyte.INR.standardCode();

  /** LOINC 4548-4, hemoglobin A1c / hemoglobin total in blood: {@link Analyte#HBA1C}'s code. */
  public static final StandardCode HBA1C_CODE = Analyte.HBA1C.standardCode();

  Measurement() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Measurement} values; required: analyte, value, unit, date. */
  public static final class Builder extends ImmutableMeasurement.Builder {
    Builder() {}
  }

  /**
   * Returns what was measured.
   *
   * @return the analyte, which decides the units and values accepted
   */
  public abstract Analyte analyte();

  /**
   * Returns the measured value, in {@link #unit()}.
   *
   * @return the value, an exact decimal, as given
   */
  public abstract BigDecimal value();

  /**
   * Returns the unit of the value.
   *
   * @return the unit, one of the analyte's {@link Analyte#units() units}, such as {@code %},
   *     {@code mmol/mol} or {@code {INR}}
   */
  public abstract String unit();

  /**
   * Returns the date the measurement was taken.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the standard code that labels what was measured, if known.
   *
   * @return the code, such as {@link #INR_CODE}
   */
  public abstract Optional<StandardCode> code();

  /**
   * Returns the value in the analyte's standard unit: an HbA1c in mmol/mol converted to percent as
   * {@link Analyte#standardValue(BigDecimal, String)} says, any other value as it is.
   *
   * @return the value in {@link Analyte#standardUnit()}
   */
  public BigDecimal standardValue() {
    return analyte().standardValue(value(), unit());
  }

  /**
   * Returns this measurement in the analyte's standard unit: itself when it is in that unit, else a
   * measurement of the same analyte, date and code holding {@link #standardValue()}.
   *
   * @return the measurement in {@link Analyte#standardUnit()}
   */
  public Measurement inStandardUnit() {
    String standard = analyte().standardUnit();
    if (unit().equals(standard)) {
      return this;
    }
    return builder().from(this).value(standardValue()).unit(standard).build();
  }

  /**
   * Obtains a measurement.
   *
   * @param analyte what was measured
   * @param value the value as a decimal string, such as {@code 58}
   * @param unit its unit, one of the analyte's units, such as {@code mmol/mol}
   * @param date the date it was taken
   * @return the measurement, labelled with the analyte's standard code
   * @throws org.hipkit.error.InvalidValueException if the value is not a decimal, the unit is not
   *     one of the analyte's or the value is outside its plausible range
   */
  public static Measurement of(Analyte analyte, String value, String unit, LocalDate date) {
    return builder()
        .analyte(analyte)
        .value(decimal(value))
        .unit(unit)
        .date(date)
        .code(analyte.standardCode())
        .build();
  }

  /**
   * Obtains an INR measurement, labelled with {@link #INR_CODE}.
   *
   * @param value the INR as a decimal string, such as {@code 2.4}
   * @param date the date it was taken
   * @return the measurement
   * @throws org.hipkit.error.InvalidValueException if the value is not a decimal from 0.5 to 20
   */
  public static Measurement inr(String value, LocalDate date) {
    return of(Analyte.INR, value, "{INR}", date);
  }

  /**
   * Obtains an HbA1c measurement in percent, labelled with {@link #HBA1C_CODE}.
   *
   * @param percent the HbA1c in percent as a decimal string, such as {@code 7.2}
   * @param date the date it was taken
   * @return the measurement
   * @throws org.hipkit.error.InvalidValueException if the value is not a decimal from 2.5 to 25
   */
  public static Measurement hba1cPercent(String percent, LocalDate date) {
    return of(Analyte.HBA1C, percent, "%", date);
  }

  /**
   * Obtains an HbA1c measurement in mmol/mol (IFCC), labelled with {@link #HBA1C_CODE}.
   *
   * @param mmolPerMol the HbA1c in mmol/mol as a decimal string, such as {@code 58}
   * @param date the date it was taken
   * @return the measurement, which keeps the value in mmol/mol
   * @throws org.hipkit.error.InvalidValueException if the value is not a decimal within the
   *     plausible range (about 3.75 to 249.8 mmol/mol)
   */
  public static Measurement hba1cMmolPerMol(String mmolPerMol, LocalDate date) {
    return of(Analyte.HBA1C, mmolPerMol, "mmol/mol", date);
  }

  private static BigDecimal decimal(String value) {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new InvalidValueException(
          "Measurement", "value", "must be a decimal number such as 2.4", value);
    }
  }

  @Value.Check
  void check() {
    Analyte analyte = analyte();
    if (!analyte.accepts(unit())) {
      throw analyte.unknownUnit(unit());
    }
    BigDecimal standard = standardValue();
    if (standard.compareTo(analyte.lowest()) < 0 || standard.compareTo(analyte.highest()) > 0) {
      boolean converted = !unit().equals(analyte.standardUnit());
      throw new InvalidValueException(
          "Measurement",
          "value",
          "must be a physiologically possible " + analyte.code() + ", from "
              + analyte.lowest().toPlainString() + " to " + analyte.highest().toPlainString() + " "
              + analyte.standardUnit() + (converted ? " once converted" : "")
              + " (hipkit's plausibility bound, not a clinical threshold)",
          value().toPlainString() + " " + unit()
              + (converted ? " = " + standard.toPlainString() + " " + analyte.standardUnit() : ""));
    }
    Require.date(date(), "Measurement", "date");
    Optional<StandardCode> code = code();
    if (code.isPresent()) {
      for (Analyte other : Analyte.values()) {
        Require.that(
            other == analyte || !sameCode(code.get(), other.standardCode()),
            "Measurement",
            "code",
            "must not be the code of another analyte (" + other.code() + ") on a measurement of "
                + analyte.code(),
            code.get());
      }
    }
  }

  private static boolean sameCode(StandardCode a, StandardCode b) {
    return a.system().equals(b.system()) && a.code().equals(b.code());
  }

  @Override
  public String toString() {
    return value().toPlainString() + " " + unit() + " on " + date();
  }
}
