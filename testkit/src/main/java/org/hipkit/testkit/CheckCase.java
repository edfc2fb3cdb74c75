package org.hipkit.testkit;

import java.util.Objects;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;

/**
 * A patient profile and a treatment plan to check together, such as those of {@link
 * HipGenerators#cases()}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param profile the patient profile, not null
 * @param plan the treatment plan, not null
 */
public record CheckCase(PatientProfile profile, TreatmentPlan plan) {

  /**
   * Creates a case.
   *
   * @param profile the patient profile, not null
   * @param plan the treatment plan, not null
   */
  public CheckCase {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(plan, "plan");
  }

  /**
   * Checks this case as of the plan's date.
   *
   * @param checker the checker, not null
   * @return the report
   */
  public CheckReport check(Checker checker) {
    return checker.check(profile, plan);
  }

  /**
   * Returns a copy of this case with another profile.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param other the new profile, not null
   * @return the new case
   */
  public CheckCase withProfile(PatientProfile other) {
    return new CheckCase(other, plan);
  }
}
