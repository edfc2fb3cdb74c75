package org.hipkit.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hipkit.check.Fact;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;

/**
 * The tri-state screening facts of a {@link PatientProfile}, such as {@link Fact#FEVER}, with the
 * value that means risk for each and a way to change one fact of a profile.
 *
 * <p>Every screening fact means risk when {@link Presence#PRESENT present}, except {@link
 * Fact#PHYSICIAN_EVALUATED}, which protects: for it, {@link Presence#ABSENT absent} means risk. Four
 * facts carry details in the profile ({@link #hasDetails(Fact)}): which skin problems, blood thinners,
 * allergies and hip operations; a profile holds them only while the fact is present, and an empty
 * detail list means the details are not known.
 *
 * <pre>{@code
 * PatientProfile feverish = ScreeningFacts.with(ScreeningFacts.allKnownNegative(), Fact.FEVER, Presence.PRESENT);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScreeningFacts {

  private static final List<Fact> ALL =
      Arrays.stream(Fact.values()).filter(Fact::isScreeningFact).toList();

  private static final PatientProfile ALL_KNOWN_NEGATIVE = allKnownNegativeBuilder().build();

  private ScreeningFacts() {}

  /**
   * Returns every tri-state screening fact, in the declaration order of {@link Fact}.
   *
   * @return an immutable list of the screening facts
   */
  public static List<Fact> all() {
    return ALL;
  }

  /**
   * Returns the value of a screening fact that means risk: present, or absent for {@link
   * Fact#PHYSICIAN_EVALUATED}.
   *
   * @param fact a screening fact
   * @return the risk value
   * @throws IllegalArgumentException if the fact is not a screening fact
   */
  public static Presence riskValue(Fact fact) {
    requireScreening(fact);
    return fact == Fact.PHYSICIAN_EVALUATED ? Presence.ABSENT : Presence.PRESENT;
  }

  /**
   * Returns the known value of a screening fact that means no risk: absent, or present for {@link
   * Fact#PHYSICIAN_EVALUATED}.
   *
   * @param fact a screening fact
   * @return the safe value
   * @throws IllegalArgumentException if the fact is not a screening fact
   */
  public static Presence safeValue(Fact fact) {
    requireScreening(fact);
    return fact == Fact.PHYSICIAN_EVALUATED ? Presence.PRESENT : Presence.ABSENT;
  }

  /**
   * Tells whether a screening fact carries a list of details in the profile: skin problems, blood
   * thinners, allergies or hip operations.
   *
   * @param fact a screening fact
   * @return true for {@link Fact#SKIN_PROBLEM}, {@link Fact#BLOOD_THINNER_USE}, {@link Fact#ALLERGY}
   *     and {@link Fact#HIP_SURGERY}
   */
  public static boolean hasDetails(Fact fact) {
    return fact == Fact.SKIN_PROBLEM
        || fact == Fact.BLOOD_THINNER_USE
        || fact == Fact.ALLERGY
        || fact == Fact.HIP_SURGERY;
  }

  /**
   * Returns the profile in which every screening fact is known and means no risk: every fact absent
   * and the pain evaluated by a physician. It holds no measurements.
   *
   * @return the all-known-negative profile
   */
  public static PatientProfile allKnownNegative() {
    return ALL_KNOWN_NEGATIVE;
  }

  /**
   * Returns a copy of a profile with one screening fact set. The fact's details are kept when it is
   * set to present (empty if it was not present before) and removed otherwise, so the copy is always
   * valid; measurements and statements are kept.
   *
   * <p>The given profile is immutable and unaffected by this method call.
   *
   * @param profile the profile, not null
   * @param fact the screening fact to set
   * @param presence its new value
   * @return the changed profile, or {@code profile} itself when nothing changes
   * @throws IllegalArgumentException if the fact is not a screening fact
   */
  public static PatientProfile with(PatientProfile profile, Fact fact, Presence presence) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(presence, "presence");
    requireScreening(fact);
    if (fact.presenceIn(profile).orElseThrow() == presence) {
      return profile;
    }
    PatientProfile.Builder builder = PatientProfile.builder().from(profile);
    set(builder, fact, presence);
    if (presence != Presence.PRESENT) {
      switch (fact) {
        case SKIN_PROBLEM -> builder.skinProblems(List.of());
        case BLOOD_THINNER_USE -> builder.bloodThinners(List.of());
        case ALLERGY -> builder.allergies(List.of());
        case HIP_SURGERY -> builder.hipSurgeries(List.of());
        default -> {}
      }
    }
    return builder.build();
  }

  /** Sets one screening fact on a builder. */
  static PatientProfile.Builder set(PatientProfile.Builder builder, Fact fact, Presence presence) {
    return switch (fact) {
      case FEVER -> builder.fever(presence);
      case SEVERE_ACUTE_PAIN -> builder.severeAcutePain(presence);
      case SUSPECTED_JOINT_INFECTION -> builder.suspectedJointInfection(presence);
      case SYSTEMIC_INFECTION -> builder.systemicInfection(presence);
      case SKIN_PROBLEM -> builder.skinProblem(presence);
      case BLOOD_THINNER_USE -> builder.bloodThinnerUse(presence);
      case BLEEDING_DISORDER -> builder.bleedingDisorder(presence);
      case ALLERGY -> builder.allergy(presence);
      case DIABETES -> builder.diabetes(presence);
      case HIP_SURGERY -> builder.hipSurgery(presence);
      case SUSPECTED_FRACTURE -> builder.suspectedFracture(presence);
      case RAPIDLY_WORSENING_PAIN -> builder.rapidlyWorseningPain(presence);
      case OTHER_RED_FLAGS -> builder.otherRedFlags(presence);
      case PREGNANCY -> builder.pregnancy(presence);
      case CANNOT_TOLERATE_PROCEDURE -> builder.cannotTolerateProcedure(presence);
      case PAIN_MAINLY_NON_HIP -> builder.painMainlyNonHip(presence);
      case OSTEOPOROSIS -> builder.osteoporosis(presence);
      case PERSISTENT_PAIN -> builder.persistentPain(presence);
      case PHYSICIAN_EVALUATED -> builder.physicianEvaluated(presence);
      default -> throw new IllegalArgumentException(fact.code() + " is not a screening fact");
    };
  }

  static PatientProfile.Builder allKnownNegativeBuilder() {
    PatientProfile.Builder builder = PatientProfile.builder();
    for (Fact fact : ALL) {
      set(builder, fact, safeValue(fact));
    }
    return builder;
  }

  private static void requireScreening(Fact fact) {
    Objects.requireNonNull(fact, "fact");
    if (!fact.isScreeningFact()) {
      throw new IllegalArgumentException(fact.code() + " is not a screening fact");
    }
  }
}
