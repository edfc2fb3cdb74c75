package org.hipkit.check;

import java.time.LocalDate;
import java.util.Objects;
import org.hipkit.error.InvalidValueException;

/**
 * A fact dated after the date it is judged on: a measurement, statement or operation recorded as
 * happening after the check was made, or after the procedure it is judged for. Such a date is a
 * data error, not a fact: the report names it, and no rule that reads the fact reads clear.
 *
 * <p>{@code judgedOn} is the check date ({@link CheckReport#asOf()}) when the fact is dated after
 * it, since nothing can have been recorded before it happened; otherwise it is the procedure date
 * ({@link CheckReport#procedureDate()}), on which the check judges every fact.
 *
 * @param fact the dated fact: {@code inr}, {@code hba1c}, {@code anticoagulation-control}, {@code
 *     diabetes-control} or {@code hip-surgery-details}
 * @param date the date the fact has
 * @param judgedOn the date it was judged on, before {@code date}
 */
public record DataProblem(Fact fact, LocalDate date, LocalDate judgedOn) {

  /**
   * Checks the fact and the dates.
   *
   * @throws InvalidValueException if the fact has no date, or its date is not after {@code
   *     judgedOn}
   */
  public DataProblem {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(judgedOn, "judgedOn");
    if (!DatedFacts.isDated(fact)) {
      throw new InvalidValueException(
          "DataProblem",
          "fact",
          "must be a dated fact: inr, hba1c, anticoagulation-control, diabetes-control or"
              + " hip-surgery-details",
          fact.code());
    }
    if (!date.isAfter(judgedOn)) {
      throw new InvalidValueException(
          "DataProblem", "date", "must be after judgedOn " + judgedOn + " to be a problem", date);
    }
  }

  @Override
  public String toString() {
    return fact.code() + " dated " + date + " is after " + judgedOn + ", the date it is judged on";
  }
}
