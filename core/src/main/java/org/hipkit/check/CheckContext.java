package org.hipkit.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.hipkit.error.InvalidValueException;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.protocol.Protocol;

/**
 * The case a rule evaluates: a patient profile, a treatment plan, the protocol in force and the
 * date the check is made.
 *
 * <p>A case has two dates. {@link #asOf()} is the day the check is made; {@link #procedureDate()},
 * the plan's planned date, is the day the facts must hold on. Facts are judged on the procedure
 * date: a measurement or statement is current only if its age on that day is within the protocol's
 * maximum ({@link #isCurrent}), and intervals such as the time since an operation are measured to
 * it ({@link #daysSince}). A fact dated after the check date, or after the procedure date, is never
 * current: it is a data error, which the {@link Checker} reports.
 *
 * <p>Rules read time only through these two dates, so the same case gives the same answer on every
 * run. This class is immutable and thread-safe.
 */
public final class CheckContext {

  private final PatientProfile profile;
  private final TreatmentPlan plan;
  private final Protocol protocol;
  private final LocalDate asOf;
  private final Thresholds thresholds;

  CheckContext(PatientProfile profile, TreatmentPlan plan, Thresholds thresholds, LocalDate asOf) {
    this.profile = profile;
    this.plan = plan;
    this.protocol = thresholds.protocol;
    this.asOf = asOf;
    this.thresholds = thresholds;
  }

  /**
   * Obtains a context, for testing a rule on its own.
   *
   * @param profile the patient profile
   * @param plan the treatment plan
   * @param protocol the protocol in force
   * @param asOf the date the check is made; facts are judged on the plan's planned date
   * @return the context
   */
  public static CheckContext of(
      PatientProfile profile, TreatmentPlan plan, Protocol protocol, LocalDate asOf) {
    return new CheckContext(profile, plan, new Thresholds(protocol), asOf);
  }

  /**
   * Returns the patient profile.
   *
   * @return the profile
   */
  public PatientProfile profile() {
    return profile;
  }

  /**
   * Returns the treatment plan.
   *
   * @return the plan
   */
  public TreatmentPlan plan() {
    return plan;
  }

  /**
   * Returns the protocol in force.
   *
   * @return the protocol
   */
  public Protocol protocol() {
    return protocol;
  }

  /** The protocol's thresholds as the standard rules attach them to findings. */
  Thresholds thresholds() {
    return thresholds;
  }

  /**
   * Returns the date the check is made.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the date facts are judged on: the plan's planned date, the day of the (first) session.
   *
   * @return the procedure date
   */
  public LocalDate procedureDate() {
    return plan.plannedDate();
  }

  /**
   * Returns the presence of a screening fact in the profile.
   *
   * @param fact a screening fact, such as {@link Fact#FEVER}
   * @return present, absent or unknown
   * @throws InvalidValueException if the fact is not a tri-state screening fact
   */
  public Presence presence(Fact fact) {
    Presence presence = fact.screening(profile);
    if (presence == null) {
      throw new InvalidValueException(
          "CheckContext", "fact", "must be a tri-state screening fact", fact.code());
    }
    return presence;
  }

  /**
   * Returns the number of days from a date to the {@linkplain #procedureDate() procedure date}.
   *
   * @param date the earlier date
   * @return the days elapsed; negative when {@code date} is after the procedure date
   */
  public long daysSince(LocalDate date) {
    return ChronoUnit.DAYS.between(date, plan.plannedDate());
  }

  /**
   * Tells whether a date is after the check date or after the procedure date: a date a fact cannot
   * have, which the report names as a data problem.
   *
   * @param date the date of a fact
   * @return true when the date is a data error
   */
  public boolean isAfterJudgedDate(LocalDate date) {
    return date.isAfter(asOf) || date.isAfter(plan.plannedDate());
  }

  /**
   * Tells whether something dated {@code date} is current on the procedure date: at most {@code
   * maxAgeDays} old on that day, and dated neither after it nor after the check date.
   *
   * @param date the date of the measurement or statement
   * @param maxAgeDays the protocol's maximum age
   * @return true when current
   */
  public boolean isCurrent(LocalDate date, int maxAgeDays) {
    return !isAfterJudgedDate(date) && daysSince(date) <= maxAgeDays;
  }

  /**
   * Returns a measurement if it is current on the procedure date; a stale or future-dated one
   * counts as unknown.
   *
   * @param measurement the measurement, possibly absent
   * @param maxAgeDays the protocol's maximum age
   * @return the measurement if current, else empty
   */
  public Optional<Measurement> current(Optional<Measurement> measurement, int maxAgeDays) {
    return measurement.isPresent() && isCurrent(measurement.get().date(), maxAgeDays)
        ? measurement
        : Optional.empty();
  }

  /**
   * Returns a clinician's statement if it is current on the procedure date under the protocol's
   * statement age limit.
   *
   * @param statement the statement, possibly absent
   * @return the statement if current, else empty
   */
  public Optional<ControlStatement> currentStatement(Optional<ControlStatement> statement) {
    return statement.isPresent() && isCurrent(statement.get().date(), protocol.statementMaxAgeDays())
        ? statement
        : Optional.empty();
  }
}
