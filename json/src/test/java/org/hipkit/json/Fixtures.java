package org.hipkit.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hipkit.anatomy.AnatomicalStructure;
import org.hipkit.anatomy.Depth;
import org.hipkit.anatomy.Region;
import org.hipkit.anatomy.Side;
import org.hipkit.anatomy.StructureKind;
import org.hipkit.anatomy.Target;
import org.hipkit.anatomy.TargetKind;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.condition.Condition;
import org.hipkit.condition.ConditionKind;
import org.hipkit.course.Course;
import org.hipkit.course.Schedule;
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
import org.hipkit.intervention.SessionPattern;
import org.hipkit.intervention.Setting;
import org.hipkit.medication.AllergyGroup;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.medication.Route;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.Allergy;
import org.hipkit.profile.Analyte;
import org.hipkit.profile.Control;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.HipSurgery;
import org.hipkit.profile.HipSurgeryKind;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.profile.SkinProblem;
import org.hipkit.profile.SkinProblemKind;
import org.hipkit.protocol.Protocol;
import org.hipkit.quantity.CountRange;
import org.hipkit.quantity.Dose;
import org.hipkit.quantity.Frequency;
import org.hipkit.quantity.SourcePhrase;
import org.hipkit.quantity.TimeRange;
import org.hipkit.quantity.TimeUnit;
import org.hipkit.source.Source;
import org.hipkit.source.StandardCode;

/**
 * The fixture files of {@code src/test/resources/fixtures}, the values they stand for (built through
 * the public API only), and a JSON Schema validator for the shipped schemas.
 */
final class Fixtures {

  static final HipCatalog STANDARD = HipCatalog.standard();
  static final HipJson JSON = HipJson.standard();
  static final HipJson PRETTY = HipJson.builder().prettyPrint(true).build();

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<DocumentType<?>, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private Fixtures() {}

  /** Returns a fixture file's text. */
  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** Returns a fixture file's bytes. */
  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the schema errors of a document, empty when it is valid. */
  /** The errors of a document against a schema given as text, such as an older version's. */
  static List<Error> schemaErrors(String schema, String json) {
    return REGISTRY.getSchema(schema, InputFormat.JSON).validate(json, InputFormat.JSON);
  }

  static List<Error> schemaErrors(DocumentType<?> type, String json) {
    Schema schema = SCHEMAS.computeIfAbsent(type, t -> REGISTRY.getSchema(t.schema(), InputFormat.JSON));
    return schema.validate(json, InputFormat.JSON);
  }

  /** The plan of {@code plan.json}. */
  static TreatmentPlan plan() {
    return TreatmentPlan.builder()
        .condition(STANDARD.condition("hip-osteoarthritis"))
        .intervention(STANDARD.intervention("hyaluronic-acid-injection"))
        .target(STANDARD.target("intra-articular-hip"))
        .side(Side.LEFT)
        .purpose(Purpose.THERAPEUTIC)
        .addComponent(MedicationComponent.of(STANDARD.medication("hyaluronic-acid"), Dose.of("2.5", "mL")))
        .addComponent(MedicationComponent.of(STANDARD.medication("lidocaine"), Dose.of("20", "mg")))
        .addComponent(MedicationComponent.of(STANDARD.medication("contrast-dye")))
        .modality(STANDARD.modality("fluoroscopy"))
        .antiseptic(STANDARD.medication("povidone-iodine"))
        .plannedDate(LocalDate.of(2026, 12, 1))
        .sessions(3)
        .sessionInterval(Period.ofDays(7))
        .build();
  }

  /** The plan of the README: one session, no interval. */
  static TreatmentPlan readmePlan() {
    return TreatmentPlan.builder()
        .condition(STANDARD.condition("hip-osteoarthritis"))
        .intervention(STANDARD.intervention("corticosteroid-injection"))
        .target(STANDARD.target("intra-articular-hip"))
        .side(Side.RIGHT)
        .purpose(Purpose.THERAPEUTIC)
        .addComponent(MedicationComponent.of(STANDARD.medication("triamcinolone"), Dose.of("40", "mg")))
        .addComponent(MedicationComponent.of(STANDARD.medication("lidocaine")))
        .modality(STANDARD.modality("ultrasound"))
        .antiseptic(STANDARD.medication("chlorhexidine"))
        .plannedDate(LocalDate.of(2026, 12, 1))
        .build();
  }

  /** The profile of {@code profile.json}. */
  static PatientProfile profile() {
    return PatientProfile.builder()
        .fever(Presence.ABSENT)
        .severeAcutePain(Presence.ABSENT)
        .suspectedJointInfection(Presence.ABSENT)
        .systemicInfection(Presence.ABSENT)
        .skinProblem(Presence.PRESENT)
        .bloodThinnerUse(Presence.PRESENT)
        .bleedingDisorder(Presence.ABSENT)
        .allergy(Presence.PRESENT)
        .diabetes(Presence.PRESENT)
        .hipSurgery(Presence.PRESENT)
        .rapidlyWorseningPain(Presence.ABSENT)
        .pregnancy(Presence.ABSENT)
        .painMainlyNonHip(Presence.ABSENT)
        .persistentPain(Presence.PRESENT)
        .physicianEvaluated(Presence.PRESENT)
        .addSkinProblem(SkinProblem.of(SkinProblemKind.DERMATITIS, Region.LATERAL, Side.RIGHT))
        .addSkinProblem(SkinProblem.unlocated(SkinProblemKind.OPEN_WOUND))
        .addBloodThinner(STANDARD.medication("warfarin"))
        .inr(Measurement.inr("2.4", LocalDate.of(2026, 11, 20)))
        .anticoagulationControl(ControlStatement.of(Control.CONTROLLED, LocalDate.of(2026, 11, 21)))
        .addAllergy(Allergy.toGroup(STANDARD.allergyGroup("iodine")))
        .addAllergy(Allergy.toMedication(STANDARD.medication("lidocaine")))
        .addAllergy(Allergy.toClass(MedicationClass.NSAID))
        .addAllergy(Allergy.unresolved("Penicillin \u2014 rash as a child, per patient"))
        .hba1c(
            Measurement.builder()
                .analyte(Analyte.HBA1C)
                .value(new BigDecimal("7.10"))
                .unit("%")
                .date(LocalDate.of(2026, 11, 2))
                .build())
        .diabetesControl(ControlStatement.of(Control.NOT_CONTROLLED, LocalDate.of(2026, 11, 2)))
        .addHipSurgery(HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, Side.LEFT, LocalDate.of(2026, 9, 1)))
        .addHipSurgery(HipSurgery.undated(HipSurgeryKind.ARTHROSCOPY, Side.RIGHT))
        .build();
  }

  /** The protocol of {@code protocol.json}. */
  static Protocol protocol() {
    return Protocol.builder()
        .id("our-clinic-2026")
        .maxInr(new BigDecimal("2.5"))
        .inrMaxAgeDays(5)
        .maxHba1cPercent(new BigDecimal("7.5"))
        .hba1cMaxAgeDays(60)
        .statementMaxAgeDays(14)
        .minDaysSinceArthroplasty(180)
        .landmarkAcceptableForIntraArticular(true)
        .minRepeatInjectionInterval(Period.ofMonths(4))
        .followUpInterval(Period.ofWeeks(4))
        .build();
  }

  /** The catalog of {@code catalog.json}: a clinic's own entries, one or more of every kind. */
  static HipCatalog catalog() {
    Source protocol = Source.of("clinic-001", "Sacroiliac joint injections: our clinic's protocol");
    Source leaflet = Source.of("clinic-002", "Patient leaflet: injections near the spine and pelvis");
    AnatomicalStructure joint =
        AnatomicalStructure.builder()
            .id("sacroiliac-joint")
            .name("Sacroiliac joint")
            .description("The joint between the sacrum and the hip bone, at the back of the pelvis.")
            .kind(StructureKind.JOINT)
            .region(Region.POSTERIOR)
            .depth(Depth.DEEP)
            .addCondition("sacroiliac-joint-pain")
            .addNote("It moves only a little and is hard to reach by touch alone.")
            .addSources(protocol, leaflet)
            .addCode(StandardCode.of("https://example.org/clinic-codes", "SIJ", "Sacroiliac joint"))
            .build();
    AnatomicalStructure ligaments =
        AnatomicalStructure.builder()
            .id("sacroiliac-ligaments")
            .name("Sacroiliac ligaments")
            .description("The strong bands that hold the sacroiliac joint together.")
            .kind(StructureKind.LIGAMENT)
            .region(Region.POSTERIOR)
            .depth(Depth.INTERMEDIATE)
            .partOf("sacroiliac-joint")
            .addSource(protocol)
            .build();
    AnatomicalStructure artery =
        AnatomicalStructure.builder()
            .id("superior-gluteal-artery")
            .name("Superior gluteal artery")
            .description("An artery that runs close to the upper part of the joint.")
            .kind(StructureKind.VESSEL)
            .region(Region.POSTERIOR)
            .depth(Depth.DEEP)
            .atRisk(true)
            .addSource(protocol)
            .build();
    Target target =
        Target.builder()
            .id("sacroiliac-joint-intra-articular")
            .name("Inside the sacroiliac joint")
            .description("The lower part of the joint space, where the needle enters the joint.")
            .kind(TargetKind.INTRA_ARTICULAR)
            .region(Region.POSTERIOR)
            .addReache("sacroiliac-joint")
            .addStructuresAtRisk("superior-gluteal-artery")
            .imagingExpected(true)
            .addSource(protocol)
            .build();
    Condition pain =
        Condition.builder()
            .id("sacroiliac-joint-pain")
            .name("Sacroiliac joint pain")
            .description("Pain in the low back and buttock that comes from the sacroiliac joint.")
            .kind(ConditionKind.PAIN_PATTERN)
            .addSynonyms("SI joint pain", "sacroiliitis")
            .addStructures("sacroiliac-joint", "sacroiliac-ligaments")
            .addCauses("Strain of the ligaments", "Inflammatory arthritis")
            .addSources(protocol, leaflet)
            .build();
    Medication steroid =
        Medication.builder()
            .id("methylprednisolone")
            .name("Methylprednisolone")
            .description("A corticosteroid injected to calm inflammation.")
            .medicationClass(MedicationClass.CORTICOSTEROID)
            .addRoutes(Route.INTRA_ARTICULAR, Route.PERIARTICULAR)
            .onset(SourcePhrase.A_FEW_DAYS.range())
            .duration(TimeRange.of(1, 3, TimeUnit.MONTHS))
            .addSystemicEffect("A short rise in blood glucose")
            .addAllergyGroup("corticosteroid")
            .addSource(protocol)
            .build();
    Medication anesthetic =
        Medication.builder()
            .id("ropivacaine")
            .name("Ropivacaine")
            .description("A long-acting local anesthetic \u2014 numbs for hours.")
            .medicationClass(MedicationClass.LOCAL_ANESTHETIC)
            .addRoutes(Route.INFILTRATION, Route.INTRA_ARTICULAR)
            .onset(TimeRange.stated(1, 15, TimeUnit.MINUTES, "within minutes"))
            .leadTime(TimeRange.of(0, 0, TimeUnit.MINUTES))
            .addRegulatoryNote("Off-label in the sacroiliac joint in some countries.")
            .addAllergyGroup("amide-local-anesthetic")
            .addSource(protocol)
            .build();
    GuidanceModality ct =
        GuidanceModality.builder()
            .id("ct-guidance")
            .name("CT guidance")
            .description("Computed tomography shows the joint and the needle tip in cross-section.")
            .imaging(true)
            .ionizingRadiation(true)
            .realTime(false)
            .showsSoftTissue(true)
            .showsNervesAndVessels(false)
            .contrast(ContrastUse.OPTIONAL)
            .accuracy(Accuracy.HIGH)
            .portable(false)
            .addSuitedFor("Joints that are hard to see with ultrasound")
            .addLimitations("Uses X-rays", "Needs a CT room")
            .addSource(protocol)
            .build();
    Intervention injection =
        Intervention.builder()
            .id("sacroiliac-joint-injection")
            .name("Sacroiliac joint injection")
            .description(
                "A corticosteroid, with or without a local anesthetic, injected into the sacroiliac joint.")
            .kind(InterventionKind.INJECTION)
            .addPurposes(Purpose.THERAPEUTIC, Purpose.DIAGNOSTIC_AND_THERAPEUTIC)
            .addIndication("sacroiliac-joint-pain")
            .addTarget("sacroiliac-joint-intra-articular")
            .addModality("ct-guidance")
            .addMedicationClasses(MedicationClass.CORTICOSTEROID, MedicationClass.LOCAL_ANESTHETIC)
            .addPrincipalMedicationClass(MedicationClass.CORTICOSTEROID)
            .setting(Setting.OUTPATIENT_PROCEDURE)
            .practitioner("An interventional radiologist")
            .sessionDuration(TimeRange.stated(15, 30, TimeUnit.MINUTES, "15 to 30 minutes"))
            .sessionPattern(
                SessionPattern.builder()
                    .sessions(CountRange.of(1, 3))
                    .frequency(Frequency.of(1, 1, TimeUnit.MONTHS))
                    .recoveryBetween(TimeRange.of(1, 2, TimeUnit.DAYS))
                    .description(
                        "Up to three injections, at least a month apart, repeated only if the first helped.")
                    .build())
            .addProcedure(
                ProcedureStep.builder()
                    .id("skin-preparation")
                    .description("The skin over the joint is cleaned with antiseptic.")
                    .addSource(protocol)
                    .build())
            .addProcedure(
                ProcedureStep.builder()
                    .id("contrast-check")
                    .description("A little contrast dye confirms that the needle is inside the joint.")
                    .optional(true)
                    .addSource(protocol)
                    .build())
            .addRisk(
                Risk.builder()
                    .id("infection")
                    .name("Infection")
                    .description("Germs carried in by the needle infect the joint.")
                    .frequency(RiskFrequency.RARE)
                    .severity(RiskSeverity.SERIOUS)
                    .addAggravatingFactors("Diabetes", "A skin problem over the joint")
                    .addSource(protocol)
                    .build())
            .addEvidence(
                EvidenceStatement.builder()
                    .id("short-term-relief")
                    .statement(
                        "Relief is often short-lived, and studies disagree on how much it helps.")
                    .direction(EvidenceDirection.MIXED)
                    .addCondition("sacroiliac-joint-pain")
                    .addModality("ct-guidance")
                    .addSources(protocol, leaflet)
                    .build())
            .addAlternative("pelvic-physiotherapy")
            .addSource(protocol)
            .build();
    Alternative physio =
        Alternative.builder()
            .id("pelvic-physiotherapy")
            .name("Pelvic physiotherapy")
            .description("Exercises that stabilise the pelvis and ease the load on the joint.")
            .category(AlternativeCategory.EXERCISE_AND_THERAPY)
            .addExamples("Core stability exercises", "A pelvic belt")
            .addCondition("sacroiliac-joint-pain")
            .addSource(protocol)
            .build();
    AllergyGroup steroids =
        AllergyGroup.builder()
            .id("corticosteroid")
            .name("Corticosteroids")
            .description("The corticosteroids our clinic injects.")
            .addSource(protocol)
            .build();
    AllergyGroup amides =
        AllergyGroup.builder()
            .id("amide-local-anesthetic")
            .name("Amide local anesthetics")
            .description("Local anesthetics of the amide type.")
            .addSource(leaflet)
            .build();
    return HipCatalog.builder()
        .addAll(
            List.of(
                joint,
                ligaments,
                artery,
                target,
                pain,
                steroid,
                anesthetic,
                steroids,
                amides,
                ct,
                injection,
                physio))
        .alias("naropin", "ropivacaine")
        .alias("amide-local-anaesthetic", "amide-local-anesthetic")
        .build();
  }

  /** The plan of {@code report.json}: a steroid injection that breaks many rules at once. */
  static TreatmentPlan reportPlan() {
    return TreatmentPlan.builder()
        .condition(STANDARD.condition("femoroacetabular-impingement"))
        .intervention(STANDARD.intervention("corticosteroid-injection"))
        .target(STANDARD.target("intra-articular-hip"))
        .side(Side.LEFT)
        .purpose(Purpose.THERAPEUTIC)
        .addComponent(MedicationComponent.of(STANDARD.medication("triamcinolone"), Dose.of("40", "mg")))
        .addComponent(MedicationComponent.of(STANDARD.medication("lidocaine")))
        .addComponent(MedicationComponent.of(STANDARD.medication("contrast-dye")))
        .modality(STANDARD.modality("ultrasound"))
        .antiseptic(STANDARD.medication("povidone-iodine"))
        .plannedDate(LocalDate.of(2026, 12, 1))
        .build();
  }

  /** The patient of {@code report.json}: a finding of every shape, and two facts unknown. */
  static PatientProfile reportProfile() {
    return PatientProfile.builder()
        .fever(Presence.ABSENT)
        .severeAcutePain(Presence.ABSENT)
        .suspectedJointInfection(Presence.UNKNOWN)
        .systemicInfection(Presence.ABSENT)
        .skinProblem(Presence.PRESENT)
        .addSkinProblem(SkinProblem.of(SkinProblemKind.DERMATITIS, Region.LATERAL, Side.LEFT))
        .bloodThinnerUse(Presence.PRESENT)
        .addBloodThinner(STANDARD.medication("warfarin"))
        .inr(Measurement.inr("2.8", LocalDate.of(2026, 11, 28)))
        .bleedingDisorder(Presence.ABSENT)
        .allergy(Presence.PRESENT)
        .addAllergy(Allergy.toGroup(STANDARD.allergyGroup("iodine")))
        .addAllergy(Allergy.toMedication(STANDARD.medication("lidocaine")))
        .diabetes(Presence.PRESENT)
        .diabetesControl(
            ControlStatement.of(Control.NOT_CONTROLLED, LocalDate.of(2026, 11, 20), "Dr. Ruiz, diabetes clinic"))
        .hipSurgery(Presence.PRESENT)
        .addHipSurgery(HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, Side.LEFT, LocalDate.of(2026, 10, 1)))
        .suspectedFracture(Presence.ABSENT)
        .rapidlyWorseningPain(Presence.ABSENT)
        .otherRedFlags(Presence.ABSENT)
        .pregnancy(Presence.ABSENT)
        .cannotTolerateProcedure(Presence.ABSENT)
        .painMainlyNonHip(Presence.UNKNOWN)
        .osteoporosis(Presence.ABSENT)
        .persistentPain(Presence.ABSENT)
        .physicianEvaluated(Presence.PRESENT)
        .build();
  }

  /** The report of {@code report.json}: the standard rules under the protocol of {@code protocol.json}. */
  static CheckReport report() {
    return Checker.builder().protocol(protocol()).build().check(reportProfile(), reportPlan());
  }

  /** The plan of {@code course.json} and {@code schedule.json}: two weekly dry needling sessions. */
  static TreatmentPlan coursePlan() {
    return TreatmentPlan.builder()
        .condition(STANDARD.condition("myofascial-hip-pain"))
        .intervention(STANDARD.intervention("dry-needling"))
        .target(STANDARD.target("gluteal-trigger-points"))
        .side(Side.LEFT)
        .purpose(Purpose.THERAPEUTIC)
        .modality(STANDARD.modality("landmark"))
        .plannedDate(LocalDate.of(2027, 3, 26))
        .sessions(2)
        .sessionInterval(Period.ofWeeks(1))
        .build();
  }

  /** The course of {@code course.json}, under the protocol of {@code protocol.json}. */
  static Course course() {
    return Course.of(coursePlan(), protocol());
  }

  /**
   * The schedule of {@code schedule.json}: that course from 09:00 in London on Friday 26 March 2027,
   * two days before the clocks go forward, so that the second week is an hour ahead of UTC.
   */
  static Schedule schedule() {
    return course().schedule(LocalTime.of(9, 0), ZoneId.of("Europe/London"));
  }
}
