package org.hipkit.catalog;

import static org.hipkit.catalog.Codes.snomed;
import static org.hipkit.catalog.StandardSources.ACUPUNCTURE;
import static org.hipkit.catalog.StandardSources.DRY_NEEDLING;
import static org.hipkit.catalog.StandardSources.GEL_SHOTS;
import static org.hipkit.catalog.StandardSources.THERAPEUTIC_HIP_INJECTION;
import static org.hipkit.catalog.StandardSources.ULTRASOUND_GUIDED_INJECTION;

import java.util.List;
import org.hipkit.anatomy.AnatomicalStructure;
import org.hipkit.anatomy.Depth;
import org.hipkit.anatomy.Region;
import org.hipkit.anatomy.StructureKind;
import org.hipkit.anatomy.Target;
import org.hipkit.anatomy.TargetKind;

/** Standard catalog content: the anatomical structures of the hip and the needle targets. */
final class Anatomy {

  private Anatomy() {}

  /** The structures, from the joint and its parts outwards, with the structures at risk last. */
  static List<AnatomicalStructure> structures() {
    return List.of(
        // The joint and its parts.
        structure("hip-joint", "Hip joint", StructureKind.JOINT, Region.INTRA_ARTICULAR, Depth.DEEP)
            .description(
                "The ball-and-socket joint between the head of the thigh bone and the cup-shaped"
                    + " socket of the pelvis.")
            .addNotes(
                "It sits under a thick layer of muscle and other soft tissue, so finding it with a"
                    + " needle by touch alone is difficult.",
                "Many clinicians therefore guide needles into it with ultrasound or fluoroscopy.")
            .addConditions(
                "hip-osteoarthritis",
                "inflammatory-arthritis",
                "femoroacetabular-impingement",
                "hip-dysplasia",
                "post-surgical-hip-pain")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .addCodes(snomed("24136001", "Hip joint"))
            .build(),
        jointPart("femoral-head", "Femoral head", StructureKind.BONE)
            .description("The rounded upper end of the thigh bone: the ball of the hip joint.")
            .addConditions("femoroacetabular-impingement")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .addCodes(snomed("2812003", "Femoral head"))
            .build(),
        jointPart("acetabulum", "Acetabulum", StructureKind.BONE)
            .description("The cup in the pelvis that holds the femoral head: the socket of the hip.")
            .addNotes("In hip dysplasia the cup is too shallow to hold the ball securely.")
            .addConditions("femoroacetabular-impingement", "hip-dysplasia")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .addCodes(snomed("37783008", "Acetabulum"))
            .build(),
        jointPart("articular-cartilage", "Articular cartilage", StructureKind.CARTILAGE)
            .description(
                "The smooth layer over the ends of the femoral head and the acetabulum that lets"
                    + " them glide with little friction.")
            .addNotes("Its gradual wearing away is the core change of osteoarthritis.")
            .addConditions("hip-osteoarthritis", "femoroacetabular-impingement")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        jointPart(
                "joint-capsule-and-synovium", "Joint capsule and synovium", StructureKind.SYNOVIUM)
            .description(
                "The fibrous envelope of the joint and its thin inner lining, the synovial"
                    + " membrane, which produces the joint fluid.")
            .addNotes(
                "When the lining becomes inflamed the hip hurts and its movement is restricted.")
            .addConditions("synovitis", "inflammatory-arthritis")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .addCodes(snomed("280447003", "Structure of synovial membrane of hip joint"))
            .build(),
        jointPart("synovial-fluid", "Synovial fluid", StructureKind.FLUID)
            .description(
                "The thick, slippery fluid inside the joint; hyaluronic acid is one of its natural"
                    + " components.")
            .addNotes(
                "It lubricates the joint surfaces and cushions them against shock.",
                "It also nourishes the cartilage.",
                "In osteoarthritis its hyaluronic acid breaks down, so it lubricates and cushions"
                    + " less well.")
            .addConditions("hip-osteoarthritis")
            .addSources(GEL_SHOTS, THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        jointPart("acetabular-labrum", "Acetabular labrum", StructureKind.FIBROCARTILAGE)
            .description(
                "A ring of fibrocartilage along the rim of the socket that deepens it, seals the"
                    + " joint and adds stability.")
            .addNotes("A torn labrum can be a source of hip pain.")
            .addConditions("labral-tear", "femoroacetabular-impingement")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        // Ligaments of the joint.
        ligament(
            "iliofemoral-ligament",
            "Iliofemoral ligament",
            Region.ANTERIOR,
            "A strong band at the front of the joint, running from the ilium of the pelvis to the"
                + " femur."),
        ligament(
            "pubofemoral-ligament",
            "Pubofemoral ligament",
            Region.ANTERIOR,
            "A band on the lower front of the joint, running from the pubic bone to the femur."),
        ligament(
            "ischiofemoral-ligament",
            "Ischiofemoral ligament",
            Region.POSTERIOR,
            "A band at the back of the joint, running from the ischium of the pelvis to the"
                + " femur."),
        // Muscles and tendons around the joint.
        structure(
                "gluteus-medius", "Gluteus medius", StructureKind.MUSCLE, Region.LATERAL, Depth.INTERMEDIATE)
            .description(
                "A fan-shaped buttock muscle on the outer side of the pelvis that steadies the"
                    + " pelvis and moves the thigh away from the body.")
            .addNotes("Its tendon attaches to the greater trochanter.")
            .addConditions("greater-trochanteric-pain-syndrome", "myofascial-hip-pain")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .addCodes(snomed("78333006", "Gluteus medius muscle"))
            .build(),
        structure(
                "gluteus-minimus", "Gluteus minimus", StructureKind.MUSCLE, Region.LATERAL, Depth.DEEP)
            .description(
                "The smallest and deepest of the gluteal muscles, lying under the gluteus medius.")
            .addNotes("Its tendon also attaches to the greater trochanter.")
            .addConditions("greater-trochanteric-pain-syndrome", "myofascial-hip-pain")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .addCodes(snomed("75297007", "Gluteus minimus muscle"))
            .build(),
        structure(
                "gluteal-tendons",
                "Gluteal tendons",
                StructureKind.TENDON,
                Region.LATERAL,
                Depth.INTERMEDIATE)
            .description(
                "The tendons of the gluteus medius and minimus where they fasten onto the greater"
                    + " trochanter.")
            .addNotes(
                "Irritation or degeneration of these tendons is a frequent part of lateral hip"
                    + " pain.")
            .addConditions("gluteal-tendinopathy", "greater-trochanteric-pain-syndrome")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        structure(
                "greater-trochanter",
                "Greater trochanter",
                StructureKind.BONE,
                Region.LATERAL,
                Depth.SUPERFICIAL)
            .description(
                "The bony bump on the outer side of the upper femur that can be felt under the"
                    + " skin; the gluteal tendons attach to it.")
            .addNotes("Acupuncture points near the hip are often chosen around it.")
            .addConditions("greater-trochanteric-pain-syndrome")
            .addSources(THERAPEUTIC_HIP_INJECTION, ACUPUNCTURE)
            .addCodes(snomed("30547004", "Structure of greater trochanter of femur"))
            .build(),
        structure(
                "trochanteric-bursa",
                "Trochanteric bursa",
                StructureKind.BURSA,
                Region.LATERAL,
                Depth.INTERMEDIATE)
            .description(
                "A small fluid-filled sac over the greater trochanter that lets tendons and muscle"
                    + " slide over the bone.")
            .addConditions("trochanteric-bursitis", "greater-trochanteric-pain-syndrome")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .addCodes(snomed("446003", "Trochanteric bursa"))
            .build(),
        structure(
                "iliopsoas-tendon",
                "Iliopsoas tendon",
                StructureKind.TENDON,
                Region.ANTERIOR,
                Depth.DEEP)
            .description(
                "The tendon of the main hip flexor, crossing the front of the hip joint on its way"
                    + " to the femur.")
            .addConditions("iliopsoas-bursitis")
            .addSources(THERAPEUTIC_HIP_INJECTION)
            .build(),
        structure(
                "iliopsoas-bursa", "Iliopsoas bursa", StructureKind.BURSA, Region.ANTERIOR, Depth.DEEP)
            .description(
                "The fluid-filled sac between the iliopsoas tendon and the front of the hip joint.")
            .addConditions("iliopsoas-bursitis")
            .addSources(THERAPEUTIC_HIP_INJECTION)
            .build(),
        structure("piriformis", "Piriformis", StructureKind.MUSCLE, Region.POSTERIOR, Depth.DEEP)
            .description(
                "A small muscle deep in the buttock, running from the sacrum to the greater"
                    + " trochanter, close to the sciatic nerve.")
            .addNotes(
                "A tight piriformis can press on the sciatic nerve and cause pain that runs down"
                    + " the leg.")
            .addConditions("piriformis-sciatica", "myofascial-hip-pain")
            .addSources(DRY_NEEDLING)
            .build(),
        structure(
                "hip-flexors", "Hip flexors", StructureKind.MUSCLE, Region.ANTERIOR, Depth.INTERMEDIATE)
            .description(
                "The group of muscles at the front of the hip that lift the thigh towards the"
                    + " trunk.")
            .addConditions("myofascial-hip-pain")
            .addSources(ULTRASOUND_GUIDED_INJECTION, DRY_NEEDLING)
            .build(),
        structure("adductors", "Adductors", StructureKind.MUSCLE, Region.MEDIAL, Depth.INTERMEDIATE)
            .description(
                "The group of inner-thigh muscles that draw the leg towards the midline.")
            .addSources(ULTRASOUND_GUIDED_INJECTION)
            .build(),
        // Distal sites, reached only by acupuncture.
        structure(
                "lower-leg-muscles",
                "Lower leg muscles",
                StructureKind.MUSCLE,
                Region.DISTAL,
                Depth.SUPERFICIAL)
            .description(
                "The soft tissue of the lower leg, where some acupuncture points used for hip pain"
                    + " lie, far from the hip itself.")
            .addSources(ACUPUNCTURE)
            .build(),
        structure(
                "hand-muscles", "Hand muscles", StructureKind.MUSCLE, Region.DISTAL, Depth.SUPERFICIAL)
            .description(
                "The soft tissue of the hand, where some distal acupuncture points used for hip"
                    + " pain lie.")
            .addSources(ACUPUNCTURE)
            .build(),
        // Structures a needle must avoid.
        atRisk("sciatic-nerve", "Sciatic nerve", StructureKind.NERVE, Region.POSTERIOR, Depth.DEEP)
            .description(
                "The large nerve that leaves the pelvis behind the hip, passing near the piriformis,"
                    + " and supplies the back of the thigh and most of the leg.")
            .addNotes(
                "It runs close to the hip joint, so a needle path must keep clear of it.",
                "Compression by the piriformis can cause sciatica.")
            .addConditions("piriformis-sciatica")
            .addSources(ULTRASOUND_GUIDED_INJECTION, DRY_NEEDLING)
            .addCodes(snomed("41519007", "Structure of sciatic nerve"))
            .build(),
        atRisk(
                "femoral-artery",
                "Femoral artery",
                StructureKind.VESSEL,
                Region.ANTERIOR,
                Depth.INTERMEDIATE)
            .description(
                "The main artery of the leg, running down the front of the hip from the groin.")
            .addNotes(
                "It lies close to the front of the hip joint; puncturing it can cause bleeding or a"
                    + " hematoma.")
            .addSources(ULTRASOUND_GUIDED_INJECTION)
            .addCodes(snomed("7657000", "Femoral artery"))
            .build(),
        atRisk(
                "femoral-vein",
                "Femoral vein",
                StructureKind.VESSEL,
                Region.ANTERIOR,
                Depth.INTERMEDIATE)
            .description("The main vein of the thigh, running beside the femoral artery.")
            .addNotes("It lies close to the front of the hip joint, next to the artery.")
            .addSources(ULTRASOUND_GUIDED_INJECTION)
            .addCodes(snomed("83419000", "Femoral vein"))
            .build(),
        atRisk(
                "femoral-nerve",
                "Femoral nerve",
                StructureKind.NERVE,
                Region.ANTERIOR,
                Depth.INTERMEDIATE)
            .description(
                "The nerve to the front of the thigh, running beside the femoral vessels at the"
                    + " front of the hip.")
            .addNotes(
                "The sources warn of nerves near the hip in general; the femoral nerve is the one"
                    + " that lies along an anterior needle path.")
            .addSources(ULTRASOUND_GUIDED_INJECTION)
            .build());
  }

  /** The targets: injection targets first, then needling targets. */
  static List<Target> targets() {
    return List.of(
        target(
                "intra-articular-hip",
                "Hip joint (intra-articular)",
                TargetKind.INTRA_ARTICULAR,
                Region.INTRA_ARTICULAR)
            .description(
                "The space inside the hip joint capsule, the target for osteoarthritis, synovitis"
                    + " and other pain arising within the joint.")
            .addReaches("hip-joint", "joint-capsule-and-synovium", "synovial-fluid")
            .addStructuresAtRisk("femoral-artery", "femoral-vein", "femoral-nerve")
            // Source 000: because the joint is so deep, imaging guidance is used almost always.
            .imagingExpected(true)
            .addSources(GEL_SHOTS, THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        target("lateral-hip", "Lateral hip (trochanteric region)", TargetKind.BURSA, Region.LATERAL)
            .description(
                "The trochanteric bursa and the gluteal tendons over the greater trochanter, the"
                    + " target for greater trochanteric pain syndrome.")
            .addReaches("trochanteric-bursa", "gluteal-tendons")
            .imagingExpected(false)
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        target("iliopsoas-region", "Iliopsoas region", TargetKind.BURSA, Region.ANTERIOR)
            .description(
                "The iliopsoas tendon and its bursa at the front of the hip, injected for"
                    + " iliopsoas-related pain in selected cases.")
            .addReaches("iliopsoas-tendon", "iliopsoas-bursa")
            .addStructuresAtRisk("femoral-artery", "femoral-vein", "femoral-nerve")
            .imagingExpected(false)
            .addSources(THERAPEUTIC_HIP_INJECTION)
            .build(),
        // Region: the sources name no side for these targets; the model needs one region, and
        // the tendon targets they describe (gluteal tendinopathy) are lateral.
        target(
                "periarticular-soft-tissue",
                "Periarticular soft tissue",
                TargetKind.PERIARTICULAR,
                Region.LATERAL)
            .description(
                "Particular tendon sheaths or soft-tissue planes around the joint, injected less"
                    + " often and only when the findings point to them.")
            .addReaches("gluteal-tendons", "iliopsoas-tendon")
            .imagingExpected(false)
            .addSources(THERAPEUTIC_HIP_INJECTION)
            .build(),
        target(
                "gluteal-trigger-points",
                "Gluteal trigger points",
                TargetKind.TRIGGER_POINT,
                Region.POSTERIOR)
            .description(
                "Taut, tender knots in the gluteal muscles around the hip, treated by dry"
                    + " needling.")
            .addReaches("gluteus-medius", "gluteus-minimus")
            .imagingExpected(false)
            .addSources(DRY_NEEDLING, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        target(
                "piriformis-trigger-points",
                "Piriformis trigger points",
                TargetKind.TRIGGER_POINT,
                Region.POSTERIOR)
            .description(
                "Trigger points in the piriformis, needled to relax a muscle that may be"
                    + " squeezing the sciatic nerve.")
            .addReaches("piriformis")
            .addStructuresAtRisk("sciatic-nerve")
            .imagingExpected(false)
            .addSources(DRY_NEEDLING)
            .build(),
        target(
                "hip-flexor-trigger-points",
                "Hip flexor trigger points",
                TargetKind.TRIGGER_POINT,
                Region.ANTERIOR)
            .description("Trigger points in the muscles at the front of the hip.")
            .addReaches("hip-flexors")
            .imagingExpected(false)
            .addSources(DRY_NEEDLING, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        target(
                "local-acupuncture-points",
                "Local acupuncture points",
                TargetKind.ACUPUNCTURE_POINT,
                Region.LATERAL)
            .description(
                "Acupuncture points around the hip itself, for example close to the greater"
                    + " trochanter or over the gluteal muscles.")
            .addReaches("greater-trochanter", "gluteus-medius", "gluteus-minimus")
            .imagingExpected(false)
            .addSources(ACUPUNCTURE)
            .build(),
        target(
                "distal-acupuncture-points",
                "Distal acupuncture points",
                TargetKind.ACUPUNCTURE_POINT,
                Region.DISTAL)
            .description(
                "Acupuncture points away from the hip, on the lower leg or on the hand, that may"
                    + " be added to the local ones.")
            .addReaches("lower-leg-muscles", "hand-muscles")
            .imagingExpected(false)
            .addSources(ACUPUNCTURE)
            .build());
  }

  private static AnatomicalStructure.Builder structure(
      String id, String name, StructureKind kind, Region region, Depth depth) {
    return AnatomicalStructure.builder()
        .id(id)
        .name(name)
        .kind(kind)
        .region(region)
        .depth(depth);
  }

  /** A part inside the hip joint. */
  private static AnatomicalStructure.Builder jointPart(String id, String name, StructureKind kind) {
    return structure(id, name, kind, Region.INTRA_ARTICULAR, Depth.DEEP).partOf("hip-joint");
  }

  /** A structure a needle must keep clear of. */
  private static AnatomicalStructure.Builder atRisk(
      String id, String name, StructureKind kind, Region region, Depth depth) {
    return structure(id, name, kind, region, depth).atRisk(true);
  }

  /** One of the three capsular ligaments, all from the ultrasound-guided injection guide. */
  private static AnatomicalStructure ligament(
      String id, String name, Region region, String description) {
    return structure(id, name, StructureKind.LIGAMENT, region, Depth.DEEP)
        .partOf("hip-joint")
        .description(description)
        .addNotes("It reinforces the joint capsule and keeps the joint stable.")
        .addSources(ULTRASOUND_GUIDED_INJECTION)
        .build();
  }

  private static Target.Builder target(String id, String name, TargetKind kind, Region region) {
    return Target.builder().id(id).name(name).kind(kind).region(region);
  }
}
