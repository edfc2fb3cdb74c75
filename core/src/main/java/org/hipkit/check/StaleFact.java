package org.hipkit.check;

import java.time.LocalDate;
import java.util.Objects;
import org.hipkit.error.InvalidValueException;

/**
 * A dated fact that is current on the day a check is made but too old by the procedure date: a
 * measurement or clinician statement to take again before the procedure.
 *
 * <p>A check judges facts on the plan's planned date, so such a fact counts as not current, and
 * no rule that reads it reads clear. The report lists it so that the clinician knows what to
 * re-measure or restate, and until when it would have counted.
 *
 * @param fact the fact: {@code inr}, {@code hba1c}, {@code anticoagulation-control} or {@code
 *     diabetes-control}
 * @param date the date of the measurement or statement
 * @param maxAgeDays the protocol's maximum age for this fact, in days (see {@link #threshold()})
 */
public record StaleFact(Fact fact, LocalDate date, int maxAgeDays) {

  /**
   * Checks the fact and the age.
   *
   * @throws InvalidValueException if the fact has no maximum age or the age is negative
   */
  public StaleFact {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(date, "date");
    if (DatedFacts.maxAgeThreshold(fact) == null) {
      throw new InvalidValueException(
          "StaleFact",
          "fact",
          "must be a fact with a maximum age: inr, hba1c, anticoagulation-control or"
              + " diabetes-control",
          fact.code());
    }
    if (maxAgeDays < 0) {
      throw new InvalidValueException("StaleFact", "maxAgeDays", "must not be negative", maxAgeDays);
    }
  }

  /**
   * Returns the name of the protocol threshold that gives the maximum age.
   *
   * @return such as {@code inrMaxAgeDays}
   */
  public String threshold() {
    return DatedFacts.maxAgeThreshold(fact);
  }

  /**
   * Returns the last day the fact counts as current.
   *
   * @return {@link #date()} plus {@link #maxAgeDays()}
   */
  public LocalDate currentUntil() {
    return date.plusDays(maxAgeDays);
  }

  @Override
  public String toString() {
    return fact.code() + " of " + date + ", current until " + currentUntil() + " (" + threshold()
        + " = " + maxAgeDays + ")";
  }
}
