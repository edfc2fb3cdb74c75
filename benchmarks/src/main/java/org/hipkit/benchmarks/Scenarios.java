package org.hipkit.benchmarks;

import java.time.LocalDate;
import java.time.Period;
import org.hipkit.anatomy.Region;
import org.hipkit.anatomy.Side;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.intervention.Purpose;
import org.hipkit.medication.MedicationClass;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.Allergy;
import org.hipkit.profile.Control;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.HipSurgery;
import org.hipkit.profile.HipSurgeryKind;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.profile.SkinProblem;
import org.hipkit.profile.SkinProblemKind;
import org.hipkit.quantity.Dose;

/**
 * The plans and patient profiles the benchmarks measure, built from the standard catalog.
 *
 * <ul>
 *   <li>The <em>typical</em> case: an ultrasound-guided intra-articular injection of triamcinolone
 *       and lidocaine into the right hip for osteoarthritis, with chlorhexidine, for a patient whose
 *       every screening fact is known and none is a risk. Every injection rule applies and none
 *       flags: the everyday check.
 *   <li>The <em>heavy</em> case: the same injection under fluoroscopy with contrast dye, for a
 *       patient with many risk facts (fever with severe pain, a skin infection at the entry site,
 *       warfarin with a high INR, aspirin, allergies to lidocaine and iodinated contrast, diabetes
 *       with a high HbA1c, a recent replacement of the same hip, pregnancy) and a few facts not
 *       known. About half the rules flag, several are indeterminate, and every finding carries its
 *       basis: the costliest check a realistic case makes.
 *   <li>The <em>series</em> plan: eight weekly acupuncture sessions, whose course repeats its
 *       per-session items eight times.
 *   <li>The <em>document</em> plan: three weekly fluoroscopy-guided intra-articular injections of
 *       hyaluronic acid with lidocaine and contrast dye into the left hip, with povidone-iodine. It
 *       is the plan of the JSON module's {@code plan.json} fixture and uses every field of the plan
 *       document: decimal and whole doses, a component without a dose, an antiseptic, sessions and
 *       an interval.
 * </ul>
 */
public final class Scenarios {

  /** The planned date of every scenario, and the date checks are made as of. */
  public static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private static final HipCatalog CATALOG = HipCatalog.standard();

  private Scenarios() {}

  /**
   * Returns the typical plan: ultrasound-guided intra-articular triamcinolone 40 mg and lidocaine,
   * right hip, osteoarthritis, chlorhexidine.
   *
   * @return the plan
   */
  public static TreatmentPlan typicalPlan() {
    return steroidInjection("ultrasound").build();
  }

  /**
   * Returns the heavy plan: the typical injection under fluoroscopy, with contrast dye.
   *
   * @return the plan
   */
  public static TreatmentPlan heavyPlan() {
    return steroidInjection("fluoroscopy")
        .addComponent(MedicationComponent.of(CATALOG.medication("contrast-dye")))
        .build();
  }

  /**
   * Returns the series plan: eight weekly sessions of acupuncture at local points of the right hip.
   *
   * @return the plan
   */
  public static TreatmentPlan seriesPlan() {
    return TreatmentPlan.builder()
        .condition(CATALOG.condition("hip-osteoarthritis"))
        .intervention(CATALOG.intervention("acupuncture"))
        .target(CATALOG.target("local-acupuncture-points"))
        .side(Side.RIGHT)
        .purpose(Purpose.THERAPEUTIC)
        .modality(CATALOG.modality("landmark"))
        .sessions(8)
        .sessionInterval(Period.ofWeeks(1))
        .plannedDate(DAY)
        .build();
  }

  /**
   * Returns the document plan: three weekly fluoroscopy-guided intra-articular injections of
   * hyaluronic acid 2.5 mL, lidocaine 20 mg and contrast dye, left hip, osteoarthritis,
   * povidone-iodine.
   *
   * @return the plan
   */
  public static TreatmentPlan documentPlan() {
    return TreatmentPlan.builder()
        .condition(CATALOG.condition("hip-osteoarthritis"))
        .intervention(CATALOG.intervention("hyaluronic-acid-injection"))
        .target(CATALOG.target("intra-articular-hip"))
        .side(Side.LEFT)
        .purpose(Purpose.THERAPEUTIC)
        .addComponent(MedicationComponent.of(CATALOG.medication("hyaluronic-acid"), Dose.of("2.5", "mL")))
        .addComponent(MedicationComponent.of(CATALOG.medication("lidocaine"), Dose.of("20", "mg")))
        .addComponent(MedicationComponent.of(CATALOG.medication("contrast-dye")))
        .modality(CATALOG.modality("fluoroscopy"))
        .antiseptic(CATALOG.medication("povidone-iodine"))
        .plannedDate(DAY)
        .sessions(3)
        .sessionInterval(Period.ofDays(7))
        .build();
  }

  /**
   * Returns the typical profile: every screening fact known, none a risk, the pain evaluated by a
   * physician.
   *
   * @return the profile
   */
  public static PatientProfile typicalProfile() {
    return PatientProfile.builder()
        .fever(Presence.ABSENT)
        .severeAcutePain(Presence.ABSENT)
        .suspectedJointInfection(Presence.ABSENT)
        .systemicInfection(Presence.ABSENT)
        .skinProblem(Presence.ABSENT)
        .bloodThinnerUse(Presence.ABSENT)
        .bleedingDisorder(Presence.ABSENT)
        .allergy(Presence.ABSENT)
        .diabetes(Presence.ABSENT)
        .hipSurgery(Presence.ABSENT)
        .suspectedFracture(Presence.ABSENT)
        .rapidlyWorseningPain(Presence.ABSENT)
        .otherRedFlags(Presence.ABSENT)
        .pregnancy(Presence.ABSENT)
        .cannotTolerateProcedure(Presence.ABSENT)
        .painMainlyNonHip(Presence.ABSENT)
        .osteoporosis(Presence.ABSENT)
        .persistentPain(Presence.ABSENT)
        .physicianEvaluated(Presence.PRESENT)
        .build();
  }

  /**
   * Returns the heavy profile: many risk facts with their details, a few facts unknown.
   *
   * @return the profile
   */
  public static PatientProfile heavyProfile() {
    return PatientProfile.builder()
        .fever(Presence.PRESENT)
        .severeAcutePain(Presence.PRESENT)
        .suspectedJointInfection(Presence.UNKNOWN)
        .systemicInfection(Presence.ABSENT)
        .skinProblem(Presence.PRESENT)
        .addSkinProblems(SkinProblem.of(SkinProblemKind.INFECTION, Region.ANTERIOR, Side.RIGHT))
        .addSkinProblems(SkinProblem.of(SkinProblemKind.DERMATITIS, Region.POSTERIOR, Side.LEFT))
        .bloodThinnerUse(Presence.PRESENT)
        .addBloodThinners(CATALOG.medication("warfarin"), CATALOG.medication("aspirin"))
        .inr(Measurement.inr("3.4", DAY.minusDays(2)))
        .bleedingDisorder(Presence.ABSENT)
        .allergy(Presence.PRESENT)
        .addAllergies(
            Allergy.toMedication(CATALOG.medication("lidocaine")),
            Allergy.toGroup(CATALOG.allergyGroup("iodinated-contrast")))
        .addAllergies(Allergy.toClass(MedicationClass.ANALGESIC))
        .diabetes(Presence.PRESENT)
        .hba1c(Measurement.hba1cPercent("8.6", DAY.minusDays(20)))
        .diabetesControl(ControlStatement.of(Control.CONTROLLED, DAY.minusDays(200)))
        .hipSurgery(Presence.PRESENT)
        .addHipSurgeries(HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, Side.RIGHT, DAY.minusDays(40)))
        .addHipSurgeries(HipSurgery.of(HipSurgeryKind.ARTHROSCOPY, Side.LEFT, DAY.minusYears(3)))
        .suspectedFracture(Presence.ABSENT)
        .rapidlyWorseningPain(Presence.PRESENT)
        .otherRedFlags(Presence.UNKNOWN)
        .pregnancy(Presence.PRESENT)
        .cannotTolerateProcedure(Presence.UNKNOWN)
        .painMainlyNonHip(Presence.PRESENT)
        .osteoporosis(Presence.PRESENT)
        .persistentPain(Presence.PRESENT)
        .physicianEvaluated(Presence.ABSENT)
        .build();
  }

  private static TreatmentPlan.Builder steroidInjection(String modality) {
    return TreatmentPlan.builder()
        .condition(CATALOG.condition("hip-osteoarthritis"))
        .intervention(CATALOG.intervention("corticosteroid-injection"))
        .target(CATALOG.target("intra-articular-hip"))
        .side(Side.RIGHT)
        .purpose(Purpose.THERAPEUTIC)
        .addComponent(MedicationComponent.of(CATALOG.medication("triamcinolone"), Dose.of("40", "mg")))
        .addComponent(MedicationComponent.of(CATALOG.medication("lidocaine")))
        .modality(CATALOG.modality(modality))
        .antiseptic(CATALOG.medication("chlorhexidine"))
        .plannedDate(DAY);
  }
}
