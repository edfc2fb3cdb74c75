package org.hipkit.examples;

import java.time.LocalDate;
import org.hipkit.anatomy.Side;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.intervention.Purpose;
import org.hipkit.json.HipJson;
import org.hipkit.json.HipJsonException;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.quantity.Dose;

/**
 * Saving a treatment plan as JSON, loading it back, and what a broken document looks like.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.hipkit.examples.SaveAndLoad}.
 */
public final class SaveAndLoad {

  private SaveAndLoad() {}

  /**
   * Prints a plan's JSON, confirms it loads equal, and shows the error for a typo'd id.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    HipCatalog catalog = HipCatalog.standard();
    TreatmentPlan plan = plan(catalog);

    // One HipJson for the whole application: it is immutable and thread-safe.
    HipJson json = HipJson.standard();

    // Writing gives a compact, deterministic document that starts with its kind and version.
    String text = json.writePlan(plan);
    System.out.println(text);

    // Reading resolves catalog ids against the standard catalog and gives back an equal plan.
    TreatmentPlan loaded = json.readPlan(text);
    System.out.println("loaded equal: " + loaded.equals(plan));

    // A broken document fails with one exception that says where and why.
    System.out.println(errorFor(json, text.replace("\"betamethasone\"", "\"betametasone\"")));
  }

  /**
   * Builds the plan this example saves: an ultrasound-guided steroid injection at the left lateral
   * hip for greater trochanteric pain syndrome.
   *
   * @param catalog the catalog to take entries from
   * @return the plan
   */
  public static TreatmentPlan plan(HipCatalog catalog) {
    return TreatmentPlan.builder()
        .condition(catalog.condition("greater-trochanteric-pain-syndrome"))
        .intervention(catalog.intervention("corticosteroid-injection"))
        .target(catalog.target("lateral-hip"))
        .side(Side.LEFT)
        .purpose(Purpose.THERAPEUTIC)
        .addComponent(MedicationComponent.of(catalog.medication("betamethasone")))
        .addComponent(MedicationComponent.of(catalog.medication("lidocaine"), Dose.of("2.5", "mL")))
        .modality(catalog.modality("ultrasound"))
        .antiseptic(catalog.medication("povidone-iodine"))
        .plannedDate(LocalDate.of(2026, 12, 1))
        .build();
  }

  /**
   * Reads a plan document that is expected to fail and describes the failure in one line.
   *
   * @param json the reader
   * @param text the broken document
   * @return the pointer, position and reason of the failure
   */
  public static String errorFor(HipJson json, String text) {
    try {
      json.readPlan(text);
      return "read without error";
    } catch (HipJsonException e) {
      return e.pointer() + " (line " + e.line() + ", column " + e.column() + "): " + e.reason();
    }
  }
}
