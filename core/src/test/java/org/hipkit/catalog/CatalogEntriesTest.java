package org.hipkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hipkit.anatomy.AnatomicalStructure;
import org.hipkit.anatomy.Target;
import org.hipkit.condition.Condition;
import org.hipkit.error.InvalidValueException;
import org.hipkit.guidance.ContrastUse;
import org.hipkit.guidance.GuidanceModality;
import org.hipkit.intervention.Alternative;
import org.hipkit.intervention.EvidenceStatement;
import org.hipkit.intervention.Intervention;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.intervention.ProcedureStep;
import org.hipkit.intervention.Risk;
import org.hipkit.intervention.SessionPattern;
import org.hipkit.medication.AllergyGroup;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.medication.Route;
import org.hipkit.quantity.CountRange;
import org.junit.jupiter.api.Test;

/**
 * Every kind of catalog entry refuses, with the field named, what the sources could not describe: a
 * clinic that adds its own entries gets the same checks as the standard ones.
 */
class CatalogEntriesTest {

  private static final HipCatalog STANDARD = HipCatalog.standard();

  private static void invalid(ThrowingCallable build, String typeAndField) {
    assertThatThrownBy(build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid " + typeAndField + ":");
  }

  @Test
  void everyEntry_needsAKebabIdANameADescriptionAndASource() {
    AnatomicalStructure s = STANDARD.structure("piriformis");
    Target t = STANDARD.target("lateral-hip");
    Condition c = STANDARD.condition("synovitis");
    Medication m = STANDARD.medication("lidocaine");
    GuidanceModality g = STANDARD.modality("ultrasound");
    Intervention i = STANDARD.intervention("acupuncture");
    Alternative a = STANDARD.alternatives().get(0);

    invalid(() -> AnatomicalStructure.builder().from(s).id("Piriformis").build(), "AnatomicalStructure.id");
    invalid(() -> AnatomicalStructure.builder().from(s).name(" ").build(), "AnatomicalStructure.name");
    invalid(() -> AnatomicalStructure.builder().from(s).description("").build(), "AnatomicalStructure.description");
    invalid(() -> AnatomicalStructure.builder().from(s).sources(List.of()).build(), "AnatomicalStructure.sources");
    invalid(() -> Target.builder().from(t).id("lateral hip").build(), "Target.id");
    invalid(() -> Target.builder().from(t).sources(List.of()).build(), "Target.sources");
    invalid(() -> Condition.builder().from(c).name("").build(), "Condition.name");
    invalid(() -> Condition.builder().from(c).sources(List.of()).build(), "Condition.sources");
    invalid(() -> Medication.builder().from(m).description(" ").build(), "Medication.description");
    invalid(() -> Medication.builder().from(m).sources(List.of()).build(), "Medication.sources");
    invalid(() -> GuidanceModality.builder().from(g).id("-ultrasound").build(), "GuidanceModality.id");
    invalid(() -> GuidanceModality.builder().from(g).sources(List.of()).build(), "GuidanceModality.sources");
    invalid(() -> Intervention.builder().from(i).name(" ").build(), "Intervention.name");
    invalid(() -> Intervention.builder().from(i).sources(List.of()).build(), "Intervention.sources");
    invalid(() -> Alternative.builder().from(a).id("A").build(), "Alternative.id");
    invalid(() -> Alternative.builder().from(a).sources(List.of()).build(), "Alternative.sources");
    assertThatThrownBy(() -> Condition.builder().from(c).sources(List.of()).build())
        .hasMessageContaining("must cite at least one source for 'synovitis'");
  }

  @Test
  void referencesInsideAnEntry_areKebabIds() {
    invalid(
        () -> AnatomicalStructure.builder().from(STANDARD.structure("femoral-head")).partOf("Hip Joint").build(),
        "AnatomicalStructure.partOf");
    invalid(
        () -> AnatomicalStructure.builder().from(STANDARD.structure("hip-joint")).addConditions("Synovitis").build(),
        "AnatomicalStructure.conditions");
    invalid(() -> Target.builder().from(STANDARD.target("lateral-hip")).addReaches("Bursa").build(), "Target.reaches");
    invalid(
        () -> Target.builder().from(STANDARD.target("lateral-hip")).addStructuresAtRisk("Nerve").build(),
        "Target.structuresAtRisk");
    invalid(() -> Condition.builder().from(STANDARD.condition("synovitis")).addStructures("Joint").build(), "Condition.structures");
    invalid(
        () -> Alternative.builder().from(STANDARD.alternatives().get(0)).addConditions("Pain").build(),
        "Alternative.conditions");
    invalid(
        () -> Medication.builder().from(STANDARD.medication("lidocaine")).addAllergyGroups("Amide").build(),
        "Medication.allergyGroups");
    Intervention i = STANDARD.intervention("corticosteroid-injection");
    invalid(() -> Intervention.builder().from(i).addIndications("Pain").build(), "Intervention.indications");
    invalid(() -> Intervention.builder().from(i).addTargets("Joint").build(), "Intervention.targets");
    invalid(() -> Intervention.builder().from(i).addModalities("US").build(), "Intervention.modalities");
    invalid(() -> Intervention.builder().from(i).addAlternatives("Rest").build(), "Intervention.alternatives");
  }

  @Test
  void aStructure_isNotPartOfItself_andDefaultsToSidedAndNotAtRisk() {
    AnatomicalStructure joint = STANDARD.structure("hip-joint");

    invalid(() -> AnatomicalStructure.builder().from(joint).partOf("hip-joint").build(), "AnatomicalStructure.partOf");
    AnatomicalStructure plain =
        AnatomicalStructure.builder()
            .id("clinic-muscle")
            .name("Clinic muscle")
            .description("A muscle the clinic names.")
            .kind(joint.kind())
            .region(joint.region())
            .depth(joint.depth())
            .addAllSources(joint.sources())
            .build();
    assertThat(plain.sided()).isTrue();
    assertThat(plain.atRisk()).isFalse();
    assertThat(plain.partOf()).isEmpty();
    assertThat(plain).hasToString("AnatomicalStructure[clinic-muscle]");
    assertThat(STANDARD.structure("femoral-head").partOf()).hasValue("hip-joint");
  }

  @Test
  void aTarget_reachesAtLeastOneStructure() {
    invalid(() -> Target.builder().from(STANDARD.target("lateral-hip")).reaches(List.of()).build(), "Target.reaches");
    assertThat(STANDARD.target("lateral-hip")).hasToString("Target[lateral-hip]");
  }

  @Test
  void aModalityWithoutImages_isNeitherRealTimeNorUsesContrast() {
    GuidanceModality landmark = STANDARD.modality("landmark");
    GuidanceModality ultrasound = STANDARD.modality("ultrasound");

    invalid(() -> GuidanceModality.builder().from(landmark).realTime(true).build(), "GuidanceModality.realTime");
    invalid(
        () -> GuidanceModality.builder().from(landmark).contrast(ContrastUse.OPTIONAL).build(),
        "GuidanceModality.contrast");
    assertThat(GuidanceModality.builder().from(ultrasound).contrast(ContrastUse.OPTIONAL).realTime(true).build().realTime())
        .isTrue();
    assertThat(landmark.realTime()).isFalse();
    assertThat(ultrasound).hasToString("GuidanceModality[ultrasound]");
  }

  @Test
  void aMedication_hasRoutes_eachOnce() {
    Medication lidocaine = STANDARD.medication("lidocaine");

    invalid(() -> Medication.builder().from(lidocaine).routes(List.of()).build(), "Medication.routes");
    invalid(
        () -> Medication.builder().from(lidocaine).routes(List.of(Route.INTRA_ARTICULAR, Route.INTRA_ARTICULAR)).build(),
        "Medication.routes");
    assertThat(lidocaine).hasToString("Medication[lidocaine]");
  }

  @Test
  void anIntervention_listsPurposesIndicationsTargetsAndModalities() {
    Intervention i = STANDARD.intervention("corticosteroid-injection");

    invalid(() -> Intervention.builder().from(i).purposes(List.of()).build(), "Intervention.purposes");
    invalid(() -> Intervention.builder().from(i).indications(List.of()).build(), "Intervention.indications");
    invalid(() -> Intervention.builder().from(i).targets(List.of()).build(), "Intervention.targets");
    invalid(() -> Intervention.builder().from(i).modalities(List.of()).build(), "Intervention.modalities");
    assertThat(i).hasToString("Intervention[corticosteroid-injection]");
  }

  @Test
  void anInjection_namesItsPrincipalClasses_amongTheClassesItInjects_andNeedlingInjectsNothing() {
    Intervention injection = STANDARD.intervention("corticosteroid-injection");
    Intervention needling = STANDARD.intervention("acupuncture");

    invalid(
        () -> Intervention.builder().from(injection).principalMedicationClasses(List.of()).build(),
        "Intervention.principalMedicationClasses");
    invalid(
        () -> Intervention.builder().from(injection).addPrincipalMedicationClass(MedicationClass.BIOLOGIC).build(),
        "Intervention.principalMedicationClasses");
    invalid(
        () -> Intervention.builder().from(needling).addMedicationClass(MedicationClass.LOCAL_ANESTHETIC).build(),
        "Intervention.medicationClasses");
    assertThat(needling.kind()).isEqualTo(InterventionKind.NEEDLING);
    assertThat(needling.principalMedicationClasses()).isEmpty();
    assertThat(injection.allows(MedicationClass.CONTRAST_AGENT)).isTrue();
    assertThat(injection.allows(MedicationClass.BIOLOGIC)).isFalse();
    assertThat(needling.allows(MedicationClass.LOCAL_ANESTHETIC)).isFalse();
  }

  @Test
  void anIntervention_namesEachStepRiskAndEvidenceStatementOnce() {
    Intervention i = STANDARD.intervention("corticosteroid-injection");
    ProcedureStep step = i.procedure().get(0);
    Risk risk = i.risks().get(0);
    EvidenceStatement evidence = i.evidence().get(0);

    invalid(() -> Intervention.builder().from(i).addProcedure(step).build(), "Intervention.procedure");
    invalid(() -> Intervention.builder().from(i).addRisk(risk).build(), "Intervention.risks");
    invalid(() -> Intervention.builder().from(i).addEvidence(evidence).build(), "Intervention.evidence");
    assertThatThrownBy(() -> Intervention.builder().from(i).addRisk(risk).build())
        .hasMessageEndingWith("(was " + risk.id() + ")");
  }

  @Test
  void partsOfAnIntervention_needIdsTextAndSources() {
    Intervention i = STANDARD.intervention("corticosteroid-injection");
    ProcedureStep step = i.procedure().get(0);
    Risk risk = i.risks().get(0);
    EvidenceStatement evidence = i.evidence().get(0);
    SessionPattern pattern = i.sessionPattern();

    invalid(() -> ProcedureStep.builder().from(step).id("Step 1").build(), "ProcedureStep.id");
    invalid(() -> ProcedureStep.builder().from(step).sources(List.of()).build(), "ProcedureStep.sources");
    invalid(() -> Risk.builder().from(risk).description(" ").build(), "Risk.description");
    invalid(() -> Risk.builder().from(risk).sources(List.of()).build(), "Risk.sources");
    invalid(() -> EvidenceStatement.builder().from(evidence).statement(" ").build(), "EvidenceStatement.description");
    invalid(() -> EvidenceStatement.builder().from(evidence).sources(List.of()).build(), "EvidenceStatement.sources");
    invalid(() -> EvidenceStatement.builder().from(evidence).addConditions("OA").build(), "EvidenceStatement.conditions");
    invalid(() -> EvidenceStatement.builder().from(evidence).addModalities("US").build(), "EvidenceStatement.modalities");
    invalid(() -> SessionPattern.builder().from(pattern).sessions(CountRange.of(0, 0)).build(), "SessionPattern.sessions");
    invalid(() -> SessionPattern.builder().from(pattern).description(" ").build(), "SessionPattern.description");
    assertThat(SessionPattern.builder().from(pattern).sessions(CountRange.exactly(1)).build().sessions().max()).isEqualTo(1);
    ProcedureStep plain =
        ProcedureStep.builder().id("plain-step").description("A step.").addAllSources(step.sources()).build();
    assertThat(plain.optional()).isFalse();
    assertThat(i.procedure()).anyMatch(ProcedureStep::optional);
  }

  @Test
  void freeTextsOfEveryEntry_refuseControlCharacters_namingTheField() {
    String forged = "ok\nINJECTION CLEARED";
    Intervention i = STANDARD.intervention("corticosteroid-injection");
    AnatomicalStructure s = STANDARD.structure("hip-joint");
    GuidanceModality g = STANDARD.modality("ultrasound");
    Medication m = STANDARD.medication("lidocaine");
    Condition c = STANDARD.condition("synovitis");
    Alternative a = STANDARD.alternatives().get(0);
    Risk r = i.risks().get(0);

    invalid(() -> Intervention.builder().from(i).addVariants(forged).build(), "Intervention.variants");
    invalid(() -> Intervention.builder().from(i).addNotes(forged).build(), "Intervention.notes");
    invalid(() -> Intervention.builder().from(i).practitioner(forged).build(), "Intervention.practitioner");
    invalid(() -> AnatomicalStructure.builder().from(s).addNotes(forged).build(), "AnatomicalStructure.notes");
    invalid(() -> GuidanceModality.builder().from(g).addSuitedFor(forged).build(), "GuidanceModality.suitedFor");
    invalid(() -> GuidanceModality.builder().from(g).addLimitations(forged).build(), "GuidanceModality.limitations");
    invalid(() -> Medication.builder().from(m).addSystemicEffects(forged).build(), "Medication.systemicEffects");
    invalid(() -> Medication.builder().from(m).addRegulatoryNotes(forged).build(), "Medication.regulatoryNotes");
    invalid(() -> Medication.builder().from(m).addNotes(forged).build(), "Medication.notes");
    invalid(() -> Condition.builder().from(c).addSynonyms(forged).build(), "Condition.synonyms");
    invalid(() -> Condition.builder().from(c).addCauses(forged).build(), "Condition.causes");
    invalid(() -> Condition.builder().from(c).addNotes(forged).build(), "Condition.notes");
    invalid(() -> Alternative.builder().from(a).addExamples(forged).build(), "Alternative.examples");
    invalid(() -> Risk.builder().from(r).addAggravatingFactors(forged).build(), "Risk.aggravatingFactors");
    // The same texts without the line break are accepted.
    assertThat(Intervention.builder().from(i).practitioner("A physiotherapist").build().practitioner())
        .hasValue("A physiotherapist");
  }

  @Test
  void anAllergyGroup_needsTheFieldsOfEveryEntry_andPrintsItsId() {
    AllergyGroup amides = STANDARD.allergyGroups().get(0);

    invalid(() -> AllergyGroup.builder().from(amides).id("Amides").build(), "AllergyGroup.id");
    invalid(() -> AllergyGroup.builder().from(amides).sources(List.of()).build(), "AllergyGroup.sources");
    assertThat(amides).hasToString("AllergyGroup[" + amides.id() + "]");
  }

  @Test
  void aSessionPattern_countsAtMost52Sessions() {
    SessionPattern pattern = STANDARD.intervention("corticosteroid-injection").sessionPattern();

    assertThat(SessionPattern.builder().from(pattern).sessions(CountRange.of(1, SessionPattern.MAX_SESSIONS)).build()
            .maxPlannedSessions())
        .isEqualTo(52);
    assertThatThrownBy(() -> SessionPattern.builder().from(pattern).sessions(CountRange.of(1, 53)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid SessionPattern.sessions: must count at most 52 sessions");
  }

  @Test
  void entriesOfTheStandardCatalog_printTheirIds() {
    assertThat(STANDARD.condition("synovitis")).hasToString("Condition[synovitis]");
    Alternative a = STANDARD.alternatives().get(0);
    assertThat(a).hasToString("Alternative[" + a.id() + "]");
    assertThat(STANDARD.medication("lidocaine").routes()).isNotEmpty();
    assertThat(Optional.of(STANDARD.medication("lidocaine").medicationClass())).hasValue(MedicationClass.LOCAL_ANESTHETIC);
  }
}
