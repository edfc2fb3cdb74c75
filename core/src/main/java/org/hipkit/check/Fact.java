package org.hipkit.check;

import java.util.Optional;
import org.hipkit.internal.Names;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.profile.ScreeningFact;
import org.jspecify.annotations.Nullable;

/**
 * An input a rule reads: a screening fact of the patient profile, a detail that goes with one, or
 * an element of the treatment plan.
 *
 * <p>Rules declare the facts they read, findings name the facts that triggered them, and an
 * indeterminate result names the facts that would settle it.
 *
 * <p>The tri-state facts are the profile's {@link ScreeningFact}s, one constant here for each, of
 * the same name, taking its code and description from that table.
 */
public enum Fact {
  /** Fever. */
  FEVER(ScreeningFact.FEVER),
  /** Severe, acute hip pain. */
  SEVERE_ACUTE_PAIN(ScreeningFact.SEVERE_ACUTE_PAIN),
  /** Suspected infection of the hip joint. */
  SUSPECTED_JOINT_INFECTION(ScreeningFact.SUSPECTED_JOINT_INFECTION),
  /** Infection of the whole body. */
  SYSTEMIC_INFECTION(ScreeningFact.SYSTEMIC_INFECTION),
  /** A skin infection, wound, dermatitis or other skin disorder. */
  SKIN_PROBLEM(ScreeningFact.SKIN_PROBLEM),
  /** Where the skin problems are: region and side. */
  SKIN_PROBLEM_LOCATIONS("Where the skin problems are: region and side."),
  /** Taking an anticoagulant or antiplatelet. */
  BLOOD_THINNER_USE(ScreeningFact.BLOOD_THINNER_USE),
  /** Which blood thinners. */
  BLOOD_THINNERS("Which blood thinners."),
  /** The latest INR, if current. */
  INR("The latest INR, if current."),
  /** A clinician's statement on anticoagulation control, if current. */
  ANTICOAGULATION_CONTROL("A clinician's statement on anticoagulation control, if current."),
  /** A bleeding disorder. */
  BLEEDING_DISORDER(ScreeningFact.BLEEDING_DISORDER),
  /** Whether there are allergies. */
  ALLERGY(ScreeningFact.ALLERGY),
  /** Which allergies. */
  ALLERGIES("Which allergies."),
  /** Diabetes. */
  DIABETES(ScreeningFact.DIABETES),
  /** The latest HbA1c, if current. */
  HBA1C("The latest HbA1c, if current."),
  /** A clinician's statement on diabetes control, if current. */
  DIABETES_CONTROL("A clinician's statement on diabetes control, if current."),
  /** Previous hip surgery. */
  HIP_SURGERY(ScreeningFact.HIP_SURGERY),
  /** Which hip operations: kind, side and date. */
  HIP_SURGERY_DETAILS("Which hip operations: kind, side and date."),
  /** A suspected fracture. */
  SUSPECTED_FRACTURE(ScreeningFact.SUSPECTED_FRACTURE),
  /** Rapidly worsening pain. */
  RAPIDLY_WORSENING_PAIN(ScreeningFact.RAPIDLY_WORSENING_PAIN),
  /** Other red flags that call for urgent evaluation. */
  OTHER_RED_FLAGS(ScreeningFact.OTHER_RED_FLAGS),
  /** Pregnancy. */
  PREGNANCY(ScreeningFact.PREGNANCY),
  /** Unable to tolerate the modality or the position. */
  CANNOT_TOLERATE_PROCEDURE(ScreeningFact.CANNOT_TOLERATE_PROCEDURE),
  /** Pain judged to come mainly from outside the hip. */
  PAIN_MAINLY_NON_HIP(ScreeningFact.PAIN_MAINLY_NON_HIP),
  /** Osteoporosis. */
  OSTEOPOROSIS(ScreeningFact.OSTEOPOROSIS),
  /** Long-lasting pain without a diagnosis. */
  PERSISTENT_PAIN(ScreeningFact.PERSISTENT_PAIN),
  /** A physician has evaluated the current pain. */
  PHYSICIAN_EVALUATED(ScreeningFact.PHYSICIAN_EVALUATED),
  /** The plan's condition. */
  PLAN_CONDITION("The plan's condition."),
  /** The plan's intervention. */
  PLAN_INTERVENTION("The plan's intervention."),
  /** The plan's target. */
  PLAN_TARGET("The plan's target."),
  /** The plan's side. */
  PLAN_SIDE("The plan's side."),
  /** The plan's purpose. */
  PLAN_PURPOSE("The plan's purpose."),
  /** The plan's medication components. */
  PLAN_COMPONENTS("The plan's medication components."),
  /** The plan's guidance modality. */
  PLAN_MODALITY("The plan's guidance modality."),
  /** The plan's antiseptic. */
  PLAN_ANTISEPTIC("The plan's antiseptic.");

  private final String code;
  private final String description;
  private final @Nullable ScreeningFact screeningFact;

  /** A tri-state screening fact: its code and description are the table's. */
  Fact(ScreeningFact screeningFact) {
    this.code = screeningFact.code();
    this.description = screeningFact.description();
    this.screeningFact = screeningFact;
  }

  /** A detail or a plan element, whose code is its name in lower-kebab case. */
  Fact(String description) {
    this.code = Names.kebab(name());
    this.description = description;
    this.screeningFact = null;
  }

  /**
   * Returns the stable code of the fact, used in JSON and reports: its name in lower-kebab case,
   * such as {@code severe-acute-pain}.
   *
   * @return the lower-kebab code
   */
  public String code() {
    return code;
  }

  /**
   * Returns what the fact is, in one sentence.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the profile's screening fact this fact is, for tri-state screening facts.
   *
   * @return the screening fact, or empty for details and plan elements
   */
  public Optional<ScreeningFact> screeningFact() {
    return Optional.ofNullable(screeningFact);
  }

  /**
   * Tells whether this fact is a tri-state screening fact of the profile.
   *
   * @return true when {@link #presenceIn(PatientProfile)} gives a value
   */
  public boolean isScreeningFact() {
    return screeningFact != null;
  }

  /**
   * Tells whether this fact is an element of the treatment plan, such as {@link #PLAN_SIDE}: a rule
   * that reads only plan elements gives the same outcome for every patient, so a stored result of
   * it can be evaluated again from the plan alone.
   *
   * @return true for the {@code plan-} facts
   */
  public boolean isPlanElement() {
    return ordinal() >= PLAN_CONDITION.ordinal();
  }

  /**
   * Tells whether this fact's values carry a date, which a check judges against the procedure date:
   * {@link #INR}, {@link #HBA1C}, {@link #ANTICOAGULATION_CONTROL}, {@link #DIABETES_CONTROL} and
   * {@link #HIP_SURGERY_DETAILS}.
   *
   * @return true for dated facts
   */
  public boolean isDated() {
    return DatedFacts.isDated(this);
  }

  /**
   * Tells whether this screening fact is a risk: its presence can only raise concern. Every
   * screening fact is a risk except {@link #PHYSICIAN_EVALUATED}, whose presence settles a needling
   * precaution.
   *
   * @return true for screening facts whose presence is a risk
   */
  public boolean isRisk() {
    return screeningFact != null && screeningFact.isRisk();
  }

  /**
   * Returns this fact's presence in a profile, for tri-state screening facts.
   *
   * @param profile the profile
   * @return the presence, or empty for details and plan elements
   */
  public Optional<Presence> presenceIn(PatientProfile profile) {
    return Optional.ofNullable(screening(profile));
  }

  /** The presence of a screening fact, or null for other facts; allocation-free for the checker. */
  @Nullable Presence screening(PatientProfile profile) {
    return screeningFact == null ? null : screeningFact.in(profile);
  }
}
