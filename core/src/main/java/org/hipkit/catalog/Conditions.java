package org.hipkit.catalog;

import static org.hipkit.catalog.Codes.icd10;
import static org.hipkit.catalog.Codes.icd10cm;
import static org.hipkit.catalog.Codes.snomed;
import static org.hipkit.catalog.StandardSources.ACUPUNCTURE;
import static org.hipkit.catalog.StandardSources.DRY_NEEDLING;
import static org.hipkit.catalog.StandardSources.GEL_SHOTS;
import static org.hipkit.catalog.StandardSources.THERAPEUTIC_HIP_INJECTION;
import static org.hipkit.catalog.StandardSources.ULTRASOUND_GUIDED_INJECTION;

import java.util.List;
import org.hipkit.condition.Condition;
import org.hipkit.condition.ConditionKind;

/**
 * Standard catalog content: the conditions and clinical situations the interventions are used for.
 */
final class Conditions {

  private Conditions() {}

  /** Joint disorders first, then lateral and anterior soft-tissue problems, then situations. */
  static List<Condition> all() {
    return List.of(
        // Inside the joint.
        condition("hip-osteoarthritis", "Hip osteoarthritis", ConditionKind.DISORDER)
            .description(
                "Degeneration of the hip joint in which the articular cartilage slowly breaks"
                    + " down, bringing pain, stiffness and loss of motion.")
            .addSynonyms("osteoarthritis of the hip", "coxarthrosis", "hip OA")
            .addStructures("articular-cartilage", "hip-joint", "synovial-fluid")
            .addNotes(
                "Injections are considered when pain and stiffness get in the way of daily"
                    + " function.",
                "Hyaluronic acid is meant for mild to moderate disease.",
                "Injections ease symptoms only; they cannot cure the disease, and repeat injections"
                    + " may be needed.")
            .addSources(
                GEL_SHOTS,
                THERAPEUTIC_HIP_INJECTION,
                ULTRASOUND_GUIDED_INJECTION,
                ACUPUNCTURE,
                DRY_NEEDLING)
            .addCodes(
                snomed("239872002", "Osteoarthritis of hip"),
                icd10cm("M16.9", "Osteoarthritis of hip, unspecified"),
                icd10cm("M16.10", "Unilateral primary osteoarthritis, unspecified hip"),
                icd10cm("M16.11", "Unilateral primary osteoarthritis, right hip"),
                icd10cm("M16.12", "Unilateral primary osteoarthritis, left hip"),
                icd10("M16.9", "Coxarthrosis, unspecified"))
            .build(),
        condition("synovitis", "Synovitis of the hip", ConditionKind.DISORDER)
            .description(
                "Inflammation of the synovial lining of the hip, a source of pain inside the"
                    + " joint.")
            .addStructures("joint-capsule-and-synovium")
            .addSources(THERAPEUTIC_HIP_INJECTION)
            .build(),
        condition("labral-tear", "Labral tear", ConditionKind.DISORDER)
            .description(
                "A tear of the fibrocartilage rim of the socket, or pain patterns traced to the"
                    + " labrum.")
            .addSynonyms("hip labral tear", "labral-related pain")
            .addStructures("acetabular-labrum")
            .addNotes(
                "It may cause clicking and a feeling that the hip is unstable.",
                "An injection can calm pain and inflammation but does not mend the tear; some"
                    + " tears need surgery.")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        condition("inflammatory-arthritis", "Inflammatory arthritis of the hip", ConditionKind.DISORDER)
            .description(
                "Arthritis of the hip driven by inflammation of the joint lining rather than by"
                    + " wear.")
            .addStructures("joint-capsule-and-synovium", "hip-joint")
            .addNotes("Injection is usually planned together with the patient's rheumatology care.")
            .addSources(THERAPEUTIC_HIP_INJECTION)
            .build(),
        // The outer side of the hip.
        condition(
                "greater-trochanteric-pain-syndrome",
                "Greater trochanteric pain syndrome",
                ConditionKind.PAIN_PATTERN)
            .description(
                "Pain over the outer side of the hip around the greater trochanter, usually coming"
                    + " from the gluteal tendons and the trochanteric bursa.")
            .addSynonyms("GTPS", "lateral hip pain")
            .addStructures(
                "gluteal-tendons",
                "trochanteric-bursa",
                "greater-trochanter",
                "gluteus-medius",
                "gluteus-minimus")
            .addSources(THERAPEUTIC_HIP_INJECTION)
            .build(),
        condition("trochanteric-bursitis", "Trochanteric bursitis", ConditionKind.DISORDER)
            .description(
                "Inflammation of the bursa over the greater trochanter, with pain and tenderness on"
                    + " the outer hip.")
            .addSynonyms("hip bursitis")
            .addStructures("trochanteric-bursa")
            .addNotes(
                "The sources speak of hip bursitis; the trochanteric bursa is the one they place on"
                    + " the outer hip.",
                "Relief after an injection can last a long time, but therapy or activity changes"
                    + " may be needed to keep it from returning.")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION, ACUPUNCTURE)
            .addCodes(
                icd10cm("M70.60", "Trochanteric bursitis, unspecified hip"),
                icd10cm("M70.61", "Trochanteric bursitis, right hip"),
                icd10cm("M70.62", "Trochanteric bursitis, left hip"),
                icd10("M70.6", "Trochanteric bursitis"))
            .build(),
        condition("gluteal-tendinopathy", "Gluteal tendinopathy", ConditionKind.DISORDER)
            .description(
                "Irritation or degeneration of the gluteus medius and minimus tendons where they"
                    + " attach to the greater trochanter.")
            .addSynonyms("gluteal tendinitis", "hip tendinitis")
            .addStructures("gluteal-tendons", "gluteus-medius", "gluteus-minimus")
            .addNotes("Overuse and repetitive activity are common triggers.")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .addCodes(icd10("M76.0", "Gluteal tendinitis"))
            .build(),
        // The front of the hip.
        condition("iliopsoas-bursitis", "Iliopsoas bursitis or tendon irritation", ConditionKind.DISORDER)
            .description(
                "Pain at the front of the hip from an inflamed iliopsoas bursa or an irritated"
                    + " iliopsoas tendon.")
            .addSynonyms("iliopsoas tendinitis", "psoas tendinitis")
            .addStructures("iliopsoas-bursa", "iliopsoas-tendon")
            .addNotes("Injection is reserved for selected cases.")
            .addSources(THERAPEUTIC_HIP_INJECTION)
            .addCodes(
                icd10cm("M76.10", "Psoas tendinitis, unspecified hip"),
                icd10cm("M76.11", "Psoas tendinitis, right hip"),
                icd10cm("M76.12", "Psoas tendinitis, left hip"),
                icd10("M76.1", "Psoas tendinitis"))
            .build(),
        // Structural causes of hip pain.
        condition(
                "femoroacetabular-impingement",
                "Femoroacetabular impingement",
                ConditionKind.DISORDER)
            .description(
                "An abnormal contact between the femoral head and the rim of the socket that"
                    + " damages cartilage and causes pain.")
            .addSynonyms("FAI", "hip impingement")
            .addStructures("femoral-head", "acetabulum", "acetabular-labrum", "articular-cartilage")
            .addNotes("Hip arthroscopy is a surgical option for selected impingement problems.")
            .addSources(ULTRASOUND_GUIDED_INJECTION, THERAPEUTIC_HIP_INJECTION)
            .build(),
        condition("hip-dysplasia", "Hip dysplasia", ConditionKind.DISORDER)
            .description(
                "A socket that is too shallow for the femoral head, leaving the hip unstable and"
                    + " prone to dislocate.")
            .addStructures("acetabulum")
            .addSources(ULTRASOUND_GUIDED_INJECTION)
            .build(),
        // Situations.
        condition("post-surgical-hip-pain", "Post-surgical hip pain", ConditionKind.CLINICAL_SITUATION)
            .description(
                "Pain that continues after an operation on the hip, including a total hip"
                    + " replacement.")
            .addSynonyms("pain after total hip replacement", "pain after hip arthroplasty")
            .addStructures("hip-joint")
            .addSources(ULTRASOUND_GUIDED_INJECTION, ACUPUNCTURE, DRY_NEEDLING)
            .build(),
        condition(
                "persistent-pain-despite-conservative-care",
                "Pain persisting despite conservative care",
                ConditionKind.CLINICAL_SITUATION)
            .description(
                "Hip pain that has not settled with first-line care such as activity changes,"
                    + " physical therapy and oral or topical medicines.")
            .addSources(THERAPEUTIC_HIP_INJECTION)
            .build(),
        condition(
                "diagnostic-clarification",
                "Diagnostic clarification",
                ConditionKind.CLINICAL_SITUATION)
            .description(
                "An unclear pain source, where the hip must be told apart from the lumbar spine,"
                    + " the sacroiliac joint or the groin.")
            .addNotes(
                "Relief after numbing the injected area supports, but does not prove, that the area"
                    + " is the source.",
                "No relief suggests that the pain comes from somewhere else.")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        condition(
                "rehabilitation-support",
                "Pre- or rehabilitation support",
                ConditionKind.CLINICAL_SITUATION)
            .description(
                "Pain that keeps a patient from taking part in prehabilitation or rehabilitation"
                    + " exercise.")
            .addNotes("Easing the pain can open a window for strength and mobility work.")
            .addSources(THERAPEUTIC_HIP_INJECTION)
            .build(),
        // Muscular pain.
        condition("myofascial-hip-pain", "Myofascial hip pain", ConditionKind.PAIN_PATTERN)
            .description(
                "Pain, tightness and restricted movement from tense muscles and trigger points"
                    + " around the hip.")
            .addSynonyms("muscular hip pain", "trigger point pain")
            .addStructures("gluteus-medius", "gluteus-minimus", "piriformis", "hip-flexors")
            .addCauses(
                "muscular imbalance that overloads some muscle groups",
                "overuse from repetitive movement",
                "poor posture that alters hip mechanics",
                "trauma such as a fall or a direct blow",
                "osteoarthritis with cartilage loss")
            .addNotes("Pain may radiate to the groin or down the leg.")
            .addSources(DRY_NEEDLING)
            .build(),
        condition("piriformis-sciatica", "Sciatica from the piriformis", ConditionKind.PAIN_PATTERN)
            .description(
                "Pain that radiates from the buttock down the leg because the piriformis squeezes"
                    + " the sciatic nerve.")
            .addSynonyms("piriformis syndrome")
            .addStructures("piriformis", "sciatic-nerve")
            .addCauses("compression of the sciatic nerve by a tight piriformis muscle")
            // These codes name the symptom, sciatica, not the piriformis as its cause.
            .addCodes(
                snomed("23056005", "Sciatica"),
                icd10cm("M54.30", "Sciatica, unspecified side"),
                icd10("M54.3", "Sciatica"))
            .addSources(DRY_NEEDLING)
            .build());
  }

  private static Condition.Builder condition(String id, String name, ConditionKind kind) {
    return Condition.builder().id(id).name(name).kind(kind);
  }
}
