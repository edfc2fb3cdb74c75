package org.hipkit.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.protocol.Protocol;

/**
 * The case a rule evaluates: a patient profile, a treatment plan, the protocol in force and the
 * date the check is made as of.
 *
 * <p>Rules read time only through {@link #asOf()}, so the same case gives the same answer on every
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
   * @param asOf the date the check is made as of
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
   * Returns the date the check is made as of.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the presence of a screening fact in the profile.
   *
   * @param fact a screening fact, such as {@link Fact#FEVER}
   * @return present, absent or unknown
   * @throws IllegalArgumentException if the fact is not a tri-state screening fact
   */
  public Presence presence(Fact fact) {
    Presence presence = fact.screening(profile);
    if (presence == null) {
      throw new IllegalArgumentException(fact.code() + " is not a screening fact");
    }
    return presence;
  }

  /**
   * Returns the number of days from a date to {@link #asOf()}.
   *
   * @param date the earlier date
   * @return the days elapsed; negative when {@code date} is after the check date
   */
  public long daysSince(LocalDate date) {
    return ChronoUnit.DAYS.between(date, asOf);
  }

  /**
   * Tells whether something dated {@code date} is current: not after the check date and at most
   * {@code maxAgeDays} old.
   *
   * @param date the date of the measurement or statement
   * @param maxAgeDays the protocol's maximum age
   * @return true when current
   */
  public boolean isCurrent(LocalDate date, int maxAgeDays) {
    long age = daysSince(date);
    return age >= 0 && age <= maxAgeDays;
  }

  /**
   * Returns a measurement if it is current; a stale or future-dated one counts as unknown.
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
   * Returns a clinician's statement if it is current under the protocol's statement age limit.
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
