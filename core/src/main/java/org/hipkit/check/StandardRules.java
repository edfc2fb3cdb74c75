package org.hipkit.check;

import static org.hipkit.catalog.StandardSources.ACUPUNCTURE;
import static org.hipkit.catalog.StandardSources.DRY_NEEDLING;
import static org.hipkit.catalog.StandardSources.GEL_SHOTS;
import static org.hipkit.catalog.StandardSources.THERAPEUTIC_HIP_INJECTION;
import static org.hipkit.catalog.StandardSources.ULTRASOUND_GUIDED_INJECTION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hipkit.anatomy.Side;
import org.hipkit.anatomy.TargetKind;
import org.hipkit.guidance.ContrastUse;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.intervention.Purpose;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.Allergy;
import org.hipkit.profile.Control;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.HipSurgery;
import org.hipkit.profile.HipSurgeryKind;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.protocol.Protocol;
import org.hipkit.source.Source;

/**
 * hipkit's standard rules: one for every contraindication and precaution the sources give for hip
 * injections and for needling, plus plan-review rules for questionable plans.
 *
 * <p>Each rule is described by a {@link RuleDescription} (id, version, scope, facts read,
 * thresholds, concern, suggested option, rationale, sources); {@code docs/checks.md} lists them all
 * and is kept current by a test. Thresholds come from the {@link Protocol}, never from the rules.
 */
public final class StandardRules {

  private static final Scope INJECTION = Scope.of(InterventionKind.INJECTION);
  private static final Scope NEEDLING = Scope.of(InterventionKind.NEEDLING);
  private static final List<Source> INJECTION_SOURCES = List.of(THERAPEUTIC_HIP_INJECTION);
  private static final List<Source> NEEDLING_SOURCES = List.of(DRY_NEEDLING);
  private static final List<HipSurgeryKind> ARTHROPLASTY_ONLY = List.of(HipSurgeryKind.ARTHROPLASTY);
  private static final List<HipSurgeryKind> ANY_KIND = List.of();

  // ---- injections: infection ----

  /** Suspected septic arthritis: do not inject. */
  public static final Rule INJECTION_SUSPECTED_JOINT_INFECTION =
      presenceRule(
          describe("injection-suspected-joint-infection", "Suspected joint infection")
              .scope(INJECTION)
              .addReads(Fact.SUSPECTED_JOINT_INFECTION)
              .severity(Severity.CONTRAINDICATION)
              .concern(Concern.AVOID)
              .action("Do not inject; evaluate the joint for infection urgently first.")
              .rationale(
                  "Injecting a joint that may be infected can spread the infection and hide its"
                      + " signs; septic arthritis needs urgent diagnosis, not a steroid.")
              .addAllSources(INJECTION_SOURCES),
          false);

  /** Fever together with severe acute pain: treat as possible infection. */
  public static final Rule INJECTION_FEVER_WITH_SEVERE_PAIN =
      presenceRule(
          describe("injection-fever-with-severe-pain", "Fever with severe acute pain")
              .scope(INJECTION)
              .addReads(Fact.FEVER, Fact.SEVERE_ACUTE_PAIN)
              .severity(Severity.CONTRAINDICATION)
              .concern(Concern.AVOID)
              .action("Do not inject; evaluate for joint or systemic infection first.")
              .rationale(
                  "Fever and severe acute pain together point to a possible joint infection,"
                      + " which the sources list as a reason not to inject.")
              .addAllSources(INJECTION_SOURCES),
          true);

  /** Systemic infection: wait until it has been treated. */
  public static final Rule INJECTION_SYSTEMIC_INFECTION =
      presenceRule(
          describe("injection-systemic-infection", "Systemic infection")
              .scope(INJECTION)
              .addReads(Fact.SYSTEMIC_INFECTION)
              .severity(Severity.CONTRAINDICATION)
              .concern(Concern.DEFER)
              .action("Postpone the injection until the infection has been treated.")
              .rationale(
                  "An infection elsewhere in the body can seed the injected joint or tissue.")
              .addAllSources(INJECTION_SOURCES),
          false);

  /** Skin infection, wound or dermatitis where the needle goes in, on the treated side. */
  public static final Rule INJECTION_SKIN_AT_SITE =
      Rule.of(
          describe("injection-skin-at-site", "Skin problem at the injection site")
              .scope(INJECTION)
              .addReads(
                  Fact.SKIN_PROBLEM, Fact.SKIN_PROBLEM_LOCATIONS, Fact.PLAN_TARGET, Fact.PLAN_SIDE)
              .severity(Severity.CONTRAINDICATION)
              .concern(Concern.DEFER)
              .action(
                  "Postpone until the skin has healed, or choose an entry point away from the"
                      + " affected skin.")
              .rationale(
                  "A needle through infected, broken or inflamed skin can carry germs into the"
                      + " joint or bursa. A problem on the other leg, or away from the entry site"
                      + " (front or side of the hip for the joint), does not count.")
              .addAllSources(INJECTION_SOURCES)
              .build(),
          Assess::skinAtSite);

  // ---- injections: bleeding ----

  /** Anticoagulation that is not known to be manageable for the procedure. */
  public static final Rule INJECTION_UNCONTROLLED_ANTICOAGULATION =
      Rule.of(
          describe("injection-uncontrolled-anticoagulation", "Anticoagulation not under control")
              .scope(INJECTION)
              .addReads(
                  Fact.BLOOD_THINNER_USE,
                  Fact.BLOOD_THINNERS,
                  Fact.INR,
                  Fact.ANTICOAGULATION_CONTROL)
              .addThresholds("maxInr", "inrMaxAgeDays", "statementMaxAgeDays")
              .severity(Severity.CONTRAINDICATION)
              .concern(Concern.DEFER)
              .action(
                  "Postpone until the prescriber has arranged how blood thinners are managed, for"
                      + " example holding them for a few days.")
              .rationale(
                  "Blood thinners that cannot be managed safely make bleeding and hematoma more"
                      + " likely. A current INR above the protocol limit, or a current clinician"
                      + " statement that anticoagulation is not controlled, flags. A current"
                      + " statement that it is controlled clears; so does a current INR within the"
                      + " limit when every blood thinner taken is an anticoagulant, since an INR"
                      + " says nothing about antiplatelets. When blood thinners are taken but"
                      + " which ones is not known, the rule asks for them.")
              .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
              .build(),
          StandardRules::uncontrolledAnticoagulation);

  /** A known bleeding disorder. */
  public static final Rule INJECTION_BLEEDING_DISORDER =
      presenceRule(
          describe("injection-bleeding-disorder", "Bleeding disorder")
              .scope(INJECTION)
              .addReads(Fact.BLEEDING_DISORDER)
              .severity(Severity.CONTRAINDICATION)
              .concern(Concern.DEFER)
              .action("Postpone until the bleeding risk has been assessed and managed.")
              .rationale("An uncontrolled bleeding risk is a reason not to inject.")
              .addAllSources(INJECTION_SOURCES),
          false);

  /** Any blood thinner: more bruising and bleeding. */
  public static final Rule INJECTION_BLOOD_THINNER_BRUISING =
      presenceRule(
          describe("injection-blood-thinner-bruising", "Blood thinners raise bleeding risk")
              .scope(INJECTION)
              .addReads(Fact.BLOOD_THINNER_USE)
              .severity(Severity.PRECAUTION)
              .concern(Concern.CAUTION)
              .action(
                  "Ask whether the prescriber wants blood thinners held for a few days before;"
                      + " apply pressure after the injection.")
              .rationale(
                  "Bruising and hematoma at the site are more common in patients taking blood"
                      + " thinners such as aspirin or warfarin.")
              .addSources(ULTRASOUND_GUIDED_INJECTION),
          false);

  // ---- injections: allergies ----

  /** Allergy to a planned local anesthetic. */
  public static final Rule INJECTION_ALLERGY_LOCAL_ANESTHETIC =
      allergyRule(
          "injection-allergy-local-anesthetic",
          "Allergy to a planned local anesthetic",
          MedicationClass.LOCAL_ANESTHETIC,
          "Leave out the anesthetic the patient reacts to, or choose one outside the allergy.");

  /** Allergy to a planned corticosteroid. */
  public static final Rule INJECTION_ALLERGY_CORTICOSTEROID =
      allergyRule(
          "injection-allergy-corticosteroid",
          "Allergy to a planned corticosteroid",
          MedicationClass.CORTICOSTEROID,
          "Choose a different agent, or an injection without corticosteroid.");

  /** Allergy to the planned antiseptic. */
  public static final Rule INJECTION_ALLERGY_ANTISEPTIC =
      allergyRule(
          "injection-allergy-antiseptic",
          "Allergy to the planned antiseptic",
          MedicationClass.ANTISEPTIC,
          "Use the other antiseptic: iodine-based instead of chlorhexidine, or chlorhexidine"
              + " instead of iodine.");

  /** Allergy to planned contrast dye. */
  public static final Rule INJECTION_ALLERGY_CONTRAST =
      allergyRule(
          "injection-allergy-contrast",
          "Allergy to planned contrast dye",
          MedicationClass.CONTRAST_AGENT,
          "Leave out contrast: ultrasound guidance instead of fluoroscopy with contrast.");

  /** Allergy to a planned viscosupplement. */
  public static final Rule INJECTION_ALLERGY_VISCOSUPPLEMENT =
      allergyRule(
          "injection-allergy-viscosupplement",
          "Allergy to the planned viscosupplement",
          MedicationClass.VISCOSUPPLEMENT,
          "Do not inject that product; discuss other options.");

  /** Allergy to a planned biologic preparation. */
  public static final Rule INJECTION_ALLERGY_BIOLOGIC =
      allergyRule(
          "injection-allergy-biologic",
          "Allergy to the planned biologic preparation",
          MedicationClass.BIOLOGIC,
          "Review the preparation and its additives before going ahead.");

  // ---- injections: steroid and diabetes ----

  /** Poorly controlled diabetes when a corticosteroid is planned. */
  public static final Rule INJECTION_STEROID_WITH_POORLY_CONTROLLED_DIABETES =
      Rule.of(
          describe(
                  "injection-steroid-with-poorly-controlled-diabetes",
                  "Corticosteroid with poorly controlled diabetes")
              .scope(
                  Scope.builder()
                      .addInterventionKind(InterventionKind.INJECTION)
                      .addMedicationClass(MedicationClass.CORTICOSTEROID)
                      .build())
              .addReads(Fact.DIABETES, Fact.HBA1C, Fact.DIABETES_CONTROL)
              .addThresholds("maxHba1cPercent", "hba1cMaxAgeDays", "statementMaxAgeDays")
              .severity(Severity.CONTRAINDICATION)
              .concern(Concern.MODIFY)
              .action(
                  "Consider an injection without corticosteroid, or plan blood glucose monitoring"
                      + " with whoever manages the diabetes.")
              .rationale(
                  "A corticosteroid can raise blood glucose for a short time. A current HbA1c"
                      + " above the protocol limit (in percent; one in mmol/mol is converted by the"
                      + " NGSP-IFCC master equation, and the finding shows both values), or a"
                      + " current clinician statement that diabetes"
                      + " is not controlled, flags; a current HbA1c within the limit, or a current"
                      + " statement that it is controlled, clears, whatever the diabetes record"
                      + " says. Without such evidence, known absence of diabetes clears.")
              .addAllSources(INJECTION_SOURCES)
              .build(),
          StandardRules::steroidWithPoorlyControlledDiabetes);

  // ---- injections: arthroplasty ----

  /** A hip replacement on the treated side within the protocol's minimum days. */
  public static final Rule INJECTION_RECENT_ARTHROPLASTY =
      Rule.of(
          describe("injection-recent-arthroplasty", "Recent hip replacement on the treated side")
              .scope(INJECTION)
              .addReads(Fact.HIP_SURGERY, Fact.HIP_SURGERY_DETAILS, Fact.PLAN_SIDE)
              .addThresholds("minDaysSinceArthroplasty")
              .severity(Severity.CONTRAINDICATION)
              .concern(Concern.DEFER)
              .action("Postpone, and ask the operating surgeon before injecting near the prosthesis.")
              .rationale(
                  "A needle into or near a recently placed prosthetic joint raises concern for"
                      + " infection; surgeons differ on how long to wait, so the wait is a protocol"
                      + " threshold. Surgery on the other hip does not count.")
              .addAllSources(INJECTION_SOURCES)
              .build(),
          StandardRules::recentArthroplasty);

  /** Any hip replacement on the treated side. */
  public static final Rule INJECTION_PROSTHETIC_HIP =
      Rule.of(
          describe("injection-prosthetic-hip", "Prosthetic hip on the treated side")
              .scope(INJECTION)
              .addReads(Fact.HIP_SURGERY, Fact.HIP_SURGERY_DETAILS, Fact.PLAN_SIDE)
              .severity(Severity.PRECAUTION)
              .concern(Concern.CAUTION)
              .action("Take particular care with sterile technique; involve the surgeon when in doubt.")
              .rationale(
                  "Injecting into or near a prosthetic joint carries a concern for infection of"
                      + " the implant, however long ago it was placed.")
              .addAllSources(INJECTION_SOURCES)
              .build(),
          context -> Assess.surgeryOnPlanSide(context, ARTHROPLASTY_ONLY));

  // ---- injections: red flags and other ----

  /** Suspected fracture, rapidly worsening pain or other red flags. */
  public static final Rule INJECTION_RED_FLAGS =
      presenceRule(
          describe("injection-red-flags", "Fracture or other red flags")
              .scope(INJECTION)
              .addReads(Fact.SUSPECTED_FRACTURE, Fact.RAPIDLY_WORSENING_PAIN, Fact.OTHER_RED_FLAGS)
              .severity(Severity.CONTRAINDICATION)
              .concern(Concern.DEFER)
              .action("Arrange imaging and urgent evaluation before any injection.")
              .rationale(
                  "A possible fracture, fast-worsening pain or other warning signs need a"
                      + " diagnosis first; an injection could mask them.")
              .addAllSources(INJECTION_SOURCES),
          false);

  /** Pregnancy when the modality uses ionizing radiation. */
  public static final Rule INJECTION_PREGNANCY_RADIATION =
      presenceRule(
          describe("injection-pregnancy-radiation", "Pregnancy with X-ray guidance")
              .scope(
                  Scope.builder()
                      .addInterventionKind(InterventionKind.INJECTION)
                      .ionizingRadiationOnly(true)
                      .build())
              .addReads(Fact.PREGNANCY)
              .severity(Severity.CONTRAINDICATION)
              .concern(Concern.MODIFY)
              .action("Use ultrasound guidance instead of fluoroscopy.")
              .rationale(
                  "Fluoroscopy exposes the patient to ionizing radiation; ultrasound uses none"
                      + " and suits pregnancy.")
              .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION),
          false);

  /** The patient cannot tolerate the modality or the position. */
  public static final Rule INJECTION_CANNOT_TOLERATE_PROCEDURE =
      presenceRule(
          describe("injection-cannot-tolerate-procedure", "Cannot tolerate modality or position")
              .scope(INJECTION)
              .addReads(Fact.CANNOT_TOLERATE_PROCEDURE)
              .severity(Severity.CONTRAINDICATION)
              .concern(Concern.MODIFY)
              .action(
                  "Choose a modality and position the patient can tolerate, for example"
                      + " ultrasound instead of fluoroscopy.")
              .rationale(
                  "A patient who cannot tolerate the imaging or lie in the needed position cannot"
                      + " have the procedure done safely as planned.")
              .addAllSources(INJECTION_SOURCES),
          false);

  /** Pain mainly from outside the hip, for a purely therapeutic injection. */
  public static final Rule INJECTION_NON_HIP_PAIN_SOURCE =
      presenceRule(
          describe("injection-non-hip-pain-source", "Pain mainly from outside the hip")
              .scope(
                  Scope.builder()
                      .addInterventionKind(InterventionKind.INJECTION)
                      .addPurpose(Purpose.THERAPEUTIC)
                      .build())
              .addReads(Fact.PAIN_MAINLY_NON_HIP, Fact.PLAN_PURPOSE)
              .severity(Severity.PRECAUTION)
              .concern(Concern.CAUTION)
              .action(
                  "Expect limited benefit; evaluate the other source, or make the injection"
                      + " diagnostic as well as therapeutic.")
              .rationale(
                  "When pain comes mainly from elsewhere, such as the lumbar spine, a hip"
                      + " injection is unlikely to help. A diagnostic injection is exempt: telling"
                      + " the sources apart is its purpose.")
              .addAllSources(INJECTION_SOURCES),
          false);

  // ---- plan review ----

  /** Landmark guidance for an intra-articular hip injection. */
  public static final Rule PLAN_LANDMARK_INTRA_ARTICULAR =
      Rule.of(
          describe("plan-landmark-intra-articular", "Landmark guidance into the hip joint")
              .scope(
                  Scope.builder()
                      .addInterventionKind(InterventionKind.INJECTION)
                      .addTargetKind(TargetKind.INTRA_ARTICULAR)
                      .build())
              .addReads(Fact.PLAN_MODALITY, Fact.PLAN_TARGET)
              .addThresholds("landmarkAcceptableForIntraArticular")
              .severity(Severity.PLAN_REVIEW)
              .concern(Concern.MODIFY)
              .action("Use ultrasound or fluoroscopy guidance instead of landmarks.")
              .rationale(
                  "The hip joint lies deep, so placing a needle by feel is unreliable; imaging"
                      + " guidance is almost always used, and ultrasound-guided injections are"
                      + " more accurate than landmark-guided ones.")
              .addSources(GEL_SHOTS, THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
              .build(),
          StandardRules::landmarkIntraArticular);

  /** Contrast planned with a modality that does not use it. */
  public static final Rule PLAN_CONTRAST_WITHOUT_FLUOROSCOPY =
      Rule.of(
          describe("plan-contrast-without-fluoroscopy", "Contrast without fluoroscopy")
              .scope(Scope.builder().addMedicationClass(MedicationClass.CONTRAST_AGENT).build())
              .addReads(Fact.PLAN_COMPONENTS, Fact.PLAN_MODALITY)
              .severity(Severity.PLAN_REVIEW)
              .concern(Concern.MODIFY)
              .action("Leave out the contrast, or guide the needle with fluoroscopy.")
              .rationale(
                  "Contrast dye confirms needle position on fluoroscopy; with another modality it"
                      + " adds an allergy risk without showing anything.")
              .addSources(GEL_SHOTS, THERAPEUTIC_HIP_INJECTION)
              .build(),
          StandardRules::contrastWithoutFluoroscopy);

  /** A condition the intervention is not catalogued for. */
  public static final Rule PLAN_CONDITION_NOT_INDICATED =
      Rule.of(
          describe("plan-condition-not-indicated", "Condition not among the indications")
              .addReads(Fact.PLAN_CONDITION, Fact.PLAN_INTERVENTION)
              .severity(Severity.PLAN_REVIEW)
              .concern(Concern.CAUTION)
              .action("Confirm the indication; the sources do not describe this use.")
              .rationale(
                  "The catalog lists the conditions the sources describe each intervention for;"
                      + " other uses may be reasonable but rest on the clinician's judgement alone.")
              .addAllSources(INJECTION_SOURCES)
              .addSources(ACUPUNCTURE, DRY_NEEDLING)
              .build(),
          StandardRules::conditionNotIndicated);

  // ---- needling ----

  /** Signs of infection before needling. */
  public static final Rule NEEDLING_INFECTION_SIGNS =
      presenceRule(
          describe("needling-infection-signs", "Signs of infection")
              .scope(NEEDLING)
              .addReads(Fact.FEVER, Fact.SYSTEMIC_INFECTION, Fact.SUSPECTED_JOINT_INFECTION)
              .severity(Severity.CONTRAINDICATION)
              .concern(Concern.DEFER)
              .action("Have a doctor assess the signs of infection before any needling.")
              .rationale(
                  "Fever or other signs of infection call for a medical assessment before"
                      + " needles are placed.")
              .addAllSources(NEEDLING_SOURCES),
          false);

  /** Skin problem where the needles go, on the treated side. */
  public static final Rule NEEDLING_SKIN_AT_SITE =
      Rule.of(
          describe("needling-skin-at-site", "Skin problem where the needles go")
              .scope(NEEDLING)
              .addReads(
                  Fact.SKIN_PROBLEM, Fact.SKIN_PROBLEM_LOCATIONS, Fact.PLAN_TARGET, Fact.PLAN_SIDE)
              .severity(Severity.PRECAUTION)
              .concern(Concern.MODIFY)
              .action("Keep needles away from the affected skin, or wait until it has healed.")
              .rationale(
                  "Skin disorders and infected or broken skin can affect the safety of needling"
                      + " through them.")
              .addAllSources(NEEDLING_SOURCES)
              .build(),
          Assess::skinAtSite);

  /** Previous hip surgery on the treated side. */
  public static final Rule NEEDLING_PREVIOUS_HIP_SURGERY =
      Rule.of(
          describe("needling-previous-hip-surgery", "Previous hip surgery on the treated side")
              .scope(NEEDLING)
              .addReads(Fact.HIP_SURGERY, Fact.HIP_SURGERY_DETAILS, Fact.PLAN_SIDE)
              .severity(Severity.PRECAUTION)
              .concern(Concern.CAUTION)
              .action("Get professional advice that needling is safe after this operation.")
              .rationale("After hip surgery, the sources advise professional advice before needling.")
              .addAllSources(NEEDLING_SOURCES)
              .build(),
          context -> Assess.surgeryOnPlanSide(context, ANY_KIND));

  /** Osteoporosis. */
  public static final Rule NEEDLING_OSTEOPOROSIS =
      presenceRule(
          describe("needling-osteoporosis", "Osteoporosis")
              .scope(NEEDLING)
              .addReads(Fact.OSTEOPOROSIS)
              .severity(Severity.PRECAUTION)
              .concern(Concern.CAUTION)
              .action("Take care with needle depth and pressure; consider advice from the doctor.")
              .rationale("Osteoporosis can affect the safety and effect of needling.")
              .addAllSources(NEEDLING_SOURCES),
          false);

  /** Severe, worsening or persistent pain not yet seen by a physician. */
  public static final Rule NEEDLING_PAIN_NEEDS_PHYSICIAN =
      Rule.of(
          describe("needling-pain-needs-physician", "Severe or persistent pain not yet evaluated")
              .scope(NEEDLING)
              .addReads(
                  Fact.SEVERE_ACUTE_PAIN,
                  Fact.RAPIDLY_WORSENING_PAIN,
                  Fact.PERSISTENT_PAIN,
                  Fact.PHYSICIAN_EVALUATED)
              .severity(Severity.PRECAUTION)
              .concern(Concern.DEFER)
              .action("See a doctor for a diagnosis before needling.")
              .rationale(
                  "Pain that is severe, getting worse or persisting should be diagnosed by a"
                      + " doctor first; once a physician has evaluated it, the rule clears.")
              .addAllSources(NEEDLING_SOURCES)
              .build(),
          StandardRules::painNeedsPhysician);

  /** Blood thinners or a bleeding disorder before needling. */
  public static final Rule NEEDLING_BLEEDING_RISK =
      presenceRule(
          describe("needling-bleeding-risk", "Bleeding risk")
              .scope(NEEDLING)
              .addReads(Fact.BLOOD_THINNER_USE, Fact.BLEEDING_DISORDER)
              .severity(Severity.PRECAUTION)
              .concern(Concern.CAUTION)
              .action("Expect more bruising; use firm pressure after removing needles.")
              .rationale(
                  "Bleeding and bruising at needle sites are the commonest side effects of"
                      + " needling and are more likely with blood thinners or a bleeding disorder.")
              .addSources(ACUPUNCTURE, DRY_NEEDLING),
          false);

  private static final List<Rule> ALL =
      List.of(
          INJECTION_SUSPECTED_JOINT_INFECTION,
          INJECTION_FEVER_WITH_SEVERE_PAIN,
          INJECTION_SYSTEMIC_INFECTION,
          INJECTION_SKIN_AT_SITE,
          INJECTION_UNCONTROLLED_ANTICOAGULATION,
          INJECTION_BLEEDING_DISORDER,
          INJECTION_BLOOD_THINNER_BRUISING,
          INJECTION_ALLERGY_LOCAL_ANESTHETIC,
          INJECTION_ALLERGY_CORTICOSTEROID,
          INJECTION_ALLERGY_ANTISEPTIC,
          INJECTION_ALLERGY_CONTRAST,
          INJECTION_ALLERGY_VISCOSUPPLEMENT,
          INJECTION_ALLERGY_BIOLOGIC,
          INJECTION_STEROID_WITH_POORLY_CONTROLLED_DIABETES,
          INJECTION_RECENT_ARTHROPLASTY,
          INJECTION_PROSTHETIC_HIP,
          INJECTION_RED_FLAGS,
          INJECTION_PREGNANCY_RADIATION,
          INJECTION_CANNOT_TOLERATE_PROCEDURE,
          INJECTION_NON_HIP_PAIN_SOURCE,
          PLAN_LANDMARK_INTRA_ARTICULAR,
          PLAN_CONTRAST_WITHOUT_FLUOROSCOPY,
          PLAN_CONDITION_NOT_INDICATED,
          NEEDLING_INFECTION_SIGNS,
          NEEDLING_SKIN_AT_SITE,
          NEEDLING_PREVIOUS_HIP_SURGERY,
          NEEDLING_OSTEOPOROSIS,
          NEEDLING_PAIN_NEEDS_PHYSICIAN,
          NEEDLING_BLEEDING_RISK);

  private StandardRules() {}

  /**
   * Returns every standard rule, in evaluation order.
   *
   * @return an immutable list
   */
  public static List<Rule> all() {
    return ALL;
  }

  private static RuleDescription.Builder describe(String id, String title) {
    return RuleDescription.builder().id(id).title(title);
  }

  /**
   * A rule over tri-state screening facts: with {@code all} false it flags when any read screening
   * fact is present, with {@code all} true only when every one is.
   */
  private static Rule presenceRule(RuleDescription.Builder description, boolean all) {
    RuleDescription built = description.build();
    List<Fact> screening = built.reads().stream().filter(Fact::isScreeningFact).toList();
    return Rule.of(
        built,
        all
            ? context -> Assess.allPresent(context, screening)
            : context -> Assess.anyPresent(context, screening));
  }

  private static Rule allergyRule(
      String id, String title, MedicationClass medicationClass, String action) {
    boolean antiseptic = medicationClass == MedicationClass.ANTISEPTIC;
    Scope scope =
        antiseptic
            ? INJECTION
            : Scope.builder()
                .addInterventionKind(InterventionKind.INJECTION)
                .addMedicationClass(medicationClass)
                .build();
    Fact planElement = antiseptic ? Fact.PLAN_ANTISEPTIC : Fact.PLAN_COMPONENTS;
    RuleDescription description =
        describe(id, title)
            .scope(scope)
            .addReads(Fact.ALLERGY, Fact.ALLERGIES, planElement)
            .severity(Severity.CONTRAINDICATION)
            .concern(Concern.MODIFY)
            .action(action)
            .rationale(
                "A known allergy or sensitivity to a planned agent ("
                    + medicationClass.code()
                    + ") is a reason not to use that agent. The allergy may name the medication,"
                    + " its class, or an allergy group it belongs to. An allergy recorded in words"
                    + " the catalog could not resolve might name any agent, so it leaves the rule"
                    + " indeterminate unless another allergy already flags it; a patient known to"
                    + " have no allergies clears the rule.")
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build();
    return Rule.of(description, context -> allergy(context, medicationClass, planElement));
  }

  private static Outcome allergy(CheckContext context, MedicationClass medicationClass, Fact planElement) {
    // A patient known to have no allergies clears the rule whatever the plan leaves out: no agent
    // the plan could add would meet an allergy.
    Presence presence = context.presence(Fact.ALLERGY);
    if (presence == Presence.ABSENT) {
      return Outcome.notFlagged();
    }
    TreatmentPlan plan = context.plan();
    // Read the antiseptic only for the antiseptic rule: each Optional accessor call may allocate.
    Optional<Medication> antiseptic =
        planElement == Fact.PLAN_ANTISEPTIC ? plan.antiseptic() : Optional.empty();
    if (planElement == Fact.PLAN_ANTISEPTIC && antiseptic.isEmpty()) {
      return Outcome.indeterminate(Fact.PLAN_ANTISEPTIC);
    }
    if (presence == Presence.UNKNOWN) {
      return Outcome.indeterminate(Fact.ALLERGY);
    }
    List<Allergy> allergies = context.profile().allergies();
    if (allergies.isEmpty()) {
      return Outcome.indeterminate(Fact.ALLERGIES);
    }
    if (planElement == Fact.PLAN_ANTISEPTIC) {
      return allergyTo(antiseptic.get(), allergies, planElement);
    }
    // A flag on any planned agent wins over an indeterminate one on another.
    Outcome result = Outcome.notFlagged();
    List<MedicationComponent> components = plan.components();
    for (int i = 0; i < components.size(); i++) {
      Medication medication = components.get(i).medication();
      if (medication.medicationClass() == medicationClass) {
        Outcome outcome = allergyTo(medication, allergies, planElement);
        if (outcome.status() == Status.FLAGGED) {
          return outcome;
        }
        if (outcome.status() == Status.INDETERMINATE) {
          result = outcome;
        }
      }
    }
    return result;
  }

  /**
   * Flags the first resolved allergy that matches the medication. Without a match, an unresolved
   * allergy leaves the rule indeterminate: it might name this very medication, so it cannot clear.
   */
  private static Outcome allergyTo(Medication medication, List<Allergy> allergies, Fact planElement) {
    boolean unresolved = false;
    for (int i = 0; i < allergies.size(); i++) {
      Allergy allergy = allergies.get(i);
      if (allergy.matches(medication)) {
        return Outcome.flagged(
            List.of(
                Assess.present(Fact.ALLERGY),
                new FactValue(Fact.ALLERGIES, allergy),
                new FactValue(planElement, medication.id())),
            List.of());
      }
      unresolved |= !allergy.isResolved();
    }
    return unresolved ? Outcome.indeterminate(Fact.ALLERGIES) : Outcome.notFlagged();
  }

  private static Outcome uncontrolledAnticoagulation(CheckContext context) {
    Presence use = context.presence(Fact.BLOOD_THINNER_USE);
    if (use == Presence.ABSENT) {
      return Outcome.notFlagged();
    }
    if (use == Presence.UNKNOWN) {
      return Outcome.indeterminate(Fact.BLOOD_THINNER_USE);
    }
    PatientProfile profile = context.profile();
    Protocol protocol = context.protocol();
    Optional<ControlStatement> statement = context.currentStatement(profile.anticoagulationControl());
    if (statement.isPresent() && statement.get().control() == Control.NOT_CONTROLLED) {
      return Outcome.flagged(
          List.of(
              new FactValue(Fact.BLOOD_THINNERS, ids(profile.bloodThinners())),
              new FactValue(Fact.ANTICOAGULATION_CONTROL, statement.get())),
          context.thresholds().statementAge);
    }
    List<Medication> thinners = profile.bloodThinners();
    Optional<Measurement> inr =
        anyAnticoagulantPossible(thinners)
            ? context.current(profile.inr(), protocol.inrMaxAgeDays())
            : Optional.empty();
    if (inr.isPresent() && inr.get().standardValue().compareTo(protocol.maxInr()) > 0) {
      return Outcome.flagged(
          List.of(new FactValue(Fact.BLOOD_THINNERS, ids(thinners)), new FactValue(Fact.INR, inr.get())),
          context.thresholds().inr);
    }
    if (statement.isPresent()) {
      return Outcome.notFlagged();
    }
    if (inr.isPresent() && onlyAnticoagulants(thinners)) {
      return Outcome.notFlagged();
    }
    return missingForAnticoagulation(thinners, inr.isPresent());
  }

  /**
   * What would settle the anticoagulation rule when neither a statement nor an INR has: a current
   * statement always would. When which blood thinners is not known, naming them would too (a current
   * INR in range then clears if all are anticoagulants), and without a current INR that INR as well.
   * When all named thinners are anticoagulants, an INR would; with an antiplatelet among them, only
   * the statement can, as an INR says nothing about antiplatelets.
   */
  private static Outcome missingForAnticoagulation(List<Medication> thinners, boolean currentInr) {
    if (thinners.isEmpty()) {
      return currentInr
          ? Outcome.indeterminate(Fact.BLOOD_THINNERS, Fact.ANTICOAGULATION_CONTROL)
          : Outcome.indeterminate(Fact.BLOOD_THINNERS, Fact.INR, Fact.ANTICOAGULATION_CONTROL);
    }
    return onlyAnticoagulants(thinners)
        ? Outcome.indeterminate(Fact.INR, Fact.ANTICOAGULATION_CONTROL)
        : Outcome.indeterminate(Fact.ANTICOAGULATION_CONTROL);
  }

  /**
   * An INR can show an anticoagulant out of range when one may be taken: some named blood thinner is
   * an anticoagulant, or which ones is not known.
   */
  private static boolean anyAnticoagulantPossible(List<Medication> thinners) {
    if (thinners.isEmpty()) {
      return true;
    }
    for (int i = 0; i < thinners.size(); i++) {
      if (thinners.get(i).medicationClass() == MedicationClass.ANTICOAGULANT) {
        return true;
      }
    }
    return false;
  }

  /**
   * An INR in range settles the rule only when every named blood thinner is an anticoagulant; it
   * says nothing about antiplatelets, and nothing when which thinners is unknown.
   */
  private static boolean onlyAnticoagulants(List<Medication> thinners) {
    if (thinners.isEmpty()) {
      return false;
    }
    for (int i = 0; i < thinners.size(); i++) {
      if (thinners.get(i).medicationClass() != MedicationClass.ANTICOAGULANT) {
        return false;
      }
    }
    return true;
  }

  private static List<String> ids(List<Medication> medications) {
    if (medications.size() == 1) {
      return List.of(medications.get(0).id());
    }
    if (medications.size() == 2) {
      return List.of(medications.get(0).id(), medications.get(1).id());
    }
    List<String> ids = new ArrayList<>(medications.size());
    for (int i = 0; i < medications.size(); i++) {
      ids.add(medications.get(i).id());
    }
    return ids;
  }

  /**
   * Current evidence of glucose control settles the rule whatever the diabetes fact says: a high
   * HbA1c or a "not controlled" statement flags (a high HbA1c without recorded diabetes still means
   * poorly controlled glucose), an HbA1c within the limit or a "controlled" statement clears. Only
   * without such evidence does the diabetes fact decide: absent clears, present or unknown leaves the
   * rule indeterminate.
   */
  private static Outcome steroidWithPoorlyControlledDiabetes(CheckContext context) {
    Presence diabetes = context.presence(Fact.DIABETES);
    PatientProfile profile = context.profile();
    Protocol protocol = context.protocol();
    Optional<ControlStatement> statement = context.currentStatement(profile.diabetesControl());
    if (statement.isPresent() && statement.get().control() == Control.NOT_CONTROLLED) {
      return Outcome.flagged(
          List.of(
              Assess.value(Fact.DIABETES, diabetes),
              new FactValue(Fact.DIABETES_CONTROL, statement.get())),
          context.thresholds().statementAge);
    }
    Optional<Measurement> hba1c = context.current(profile.hba1c(), protocol.hba1cMaxAgeDays());
    if (hba1c.isPresent()) {
      Measurement measured = hba1c.get();
      // The limit is in percent: an HbA1c in mmol/mol is compared converted, and the basis shows
      // both the value as measured and the percent it was compared as.
      Measurement percent = measured.inStandardUnit();
      if (percent.value().compareTo(protocol.maxHba1cPercent()) > 0) {
        FactValue diabetesValue = Assess.value(Fact.DIABETES, diabetes);
        FactValue measuredValue = new FactValue(Fact.HBA1C, measured);
        return Outcome.flagged(
            percent == measured
                ? List.of(diabetesValue, measuredValue)
                : List.of(diabetesValue, measuredValue, new FactValue(Fact.HBA1C, percent)),
            context.thresholds().hba1c);
      }
      return Outcome.notFlagged();
    }
    if (statement.isPresent() || diabetes == Presence.ABSENT) {
      return Outcome.notFlagged();
    }
    return diabetes == Presence.UNKNOWN
        ? Outcome.indeterminate(Fact.DIABETES, Fact.HBA1C, Fact.DIABETES_CONTROL)
        : Outcome.indeterminate(Fact.HBA1C, Fact.DIABETES_CONTROL);
  }

  private static Outcome recentArthroplasty(CheckContext context) {
    Outcome settled = Assess.settledWithoutSurgeryDetails(context);
    if (settled != null) {
      return settled;
    }
    List<HipSurgery> surgeries = context.profile().hipSurgeries();
    int minDays = context.protocol().minDaysSinceArthroplasty();
    Side side = context.plan().side();
    boolean unsettled = false;
    for (int i = 0; i < surgeries.size(); i++) {
      HipSurgery surgery = surgeries.get(i);
      if (surgery.kind() != HipSurgeryKind.ARTHROPLASTY) {
        continue;
      }
      // Each Optional accessor call may allocate: read each once.
      Optional<Side> surgerySide = surgery.side();
      if (surgerySide.isPresent() && surgerySide.get() != side) {
        continue;
      }
      Optional<LocalDate> date = surgery.date();
      // The interval runs to the procedure date; a surgery dated after the check or the procedure
      // is a data error, which settles nothing.
      if (surgerySide.isEmpty() || date.isEmpty() || context.isAfterJudgedDate(date.get())) {
        unsettled = true;
      } else if (context.daysSince(date.get()) < minDays) {
        return Outcome.flagged(
            List.of(
                new FactValue(Fact.HIP_SURGERY_DETAILS, surgery),
                Assess.planSide(side)),
            context.thresholds().arthroplasty);
      }
    }
    return unsettled ? Outcome.indeterminate(Fact.HIP_SURGERY_DETAILS) : Outcome.notFlagged();
  }

  private static Outcome landmarkIntraArticular(CheckContext context) {
    TreatmentPlan plan = context.plan();
    if (plan.modality().imaging() || context.protocol().landmarkAcceptableForIntraArticular()) {
      return Outcome.notFlagged();
    }
    return Outcome.flagged(
        List.of(
            new FactValue(Fact.PLAN_MODALITY, plan.modality().id()),
            new FactValue(Fact.PLAN_TARGET, plan.target().id())),
        Thresholds.LANDMARK_NOT_ACCEPTABLE);
  }

  private static Outcome contrastWithoutFluoroscopy(CheckContext context) {
    TreatmentPlan plan = context.plan();
    if (plan.modality().contrast() != ContrastUse.NONE) {
      return Outcome.notFlagged();
    }
    List<String> contrast = new ArrayList<>(1);
    List<MedicationComponent> components = plan.components();
    for (int i = 0; i < components.size(); i++) {
      Medication medication = components.get(i).medication();
      if (medication.medicationClass() == MedicationClass.CONTRAST_AGENT) {
        contrast.add(medication.id());
      }
    }
    return Outcome.flagged(
        new FactValue(Fact.PLAN_COMPONENTS, contrast),
        new FactValue(Fact.PLAN_MODALITY, plan.modality().id()));
  }

  private static Outcome conditionNotIndicated(CheckContext context) {
    TreatmentPlan plan = context.plan();
    if (plan.intervention().indications().contains(plan.condition().id())) {
      return Outcome.notFlagged();
    }
    return Outcome.flagged(
        new FactValue(Fact.PLAN_CONDITION, plan.condition().id()),
        new FactValue(Fact.PLAN_INTERVENTION, plan.intervention().id()));
  }

  private static final List<Fact> PAIN_FACTS =
      List.of(Fact.SEVERE_ACUTE_PAIN, Fact.RAPIDLY_WORSENING_PAIN, Fact.PERSISTENT_PAIN);

  private static Outcome painNeedsPhysician(CheckContext context) {
    Presence evaluated = context.presence(Fact.PHYSICIAN_EVALUATED);
    if (evaluated == Presence.PRESENT) {
      return Outcome.notFlagged();
    }
    Outcome pain = Assess.anyPresent(context, PAIN_FACTS);
    if (pain.status() == Status.INDETERMINATE && evaluated == Presence.UNKNOWN) {
      // An evaluation by a physician would settle the rule as well as the unknown pain facts.
      List<Fact> missing = new ArrayList<>(pain.missing());
      missing.add(Fact.PHYSICIAN_EVALUATED);
      return Outcome.indeterminate(missing);
    }
    if (pain.status() != Status.FLAGGED) {
      return pain;
    }
    if (evaluated == Presence.UNKNOWN) {
      return Outcome.indeterminate(Fact.PHYSICIAN_EVALUATED);
    }
    List<FactValue> basis = new ArrayList<>(pain.facts());
    basis.add(Assess.value(Fact.PHYSICIAN_EVALUATED, Presence.ABSENT));
    return Outcome.flagged(basis, List.of());
  }
}
