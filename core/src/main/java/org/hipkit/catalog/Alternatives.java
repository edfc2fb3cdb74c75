package org.hipkit.catalog;

import static org.hipkit.catalog.Codes.snomed;
import static org.hipkit.catalog.StandardSources.DRY_NEEDLING;
import static org.hipkit.catalog.StandardSources.GEL_SHOTS;
import static org.hipkit.catalog.StandardSources.THERAPEUTIC_HIP_INJECTION;
import static org.hipkit.catalog.StandardSources.ULTRASOUND_GUIDED_INJECTION;

import java.util.List;
import org.hipkit.intervention.Alternative;
import org.hipkit.intervention.AlternativeCategory;

/** Standard catalog content: the options besides needle procedures that the sources mention. */
final class Alternatives {

  private Alternatives() {}

  /** From least to most invasive: waiting, medicines, exercise and self-care, imaging, surgery. */
  static List<Alternative> all() {
    return List.of(
        alternative("observation", "Observation", AlternativeCategory.OBSERVATION)
            .description(
                "Watching mild or on-and-off symptoms with regular reassessment; it carries no"
                    + " procedure risk but does little for an active flare.")
            .addSources(THERAPEUTIC_HIP_INJECTION)
            .build(),
        alternative("oral-medication", "Oral medication", AlternativeCategory.MEDICATION)
            .description(
                "Pain relievers and anti-inflammatory drugs by mouth: less targeted than an"
                    + " injection, with effects throughout the body such as stomach, liver or"
                    + " kidney trouble.")
            .addExamples("NSAIDs such as ibuprofen", "acetaminophen")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION, DRY_NEEDLING)
            .build(),
        alternative("topical-medication", "Topical medication", AlternativeCategory.MEDICATION)
            .description(
                "Pain-relieving or anti-inflammatory creams and gels rubbed on the skin over the"
                    + " hip, with fewer side effects than tablets.")
            .addExamples("anti-inflammatory cream", "pain-relieving gel")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        alternative("physical-therapy", "Physical therapy", AlternativeCategory.EXERCISE_AND_THERAPY)
            .description(
                "Supervised exercise and manual work to build strength, range of motion and better"
                    + " movement habits; often combined with an injection.")
            .addSources(
                GEL_SHOTS, THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION, DRY_NEEDLING)
            .build(),
        alternative("assistive-devices", "Assistive devices", AlternativeCategory.ASSISTIVE_DEVICE)
            .description(
                "Walking aids that take load off a painful hip and make walking steadier.")
            .addExamples("cane", "crutches", "walker")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        alternative(
                "activity-and-weight-management",
                "Activity and weight management",
                AlternativeCategory.SELF_CARE)
            .description(
                "Changing how much and what kind of activity the hip is asked to do, and managing"
                    + " body weight, to reduce its load.")
            .addExamples("activity modification", "load management", "weight management")
            .addSources(GEL_SHOTS, THERAPEUTIC_HIP_INJECTION)
            .build(),
        alternative("heat-and-ice", "Heat and ice", AlternativeCategory.SELF_CARE)
            .description("Cold packs to calm swelling and warmth to relax sore muscles.")
            .addExamples("ice pack", "heating pad", "warm compress")
            .addSources(DRY_NEEDLING, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        alternative("stretching", "Stretching", AlternativeCategory.EXERCISE_AND_THERAPY)
            .description("A regular stretching routine to keep the hip flexible and less tense.")
            .addSources(DRY_NEEDLING)
            .build(),
        alternative(
                "low-impact-exercise", "Low-impact exercise", AlternativeCategory.EXERCISE_AND_THERAPY)
            .description("Gentle exercise that strengthens the hip muscles without jarring the joint.")
            .addExamples("swimming", "cycling")
            .addSources(DRY_NEEDLING)
            .build(),
        alternative("chiropractic-care", "Chiropractic care", AlternativeCategory.MANUAL_THERAPY)
            .description("Adjustments and manipulation aimed at alignment and comfort.")
            .addSources(DRY_NEEDLING)
            .build(),
        alternative("massage", "Massage therapy", AlternativeCategory.MANUAL_THERAPY)
            .description("Hands-on work that loosens tight muscles and helps circulation around the hip.")
            .addSources(DRY_NEEDLING)
            .build(),
        alternative("diagnostic-imaging", "Diagnostic imaging", AlternativeCategory.IMAGING)
            .description(
                "Imaging to find the cause when the diagnosis is unclear: X-rays for bone changes,"
                    + " MRI or ultrasound for the labrum, tendons and bursae.")
            .addExamples("X-ray", "MRI", "ultrasound")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        alternative("hip-arthroscopy", "Hip arthroscopy", AlternativeCategory.SURGERY)
            .description(
                "Keyhole surgery inside the joint that can repair torn cartilage, trim bone spurs"
                    + " and treat other structural problems.")
            .addConditions("labral-tear", "femoroacetabular-impingement")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        alternative("hip-replacement", "Hip replacement", AlternativeCategory.SURGERY)
            .description(
                "An operation that replaces the damaged joint with an artificial one, for advanced"
                    + " arthritis; injections may postpone it.")
            .addConditions("hip-osteoarthritis")
            .addSources(GEL_SHOTS, THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .addCodes(snomed("52734007", "Total replacement of hip"))
            .build());
  }

  private static Alternative.Builder alternative(
      String id, String name, AlternativeCategory category) {
    return Alternative.builder().id(id).name(name).category(category);
  }
}
