package org.hipkit.examples;

import java.time.LocalDate;
import org.hipkit.anatomy.Side;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.intervention.Intervention;
import org.hipkit.intervention.Purpose;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.quantity.Dose;

/**
 * The first program to run: what the built-in catalog holds, then one plan checked against one
 * patient.
 *
 * <p>Run it from the project root with {@code ./mvnw -q -pl examples -am compile exec:java}.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Prints a catalog summary and a check report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // 1. The catalog: sourced knowledge, found by stable ids.
    HipCatalog catalog = HipCatalog.standard();
    System.out.println(catalog);
    for (Intervention intervention : catalog.interventions()) {
      System.out.println(
          "  " + intervention.id() + ": " + catalog.targetsOf(intervention).size() + " targets, "
              + intervention.risks().size() + " risks, cites "
              + intervention.sources().stream().map(s -> s.key()).toList());
    }

    // 2. A plan: ultrasound-guided steroid and anesthetic into the right hip joint.
    TreatmentPlan plan =
        TreatmentPlan.builder()
            .condition(catalog.condition("hip-osteoarthritis"))
            .intervention(catalog.intervention("corticosteroid-injection"))
            .target(catalog.target("intra-articular-hip"))
            .side(Side.RIGHT)
            .purpose(Purpose.THERAPEUTIC)
            .addComponent(MedicationComponent.of(catalog.medication("triamcinolone"), Dose.of("40", "mg")))
            .addComponent(MedicationComponent.of(catalog.medication("lidocaine"), Dose.of("3", "mL")))
            .modality(catalog.modality("ultrasound"))
            .antiseptic(catalog.medication("chlorhexidine"))
            .plannedDate(LocalDate.of(2026, 12, 1))
            .build();

    // 3. A patient: what is known is stated; everything else stays unknown, never "absent".
    PatientProfile profile =
        PatientProfile.builder()
            .fever(Presence.ABSENT)
            .suspectedJointInfection(Presence.ABSENT)
            .diabetes(Presence.PRESENT)
            .hba1c(Measurement.hba1cPercent("8.6", LocalDate.of(2026, 11, 10)))
            .build();

    // 4. The check: findings with their basis, and what could not be assessed.
    CheckReport report = Checker.standard().check(profile, plan);
    System.out.println();
    System.out.print(report.render());
  }
}
