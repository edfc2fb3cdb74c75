package org.hipkit.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hipkit.check.Fact;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.profile.ScreeningFact;

/**
 * The tri-state screening facts of a {@link PatientProfile}, such as {@link Fact#FEVER}, with the
 * value that means risk for each and a way to change one fact of a profile.
 *
 * <p>Every screening fact means risk when {@link Presence#PRESENT present}, except {@link
 * Fact#PHYSICIAN_EVALUATED}, which protects: for it, {@link Presence#ABSENT absent} means risk. Four
 * facts carry details in the profile ({@link #hasDetails(Fact)}): which skin problems, blood thinners,
 * allergies and hip operations; a profile holds them only while the fact is present, and an empty
 * detail list means the details are not known. The facts, their risk values and how each is set
 * all come from the table {@link ScreeningFact}, so a fact added there is generated here too.
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
    return screening(fact).riskValue();
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
    return screening(fact).isRisk() ? Presence.ABSENT : Presence.PRESENT;
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
    if (screening(fact).in(profile) == presence) {
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

  /** Sets one screening fact on a builder, through {@link Fact}'s table. */
  static PatientProfile.Builder set(PatientProfile.Builder builder, Fact fact, Presence presence) {
    return screening(fact).setIn(builder, presence);
  }

  static PatientProfile.Builder allKnownNegativeBuilder() {
    PatientProfile.Builder builder = PatientProfile.builder();
    for (Fact fact : ALL) {
      set(builder, fact, safeValue(fact));
    }
    return builder;
  }

  private static ScreeningFact screening(Fact fact) {
    Objects.requireNonNull(fact, "fact");
    return fact.screeningFact()
        .orElseThrow(() -> new IllegalArgumentException(fact.code() + " is not a screening fact"));
  }
}
