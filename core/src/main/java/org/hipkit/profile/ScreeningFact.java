package org.hipkit.profile;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.hipkit.internal.Names;

/**
 * A tri-state screening fact of a {@link PatientProfile}, such as {@link #FEVER}: hipkit's one
 * table of these facts.
 *
 * <p>Each fact holds its description, the value that raises concern, and the profile's accessor
 * and builder setter for it; the checks' facts, the profile document's fields and the testkit's
 * generators all take the screening facts from here. A fact has one spelling, its constant's name,
 * and both wire spellings are derived from it: {@link #code()} in lower-kebab case ({@code
 * severe-acute-pain}, in reports) and {@link #propertyName()} in lower-camel case ({@code
 * severeAcutePain}, the profile's accessor and its field in profile documents). The accessors stay
 * typed methods of the profile, as Immutables needs them; a test matches them to this table fact
 * by fact.
 */
public enum ScreeningFact {
  /** Whether the patient has a fever. */
  FEVER(
      "Whether the patient has a fever.",
      Presence.PRESENT,
      PatientProfile::fever,
      PatientProfile.Builder::fever),
  /** Whether the patient has severe, acute hip pain. */
  SEVERE_ACUTE_PAIN(
      "Whether the patient has severe, acute hip pain.",
      Presence.PRESENT,
      PatientProfile::severeAcutePain,
      PatientProfile.Builder::severeAcutePain),
  /** Whether infection of the hip joint (septic arthritis) is suspected. */
  SUSPECTED_JOINT_INFECTION(
      "Whether infection of the hip joint (septic arthritis) is suspected.",
      Presence.PRESENT,
      PatientProfile::suspectedJointInfection,
      PatientProfile.Builder::suspectedJointInfection),
  /** Whether the patient has an infection of the whole body, such as sepsis. */
  SYSTEMIC_INFECTION(
      "Whether the patient has an infection of the whole body, such as sepsis.",
      Presence.PRESENT,
      PatientProfile::systemicInfection,
      PatientProfile.Builder::systemicInfection),
  /** Whether the patient has a skin infection, open wound, dermatitis or other skin disorder. */
  SKIN_PROBLEM(
      "Whether the patient has a skin infection, open wound, dermatitis or other skin disorder.",
      Presence.PRESENT,
      PatientProfile::skinProblem,
      PatientProfile.Builder::skinProblem),
  /** Whether the patient takes an anticoagulant or antiplatelet. */
  BLOOD_THINNER_USE(
      "Whether the patient takes an anticoagulant or antiplatelet.",
      Presence.PRESENT,
      PatientProfile::bloodThinnerUse,
      PatientProfile.Builder::bloodThinnerUse),
  /** Whether the patient has a bleeding disorder. */
  BLEEDING_DISORDER(
      "Whether the patient has a bleeding disorder.",
      Presence.PRESENT,
      PatientProfile::bleedingDisorder,
      PatientProfile.Builder::bleedingDisorder),
  /** Whether the patient has allergies. */
  ALLERGY(
      "Whether the patient has allergies.",
      Presence.PRESENT,
      PatientProfile::allergy,
      PatientProfile.Builder::allergy),
  /** Whether the patient has diabetes. */
  DIABETES(
      "Whether the patient has diabetes.",
      Presence.PRESENT,
      PatientProfile::diabetes,
      PatientProfile.Builder::diabetes),
  /** Whether the patient has had hip surgery. */
  HIP_SURGERY(
      "Whether the patient has had hip surgery.",
      Presence.PRESENT,
      PatientProfile::hipSurgery,
      PatientProfile.Builder::hipSurgery),
  /** Whether a fracture is suspected. */
  SUSPECTED_FRACTURE(
      "Whether a fracture is suspected.",
      Presence.PRESENT,
      PatientProfile::suspectedFracture,
      PatientProfile.Builder::suspectedFracture),
  /** Whether the pain is getting rapidly worse. */
  RAPIDLY_WORSENING_PAIN(
      "Whether the pain is getting rapidly worse.",
      Presence.PRESENT,
      PatientProfile::rapidlyWorseningPain,
      PatientProfile.Builder::rapidlyWorseningPain),
  /** Whether other red flags are present, such as unexplained weight loss or night pain, that call for urgent evaluation. */
  OTHER_RED_FLAGS(
      "Whether other red flags are present, such as unexplained weight loss or night pain, that call for urgent evaluation.",
      Presence.PRESENT,
      PatientProfile::otherRedFlags,
      PatientProfile.Builder::otherRedFlags),
  /** Whether the patient is pregnant. */
  PREGNANCY(
      "Whether the patient is pregnant.",
      Presence.PRESENT,
      PatientProfile::pregnancy,
      PatientProfile.Builder::pregnancy),
  /** Whether the patient cannot tolerate the imaging modality or the position the procedure needs. */
  CANNOT_TOLERATE_PROCEDURE(
      "Whether the patient cannot tolerate the imaging modality or the position the procedure needs.",
      Presence.PRESENT,
      PatientProfile::cannotTolerateProcedure,
      PatientProfile.Builder::cannotTolerateProcedure),
  /** Whether the pain is judged to come mainly from somewhere other than the hip, such as the lumbar spine. */
  PAIN_MAINLY_NON_HIP(
      "Whether the pain is judged to come mainly from somewhere other than the hip, such as the lumbar spine.",
      Presence.PRESENT,
      PatientProfile::painMainlyNonHip,
      PatientProfile.Builder::painMainlyNonHip),
  /** Whether the patient has osteoporosis. */
  OSTEOPOROSIS(
      "Whether the patient has osteoporosis.",
      Presence.PRESENT,
      PatientProfile::osteoporosis,
      PatientProfile.Builder::osteoporosis),
  /** Whether the pain has persisted for a long time without a diagnosis. */
  PERSISTENT_PAIN(
      "Whether the pain has persisted for a long time without a diagnosis.",
      Presence.PRESENT,
      PatientProfile::persistentPain,
      PatientProfile.Builder::persistentPain),
  /** Whether a physician has evaluated the current pain. */
  PHYSICIAN_EVALUATED(
      "Whether a physician has evaluated the current pain.",
      Presence.ABSENT,
      PatientProfile::physicianEvaluated,
      PatientProfile.Builder::physicianEvaluated);

  private static final List<ScreeningFact> ALL = List.of(values());

  private final String code;
  private final String propertyName;
  private final String description;
  private final Presence riskValue;
  private final Function<PatientProfile, Presence> getter;
  private final BiConsumer<PatientProfile.Builder, Presence> setter;

  ScreeningFact(
      String description,
      Presence riskValue,
      Function<PatientProfile, Presence> getter,
      BiConsumer<PatientProfile.Builder, Presence> setter) {
    this.code = Names.kebab(name());
    this.propertyName = Names.lowerCamel(name());
    this.description = description;
    this.riskValue = riskValue;
    this.getter = getter;
    this.setter = setter;
  }

  /**
   * Returns every screening fact, in the order of the profile's accessors and of its document.
   *
   * @return an immutable list of the facts
   */
  public static List<ScreeningFact> all() {
    return ALL;
  }

  /**
   * Returns the fact's stable code, used in reports: its name in lower-kebab case, such as {@code
   * severe-acute-pain}.
   *
   * @return the lower-kebab code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the fact's name in lower-camel case, such as {@code severeAcutePain}: the name of its
   * accessor on {@link PatientProfile}, of its builder setter and of its field in profile documents.
   *
   * @return the lower-camel name
   */
  public String propertyName() {
    return propertyName;
  }

  /**
   * Returns what the fact states, in one sentence.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Tells whether the fact's presence is a risk, one that can only raise concern. Every screening
   * fact is, except {@link #PHYSICIAN_EVALUATED}, whose presence settles a needling precaution.
   *
   * @return true when present is the value that raises concern
   */
  public boolean isRisk() {
    return riskValue == Presence.PRESENT;
  }

  /**
   * Returns the known value of the fact that can raise concern: present, or absent for {@link
   * #PHYSICIAN_EVALUATED}.
   *
   * @return present or absent
   */
  public Presence riskValue() {
    return riskValue;
  }

  /**
   * Returns the fact's value in a profile, as its accessor gives it. This reads a table the profile
   * fills once when it is built, so it allocates nothing and dispatches on nothing: checks call it
   * for every fact every rule reads.
   *
   * @param profile the profile
   * @return present, absent or unknown
   */
  public Presence in(PatientProfile profile) {
    return profile.presences().get(ordinal());
  }

  /**
   * Sets the fact on a profile builder, as the builder's own setter of the fact does.
   *
   * @param builder the builder
   * @param presence the value
   * @return the builder
   */
  public PatientProfile.Builder setIn(PatientProfile.Builder builder, Presence presence) {
    Objects.requireNonNull(builder, "builder");
    Objects.requireNonNull(presence, "presence");
    setter.accept(builder, presence);
    return builder;
  }

  /** The fact's value through the profile's accessor, for filling the profile's table. */
  Presence read(PatientProfile profile) {
    return getter.apply(profile);
  }
}
