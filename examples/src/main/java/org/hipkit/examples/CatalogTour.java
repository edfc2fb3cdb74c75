package org.hipkit.examples;

import java.util.List;
import org.hipkit.anatomy.AnatomicalStructure;
import org.hipkit.anatomy.Target;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.condition.Condition;
import org.hipkit.error.UnknownIdException;
import org.hipkit.guidance.GuidanceModality;
import org.hipkit.intervention.Intervention;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.medication.Route;
import org.hipkit.source.Source;

/**
 * A walk through the catalog, the knowledge every check and course rests on: what treats greater
 * trochanteric pain syndrome, which targets need imaging, which modalities use no radiation, the
 * medications of a class, the structures a needle must avoid, what an unknown id says, and how a
 * clinic adds an entry of its own.
 *
 * <p>Run it from the project root with {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.hipkit.examples.CatalogTour}.
 */
public final class CatalogTour {

  private CatalogTour() {}

  /**
   * Prints the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // The standard catalog: built once from hipkit's source documents, shared, immutable.
    HipCatalog catalog = HipCatalog.standard();
    System.out.println(catalog);

    // 1. What treats greater trochanteric pain syndrome? Every entry is found by a stable id.
    Condition gtps = catalog.condition("greater-trochanteric-pain-syndrome");
    System.out.println();
    System.out.println("What treats " + gtps.name() + "?");
    for (Intervention intervention : catalog.interventionsFor(gtps.id())) {
      System.out.println("  " + intervention.id() + ": " + intervention.name());
      // Entries name each other by id; the catalog resolves the ids. Of the intervention's
      // targets, keep those whose needle reaches a structure the condition concerns.
      for (Target target : catalog.targetsOf(intervention)) {
        if (target.reaches().stream().anyMatch(gtps.structures()::contains)) {
          System.out.println("    at " + target.id() + ", reaching " + target.reaches());
        }
      }
    }
    System.out.println("  (the condition concerns " + gtps.structures() + ";");
    System.out.println("   sources " + keys(gtps.sources()) + ")");

    // 2. Which targets do the sources expect to be reached under imaging?
    System.out.println();
    System.out.println("Targets that need imaging:");
    for (Target target : catalog.targetsNeedingImaging()) {
      System.out.println("  " + target.id() + ", at risk on the way: " + target.structuresAtRisk());
    }

    // 3. Which guidance modalities use no ionizing radiation (a question in pregnancy)?
    System.out.println();
    System.out.println("Modalities without ionizing radiation:");
    for (GuidanceModality modality : catalog.modalitiesWithoutIonizingRadiation()) {
      System.out.println("  " + modality.id() + ": " + modality.name());
    }

    // 4. The medications of a class, here the corticosteroids, with the routes each is given by.
    System.out.println();
    System.out.println("Corticosteroids:");
    printMedications(catalog.medicationsOf(MedicationClass.CORTICOSTEROID));

    // 5. The structures a needle must avoid, across all targets.
    System.out.println();
    System.out.println("Structures at risk:");
    for (AnatomicalStructure structure : catalog.structuresAtRisk()) {
      System.out.println("  " + structure.id() + ": " + structure.name());
    }

    // 6. A mistyped or guessed id fails at once, and the message names the nearest known ids.
    //    (catalog.findCondition(id) returns an Optional instead, when absence is expected.)
    System.out.println();
    try {
      catalog.condition("greater-trochanteric-pain");
    } catch (UnknownIdException e) {
      System.out.println(e.getMessage());
      System.out.println("  nearest: " + e.nearest());
    }

    // 7. A clinic's own entry: the standard catalog plus a corticosteroid the clinic stocks.
    HipCatalog clinic = clinicCatalog();
    System.out.println();
    System.out.println("Our clinic's catalog: " + clinic);
    System.out.println("Corticosteroids there:");
    printMedications(clinic.medicationsOf(MedicationClass.CORTICOSTEROID));
  }

  /**
   * A corticosteroid that a clinic stocks and the standard catalog lacks. Its description is the
   * clinic's, and it cites the clinic's formulary, as every standard entry cites its source.
   */
  public static final Medication METHYLPREDNISOLONE =
      Medication.builder()
          .id("methylprednisolone")
          .name("Methylprednisolone")
          .medicationClass(MedicationClass.CORTICOSTEROID)
          .description("A corticosteroid our clinic stocks for injections into and around the hip.")
          .addRoutes(Route.INTRA_ARTICULAR, Route.INTRABURSAL, Route.PERIARTICULAR)
          .addAllergyGroups("corticosteroid") // the same allergy group as the standard steroids
          .addSources(Source.of("our-clinic-formulary-2026", "Our clinic's formulary"))
          .build();

  /**
   * Returns the standard catalog with the clinic's entry added. The builder checks the result as a
   * whole: ids stay unique and every id an entry names must resolve.
   *
   * @return the clinic's catalog
   */
  public static HipCatalog clinicCatalog() {
    return HipCatalog.builder().addAll(HipCatalog.standard()).add(METHYLPREDNISOLONE).build();
  }

  private static void printMedications(List<Medication> medications) {
    for (Medication medication : medications) {
      System.out.println(
          "  " + medication.id() + " by " + medication.routes().stream().map(Route::code).toList()
              + ", sources " + keys(medication.sources()));
    }
  }

  private static List<String> keys(List<Source> sources) {
    return sources.stream().map(Source::key).toList();
  }
}
