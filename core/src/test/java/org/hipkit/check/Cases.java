package org.hipkit.check;

import java.time.LocalDate;
import java.time.Period;
import org.hipkit.anatomy.Side;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.intervention.Purpose;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.quantity.Dose;

/** Plans and profiles the check tests start from. */
final class Cases {

  static final HipCatalog CATALOG = HipCatalog.standard();
  static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private Cases() {}

  /** Ultrasound-guided intra-articular triamcinolone and lidocaine for right hip osteoarthritis. */
  static TreatmentPlan.Builder steroidInjection() {
    return TreatmentPlan.builder()
        .condition(CATALOG.condition("hip-osteoarthritis"))
        .intervention(CATALOG.intervention("corticosteroid-injection"))
        .target(CATALOG.target("intra-articular-hip"))
        .side(Side.RIGHT)
        .purpose(Purpose.THERAPEUTIC)
        .addComponent(MedicationComponent.of(CATALOG.medication("triamcinolone"), Dose.of("40", "mg")))
        .addComponent(MedicationComponent.of(CATALOG.medication("lidocaine")))
        .modality(CATALOG.modality("ultrasound"))
        .antiseptic(CATALOG.medication("chlorhexidine"))
        .plannedDate(DAY);
  }

  /** A course of acupuncture for right hip osteoarthritis. */
  static TreatmentPlan.Builder acupuncture() {
    return TreatmentPlan.builder()
        .condition(CATALOG.condition("hip-osteoarthritis"))
        .intervention(CATALOG.intervention("acupuncture"))
        .target(CATALOG.target("local-acupuncture-points"))
        .side(Side.RIGHT)
        .purpose(Purpose.THERAPEUTIC)
        .modality(CATALOG.modality("landmark"))
        .sessions(8)
        .sessionInterval(Period.ofWeeks(1))
        .plannedDate(DAY);
  }

  /** A profile in which every screening fact is known to be absent. */
  static PatientProfile.Builder allAbsent() {
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
        .physicianEvaluated(Presence.PRESENT);
  }
}
