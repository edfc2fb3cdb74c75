package org.hipkit.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.hipkit.error.InvalidValueException;
import org.hipkit.source.CodeSystem;
import org.hipkit.source.StandardCode;

/**
 * What a {@link Measurement} measures: the INR or the HbA1c, each with its standard code, the units
 * hipkit understands for it and the range of values it accepts as physiologically possible.
 *
 * <p>Units are UCUM symbols, matched exactly as written: {@code "%"} is a unit, {@code "% "} is not.
 * A unit hipkit does not know is refused, never guessed, so that a value in a foreign unit cannot
 * be compared against a threshold in another one.
 *
 * <p>The ranges are hipkit's own plausibility bounds, chosen wide around the values seen in
 * practice so that they refuse typing and unit mistakes (an INR of 200, an HbA1c of 900 %) without
 * refusing a real, extreme result. They are not clinical thresholds and no rule compares against
 * them; a protocol's thresholds ({@code maxInr}, {@code maxHba1cPercent}) do that.
 */
public enum Analyte {

  /**
   * The international normalized ratio of the prothrombin time, a ratio without a unit, written
   * {@code {INR}} (the UCUM annotation for it). Plausible from 0.5 to 20: an INR is about 1 without
   * anticoagulation and 2 to 3 in a usual target range.
   *
   * <p>The bare UCUM unit {@code 1} is refused although an INR has no dimension: {@code 1} only
   * says "a ratio", and a prothrombin ratio that is not normalized is a ratio too, so hipkit could
   * not tell that the value is an INR. A caller that knows it is maps it to {@code {INR}}.
   */
  INR(
      "inr",
      StandardCode.of(
          CodeSystem.LOINC, "6301-6", "INR in Platelet poor plasma by Coagulation assay"),
      List.of("{INR}"),
      new BigDecimal("0.5"),
      new BigDecimal("20")),

  /**
   * Glycated hemoglobin, the share of hemoglobin A1c in total hemoglobin: in percent ({@code %},
   * NGSP/DCCT) or in millimoles per mole ({@code mmol/mol}, IFCC). Its standard unit is percent,
   * the unit of the protocol's {@code maxHba1cPercent}; a value in mmol/mol is converted by the
   * NGSP-IFCC master equation, see {@link #standardValue(BigDecimal, String)}. Plausible from 2.5
   * to 25 % (in mmol/mol, about 3.75 to 249.8); usual results lie between 4 and 15 %.
   */
  HBA1C(
      "hba1c",
      StandardCode.of(CodeSystem.LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"),
      List.of("%", "mmol/mol"),
      new BigDecimal("2.5"),
      new BigDecimal("25"));

  /**
   * The slope of the master equation: NGSP % = 0.09148 x IFCC mmol/mol + 2.152, as the NGSP gives
   * it (ngsp.org, "IFCC Standardization of HbA1c"), from the IFCC network's method comparison
   * (Hoelzel W et al., Clin Chem 2004;50:166-74).
   */
  private static final BigDecimal IFCC_SLOPE = new BigDecimal("0.09148");

  /** The intercept of the master equation, in percent. */
  private static final BigDecimal IFCC_INTERCEPT = new BigDecimal("2.152");

  /** Decimals of a converted value: hundredths of a percent, finer than any HbA1c assay reports. */
  private static final int CONVERTED_SCALE = 2;

  private final String code;
  private final StandardCode standardCode;
  private final List<String> units;
  private final BigDecimal lowest;
  private final BigDecimal highest;

  Analyte(
      String code, StandardCode standardCode, List<String> units, BigDecimal lowest, BigDecimal highest) {
    this.code = code;
    this.standardCode = standardCode;
    this.units = units;
    this.lowest = lowest;
    this.highest = highest;
  }

  /**
   * Returns the code of the analyte, the name of its slot in a profile.
   *
   * @return {@code inr} or {@code hba1c}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the standard code that labels the analyte: LOINC 6301-6 (INR) or 4548-4 (HbA1c).
   *
   * @return the code
   */
  public StandardCode standardCode() {
    return standardCode;
  }

  /**
   * Returns the units hipkit understands for the analyte, the standard unit first.
   *
   * @return the UCUM units, such as {@code [%, mmol/mol]}
   */
  public List<String> units() {
    return units;
  }

  /**
   * Returns the standard unit: the unit of the plausible range and of the protocol's threshold.
   *
   * @return {@code {INR}} or {@code %}
   */
  public String standardUnit() {
    return units.get(0);
  }

  /**
   * Tells whether hipkit understands a unit for this analyte; the match is exact.
   *
   * @param unit the unit as written
   * @return true for one of {@link #units()}
   */
  public boolean accepts(String unit) {
    return units.contains(unit);
  }

  /**
   * Returns the lowest plausible value, in the standard unit.
   *
   * @return the lower bound, inclusive
   */
  public BigDecimal lowest() {
    return lowest;
  }

  /**
   * Returns the highest plausible value, in the standard unit.
   *
   * @return the upper bound, inclusive
   */
  public BigDecimal highest() {
    return highest;
  }

  /**
   * Converts a value to the standard unit.
   *
   * <p>A value in the standard unit is returned as it is. An HbA1c in mmol/mol (IFCC) becomes
   * percent (NGSP) by the master equation {@code % = 0.09148 x mmol/mol + 2.152}, computed exactly
   * and rounded half up to hundredths of a percent. The rounding moves the value by at most 0.005
   * %, a twentieth of the 0.1 % step HbA1c results are reported in and far below an assay's
   * imprecision, so it cannot turn a result that is clearly above a protocol's limit into one below
   * it: only a value within 0.005 % of the limit can compare differently.
   *
   * @param value the value
   * @param unit its unit, one of {@link #units()}
   * @return the value in {@link #standardUnit()}
   * @throws InvalidValueException if the unit is not one of this analyte's
   */
  public BigDecimal standardValue(BigDecimal value, String unit) {
    if (unit.equals(standardUnit())) {
      return value;
    }
    if (this == HBA1C && unit.equals("mmol/mol")) {
      return value
          .multiply(IFCC_SLOPE)
          .add(IFCC_INTERCEPT)
          .setScale(CONVERTED_SCALE, RoundingMode.HALF_UP);
    }
    throw unknownUnit(unit);
  }

  /** The refusal of a unit this analyte does not have, naming the units it has. */
  InvalidValueException unknownUnit(String unit) {
    return new InvalidValueException(
        "Measurement",
        "unit",
        "must be a unit hipkit understands for " + code + ", one of " + String.join(", ", units)
            + ", written exactly so",
        "'" + unit + "'");
  }
}
