package org.hipkit.catalog;

import static org.hipkit.catalog.Codes.atc;
import static org.hipkit.catalog.Codes.rxnorm;
import static org.hipkit.catalog.StandardSources.DRY_NEEDLING;
import static org.hipkit.catalog.StandardSources.GEL_SHOTS;
import static org.hipkit.catalog.StandardSources.THERAPEUTIC_HIP_INJECTION;
import static org.hipkit.catalog.StandardSources.ULTRASOUND_GUIDED_INJECTION;

import java.util.List;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.medication.Route;
import org.hipkit.quantity.SourcePhrase;
import org.hipkit.quantity.TimeRange;
import org.hipkit.quantity.TimeUnit;

/**
 * Standard catalog content: the injected agents, skin preparations, pain relievers and blood
 * thinners the sources name.
 */
final class Medications {

  private static final String AMIDE_LOCAL_ANESTHETIC = AllergyGroups.AMIDE_LOCAL_ANESTHETIC;
  private static final String CORTICOSTEROID = AllergyGroups.CORTICOSTEROID;

  /** Numbing cream goes on 30-60 minutes ahead of the needle (source 002). */
  private static final TimeRange CREAM_LEAD_TIME =
      TimeRange.stated(30, 60, TimeUnit.MINUTES, "30-60 minutes before");

  private static final String BLOOD_THINNER_HOLD =
      "Before an injection a physician may ask the patient to pause it for a few days to lower the"
          + " risk of bleeding.";

  private Medications() {}

  /**
   * Local anesthetics, corticosteroids, other injectables, contrast, antiseptics, pain relievers,
   * blood thinners.
   */
  static List<Medication> all() {
    return List.of(
        // Local anesthetics.
        medication("lidocaine", "Lidocaine", MedicationClass.LOCAL_ANESTHETIC)
            .description(
                "A local anesthetic that blocks nerve signals where it is injected or applied,"
                    + " numbing the skin and the injected structure.")
            .addRoutes(
                Route.INFILTRATION,
                Route.INTRA_ARTICULAR,
                Route.INTRABURSAL,
                Route.PERIARTICULAR,
                Route.CUTANEOUS)
            .onset(SourcePhrase.WITHIN_MINUTES.range())
            .duration(SourcePhrase.A_FEW_HOURS.range())
            .addAllergyGroups(AMIDE_LOCAL_ANESTHETIC)
            .addNotes(
                "Mixed into the injection, it gives quick relief that fades as the drug wears off;"
                    + " that early response also helps to locate the pain.",
                "As a topical cream or patch it is put on the skin 30-60 minutes before the needle"
                    + " so that it has time to work.")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .addCodes(rxnorm("6387", "Lidocaine"), atc("N01BB02", "lidocaine"))
            .build(),
        medication("bupivacaine", "Bupivacaine", MedicationClass.LOCAL_ANESTHETIC)
            .description(
                "A local anesthetic mixed into hip injections to numb the target and give short"
                    + " relief.")
            .addRoutes(
                Route.INFILTRATION, Route.INTRA_ARTICULAR, Route.INTRABURSAL, Route.PERIARTICULAR)
            .onset(SourcePhrase.WITHIN_MINUTES.range())
            .duration(SourcePhrase.A_FEW_HOURS.range())
            .addAllergyGroups(AMIDE_LOCAL_ANESTHETIC)
            .addSources(ULTRASOUND_GUIDED_INJECTION)
            .addCodes(atc("N01BB01", "bupivacaine"))
            .build(),
        medication("prilocaine", "Prilocaine (topical numbing cream)", MedicationClass.LOCAL_ANESTHETIC)
            .description(
                "A local anesthetic used in numbing creams or patches that dull the skin before the"
                    + " needle goes in.")
            .addRoutes(Route.CUTANEOUS)
            .leadTime(CREAM_LEAD_TIME)
            .addAllergyGroups(AMIDE_LOCAL_ANESTHETIC)
            .addSources(ULTRASOUND_GUIDED_INJECTION)
            .addCodes(atc("N01BB04", "prilocaine"))
            .build(),
        // Corticosteroids.
        corticosteroid("triamcinolone", "Triamcinolone")
            .addCodes(rxnorm("10759", "Triamcinolone"), atc("H02AB08", "triamcinolone"))
            .build(),
        corticosteroid("betamethasone", "Betamethasone")
            .addCodes(rxnorm("1514", "Betamethasone"), atc("H02AB01", "betamethasone"))
            .build(),
        // Other injectables.
        medication("hyaluronic-acid", "Hyaluronic acid", MedicationClass.VISCOSUPPLEMENT)
            .description(
                "A gel-like copy of a natural component of joint fluid, injected into the joint to"
                    + " restore its lubrication and cushioning (viscosupplementation, a \"gel"
                    + " shot\").")
            .addRoutes(Route.INTRA_ARTICULAR)
            .onset(SourcePhrase.SEVERAL_WEEKS.range())
            .duration(SourcePhrase.ABOUT_SIX_MONTHS_OR_LONGER.range())
            .addRegulatoryNotes(
                "In the US the FDA has approved it for osteoarthritis of the knee; injecting it"
                    + " into the hip is off-label.")
            .addNotes(
                "It relieves symptoms only: it does not regrow or repair cartilage.",
                "It may also damp inflammation inside the joint.",
                "Products differ; some are given once, others as a series.")
            .addSources(GEL_SHOTS, THERAPEUTIC_HIP_INJECTION)
            .addCodes(atc("M09AX01", "hyaluronic acid"))
            .build(),
        medication("platelet-rich-plasma", "Platelet-rich plasma", MedicationClass.BIOLOGIC)
            .description(
                "A biologic preparation concentrated from the patient's own blood, injected to"
                    + " modulate inflammation and support healing of tendons, the labrum or the"
                    + " joint.")
            .addRoutes(Route.INTRA_ARTICULAR, Route.PERIARTICULAR)
            .addNotes(
                "How it is prepared differs between clinics, and so does the evidence for it.")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        medication("contrast-dye", "Contrast dye", MedicationClass.CONTRAST_AGENT)
            .description(
                "A small amount of dye that shows up on X-ray, injected under fluoroscopy to check"
                    + " that the needle tip is in the right place.")
            .addRoutes(Route.INTRA_ARTICULAR, Route.INTRABURSAL, Route.PERIARTICULAR)
            .addAllergyGroups(AllergyGroups.IODINATED_CONTRAST)
            .addNotes(
                "The sources name no particular agent; materials differ by manufacturer.",
                "Patients should report any earlier reaction to contrast dye.")
            .addSources(GEL_SHOTS, THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        // Skin antiseptics.
        antiseptic("povidone-iodine", "Povidone-iodine", AllergyGroups.IODINE)
            .description("An iodine-based antiseptic used to clean the skin at the injection site.")
            .addCodes(rxnorm("8611", "Povidone-Iodine"), atc("D08AG02", "povidone-iodine"))
            .build(),
        antiseptic("chlorhexidine", "Chlorhexidine", AllergyGroups.CHLORHEXIDINE_PRODUCTS)
            .description(
                "An antiseptic used to clean the skin at the injection site, an alternative to"
                    + " iodine.")
            .addCodes(rxnorm("2358", "Chlorhexidine"), atc("D08AC02", "chlorhexidine"))
            .build(),
        // Over-the-counter pain relief.
        medication("acetaminophen", "Acetaminophen", MedicationClass.ANALGESIC)
            .description(
                "An over-the-counter pain reliever taken by mouth, suitable for soreness after an"
                    + " injection or a needling session.")
            .addRoutes(Route.ORAL)
            .addNotes("Also known as paracetamol.")
            .addSources(ULTRASOUND_GUIDED_INJECTION, DRY_NEEDLING)
            .addCodes(rxnorm("161", "Acetaminophen"), atc("N02BE01", "paracetamol"))
            .build(),
        medication("ibuprofen", "Ibuprofen", MedicationClass.NSAID)
            .description(
                "An over-the-counter anti-inflammatory pain reliever taken by mouth, used for"
                    + " soreness after an injection or a needling session.")
            .addRoutes(Route.ORAL)
            .addSources(ULTRASOUND_GUIDED_INJECTION, DRY_NEEDLING)
            .addCodes(rxnorm("5640", "Ibuprofen"), atc("M01AE01", "ibuprofen"))
            .build(),
        // Blood thinners the patient may already take.
        medication("aspirin", "Aspirin", MedicationClass.ANTIPLATELET)
            .description(
                "A blood thinner that acts on platelets; a patient taking it bleeds and bruises"
                    + " more easily after a needle.")
            .addRoutes(Route.ORAL)
            .addNotes(
                BLOOD_THINNER_HOLD,
                "It is not a good choice for pain relief after the injection, because it adds to"
                    + " the bleeding risk.")
            .addSources(ULTRASOUND_GUIDED_INJECTION)
            .addCodes(rxnorm("1191", "Aspirin"), atc("B01AC06", "acetylsalicylic acid"))
            .build(),
        medication("warfarin", "Warfarin", MedicationClass.ANTICOAGULANT)
            .description(
                "An anticoagulant that slows blood clotting; a patient taking it bleeds and"
                    + " bruises more easily after a needle.")
            .addRoutes(Route.ORAL)
            .addNotes(BLOOD_THINNER_HOLD)
            .addSources(ULTRASOUND_GUIDED_INJECTION)
            .addCodes(rxnorm("11289", "Warfarin"), atc("B01AA03", "warfarin"))
            .build());
  }

  private static Medication.Builder medication(String id, String name, MedicationClass cls) {
    return Medication.builder().id(id).name(name).medicationClass(cls);
  }

  /** An injected corticosteroid; the two the sources name share every fact but their codes. */
  private static Medication.Builder corticosteroid(String id, String name) {
    return medication(id, name, MedicationClass.CORTICOSTEROID)
        .description(
            "A corticosteroid injected into or around the hip to damp inflammation in the lining"
                + " and nearby tissue.")
        .addRoutes(Route.INTRA_ARTICULAR, Route.INTRABURSAL, Route.PERIARTICULAR)
        .onset(SourcePhrase.A_FEW_DAYS.range())
        .duration(SourcePhrase.WEEKS_TO_MONTHS.range())
        .addSystemicEffects(
            "A short-lived rise in blood glucose, which matters most when diabetes is poorly"
                + " controlled.")
        .addAllergyGroups(CORTICOSTEROID)
        .addNotes(
            "Usually given together with a local anesthetic (the \"cortisone shot\").",
            "Its relief starts later than the anesthetic's and lasts longer.")
        .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION);
  }

  private static Medication.Builder antiseptic(String id, String name, String allergyGroup) {
    return medication(id, name, MedicationClass.ANTISEPTIC)
        .addRoutes(Route.CUTANEOUS)
        .addAllergyGroups(allergyGroup)
        .addNotes("Applied before the sterile drape goes on, to lower the chance of infection.")
        .addSources(ULTRASOUND_GUIDED_INJECTION);
  }
}
