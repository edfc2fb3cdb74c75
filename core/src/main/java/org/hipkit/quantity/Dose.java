package org.hipkit.quantity;

import java.math.BigDecimal;
import org.hipkit.internal.Require;
import org.immutables.value.Value;

/**
 * An amount of a medication with its unit, such as 40 mg or 2.5 mL.
 *
 * <p>The amount is an exact decimal; hipkit never rounds it. The unit is free text (such as {@code
 * mg}, {@code mL}) because the sources give no doses and clinics use their own conventions.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Dose {

  Dose() {}

  /**
   * Returns the amount.
   *
   * @return a positive decimal
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * Returns the unit of the amount.
   *
   * @return the unit, such as {@code mg}, never blank
   */
  @Value.Parameter
  public abstract String unit();

  /**
   * Obtains a dose.
   *
   * @param amount the amount, greater than zero
   * @param unit the unit, not blank
   * @return the dose
   * @throws org.hipkit.error.InvalidValueException if the amount is not positive or the unit blank
   */
  public static Dose of(BigDecimal amount, String unit) {
    return ImmutableDose.create(amount, unit);
  }

  /**
   * Obtains a dose from its text form, such as {@code 40 mg}.
   *
   * @param amount the amount as a decimal string, such as {@code 2.5}
   * @param unit the unit, not blank
   * @return the dose
   * @throws org.hipkit.error.InvalidValueException if the amount is not a positive decimal
   */
  public static Dose of(String amount, String unit) {
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new org.hipkit.error.InvalidValueException(
          "Dose", "amount", "must be a decimal number such as 2.5", amount);
    }
    return of(parsed, unit);
  }

  @Value.Check
  void check() {
    Require.that(amount().signum() > 0, "Dose", "amount", "must be greater than zero", amount());
    Require.plainText(unit(), "Dose", "unit");
  }

  @Override
  public String toString() {
    return amount().toPlainString() + " " + unit();
  }
}
