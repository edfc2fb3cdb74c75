package org.hipkit.catalog;

import static org.hipkit.catalog.StandardSources.ACUPUNCTURE;
import static org.hipkit.catalog.StandardSources.DRY_NEEDLING;
import static org.hipkit.catalog.StandardSources.GEL_SHOTS;
import static org.hipkit.catalog.StandardSources.THERAPEUTIC_HIP_INJECTION;
import static org.hipkit.catalog.StandardSources.ULTRASOUND_GUIDED_INJECTION;

import java.util.ArrayList;
import java.util.List;
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
import org.hipkit.medication.MedicationClass;
import org.hipkit.quantity.CountRange;
import org.hipkit.quantity.Frequency;
import org.hipkit.quantity.SourcePhrase;
import org.hipkit.quantity.TimeRange;
import org.hipkit.quantity.TimeUnit;
import org.hipkit.source.Source;

/**
 * Standard catalog content: the injections and needling techniques, with their procedure, risks,
 * evidence and alternatives.
 */
final class Interventions {

  /** An injection visit, from preparation to bandage (sources 000 and 002). */
  private static final TimeRange INJECTION_SESSION =
      TimeRange.stated(15, 30, TimeUnit.MINUTES, "15 to 30 minutes");

  private static final List<String> INJECTION_TARGETS =
      List.of("intra-articular-hip", "lateral-hip", "iliopsoas-region", "periarticular-soft-tissue");

  private static final List<String> ALL_MODALITIES = List.of("ultrasound", "fluoroscopy", "landmark");

  /** The options source 001 weighs against a therapeutic hip injection. */
  private static final List<String> INJECTION_ALTERNATIVES =
      List.of(
          "observation",
          "oral-medication",
          "topical-medication",
          "physical-therapy",
          "assistive-devices",
          "activity-and-weight-management",
          "diagnostic-imaging",
          "hip-arthroscopy",
          "hip-replacement");

  private Interventions() {}

  /** Injections from the most to the least commonly described, then the two needling techniques. */
  static List<Intervention> all() {
    return List.of(
        corticosteroidInjection(),
        hyaluronicAcidInjection(),
        plateletRichPlasmaInjection(),
        acupuncture(),
        dryNeedling());
  }

  // ---------------------------------------------------------------------------------------------
  // Injections

  private static Intervention corticosteroidInjection() {
    return Intervention.builder()
        .id("corticosteroid-injection")
        .name("Corticosteroid and local anesthetic injection")
        .description(
            "A corticosteroid mixed with a local anesthetic, injected into the hip joint or the"
                + " soft tissue around it; widely known as a \"cortisone shot\". The anesthetic"
                + " numbs within minutes and the steroid calms inflammation over the following"
                + " days.")
        .kind(InterventionKind.INJECTION)
        .addPurposes(Purpose.THERAPEUTIC, Purpose.DIAGNOSTIC_AND_THERAPEUTIC)
        .addIndications(
            "hip-osteoarthritis",
            "synovitis",
            "labral-tear",
            "inflammatory-arthritis",
            "greater-trochanteric-pain-syndrome",
            "trochanteric-bursitis",
            "gluteal-tendinopathy",
            "iliopsoas-bursitis",
            "post-surgical-hip-pain",
            "persistent-pain-despite-conservative-care",
            "diagnostic-clarification",
            "rehabilitation-support")
        .addAllTargets(INJECTION_TARGETS)
        .addAllModalities(ALL_MODALITIES)
        .addPrincipalMedicationClasses(
            MedicationClass.CORTICOSTEROID, MedicationClass.LOCAL_ANESTHETIC)
        .addMedicationClasses(
            MedicationClass.CORTICOSTEROID,
            MedicationClass.LOCAL_ANESTHETIC,
            MedicationClass.CONTRAST_AGENT)
        .setting(Setting.OUTPATIENT_PROCEDURE)
        .sessionDuration(INJECTION_SESSION)
        .sessionPattern(
            SessionPattern.builder()
                .sessions(CountRange.exactly(1))
                .description(
                    "One injection per visit. It may be repeated, for example in osteoarthritis"
                        + " when the relief wears off; how often and how many times is left to the"
                        + " clinician.")
                .build())
        .addAllProcedure(
            injectionProcedure(
                "The corticosteroid and local anesthetic mixture is injected at the target.", true))
        .addAllRisks(injectionRisks())
        .addRisks(
            risk(
                    "post-injection-flare",
                    "Post-injection flare",
                    RiskFrequency.OCCASIONAL,
                    RiskSeverity.MODERATE,
                    "Pain rises for a while once the anesthetic has worn off and before the steroid"
                        + " takes hold; it usually calms within a few days.")
                .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
                .build(),
            risk(
                    "blood-glucose-rise",
                    "Transient rise in blood sugar",
                    RiskFrequency.OCCASIONAL,
                    RiskSeverity.MODERATE,
                    "The steroid can push blood sugar up for a short time; how much varies with"
                        + " the dose and the patient's health.")
                .addAggravatingFactors("diabetes, especially when poorly controlled")
                .addSources(THERAPEUTIC_HIP_INJECTION)
                .build())
        .addEvidence(ultrasoundAccuracy())
        .addAllAlternatives(INJECTION_ALTERNATIVES)
        .addNotes(
            "Often called a cortisone shot, though not every hip injection is one.",
            "It manages symptoms and does not repair structure: cartilage does not regrow and"
                + " the shape of the hip does not change.",
            "Relief after a bursitis injection tends to last longer than after an injection for"
                + " osteoarthritis.")
        .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
        .build();
  }

  private static Intervention hyaluronicAcidInjection() {
    return Intervention.builder()
        .id("hyaluronic-acid-injection")
        .name("Hyaluronic acid injection (viscosupplementation)")
        .description(
            "Hyaluronic acid injected into the hip joint to top up the lubricating and"
                + " shock-absorbing qualities of the joint fluid; often called a \"gel shot\".")
        .kind(InterventionKind.INJECTION)
        .addPurposes(Purpose.THERAPEUTIC)
        .addIndications("hip-osteoarthritis")
        .addTargets("intra-articular-hip")
        .addAllModalities(ALL_MODALITIES)
        .addPrincipalMedicationClasses(MedicationClass.VISCOSUPPLEMENT)
        .addMedicationClasses(
            MedicationClass.VISCOSUPPLEMENT,
            MedicationClass.LOCAL_ANESTHETIC,
            MedicationClass.CONTRAST_AGENT)
        .setting(Setting.OUTPATIENT_PROCEDURE)
        .sessionDuration(INJECTION_SESSION)
        // Source 000 says "a single injection or a series over several weeks, depending on the
        // product" and gives no count, so the count stays at one and the description carries the
        // series.
        .sessionPattern(
            SessionPattern.builder()
                .sessions(CountRange.exactly(1))
                .courseLength(SourcePhrase.SEVERAL_WEEKS.range())
                .description(
                    "A single injection, or with some products a series spread over several"
                        + " weeks; the number of injections depends on the product, and the"
                        + " sources give no count.")
                .build())
        .addAllProcedure(
            injectionProcedure("The hyaluronic acid is injected into the joint.", true))
        .addAllRisks(injectionRisks())
        .addEvidence(
            evidence(
                    "mixed-results-in-hip",
                    EvidenceDirection.MIXED,
                    "Studies of hyaluronic acid in hip osteoarthritis disagree: some report a"
                        + " short-term gain in pain and function, others no clear advantage over"
                        + " placebo.")
                .addConditions("hip-osteoarthritis")
                .addSources(GEL_SHOTS)
                .build(),
            evidence(
                    "guidelines-against-routine-use",
                    EvidenceDirection.AGAINST,
                    "AAOS (American Academy of Orthopaedic Surgeons) and ACR (American College of"
                        + " Rheumatology) advise against using it routinely, as the evidence of a"
                        + " meaningful gain over placebo is too thin.")
                .addConditions("hip-osteoarthritis")
                .addSources(GEL_SHOTS)
                .build(),
            ultrasoundAccuracy())
        .addAlternatives(
            "oral-medication", "physical-therapy", "activity-and-weight-management", "hip-replacement")
        .addNotes(
            "Meant for mild to moderate hip osteoarthritis after oral pain medicine, physical"
                + " therapy or a corticosteroid injection has not helped enough.",
            "In the US its use in the hip is off-label: the FDA approval covers the knee.",
            "It eases symptoms only and does not regrow cartilage; it may put off a hip"
                + " replacement for some patients.",
            "Because the joint is deep, the needle is placed with imaging in nearly every case.")
        .addSources(GEL_SHOTS, THERAPEUTIC_HIP_INJECTION)
        .build();
  }

  private static Intervention plateletRichPlasmaInjection() {
    return Intervention.builder()
        .id("platelet-rich-plasma-injection")
        .name("Platelet-rich plasma injection")
        .description(
            "A biologic injection of platelet-rich plasma prepared from the patient's blood,"
                + " aimed at a tendon, the labrum or the joint.")
        .kind(InterventionKind.INJECTION)
        .addPurposes(Purpose.THERAPEUTIC)
        .addIndications("gluteal-tendinopathy", "hip-osteoarthritis", "labral-tear")
        .addTargets("intra-articular-hip", "lateral-hip", "periarticular-soft-tissue")
        .addAllModalities(ALL_MODALITIES)
        .addPrincipalMedicationClasses(MedicationClass.BIOLOGIC)
        .addMedicationClasses(MedicationClass.BIOLOGIC, MedicationClass.LOCAL_ANESTHETIC)
        .setting(Setting.OUTPATIENT_PROCEDURE)
        // No session duration: the 15-30 minutes the sources give are for steroid and gel shots,
        // and preparing the plasma is not timed anywhere.
        .sessionPattern(
            SessionPattern.builder()
                .sessions(CountRange.exactly(1))
                .description(
                    "One injection per visit; the sources give no schedule for repeating it.")
                .build())
        .addAllProcedure(
            injectionProcedure("The platelet-rich plasma is injected at the target.", false))
        .addAllRisks(injectionRisks())
        .addEvidence(
            evidence(
                    "evidence-varies",
                    EvidenceDirection.MIXED,
                    "Support for platelet-rich plasma differs by condition and by clinician, and"
                        + " preparation methods are not standard, so results vary.")
                .addConditions("gluteal-tendinopathy", "hip-osteoarthritis", "labral-tear")
                .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
                .build(),
            ultrasoundAccuracy())
        .addAllAlternatives(INJECTION_ALTERNATIVES)
        .addNotes(
            "Used by some clinicians for tendon problems and joint symptoms, and as a"
                + " regenerative option for the labrum.",
            "Ultrasound can guide the needle to the damaged tendon or labrum.")
        .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
        .build();
  }

  /**
   * The injection workflow shared by the three injections, in order.
   *
   * @param injectionStep what is injected, in the injection's own words
   * @param contrast whether the intervention may use contrast dye to confirm the needle position
   */
  private static List<ProcedureStep> injectionProcedure(String injectionStep, boolean contrast) {
    List<ProcedureStep> steps = new ArrayList<>();
    steps.add(
        step(
            "evaluation-and-consent",
            "The clinician reviews history, examination and any imaging, checks for infection,"
                + " allergies and bleeding risk, explains the plan and obtains consent.",
            THERAPEUTIC_HIP_INJECTION,
            ULTRASOUND_GUIDED_INJECTION));
    steps.add(
        optionalStep(
            "topical-numbing",
            "A numbing cream or patch may be put on the skin 30-60 minutes beforehand.",
            ULTRASOUND_GUIDED_INJECTION));
    steps.add(
        step(
            "positioning",
            "The patient lies on the back (supine) on the table.",
            GEL_SHOTS,
            ULTRASOUND_GUIDED_INJECTION));
    steps.add(
        step(
            "skin-preparation",
            "The skin is cleaned with an antiseptic such as iodine or chlorhexidine and covered"
                + " with a sterile drape; the clinician wears sterile gloves and a mask.",
            THERAPEUTIC_HIP_INJECTION,
            ULTRASOUND_GUIDED_INJECTION));
    steps.add(
        step(
            "local-anesthesia",
            "The skin and the tissue along the needle path are numbed with local anesthetic.",
            GEL_SHOTS,
            THERAPEUTIC_HIP_INJECTION,
            ULTRASOUND_GUIDED_INJECTION));
    steps.add(
        step(
            "needle-placement",
            "A thin needle is advanced to the target under the chosen guidance; with ultrasound,"
                + " gel on the skin lets the probe follow the needle live.",
            GEL_SHOTS,
            THERAPEUTIC_HIP_INJECTION,
            ULTRASOUND_GUIDED_INJECTION));
    if (contrast) {
      steps.add(
          optionalStep(
              "contrast-confirmation",
              "Under fluoroscopy, a little contrast dye may be injected first to show that the"
                  + " needle tip is where it should be.",
              GEL_SHOTS,
              THERAPEUTIC_HIP_INJECTION,
              ULTRASOUND_GUIDED_INJECTION));
    }
    steps.add(
        step(
            "injection",
            injectionStep,
            GEL_SHOTS,
            THERAPEUTIC_HIP_INJECTION,
            ULTRASOUND_GUIDED_INJECTION));
    steps.add(
        step(
            "bandage",
            "The needle is withdrawn and a small bandage is put over the site.",
            ULTRASOUND_GUIDED_INJECTION));
    steps.add(
        step(
            "observation",
            "The patient is watched for a short while for dizziness, a vasovagal reaction or"
                + " local discomfort before going home.",
            THERAPEUTIC_HIP_INJECTION,
            ULTRASOUND_GUIDED_INJECTION));
    return List.copyOf(steps);
  }

  /** The risks every injection shares, most frequent first. */
  private static List<Risk> injectionRisks() {
    return List.of(
        risk(
                "soreness-swelling-stiffness",
                "Soreness, swelling or stiffness",
                RiskFrequency.COMMON,
                RiskSeverity.MINOR,
                "Aching, swelling or stiffness at the site for a short time after the needle.")
            .addSources(GEL_SHOTS, THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        risk(
                "bleeding-bruising",
                "Bleeding, bruising or hematoma",
                RiskFrequency.OCCASIONAL,
                RiskSeverity.MINOR,
                "Bleeding at the site, leaving a bruise or a collection of blood under the skin.")
            .addAggravatingFactors("taking blood thinners such as aspirin or warfarin")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        risk(
                "vasovagal-reaction",
                "Vasovagal reaction",
                RiskFrequency.OCCASIONAL,
                RiskSeverity.MODERATE,
                "Light-headedness or fainting during or just after the procedure, the reason for"
                    + " the short observation period.")
            .addSources(THERAPEUTIC_HIP_INJECTION)
            .build(),
        risk(
                "infection",
                "Infection",
                RiskFrequency.RARE,
                RiskSeverity.SERIOUS,
                "Germs carried in by the needle; the site turns red, swollen and warm or drains,"
                    + " and needs prompt medical review.")
            .addAggravatingFactors("lapses in sterile technique")
            .addSources(GEL_SHOTS, THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        risk(
                "allergic-reaction",
                "Allergic reaction",
                RiskFrequency.RARE,
                RiskSeverity.SERIOUS,
                "A reaction to an injected drug, from a rash, hives or itching to swelling,"
                    + " breathing trouble or anaphylaxis.")
            .addAggravatingFactors(
                "known sensitivity to a local anesthetic, corticosteroid, antiseptic or contrast"
                    + " dye")
            .addSources(GEL_SHOTS, THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build(),
        risk(
                "nerve-damage",
                "Nerve damage",
                RiskFrequency.REMOTE,
                RiskSeverity.SERIOUS,
                "Injury to a nearby nerve; warning signs are a numb, tingling or weak leg or"
                    + " foot.")
            .addAggravatingFactors("guidance that does not show the nerves")
            .addSources(ULTRASOUND_GUIDED_INJECTION)
            .build());
  }

  /** Source 002: needles placed with ultrasound land where intended more often than blind ones. */
  private static EvidenceStatement ultrasoundAccuracy() {
    return evidence(
            "ultrasound-more-accurate-than-landmark",
            EvidenceDirection.SUPPORTS,
            "Studies find ultrasound-guided hip injections reach their target markedly more often"
                + " than landmark (blind) ones, with fewer complications.")
        .addModalities("ultrasound", "landmark")
        .addSources(ULTRASOUND_GUIDED_INJECTION)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Needling

  private static Intervention acupuncture() {
    return Intervention.builder()
        .id("acupuncture")
        .name("Acupuncture")
        .description(
            "Very fine needles placed at chosen points around the hip and sometimes far from it,"
                + " thought to ease pain by making the nervous system release the body's own"
                + " opioids.")
        .kind(InterventionKind.NEEDLING)
        .addPurposes(Purpose.THERAPEUTIC)
        .addVariants("manual acupuncture", "electroacupuncture")
        .addIndications("hip-osteoarthritis", "trochanteric-bursitis", "post-surgical-hip-pain")
        .addTargets("local-acupuncture-points", "distal-acupuncture-points")
        .addModalities("landmark")
        .setting(Setting.THERAPY_SESSION)
        .practitioner(
            "An acupuncturist holding a license or certificate from a recognized state or"
                + " national board, using sterile single-use needles.")
        // Needle retention time, which is most of the session.
        .sessionDuration(TimeRange.stated(20, 40, TimeUnit.MINUTES, "20 to 40 minutes"))
        // 1-2 sessions a week for 4-8 weeks gives 4 to 16 sessions in the first course.
        .sessionPattern(
            SessionPattern.builder()
                .sessions(CountRange.of(4, 16))
                .frequency(Frequency.of(1, 2, TimeUnit.WEEKS))
                .courseLength(TimeRange.stated(4, 8, TimeUnit.WEEKS, "4 to 8 weeks"))
                .maintenanceInterval(TimeRange.stated(1, 1, TimeUnit.MONTHS, "monthly"))
                .description(
                    "For chronic pain, one or two sessions a week for four to eight weeks; once"
                        + " symptoms improve, visits taper to monthly maintenance.")
                .build())
        .addProcedure(
            step(
                "consultation",
                "The acupuncturist takes the history and asks where the pain is and what the"
                    + " patient hopes to achieve.",
                ACUPUNCTURE),
            step(
                "needle-insertion",
                "Sterile single-use needles go in at points near the hip and possibly on the lower"
                    + " leg or hand; a faint tingle, dull ache or heaviness is expected.",
                ACUPUNCTURE),
            optionalStep(
                "electrical-stimulation",
                "In electroacupuncture a weak electric current is passed through the needles.",
                ACUPUNCTURE),
            step(
                "needle-retention",
                "The needles stay in for 20-40 minutes while the patient rests.",
                ACUPUNCTURE))
        .addRisks(
            risk(
                    "bruising",
                    "Bruising",
                    RiskFrequency.COMMON,
                    RiskSeverity.MINOR,
                    "A small bruise where a needle went in.")
                .addSources(ACUPUNCTURE)
                .build(),
            risk(
                    "bleeding",
                    "Bleeding at the needle site",
                    RiskFrequency.COMMON,
                    RiskSeverity.MINOR,
                    "A drop of blood when a needle comes out.")
                .addSources(ACUPUNCTURE)
                .build(),
            risk(
                    "soreness",
                    "Soreness",
                    RiskFrequency.COMMON,
                    RiskSeverity.MINOR,
                    "Short-lived tenderness where the needles were.")
                .addSources(ACUPUNCTURE)
                .build(),
            risk(
                    "infection",
                    "Infection",
                    RiskFrequency.RARE,
                    RiskSeverity.SERIOUS,
                    "An infection carried in by a needle; single-use sterile needles keep it"
                        + " unlikely.")
                .addAggravatingFactors("poor technique", "unhygienic practice")
                .addSources(ACUPUNCTURE)
                .build(),
            risk(
                    "nerve-injury",
                    "Nerve injury",
                    RiskFrequency.RARE,
                    RiskSeverity.SERIOUS,
                    "Damage to a nerve by a needle.")
                .addAggravatingFactors("poor technique")
                .addSources(ACUPUNCTURE)
                .build())
        .addEvidence(
            // Graded MIXED rather than AGAINST: the source reports little added benefit over sham
            // but calls the results less clear and the trials small, not a finding of no effect.
            evidence(
                    "little-benefit-over-sham-in-osteoarthritis",
                    EvidenceDirection.MIXED,
                    "In hip osteoarthritis, real needling has shown little extra short-term effect"
                        + " on pain or function compared with sham needling; the trials are few,"
                        + " small and of uneven quality.")
                .addConditions("hip-osteoarthritis")
                .addSources(ACUPUNCTURE)
                .build(),
            evidence(
                    "adjunct-to-routine-care",
                    EvidenceDirection.SUPPORTS,
                    "Added to routine care such as physical therapy or a physician's treatment, it"
                        + " has brought more pain relief and better function than routine care"
                        + " alone in chronic hip pain.")
                .addSources(ACUPUNCTURE)
                .build(),
            evidence(
                    "encouraging-for-bursitis",
                    EvidenceDirection.SUPPORTS,
                    "For hip bursitis, studies found a marked drop in pain and gain in function.")
                .addConditions("trochanteric-bursitis")
                .addSources(ACUPUNCTURE)
                .build(),
            evidence(
                    "short-term-adjunct-after-hip-replacement",
                    EvidenceDirection.SUPPORTS,
                    "After a total hip replacement it shows promise as an add-on for short-term"
                        + " pain control.")
                .addConditions("post-surgical-hip-pain")
                .addSources(ACUPUNCTURE)
                .build())
        .addAlternatives("physical-therapy", "oral-medication")
        .addNotes(
            "An adjunct to routine care, not a replacement for it.",
            "Patients with complex or ongoing conditions should talk to their primary care"
                + " physician before starting.",
            "With electroacupuncture, the current's frequency may change which of the body's"
                + " opioids are released.")
        .addSources(ACUPUNCTURE)
        .build();
  }

  private static Intervention dryNeedling() {
    return Intervention.builder()
        .id("dry-needling")
        .name("Dry needling")
        .description(
            "Thin needles inserted into myofascial trigger points in the muscles around the hip"
                + " to release tension and ease pain; based on Western musculoskeletal medicine,"
                + " unlike acupuncture.")
        .kind(InterventionKind.NEEDLING)
        .addPurposes(Purpose.THERAPEUTIC)
        .addIndications("myofascial-hip-pain", "piriformis-sciatica", "hip-osteoarthritis")
        .addTargets("gluteal-trigger-points", "piriformis-trigger-points", "hip-flexor-trigger-points")
        .addModalities("landmark")
        .setting(Setting.THERAPY_SESSION)
        .practitioner(
            "A trained and qualified professional, such as a physical therapist certified in dry"
                + " needling.")
        .sessionPattern(
            SessionPattern.builder()
                // The source gives no session count; see the description.
                .sessions(CountRange.exactly(1))
                .recoveryBetween(SourcePhrase.A_FEW_DAYS_TO_A_WEEK.range())
                .description(
                    "Relief is often felt after the first few sessions; recovery after a"
                        + " session takes a few days to a week. The sources give no number of"
                        + " sessions.")
                .build())
        .addProcedure(
            step(
                "assessment",
                "A clinician with musculoskeletal training confirms the diagnosis and that dry"
                    + " needling suits the patient.",
                DRY_NEEDLING),
            step(
                "needle-insertion",
                "A thin needle is put into each trigger point; a brief twitch of the muscle is a"
                    + " normal sign that tight fibres are letting go.",
                DRY_NEEDLING),
            step(
                "aftercare",
                "For at least 24 hours the patient avoids heavy lifting and high-impact activity,"
                    + " and may use ice, gentle stretching and plenty of water.",
                DRY_NEEDLING))
        // The source lists these effects as "less common" and "rare", so OCCASIONAL, not COMMON.
        .addRisks(
            needlingEffect("soreness", "Soreness", "Mild soreness where the needle went in."),
            needlingEffect("bruising", "Bruising", "A small, short-lived bruise at a needle site."),
            needlingEffect("fatigue", "Fatigue", "Feeling tired straight after the session."),
            needlingEffect("minor-bleeding", "Minor bleeding", "A little bleeding at a needle site."),
            risk(
                    "infection",
                    "Infection",
                    RiskFrequency.VERY_RARE,
                    RiskSeverity.SERIOUS,
                    "An infection at a needle site; watch for redness or unusual discomfort.")
                .addSources(DRY_NEEDLING)
                .build())
        .addAlternatives(
            "physical-therapy",
            "oral-medication",
            "chiropractic-care",
            "massage",
            "heat-and-ice",
            "low-impact-exercise",
            "stretching")
        .addNotes(
            "A muscle twitch during needling is expected and harmless.",
            "Best used within a wider plan that may include physical therapy and medication.",
            "The source also lists corticosteroid injection and acupuncture among the other"
                + " options.")
        .addSources(DRY_NEEDLING)
        .build();
  }

  private static Risk needlingEffect(String id, String name, String description) {
    return risk(id, name, RiskFrequency.OCCASIONAL, RiskSeverity.MINOR, description)
        .addSources(DRY_NEEDLING)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Small builders

  private static Risk.Builder risk(
      String id,
      String name,
      RiskFrequency frequency,
      RiskSeverity severity,
      String description) {
    return Risk.builder()
        .id(id)
        .name(name)
        .frequency(frequency)
        .severity(severity)
        .description(description);
  }

  private static EvidenceStatement.Builder evidence(
      String id, EvidenceDirection direction, String statement) {
    return EvidenceStatement.builder().id(id).direction(direction).statement(statement);
  }

  private static ProcedureStep step(String id, String description, Source... sources) {
    return ProcedureStep.builder().id(id).description(description).addSources(sources).build();
  }

  private static ProcedureStep optionalStep(String id, String description, Source... sources) {
    return ProcedureStep.builder()
        .id(id)
        .description(description)
        .optional(true)
        .addSources(sources)
        .build();
  }
}
