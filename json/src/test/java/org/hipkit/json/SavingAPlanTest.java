package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hipkit.anatomy.Side;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.intervention.Purpose;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.quantity.Dose;
import org.junit.jupiter.api.Test;

/** The plan saved and loaded in README.md and docs/json-format.md; those samples are this code. */
class SavingAPlanTest {

  @Test
  void a_plan_saved_as_json_loads_equal() {
    HipCatalog catalog = HipCatalog.standard();
    TreatmentPlan plan =
        TreatmentPlan.builder()
            .condition(catalog.condition("greater-trochanteric-pain-syndrome"))
            .intervention(catalog.intervention("corticosteroid-injection"))
            .target(catalog.target("lateral-hip"))
            .side(Side.LEFT)
            .purpose(Purpose.THERAPEUTIC)
            .addComponent(MedicationComponent.of(catalog.medication("betamethasone")))
            .addComponent(MedicationComponent.of(catalog.medication("lidocaine"), Dose.of("2.5", "mL")))
            .modality(catalog.modality("ultrasound"))
            .plannedDate(LocalDate.of(2026, 12, 1))
            .build();

    HipJson json = HipJson.standard();
    String text = json.writePlan(plan);              // {"format":"hipkit.plan/1",...}
    TreatmentPlan loaded = json.readPlan(text);      // equal to plan

    assertThat(loaded).isEqualTo(plan);
    assertThat(text).startsWith("{\"format\":\"hipkit.plan/1\",");
    assertThat(text).contains("\"amount\":2.5");
  }
}
