package org.hipkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hipkit.anatomy.AnatomicalStructure;
import org.hipkit.anatomy.Depth;
import org.hipkit.anatomy.Region;
import org.hipkit.anatomy.StructureKind;
import org.hipkit.anatomy.Target;
import org.hipkit.anatomy.TargetKind;
import org.hipkit.condition.Condition;
import org.hipkit.condition.ConditionKind;
import org.hipkit.guidance.Accuracy;
import org.hipkit.guidance.ContrastUse;
import org.hipkit.guidance.GuidanceModality;
import org.hipkit.intervention.Alternative;
import org.hipkit.intervention.AlternativeCategory;
import org.hipkit.intervention.EvidenceDirection;
import org.hipkit.intervention.EvidenceStatement;
import org.hipkit.intervention.Intervention;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.intervention.ProcedureStep;
import org.hipkit.intervention.Purpose;
import org.hipkit.intervention.Risk;
import org.hipkit.intervention.RiskFrequency;
import org.hipkit.intervention.RiskSeverity;
import org.hipkit.intervention.Setting;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.medication.Route;
import org.hipkit.quantity.TimeRange;
import org.hipkit.quantity.TimeUnit;
import org.hipkit.source.CatalogEntry;
import org.hipkit.source.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the knowledge inventory (sections 1-6, 9 and 10), one row per inventory bullet, and checks
 * that the standard catalog holds each fact as a typed property of the right entry, citing the
 * right source files.
 *
 * <p>The inventory itself lives outside this project; its lines are summarized in the row labels,
 * with the source file numbers in parentheses, so the test needs nothing at run time but the
 * catalog.
 */
class InventoryCoverageTest {

  private static final HipCatalog CATALOG = HipCatalog.standard();

  private static final List<String> INJECTIONS =
      List.of("corticosteroid-injection", "hyaluronic-acid-injection", "platelet-rich-plasma-injection");

  /** How many bullet lines each covered inventory section has. */
  private static final Map<String, Integer> BULLETS_PER_SECTION =
      Map.of("1", 7, "2", 5, "3", 9, "4", 8, "5", 8, "6", 4, "9", 3, "10", 3);

  /** One inventory bullet: its section and short label, and the check on the catalog. */
  record Row(String section, String label, Consumer<HipCatalog> check) {
    @Override
    public String toString() {
      return section + ". " + label;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inventory")
  void catalogHoldsInventoryLine(Row row) {
    row.check().accept(CATALOG);
  }

  @Test
  void tableHasOneRowPerInventoryBullet() {
    Map<String, Long> rows =
        inventory().collect(Collectors.groupingBy(Row::section, Collectors.counting()));

    assertThat(rows)
        .containsOnlyKeys(BULLETS_PER_SECTION.keySet())
        .allSatisfy((section, count) -> assertThat(count).isEqualTo((long) BULLETS_PER_SECTION.get(section)));
    assertThat(inventory().map(Row::label)).doesNotHaveDuplicates();
  }

  static Stream<Row> inventory() {
    return Stream.of(
        // 1. Anatomy -----------------------------------------------------------------------------
        row("1", "hip is a ball-and-socket joint, femoral head in acetabulum, deep (001, 002)", c -> {
          AnatomicalStructure hip = c.structure("hip-joint");
          assertThat(hip.kind()).isEqualTo(StructureKind.JOINT);
          assertThat(hip.depth()).isEqualTo(Depth.DEEP);
          assertThat(hip.description()).contains("ball-and-socket");
          assertThat(hip.notes()).anySatisfy(n -> assertThat(n).contains("by touch"));
          for (String part : List.of("femoral-head", "acetabulum")) {
            assertThat(c.structure(part).kind()).isEqualTo(StructureKind.BONE);
            assertThat(c.structure(part).partOf()).hasValue("hip-joint");
          }
          cites(hip, "001", "002");
        }),
        row("1", "inside the joint: cartilage, synovium and capsule, labrum, synovial fluid (000, 001, 002)", c -> {
          AnatomicalStructure cartilage = c.structure("articular-cartilage");
          assertThat(cartilage.kind()).isEqualTo(StructureKind.CARTILAGE);
          assertThat(cartilage.conditions()).contains("hip-osteoarthritis");
          AnatomicalStructure synovium = c.structure("joint-capsule-and-synovium");
          assertThat(synovium.kind()).isEqualTo(StructureKind.SYNOVIUM);
          assertThat(synovium.conditions()).contains("synovitis");
          assertThat(synovium.description()).contains("fluid");
          AnatomicalStructure labrum = c.structure("acetabular-labrum");
          assertThat(labrum.kind()).isEqualTo(StructureKind.FIBROCARTILAGE);
          assertThat(labrum.conditions()).contains("labral-tear");
          AnatomicalStructure fluid = c.structure("synovial-fluid");
          assertThat(fluid.kind()).isEqualTo(StructureKind.FLUID);
          assertThat(fluid.description()).contains("hyaluronic acid");
          assertThat(String.join(" ", fluid.notes())).contains("lubricates").contains("shock");
          for (AnatomicalStructure s : List.of(cartilage, synovium, labrum, fluid)) {
            assertThat(s.partOf()).hasValue("hip-joint");
            cites(s, "001", "002");
          }
          cites(fluid, "000");
        }),
        row("1", "ligaments: iliofemoral, pubofemoral, ischiofemoral (002)", c -> {
          for (String id : List.of("iliofemoral-ligament", "pubofemoral-ligament", "ischiofemoral-ligament")) {
            assertThat(c.structure(id).kind()).isEqualTo(StructureKind.LIGAMENT);
            assertThat(c.structure(id).partOf()).hasValue("hip-joint");
            cites(c.structure(id), "002");
          }
        }),
        row("1", "muscles: gluteal, hip flexors, adductors; piriformis can compress the sciatic nerve (002, 004)", c -> {
          for (String id : List.of("gluteus-medius", "gluteus-minimus", "hip-flexors", "adductors", "piriformis")) {
            assertThat(c.structure(id).kind()).isEqualTo(StructureKind.MUSCLE);
          }
          cites(c.structure("adductors"), "002");
          AnatomicalStructure piriformis = c.structure("piriformis");
          assertThat(piriformis.conditions()).contains("piriformis-sciatica");
          assertThat(c.condition("piriformis-sciatica").structures()).contains("piriformis", "sciatic-nerve");
          cites(piriformis, "004");
        }),
        row("1", "lateral hip: greater trochanter, trochanteric bursa, gluteal tendons (001, 003)", c -> {
          assertThat(c.structure("greater-trochanter").kind()).isEqualTo(StructureKind.BONE);
          assertThat(c.structure("trochanteric-bursa").kind()).isEqualTo(StructureKind.BURSA);
          assertThat(c.structure("gluteal-tendons").kind()).isEqualTo(StructureKind.TENDON);
          for (String id : List.of("greater-trochanter", "trochanteric-bursa", "gluteal-tendons")) {
            assertThat(c.structure(id).region()).isEqualTo(Region.LATERAL);
            assertThat(c.structure(id).conditions()).contains("greater-trochanteric-pain-syndrome");
            cites(c.structure(id), "001");
          }
          cites(c.structure("greater-trochanter"), "003");
        }),
        row("1", "anterior hip: iliopsoas tendon and bursa (001)", c -> {
          assertThat(c.structure("iliopsoas-tendon").kind()).isEqualTo(StructureKind.TENDON);
          assertThat(c.structure("iliopsoas-bursa").kind()).isEqualTo(StructureKind.BURSA);
          for (String id : List.of("iliopsoas-tendon", "iliopsoas-bursa")) {
            assertThat(c.structure(id).region()).isEqualTo(Region.ANTERIOR);
            cites(c.structure(id), "001");
          }
        }),
        row("1", "at risk near the needle: sciatic nerve, femoral vessels, nerves generally (002)", c -> {
          assertThat(c.structuresAtRisk())
              .extracting(AnatomicalStructure::id)
              .contains("sciatic-nerve", "femoral-artery", "femoral-vein", "femoral-nerve");
          assertThat(c.structure("sciatic-nerve").kind()).isEqualTo(StructureKind.NERVE);
          assertThat(c.structure("femoral-nerve").kind()).isEqualTo(StructureKind.NERVE);
          assertThat(c.structure("femoral-artery").kind()).isEqualTo(StructureKind.VESSEL);
          assertThat(c.structure("femoral-vein").kind()).isEqualTo(StructureKind.VESSEL);
          c.structuresAtRisk().forEach(s -> cites(s, "002"));
        }),
        // 2. Targets -----------------------------------------------------------------------------
        row("2", "intra-articular hip joint (000, 001, 002)", c -> {
          Target t = c.target("intra-articular-hip");
          assertThat(t.kind()).isEqualTo(TargetKind.INTRA_ARTICULAR);
          assertThat(t.region()).isEqualTo(Region.INTRA_ARTICULAR);
          assertThat(t.reaches()).contains("hip-joint");
          cites(t, "000", "001", "002");
        }),
        row("2", "trochanteric bursa / lateral hip (001)", c -> {
          Target t = c.target("lateral-hip");
          assertThat(t.region()).isEqualTo(Region.LATERAL);
          assertThat(t.reaches()).contains("trochanteric-bursa", "gluteal-tendons");
          cites(t, "001");
        }),
        row("2", "iliopsoas tendon/bursa region (001)", c -> {
          Target t = c.target("iliopsoas-region");
          assertThat(t.region()).isEqualTo(Region.ANTERIOR);
          assertThat(t.reaches()).contains("iliopsoas-tendon", "iliopsoas-bursa");
          assertThat(t.structuresAtRisk()).contains("femoral-artery", "femoral-vein", "femoral-nerve");
          cites(t, "001");
        }),
        row("2", "other periarticular targets: tendon sheaths, soft-tissue planes (001)", c -> {
          Target t = c.target("periarticular-soft-tissue");
          assertThat(t.kind()).isEqualTo(TargetKind.PERIARTICULAR);
          assertThat(t.description()).contains("tendon sheaths").contains("soft-tissue planes");
          cites(t, "001");
        }),
        row("2", "needling targets: trigger points, points near the trochanter and gluteals, distal points (003, 004)", c -> {
          for (String id : List.of("gluteal-trigger-points", "piriformis-trigger-points", "hip-flexor-trigger-points")) {
            assertThat(c.target(id).kind()).isEqualTo(TargetKind.TRIGGER_POINT);
            cites(c.target(id), "004");
          }
          assertThat(c.target("piriformis-trigger-points").reaches()).contains("piriformis");
          assertThat(c.target("piriformis-trigger-points").structuresAtRisk()).contains("sciatic-nerve");
          assertThat(c.target("hip-flexor-trigger-points").reaches()).contains("hip-flexors");
          Target local = c.target("local-acupuncture-points");
          assertThat(local.kind()).isEqualTo(TargetKind.ACUPUNCTURE_POINT);
          assertThat(local.reaches()).contains("greater-trochanter", "gluteus-medius");
          Target distal = c.target("distal-acupuncture-points");
          assertThat(distal.kind()).isEqualTo(TargetKind.ACUPUNCTURE_POINT);
          assertThat(distal.region()).isEqualTo(Region.DISTAL);
          assertThat(distal.description()).contains("lower leg").contains("hand");
          cites(local, "003");
          cites(distal, "003");
        }),
        // 3. Conditions --------------------------------------------------------------------------
        row("3", "hip osteoarthritis, mild to moderate for hyaluronic acid (000, 001, 002)", c -> {
          Condition oa = c.condition("hip-osteoarthritis");
          assertThat(oa.kind()).isEqualTo(ConditionKind.DISORDER);
          assertThat(oa.structures()).contains("articular-cartilage");
          assertThat(oa.notes()).anySatisfy(n -> assertThat(n).contains("mild to moderate"));
          assertThat(oa.notes()).anySatisfy(n -> assertThat(n).contains("function"));
          assertThat(c.interventionsFor("hip-osteoarthritis"))
              .extracting(Intervention::id)
              .contains("hyaluronic-acid-injection", "corticosteroid-injection");
          cites(oa, "000", "001", "002");
        }),
        row("3", "intra-articular pain: synovitis, labral-related pain, labral tear (001, 002)", c -> {
          assertThat(c.condition("synovitis").structures()).contains("joint-capsule-and-synovium");
          assertThat(c.condition("labral-tear").synonyms()).contains("labral-related pain");
          assertThat(c.condition("labral-tear").structures()).contains("acetabular-labrum");
          assertThat(c.intervention("corticosteroid-injection").indications()).contains("synovitis", "labral-tear");
          cites(c.condition("synovitis"), "001");
          cites(c.condition("labral-tear"), "001", "002");
        }),
        row("3", "inflammatory arthritis of the hip, with rheumatology (001)", c -> {
          Condition ia = c.condition("inflammatory-arthritis");
          assertThat(ia.notes()).anySatisfy(n -> assertThat(n).contains("rheumatology"));
          assertThat(c.interventionsFor("inflammatory-arthritis")).isNotEmpty();
          cites(ia, "001");
        }),
        row("3", "greater trochanteric pain syndrome; bursitis; tendinitis/tendinopathy (001, 002, 003)", c -> {
          assertThat(c.condition("greater-trochanteric-pain-syndrome").structures())
              .contains("gluteal-tendons", "trochanteric-bursa");
          assertThat(c.condition("trochanteric-bursitis").kind()).isEqualTo(ConditionKind.DISORDER);
          assertThat(c.condition("gluteal-tendinopathy").synonyms()).contains("gluteal tendinitis");
          cites(c.condition("greater-trochanteric-pain-syndrome"), "001");
          cites(c.condition("trochanteric-bursitis"), "001", "002", "003");
          cites(c.condition("gluteal-tendinopathy"), "001", "002");
        }),
        row("3", "iliopsoas bursitis or tendon irritation (001)", c -> {
          Condition ip = c.condition("iliopsoas-bursitis");
          assertThat(ip.name()).contains("tendon irritation");
          assertThat(ip.structures()).contains("iliopsoas-bursa", "iliopsoas-tendon");
          assertThat(c.interventionsFor("iliopsoas-bursitis"))
              .extracting(Intervention::id)
              .contains("corticosteroid-injection");
          cites(ip, "001");
        }),
        row("3", "femoroacetabular impingement; hip dysplasia (002)", c -> {
          assertThat(c.condition("femoroacetabular-impingement").structures()).contains("femoral-head", "acetabulum");
          assertThat(c.condition("hip-dysplasia").structures()).contains("acetabulum");
          cites(c.condition("femoroacetabular-impingement"), "002");
          cites(c.condition("hip-dysplasia"), "002");
        }),
        row("3", "post-surgical pain, including after total hip replacement (002, 003, 004)", c -> {
          Condition ps = c.condition("post-surgical-hip-pain");
          assertThat(ps.description()).contains("total hip replacement");
          assertThat(c.interventionsFor("post-surgical-hip-pain"))
              .extracting(Intervention::id)
              .contains("corticosteroid-injection", "acupuncture");
          cites(ps, "002", "003", "004");
        }),
        row("3", "persisting pain; diagnostic clarification vs spine, sacroiliac, groin; pre/rehabilitation (001)", c -> {
          for (String id : List.of("persistent-pain-despite-conservative-care", "diagnostic-clarification", "rehabilitation-support")) {
            assertThat(c.condition(id).kind()).isEqualTo(ConditionKind.CLINICAL_SITUATION);
            assertThat(c.intervention("corticosteroid-injection").indications()).contains(id);
            cites(c.condition(id), "001");
          }
          assertThat(c.condition("diagnostic-clarification").description())
              .contains("lumbar spine")
              .contains("sacroiliac")
              .contains("groin");
        }),
        row("3", "dry needling: imbalance, overuse, posture, trauma, osteoarthritis, sciatica via piriformis (004)", c -> {
          assertThat(String.join(" | ", c.condition("myofascial-hip-pain").causes()))
              .contains("imbalance")
              .contains("overuse")
              .contains("posture")
              .contains("trauma")
              .contains("osteoarthritis");
          assertThat(c.condition("piriformis-sciatica").causes())
              .anySatisfy(cause -> assertThat(cause).contains("sciatic nerve").contains("piriformis"));
          assertThat(c.intervention("dry-needling").indications())
              .contains("myofascial-hip-pain", "piriformis-sciatica", "hip-osteoarthritis");
          cites(c.condition("myofascial-hip-pain"), "004");
          cites(c.condition("piriformis-sciatica"), "004");
        }),
        // 4. Interventions -----------------------------------------------------------------------
        row("4", "therapeutic; diagnostic + therapeutic injection (001, 002)", c -> {
          Intervention cs = c.intervention("corticosteroid-injection");
          assertThat(cs.purposes()).containsExactly(Purpose.THERAPEUTIC, Purpose.DIAGNOSTIC_AND_THERAPEUTIC);
          assertThat(cs.kind()).isEqualTo(InterventionKind.INJECTION);
          cites(cs, "001", "002");
        }),
        row("4", "corticosteroid with local anesthetic, the cortisone shot (001, 002)", c -> {
          Intervention cs = c.intervention("corticosteroid-injection");
          assertThat(cs.principalMedicationClasses())
              .containsExactlyInAnyOrder(MedicationClass.CORTICOSTEROID, MedicationClass.LOCAL_ANESTHETIC);
          assertThat(cs.medicationClasses()).contains(MedicationClass.CONTRAST_AGENT);
          assertThat(cs.description()).contains("cortisone shot");
          assertThat(cs.targets())
              .containsExactly("intra-articular-hip", "lateral-hip", "iliopsoas-region", "periarticular-soft-tissue");
        }),
        row("4", "viscosupplementation: intra-articular, off-label, guidelines against, mild-moderate OA, series, symptomatic (000, 001)", c -> {
          Intervention ha = c.intervention("hyaluronic-acid-injection");
          assertThat(ha.targets()).containsExactly("intra-articular-hip");
          assertThat(ha.principalMedicationClasses()).containsExactly(MedicationClass.VISCOSUPPLEMENT);
          assertThat(ha.indications()).containsExactly("hip-osteoarthritis");
          assertThat(c.medication("hyaluronic-acid").routes()).containsExactly(Route.INTRA_ARTICULAR);
          assertThat(c.medication("hyaluronic-acid").regulatoryNotes())
              .anySatisfy(n -> assertThat(n).contains("off-label").contains("knee"));
          assertThat(ha.evidence())
              .anySatisfy(e -> assertThat(e.direction()).isEqualTo(EvidenceDirection.AGAINST));
          String notes = String.join(" | ", ha.notes());
          assertThat(notes)
              .contains("mild to moderate")
              .contains("physical therapy")
              .contains("corticosteroid injection")
              .contains("off-label")
              .contains("does not regrow cartilage");
          assertThat(ha.sessionPattern().description()).contains("series");
          assertThat(ha.sessionPattern().courseLength())
              .hasValueSatisfying(r -> assertThat(r.phrase()).hasValue("several weeks"));
          cites(ha, "000", "001");
        }),
        row("4", "biologic injection such as platelet-rich plasma; evidence varies (001, 002)", c -> {
          Intervention prp = c.intervention("platelet-rich-plasma-injection");
          assertThat(prp.principalMedicationClasses()).containsExactly(MedicationClass.BIOLOGIC);
          assertThat(prp.indications()).contains("gluteal-tendinopathy", "hip-osteoarthritis", "labral-tear");
          assertThat(prp.evidence()).anySatisfy(e -> assertThat(e.direction()).isEqualTo(EvidenceDirection.MIXED));
          cites(prp, "001", "002");
        }),
        row("4", "acupuncture incl. electroacupuncture; adjunct; licensed; sterile single-use needles (003)", c -> {
          Intervention ac = c.intervention("acupuncture");
          assertThat(ac.kind()).isEqualTo(InterventionKind.NEEDLING);
          assertThat(ac.variants()).contains("electroacupuncture");
          assertThat(ac.notes()).anySatisfy(n -> assertThat(n).contains("adjunct").contains("not a replacement"));
          assertThat(ac.practitioner())
              .hasValueSatisfying(p -> assertThat(p).contains("license").contains("sterile single-use needles"));
          assertThat(ac.setting()).isEqualTo(Setting.THERAPY_SESSION);
          cites(ac, "003");
        }),
        row("4", "dry needling of trigger points by trained professionals; twitch is normal (004)", c -> {
          Intervention dn = c.intervention("dry-needling");
          assertThat(dn.kind()).isEqualTo(InterventionKind.NEEDLING);
          assertThat(dn.targets()).allSatisfy(t -> assertThat(c.target(t).kind()).isEqualTo(TargetKind.TRIGGER_POINT));
          assertThat(dn.practitioner()).hasValueSatisfying(p -> assertThat(p).contains("physical therapist"));
          assertThat(dn.notes()).anySatisfy(n -> assertThat(n).contains("twitch"));
          assertThat(dn.sessionPattern().recoveryBetween())
              .hasValueSatisfying(r -> assertThat(r.phrase()).hasValue("a few days to a week"));
          cites(dn, "004");
        }),
        row("4", "injection procedure: outpatient 15-30 min, supine, antiseptic, drape, numbing, guidance, contrast, bandage, observation, consent (000, 001, 002)", c -> {
          for (String id : INJECTIONS) {
            Intervention i = c.intervention(id);
            assertThat(i.setting()).isEqualTo(Setting.OUTPATIENT_PROCEDURE);
            assertThat(i.procedure())
                .extracting(ProcedureStep::id)
                .containsSubsequence(
                    "evaluation-and-consent",
                    "positioning",
                    "skin-preparation",
                    "local-anesthesia",
                    "needle-placement",
                    "injection",
                    "bandage",
                    "observation");
            assertThat(step(i, "evaluation-and-consent").description()).contains("consent");
            assertThat(step(i, "positioning").description()).contains("supine");
            assertThat(step(i, "skin-preparation").description())
                .contains("iodine")
                .contains("chlorhexidine")
                .contains("sterile drape");
            assertThat(step(i, "observation").description()).contains("dizziness").contains("vasovagal");
            i.procedure().forEach(s -> assertThat(s.sources()).isNotEmpty());
          }
          for (String id : List.of("corticosteroid-injection", "hyaluronic-acid-injection")) {
            Intervention i = c.intervention(id);
            assertThat(i.sessionDuration()).hasValueSatisfying(r -> assertRange(r, 15, 30, TimeUnit.MINUTES));
            assertThat(step(i, "contrast-confirmation").optional()).isTrue();
            citesAll(step(i, "contrast-confirmation").sources(), "000", "002");
          }
          citesAll(step(c.intervention("corticosteroid-injection"), "skin-preparation").sources(), "002");
        }),
        row("4", "alternatives: observation to surgery (001, 002, 004)", c -> {
          Map<String, AlternativeCategory> expected =
              Map.ofEntries(
                  Map.entry("observation", AlternativeCategory.OBSERVATION),
                  Map.entry("oral-medication", AlternativeCategory.MEDICATION),
                  Map.entry("topical-medication", AlternativeCategory.MEDICATION),
                  Map.entry("physical-therapy", AlternativeCategory.EXERCISE_AND_THERAPY),
                  Map.entry("assistive-devices", AlternativeCategory.ASSISTIVE_DEVICE),
                  Map.entry("activity-and-weight-management", AlternativeCategory.SELF_CARE),
                  Map.entry("heat-and-ice", AlternativeCategory.SELF_CARE),
                  Map.entry("stretching", AlternativeCategory.EXERCISE_AND_THERAPY),
                  Map.entry("low-impact-exercise", AlternativeCategory.EXERCISE_AND_THERAPY),
                  Map.entry("chiropractic-care", AlternativeCategory.MANUAL_THERAPY),
                  Map.entry("massage", AlternativeCategory.MANUAL_THERAPY),
                  Map.entry("diagnostic-imaging", AlternativeCategory.IMAGING),
                  Map.entry("hip-arthroscopy", AlternativeCategory.SURGERY),
                  Map.entry("hip-replacement", AlternativeCategory.SURGERY));
          expected.forEach((id, category) -> assertThat(c.alternative(id).category()).as(id).isEqualTo(category));
          assertThat(String.join(" ", c.alternative("oral-medication").examples()))
              .contains("NSAIDs")
              .contains("acetaminophen");
          assertThat(c.alternative("assistive-devices").examples()).contains("cane", "crutches", "walker");
          assertThat(c.alternative("diagnostic-imaging").examples()).contains("X-ray", "MRI", "ultrasound");
          assertThat(c.alternative("hip-arthroscopy").conditions())
              .containsExactlyInAnyOrder("labral-tear", "femoroacetabular-impingement");
          assertThat(c.alternativesOf(c.intervention("corticosteroid-injection")))
              .extracting(Alternative::id)
              .contains("observation", "oral-medication", "physical-therapy", "hip-arthroscopy", "hip-replacement");
          assertThat(c.intervention("dry-needling").alternatives())
              .contains("chiropractic-care", "massage", "heat-and-ice", "stretching", "low-impact-exercise");
          cites(c.alternative("observation"), "001");
          cites(c.alternative("topical-medication"), "002");
          cites(c.alternative("massage"), "004");
        }),
        // 5. Medications and materials -----------------------------------------------------------
        row("5", "local anesthetics lidocaine, bupivacaine; topical lidocaine or prilocaine 30-60 min before (002)", c -> {
          assertThat(c.medicationsOf(MedicationClass.LOCAL_ANESTHETIC))
              .extracting(Medication::id)
              .containsExactly("lidocaine", "bupivacaine", "prilocaine");
          assertThat(c.medication("lidocaine").routes()).contains(Route.CUTANEOUS, Route.INTRA_ARTICULAR);
          assertThat(c.medication("lidocaine").notes()).anySatisfy(n -> assertThat(n).contains("30-60 minutes"));
          assertThat(c.medication("prilocaine").routes()).containsExactly(Route.CUTANEOUS);
          assertThat(c.medication("prilocaine").leadTime()).hasValueSatisfying(r -> assertRange(r, 30, 60, TimeUnit.MINUTES));
          for (Medication m : c.medicationsOf(MedicationClass.LOCAL_ANESTHETIC)) {
            assertThat(m.allergyGroups()).contains("amide-local-anesthetic");
            cites(m, "002");
          }
        }),
        row("5", "corticosteroids triamcinolone, betamethasone; transient glucose rise (001, 002)", c -> {
          for (String id : List.of("triamcinolone", "betamethasone")) {
            Medication m = c.medication(id);
            assertThat(m.medicationClass()).isEqualTo(MedicationClass.CORTICOSTEROID);
            assertThat(m.systemicEffects()).anySatisfy(e -> assertThat(e).contains("blood glucose"));
            assertThat(m.allergyGroups()).contains("corticosteroid");
            cites(m, "001", "002");
          }
        }),
        row("5", "hyaluronic acid (000, 001)", c -> {
          Medication m = c.medication("hyaluronic-acid");
          assertThat(m.medicationClass()).isEqualTo(MedicationClass.VISCOSUPPLEMENT);
          cites(m, "000", "001");
        }),
        row("5", "platelet-rich plasma (001, 002)", c -> {
          Medication m = c.medication("platelet-rich-plasma");
          assertThat(m.medicationClass()).isEqualTo(MedicationClass.BIOLOGIC);
          cites(m, "001", "002");
        }),
        row("5", "contrast dye, with fluoroscopy (000, 001, 002)", c -> {
          Medication m = c.medication("contrast-dye");
          assertThat(m.medicationClass()).isEqualTo(MedicationClass.CONTRAST_AGENT);
          assertThat(m.description()).contains("fluoroscopy");
          assertThat(m.allergyGroups()).contains("iodinated-contrast");
          assertThat(m.codes()).isEmpty();
          cites(m, "000", "001", "002");
        }),
        row("5", "antiseptics iodine, chlorhexidine (002)", c -> {
          assertThat(c.medication("povidone-iodine").allergyGroups()).contains("iodine");
          assertThat(c.medication("chlorhexidine").allergyGroups()).contains("chlorhexidine-products");
          for (Medication m : c.medicationsOf(MedicationClass.ANTISEPTIC)) {
            assertThat(m.routes()).containsExactly(Route.CUTANEOUS);
            cites(m, "002");
          }
        }),
        row("5", "OTC analgesics after the procedure: acetaminophen, ibuprofen (002, 004)", c -> {
          assertThat(c.medication("acetaminophen").medicationClass()).isEqualTo(MedicationClass.ANALGESIC);
          assertThat(c.medication("ibuprofen").medicationClass()).isEqualTo(MedicationClass.NSAID);
          for (String id : List.of("acetaminophen", "ibuprofen")) {
            assertThat(c.medication(id).routes()).containsExactly(Route.ORAL);
            cites(c.medication(id), "002", "004");
          }
        }),
        row("5", "blood thinners aspirin, warfarin, may be held a few days before (002)", c -> {
          assertThat(c.medication("aspirin").medicationClass()).isEqualTo(MedicationClass.ANTIPLATELET);
          assertThat(c.medication("warfarin").medicationClass()).isEqualTo(MedicationClass.ANTICOAGULANT);
          for (String id : List.of("aspirin", "warfarin")) {
            assertThat(c.medication(id).notes()).anySatisfy(n -> assertThat(n).contains("a few days"));
            cites(c.medication(id), "002");
          }
        }),
        // 6. Guidance modalities -----------------------------------------------------------------
        row("6", "ultrasound: real time, no radiation, soft tissue, nerves, vessels, portable, cheap, gel, jewelry (000, 001, 002)", c -> {
          GuidanceModality us = c.modality("ultrasound");
          assertThat(us.imaging()).isTrue();
          assertThat(us.realTime()).isTrue();
          assertThat(us.ionizingRadiation()).isFalse();
          assertThat(us.showsSoftTissue()).isTrue();
          assertThat(us.showsNervesAndVessels()).isTrue();
          assertThat(us.portable()).isTrue();
          assertThat(us.accuracy()).isEqualTo(Accuracy.HIGH);
          assertThat(us.description()).contains("inexpensive");
          assertThat(String.join(" | ", us.suitedFor())).contains("pregnant").contains("children").contains("repeated");
          assertThat(String.join(" | ", us.limitations())).contains("gel").contains("jewelry");
          cites(us, "000", "001", "002");
        }),
        row("6", "fluoroscopy: real-time X-ray, radiation, optional contrast (000, 001)", c -> {
          GuidanceModality fl = c.modality("fluoroscopy");
          assertThat(fl.imaging()).isTrue();
          assertThat(fl.realTime()).isTrue();
          assertThat(fl.ionizingRadiation()).isTrue();
          assertThat(fl.contrast()).isEqualTo(ContrastUse.OPTIONAL);
          assertThat(fl.accuracy()).isEqualTo(Accuracy.HIGH);
          assertThat(fl.portable()).isFalse();
          assertThat(fl.description()).contains("X-ray");
          cites(fl, "000", "001");
        }),
        row("6", "landmark (blind): no imaging, accuracy varies, less accurate than ultrasound (001, 002)", c -> {
          GuidanceModality lm = c.modality("landmark");
          assertThat(lm.imaging()).isFalse();
          assertThat(lm.ionizingRadiation()).isFalse();
          assertThat(lm.contrast()).isEqualTo(ContrastUse.NONE);
          assertThat(lm.accuracy()).isEqualTo(Accuracy.VARIABLE);
          assertThat(lm.description()).contains("blind");
          assertThat(String.join(" | ", lm.limitations()))
              .contains("anatomy")
              .contains("deep")
              .contains("less accurate than ultrasound");
          cites(lm, "001", "002");
        }),
        row("6", "imaging guidance almost always used for hip joint injections (000)", c -> {
          assertThat(c.targetsNeedingImaging()).extracting(Target::id).containsExactly("intra-articular-hip");
          cites(c.target("intra-articular-hip"), "000");
        }),
        // 9. Risks -------------------------------------------------------------------------------
        row("9", "injection risks: soreness, bleeding, infection, allergy, nerve damage, flare, vasovagal, glucose (000, 001, 002)", c -> {
          for (String id : INJECTIONS) {
            Intervention i = c.intervention(id);
            assertRisk(i, "soreness-swelling-stiffness", RiskFrequency.COMMON, RiskSeverity.MINOR);
            assertRisk(i, "bleeding-bruising", RiskFrequency.OCCASIONAL, RiskSeverity.MINOR);
            assertThat(risk(i, "bleeding-bruising").aggravatingFactors())
                .anySatisfy(f -> assertThat(f).contains("blood thinners"));
            assertRisk(i, "infection", RiskFrequency.RARE, RiskSeverity.SERIOUS);
            assertRisk(i, "allergic-reaction", RiskFrequency.RARE, RiskSeverity.SERIOUS);
            assertRisk(i, "nerve-damage", RiskFrequency.REMOTE, RiskSeverity.SERIOUS);
            assertRisk(i, "vasovagal-reaction", RiskFrequency.OCCASIONAL, RiskSeverity.MODERATE);
            citesAll(risk(i, "soreness-swelling-stiffness").sources(), "000");
            citesAll(risk(i, "nerve-damage").sources(), "002");
            citesAll(risk(i, "vasovagal-reaction").sources(), "001");
          }
          Intervention cs = c.intervention("corticosteroid-injection");
          assertRisk(cs, "post-injection-flare", RiskFrequency.OCCASIONAL, RiskSeverity.MODERATE);
          assertRisk(cs, "blood-glucose-rise", RiskFrequency.OCCASIONAL, RiskSeverity.MODERATE);
          assertThat(risk(cs, "blood-glucose-rise").aggravatingFactors())
              .anySatisfy(f -> assertThat(f).contains("diabetes"));
        }),
        row("9", "acupuncture: bruising, bleeding, soreness minor; infection, nerve injury rare (003)", c -> {
          Intervention ac = c.intervention("acupuncture");
          for (String id : List.of("bruising", "bleeding", "soreness")) {
            assertRisk(ac, id, RiskFrequency.COMMON, RiskSeverity.MINOR);
          }
          assertRisk(ac, "infection", RiskFrequency.RARE, RiskSeverity.SERIOUS);
          assertRisk(ac, "nerve-injury", RiskFrequency.RARE, RiskSeverity.SERIOUS);
          assertThat(risk(ac, "nerve-injury").aggravatingFactors()).contains("poor technique");
          ac.risks().forEach(r -> citesAll(r.sources(), "003"));
        }),
        row("9", "dry needling: soreness, bruising, fatigue, minor bleeding; infection very uncommon (004)", c -> {
          Intervention dn = c.intervention("dry-needling");
          for (String id : List.of("soreness", "bruising", "fatigue", "minor-bleeding")) {
            assertThat(risk(dn, id).severity()).isEqualTo(RiskSeverity.MINOR);
          }
          assertRisk(dn, "infection", RiskFrequency.VERY_RARE, RiskSeverity.SERIOUS);
          dn.risks().forEach(r -> citesAll(r.sources(), "004"));
        }),
        // 10. Evidence statements ----------------------------------------------------------------
        row("10", "hyaluronic acid in the hip: mixed results; AAOS and ACR against routine use (000)", c -> {
          Intervention ha = c.intervention("hyaluronic-acid-injection");
          assertEvidence(ha, "mixed-results-in-hip", EvidenceDirection.MIXED, "hip-osteoarthritis", "000");
          assertEvidence(ha, "guidelines-against-routine-use", EvidenceDirection.AGAINST, "hip-osteoarthritis", "000");
          assertThat(evidence(ha, "guidelines-against-routine-use").statement()).contains("AAOS").contains("ACR");
        }),
        row("10", "acupuncture: little over sham for OA; adjunct; bursitis; after hip replacement (003)", c -> {
          Intervention ac = c.intervention("acupuncture");
          assertEvidence(ac, "little-benefit-over-sham-in-osteoarthritis", EvidenceDirection.MIXED, "hip-osteoarthritis", "003");
          assertThat(evidence(ac, "adjunct-to-routine-care").direction()).isEqualTo(EvidenceDirection.SUPPORTS);
          assertEvidence(ac, "encouraging-for-bursitis", EvidenceDirection.SUPPORTS, "trochanteric-bursitis", "003");
          assertEvidence(
              ac, "short-term-adjunct-after-hip-replacement", EvidenceDirection.SUPPORTS, "post-surgical-hip-pain", "003");
        }),
        row("10", "ultrasound-guided injections more accurate than landmark-guided (002)", c -> {
          for (String id : INJECTIONS) {
            EvidenceStatement e = evidence(c.intervention(id), "ultrasound-more-accurate-than-landmark");
            assertThat(e.direction()).isEqualTo(EvidenceDirection.SUPPORTS);
            assertThat(e.modalities()).containsExactly("ultrasound", "landmark");
            citesAll(e.sources(), "002");
          }
        }));
  }

  // Helpers ---------------------------------------------------------------------------------------

  private static Row row(String section, String label, Consumer<HipCatalog> check) {
    return new Row(section, label, check);
  }

  /** Asserts that an entry cites every one of the given source files, named by number. */
  private static void cites(CatalogEntry entry, String... files) {
    citesNamed(entry.id(), entry.sources(), files);
  }

  /** Asserts that a nested value (step, risk, evidence) cites every one of the given files. */
  private static void citesAll(List<Source> sources, String... files) {
    citesNamed("nested value", sources, files);
  }

  private static void citesNamed(String what, List<Source> sources, String... files) {
    List<String> keys = keys(sources);
    for (String file : files) {
      assertThat(keys).as("sources of %s must include %s", what, file).anyMatch(k -> k.startsWith(file + "_"));
    }
  }

  private static List<String> keys(List<Source> sources) {
    return sources.stream().map(Source::key).toList();
  }

  private static ProcedureStep step(Intervention i, String id) {
    return find(i.procedure(), ProcedureStep::id, id, i);
  }

  private static Risk risk(Intervention i, String id) {
    return find(i.risks(), Risk::id, id, i);
  }

  private static EvidenceStatement evidence(Intervention i, String id) {
    return find(i.evidence(), EvidenceStatement::id, id, i);
  }

  private static <T> T find(List<T> values, Function<T, String> id, String wanted, Intervention in) {
    return values.stream()
        .filter(v -> id.apply(v).equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    in.id()
                        + " has no '"
                        + wanted
                        + "'; it has "
                        + Arrays.toString(values.stream().map(id).toArray())));
  }

  private static void assertRisk(
      Intervention i, String id, RiskFrequency frequency, RiskSeverity severity) {
    Risk r = risk(i, id);
    assertThat(r.frequency()).as("%s %s frequency", i.id(), id).isEqualTo(frequency);
    assertThat(r.severity()).as("%s %s severity", i.id(), id).isEqualTo(severity);
  }

  private static void assertEvidence(
      Intervention i, String id, EvidenceDirection direction, String condition, String file) {
    EvidenceStatement e = evidence(i, id);
    assertThat(e.direction()).as("%s %s direction", i.id(), id).isEqualTo(direction);
    assertThat(e.conditions()).contains(condition);
    citesNamed(i.id() + "/" + id, e.sources(), file);
  }

  private static void assertRange(TimeRange r, long low, long high, TimeUnit unit) {
    assertThat(r.low()).isEqualTo(low);
    assertThat(r.high()).isEqualTo(high);
    assertThat(r.unit()).isEqualTo(unit);
  }
}
