package org.hipkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.hipkit.anatomy.Side;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.error.InvalidValueException;
import org.hipkit.intervention.Purpose;
import org.hipkit.medication.MedicationClass;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.junit.jupiter.api.Test;

/** What the catalog tour prints, and that the clinic's entry is usable in a plan. */
class CatalogTourTest {

  @Test
  void main_prints_each_stop_of_the_tour() {
    String out = Console.capture(() -> CatalogTour.main(new String[0]));

    assertThat(out)
        .contains("What treats Greater trochanteric pain syndrome?")
        .contains("  corticosteroid-injection: Corticosteroid and local anesthetic injection")
        .contains("    at lateral-hip, reaching [trochanteric-bursa, gluteal-tendons]")
        .contains(
            "  intra-articular-hip, at risk on the way:"
                + " [femoral-artery, femoral-vein, femoral-nerve]")
        .contains("  ultrasound: Ultrasound guidance", "  landmark: Landmark guidance")
        .doesNotContain("  fluoroscopy:")
        .contains("  triamcinolone by", "  betamethasone by")
        .contains("  sciatic-nerve: Sciatic nerve")
        .contains(
            "Unknown condition id 'greater-trochanteric-pain'; nearest known ids:"
                + " greater-trochanteric-pain-syndrome")
        .contains("15 medications")
        .contains(
            "  methylprednisolone by [intra-articular, intrabursal, periarticular],"
                + " sources [our-clinic-formulary-2026]");
  }

  @Test
  void the_clinic_catalog_keeps_every_standard_entry_and_adds_one() {
    HipCatalog clinic = CatalogTour.clinicCatalog();

    assertThat(clinic.entries()).hasSize(HipCatalog.standard().entries().size() + 1);
    assertThat(clinic.medicationsOf(MedicationClass.CORTICOSTEROID))
        .extracting(m -> m.id())
        .containsExactly("triamcinolone", "betamethasone", "methylprednisolone");
    assertThat(HipCatalog.standard().findMedication("methylprednisolone")).isEmpty();
  }

  @Test
  void a_plan_may_use_the_clinic_entry() {
    HipCatalog clinic = CatalogTour.clinicCatalog();

    TreatmentPlan plan = TreatmentPlan.builder()
        .condition(clinic.condition("greater-trochanteric-pain-syndrome"))
        .intervention(clinic.intervention("corticosteroid-injection"))
        .target(clinic.target("lateral-hip"))
        .side(Side.RIGHT)
        .purpose(Purpose.THERAPEUTIC)
        .addComponent(MedicationComponent.of(clinic.medication("methylprednisolone")))
        .modality(clinic.modality("ultrasound"))
        .plannedDate(LocalDate.of(2026, 12, 1))
        .build();

    assertThat(plan.components())
        .extracting(c -> c.medication().id())
        .containsExactly("methylprednisolone");
  }

  @Test
  void an_entry_whose_id_is_taken_is_refused() {
    assertThatThrownBy(
            () -> HipCatalog.builder()
                .addAll(CatalogTour.clinicCatalog())
                .add(CatalogTour.METHYLPREDNISOLONE)
                .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("methylprednisolone");
  }
}
