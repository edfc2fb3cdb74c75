package org.hipkit.check;

import java.util.Optional;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;

/**
 * An input a rule reads: a screening fact of the patient profile, a detail that goes with one, or
 * an element of the treatment plan.
 *
 * <p>Rules declare the facts they read, findings name the facts that triggered them, and an
 * indeterminate result names the facts that would settle it.
 */
public enum Fact {
  /** Fever. */
  FEVER("fever"),
  /** Severe, acute hip pain. */
  SEVERE_ACUTE_PAIN("severe-acute-pain"),
  /** Suspected infection of the hip joint. */
  SUSPECTED_JOINT_INFECTION("suspected-joint-infection"),
  /** Infection of the whole body. */
  SYSTEMIC_INFECTION("systemic-infection"),
  /** A skin infection, wound, dermatitis or other skin disorder. */
  SKIN_PROBLEM("skin-problem"),
  /** Where the skin problems are: region and side. */
  SKIN_PROBLEM_LOCATIONS("skin-problem-locations"),
  /** Taking an anticoagulant or antiplatelet. */
  BLOOD_THINNER_USE("blood-thinner-use"),
  /** Which blood thinners. */
  BLOOD_THINNERS("blood-thinners"),
  /** The latest INR, if current. */
  INR("inr"),
  /** A clinician's statement on anticoagulation control, if current. */
  ANTICOAGULATION_CONTROL("anticoagulation-control"),
  /** A bleeding disorder. */
  BLEEDING_DISORDER("bleeding-disorder"),
  /** Whether there are allergies. */
  ALLERGY("allergy"),
  /** Which allergies. */
  ALLERGIES("allergies"),
  /** Diabetes. */
  DIABETES("diabetes"),
  /** The latest HbA1c, if current. */
  HBA1C("hba1c"),
  /** A clinician's statement on diabetes control, if current. */
  DIABETES_CONTROL("diabetes-control"),
  /** Previous hip surgery. */
  HIP_SURGERY("hip-surgery"),
  /** Which hip operations: kind, side and date. */
  HIP_SURGERY_DETAILS("hip-surgery-details"),
  /** A suspected fracture. */
  SUSPECTED_FRACTURE("suspected-fracture"),
  /** Rapidly worsening pain. */
  RAPIDLY_WORSENING_PAIN("rapidly-worsening-pain"),
  /** Other red flags that call for urgent evaluation. */
  OTHER_RED_FLAGS("other-red-flags"),
  /** Pregnancy. */
  PREGNANCY("pregnancy"),
  /** Unable to tolerate the modality or the position. */
  CANNOT_TOLERATE_PROCEDURE("cannot-tolerate-procedure"),
  /** Pain judged to come mainly from outside the hip. */
  PAIN_MAINLY_NON_HIP("pain-mainly-non-hip"),
  /** Osteoporosis. */
  OSTEOPOROSIS("osteoporosis"),
  /** Long-lasting pain without a diagnosis. */
  PERSISTENT_PAIN("persistent-pain"),
  /** A physician has evaluated the current pain. */
  PHYSICIAN_EVALUATED("physician-evaluated"),
  /** The plan's condition. */
  PLAN_CONDITION("plan-condition"),
  /** The plan's intervention. */
  PLAN_INTERVENTION("plan-intervention"),
  /** The plan's target. */
  PLAN_TARGET("plan-target"),
  /** The plan's side. */
  PLAN_SIDE("plan-side"),
  /** The plan's purpose. */
  PLAN_PURPOSE("plan-purpose"),
  /** The plan's medication components. */
  PLAN_COMPONENTS("plan-components"),
  /** The plan's guidance modality. */
  PLAN_MODALITY("plan-modality"),
  /** The plan's antiseptic. */
  PLAN_ANTISEPTIC("plan-antiseptic");

  private final String code;

  Fact(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code of the fact, used in JSON and reports.
   *
   * @return the lower-kebab code
   */
  public String code() {
    return code;
  }

  /**
   * Tells whether this fact is a tri-state screening fact of the profile.
   *
   * @return true when {@link #presenceIn(PatientProfile)} gives a value
   */
  public boolean isScreeningFact() {
    return presenceIn(PatientProfile.unknown()).isPresent();
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
    return this != PHYSICIAN_EVALUATED && isScreeningFact();
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
  @org.jspecify.annotations.Nullable Presence screening(PatientProfile profile) {
    return switch (this) {
      case FEVER -> profile.fever();
      case SEVERE_ACUTE_PAIN -> profile.severeAcutePain();
      case SUSPECTED_JOINT_INFECTION -> profile.suspectedJointInfection();
      case SYSTEMIC_INFECTION -> profile.systemicInfection();
      case SKIN_PROBLEM -> profile.skinProblem();
      case BLOOD_THINNER_USE -> profile.bloodThinnerUse();
      case BLEEDING_DISORDER -> profile.bleedingDisorder();
      case ALLERGY -> profile.allergy();
      case DIABETES -> profile.diabetes();
      case HIP_SURGERY -> profile.hipSurgery();
      case SUSPECTED_FRACTURE -> profile.suspectedFracture();
      case RAPIDLY_WORSENING_PAIN -> profile.rapidlyWorseningPain();
      case OTHER_RED_FLAGS -> profile.otherRedFlags();
      case PREGNANCY -> profile.pregnancy();
      case CANNOT_TOLERATE_PROCEDURE -> profile.cannotTolerateProcedure();
      case PAIN_MAINLY_NON_HIP -> profile.painMainlyNonHip();
      case OSTEOPOROSIS -> profile.osteoporosis();
      case PERSISTENT_PAIN -> profile.persistentPain();
      case PHYSICIAN_EVALUATED -> profile.physicianEvaluated();
      default -> null;
    };
  }
}
