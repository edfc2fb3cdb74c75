package org.hipkit.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.hipkit.internal.Require;
import org.hipkit.source.CodeSystem;
import org.hipkit.source.StandardCode;
import org.immutables.value.Value;

/**
 * A measured value with its unit and the date it was taken, such as an INR of 2.4 on 2026-11-20.
 *
 * <p>The date matters: a check treats a measurement older than its protocol allows as unknown.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Measurement {

  /** LOINC 6301-6, INR in platelet-poor plasma by coagulation assay. */
  public static final StandardCode INR_CODE =
      StandardCode.of(CodeSystem.LOINC, "6301-6", "INR in Platelet poor plasma by Coagulation assay");

  /** LOINC 4548-4, hemoglobin A1c / hemoglobin total in blood. */
  public static final StandardCode HBA1C_CODE =
      StandardCode.of(CodeSystem.LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood");

  Measurement() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Measurement} values; required: value, unit, date. */
  public static final class Builder extends ImmutableMeasurement.Builder {
    Builder() {}
  }

  /**
   * Returns the measured value.
   *
   * @return the value, an exact decimal
   */
  public abstract BigDecimal value();

  /**
   * Returns the unit of the value.
   *
   * @return the unit, such as {@code %} or {@code {INR}}, never blank
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
   * Obtains an INR measurement, labelled with {@link #INR_CODE}.
   *
   * @param value the INR as a decimal string, such as {@code 2.4}
   * @param date the date it was taken
   * @return the measurement
   * @throws org.hipkit.error.InvalidValueException if the value is not a decimal
   */
  public static Measurement inr(String value, LocalDate date) {
    return builder().value(decimal(value)).unit("{INR}").date(date).code(INR_CODE).build();
  }

  /**
   * Obtains an HbA1c measurement in percent, labelled with {@link #HBA1C_CODE}.
   *
   * @param percent the HbA1c in percent as a decimal string, such as {@code 7.2}
   * @param date the date it was taken
   * @return the measurement
   * @throws org.hipkit.error.InvalidValueException if the value is not a decimal
   */
  public static Measurement hba1cPercent(String percent, LocalDate date) {
    return builder().value(decimal(percent)).unit("%").date(date).code(HBA1C_CODE).build();
  }

  private static BigDecimal decimal(String value) {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new org.hipkit.error.InvalidValueException(
          "Measurement", "value", "must be a decimal number such as 2.4", value);
    }
  }

  @Value.Check
  void check() {
    Require.notBlank(unit(), "Measurement", "unit");
    Require.that(value().signum() >= 0, "Measurement", "value", "must not be negative", value());
  }

  @Override
  public String toString() {
    return value().toPlainString() + " " + unit() + " on " + date();
  }
}
