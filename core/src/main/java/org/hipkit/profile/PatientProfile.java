package org.hipkit.profile;

import java.util.List;
import java.util.Optional;
import org.hipkit.internal.Require;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.immutables.value.Value;

/**
 * What is known about a patient that bears on a hip intervention: the screening facts a check
 * reads.
 *
 * <p>Every screening fact is a {@link Presence}: present, absent, or unknown ({@link ScreeningFact}
 * lists them, with the value that raises concern). Nothing defaults to
 * absent: a fact the profile does not state is {@link Presence#UNKNOWN unknown}, and a check that
 * needs it reports that it could not assess. Details sit beside the fact they belong to: which
 * blood thinners, which allergies, where a skin problem is, which hip was operated on and when.
 * Measurements (INR, HbA1c) and clinicians' statements carry dates, so that a check can tell a
 * fresh value from a stale one.
 *
 * <pre>{@code
 * PatientProfile profile = PatientProfile.builder()
 *     .fever(Presence.ABSENT)
 *     .diabetes(Presence.PRESENT)
 *     .hba1c(Measurement.hba1cPercent("7.1", LocalDate.of(2026, 11, 2)))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PatientProfile {

  PatientProfile() {}

  /**
   * Returns a new builder in which every fact is unknown.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a profile that states nothing: every fact unknown.
   *
   * @return the empty profile
   */
  public static PatientProfile unknown() {
    return builder().build();
  }

  /** Builds {@link PatientProfile} values; every fact left unset is unknown. */
  public static final class Builder extends ImmutablePatientProfile.Builder {
    Builder() {}
  }

  /**
   * Whether the patient has a fever.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence fever() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether the patient has severe, acute hip pain.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence severeAcutePain() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether infection of the hip joint (septic arthritis) is suspected.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence suspectedJointInfection() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether the patient has an infection of the whole body, such as sepsis.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence systemicInfection() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether the patient has a skin infection, open wound, dermatitis or other skin disorder; where, is in {@link #skinProblems()}.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence skinProblem() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether the patient takes an anticoagulant or antiplatelet; which, is in {@link #bloodThinners()}.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence bloodThinnerUse() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether the patient has a bleeding disorder.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence bleedingDisorder() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether the patient has allergies; which, is in {@link #allergies()}. Absent means no known allergies.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence allergy() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether the patient has diabetes.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence diabetes() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether the patient has had hip surgery; which, is in {@link #hipSurgeries()}.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence hipSurgery() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether a fracture is suspected.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence suspectedFracture() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether the pain is getting rapidly worse.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence rapidlyWorseningPain() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether other red flags are present, such as unexplained weight loss or night pain, that call for urgent evaluation.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence otherRedFlags() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether the patient is pregnant.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence pregnancy() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether the patient cannot tolerate the imaging modality or the position the procedure needs.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence cannotTolerateProcedure() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether the pain is judged to come mainly from somewhere other than the hip, such as the lumbar spine.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence painMainlyNonHip() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether the patient has osteoporosis.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence osteoporosis() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether the pain has persisted for a long time without a diagnosis.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence persistentPain() {
    return Presence.UNKNOWN;
  }

  /**
   * Whether a physician has evaluated the current pain.
   *
   * @return present, absent or unknown (the default)
   */
  @Value.Default
  public Presence physicianEvaluated() {
    return Presence.UNKNOWN;
  }

  /**
   * Returns the skin problems, with their places where known; empty unless {@link #skinProblem()}
   * is present (and may be empty then, when the details are not known).
   *
   * @return the skin problems
   */
  public abstract List<SkinProblem> skinProblems();

  /**
   * Returns the blood thinners the patient takes; empty unless {@link #bloodThinnerUse()} is
   * present (and may be empty then, when which ones is not known).
   *
   * @return catalog medications of class anticoagulant or antiplatelet
   */
  public abstract List<Medication> bloodThinners();

  /**
   * Returns the latest INR, if measured.
   *
   * @return the INR measurement, of {@link Analyte#INR}
   */
  public abstract Optional<Measurement> inr();

  /**
   * Returns a clinician's statement on whether anticoagulation can be managed safely, if made.
   *
   * @return the statement
   */
  public abstract Optional<ControlStatement> anticoagulationControl();

  /**
   * Returns the allergies; empty unless {@link #allergy()} is present.
   *
   * @return the allergies
   */
  public abstract List<Allergy> allergies();

  /**
   * Returns the latest HbA1c, if measured, in percent or in mmol/mol as it was given.
   *
   * @return the HbA1c measurement, of {@link Analyte#HBA1C}
   */
  public abstract Optional<Measurement> hba1c();

  /**
   * Returns a clinician's statement on how well diabetes is controlled, if made.
   *
   * @return the statement
   */
  public abstract Optional<ControlStatement> diabetesControl();

  /**
   * Returns the hip operations; empty unless {@link #hipSurgery()} is present.
   *
   * @return the operations
   */
  public abstract List<HipSurgery> hipSurgeries();

  /**
   * The screening facts' values in the order of {@link ScreeningFact}, read through the table's
   * accessors once when the profile is built: a check reads facts by {@link ScreeningFact} many
   * times, and an index into this list costs less than calling one of nineteen accessors through
   * the table.
   */
  @Value.Derived
  @Value.Auxiliary
  List<Presence> presences() {
    List<ScreeningFact> facts = ScreeningFact.all();
    Presence[] presences = new Presence[facts.size()];
    for (int i = 0; i < presences.length; i++) {
      presences[i] = facts.get(i).read(this);
    }
    return List.of(presences);
  }

  @Value.Check
  void check() {
    detailsNeedPresence(skinProblem(), skinProblems(), "skinProblems", "skinProblem");
    detailsNeedPresence(bloodThinnerUse(), bloodThinners(), "bloodThinners", "bloodThinnerUse");
    detailsNeedPresence(allergy(), allergies(), "allergies", "allergy");
    detailsNeedPresence(hipSurgery(), hipSurgeries(), "hipSurgeries", "hipSurgery");
    measures(inr(), Analyte.INR, "inr");
    measures(hba1c(), Analyte.HBA1C, "hba1c");
    for (Medication m : bloodThinners()) {
      Require.that(
          m.medicationClass() == MedicationClass.ANTICOAGULANT
              || m.medicationClass() == MedicationClass.ANTIPLATELET,
          "PatientProfile",
          "bloodThinners",
          "must hold only anticoagulants and antiplatelets",
          m.id() + " (" + m.medicationClass().code() + ")");
    }
  }

  /** A measurement sits only in its analyte's slot: an INR read as an HbA1c would be compared wrongly. */
  private static void measures(Optional<Measurement> measurement, Analyte analyte, String field) {
    if (measurement.isPresent()) {
      Require.that(
          measurement.get().analyte() == analyte,
          "PatientProfile",
          field,
          "must be a measurement of " + analyte.code(),
          measurement.get().analyte().code() + " " + measurement.get());
    }
  }

  private static void detailsNeedPresence(
      Presence presence, List<?> details, String field, String presenceField) {
    Require.that(
        details.isEmpty() || presence == Presence.PRESENT,
        "PatientProfile",
        field,
        "must be empty unless " + presenceField + " is present (" + presenceField + " is " + presence.code() + ")",
        details);
  }
}
