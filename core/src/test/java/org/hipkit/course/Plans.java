package org.hipkit.course;

import java.time.LocalDate;
import java.time.Period;
import org.hipkit.anatomy.Side;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.intervention.Purpose;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.quantity.Dose;

/** Plans the course tests start from, and every single-session plan the standard catalog allows. */
final class Plans {

  static final HipCatalog CATALOG = HipCatalog.standard();
  static final LocalDate DAY = LocalDate.of(2026, 3, 7);

  private Plans() {}

  /** Ultrasound-guided intra-articular triamcinolone and lidocaine for right hip osteoarthritis. */
  static TreatmentPlan.Builder steroid() {
    return TreatmentPlan.builder()
        .condition(CATALOG.condition("hip-osteoarthritis"))
        .intervention(CATALOG.intervention("corticosteroid-injection"))
        .target(CATALOG.target("intra-articular-hip"))
        .side(Side.RIGHT)
        .purpose(Purpose.THERAPEUTIC)
        .addComponent(MedicationComponent.of(CATALOG.medication("triamcinolone"), Dose.of("40", "mg")))
        .addComponent(MedicationComponent.of(CATALOG.medication("lidocaine")))
        .modality(CATALOG.modality("ultrasound"))
        .plannedDate(DAY);
  }

  /** A steroid injection into the trochanteric bursa for trochanteric bursitis. */
  static TreatmentPlan.Builder bursitis() {
    return steroid()
        .condition(CATALOG.condition("trochanteric-bursitis"))
        .target(CATALOG.target("lateral-hip"));
  }

  /** A single fluoroscopy-guided hyaluronic acid injection for left hip osteoarthritis. */
  static TreatmentPlan.Builder hyaluronicAcid() {
    return TreatmentPlan.builder()
        .condition(CATALOG.condition("hip-osteoarthritis"))
        .intervention(CATALOG.intervention("hyaluronic-acid-injection"))
        .target(CATALOG.target("intra-articular-hip"))
        .side(Side.LEFT)
        .purpose(Purpose.THERAPEUTIC)
        .addComponent(MedicationComponent.of(CATALOG.medication("hyaluronic-acid")))
        .modality(CATALOG.modality("ultrasound"))
        .plannedDate(DAY);
  }

  /** A platelet-rich plasma injection at the lateral hip for gluteal tendinopathy. */
  static TreatmentPlan.Builder plateletRichPlasma() {
    return TreatmentPlan.builder()
        .condition(CATALOG.condition("gluteal-tendinopathy"))
        .intervention(CATALOG.intervention("platelet-rich-plasma-injection"))
        .target(CATALOG.target("lateral-hip"))
        .side(Side.LEFT)
        .purpose(Purpose.THERAPEUTIC)
        .addComponent(MedicationComponent.of(CATALOG.medication("platelet-rich-plasma")))
        .modality(CATALOG.modality("ultrasound"))
        .plannedDate(DAY);
  }

  /** A weekly course of six acupuncture sessions for right hip osteoarthritis. */
  static TreatmentPlan.Builder acupuncture() {
    return TreatmentPlan.builder()
        .condition(CATALOG.condition("hip-osteoarthritis"))
        .intervention(CATALOG.intervention("acupuncture"))
        .target(CATALOG.target("local-acupuncture-points"))
        .side(Side.RIGHT)
        .purpose(Purpose.THERAPEUTIC)
        .modality(CATALOG.modality("landmark"))
        .sessions(6)
        .sessionInterval(Period.ofWeeks(1))
        .plannedDate(DAY);
  }

  /** A single dry needling session at the gluteal trigger points. */
  static TreatmentPlan.Builder dryNeedling() {
    return TreatmentPlan.builder()
        .condition(CATALOG.condition("myofascial-hip-pain"))
        .intervention(CATALOG.intervention("dry-needling"))
        .target(CATALOG.target("gluteal-trigger-points"))
        .side(Side.LEFT)
        .purpose(Purpose.THERAPEUTIC)
        .modality(CATALOG.modality("landmark"))
        .plannedDate(DAY);
  }
}
