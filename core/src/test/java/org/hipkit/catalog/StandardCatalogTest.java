package org.hipkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hipkit.anatomy.AnatomicalStructure;
import org.hipkit.anatomy.Target;
import org.hipkit.error.UnknownIdException;
import org.hipkit.guidance.ContrastUse;
import org.hipkit.guidance.GuidanceModality;
import org.hipkit.intervention.EvidenceDirection;
import org.hipkit.intervention.Intervention;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.intervention.ProcedureStep;
import org.hipkit.intervention.Risk;
import org.hipkit.intervention.SessionPattern;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.quantity.RangeBasis;
import org.hipkit.quantity.TimeUnit;
import org.hipkit.source.CatalogEntry;
import org.hipkit.source.CodeSystem;
import org.hipkit.source.StandardCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Example tests of the standard catalog that a reader can check against the source documents; each
 * test names the source file it follows.
 */
class StandardCatalogTest {

  private static final HipCatalog CATALOG = HipCatalog.standard();

  @Nested
  class Medications {

    @Test
    void hyaluronicAcid_regulatoryNote_saysOffLabelInHipAndApprovedForKnee_source000() {
      Medication ha = CATALOG.medication("hyaluronic-acid");

      assertThat(ha.medicationClass()).isEqualTo(MedicationClass.VISCOSUPPLEMENT);
      assertThat(ha.regulatoryNotes())
          .anySatisfy(
              note ->
                  assertThat(note).containsIgnoringCase("off-label").contains("hip").contains("knee"));
      assertThat(ha.sources()).contains(StandardSources.GEL_SHOTS);
    }

    @Test
    void hyaluronicAcid_takesSeveralWeeksAndLastsAboutSixMonths_source000() {
      Medication ha = CATALOG.medication("hyaluronic-acid");

      assertThat(ha.onset()).hasValueSatisfying(r -> assertThat(r.phrase()).hasValue("several weeks"));
      assertThat(ha.duration())
          .hasValueSatisfying(
              r -> {
                assertThat(r.unit()).isEqualTo(TimeUnit.MONTHS);
                assertThat(r.low()).isEqualTo(6);
              });
    }

    @Test
    void corticosteroids_raiseBloodGlucoseTransiently_source001and002() {
      List<Medication> steroids = CATALOG.medicationsOf(MedicationClass.CORTICOSTEROID);

      assertThat(steroids).extracting(Medication::id).containsExactly("triamcinolone", "betamethasone");
      assertThat(steroids)
          .allSatisfy(
              m ->
                  assertThat(m.systemicEffects())
                      .anySatisfy(e -> assertThat(e).containsIgnoringCase("glucose")));
    }

    @Test
    void corticosteroid_actsAfterAFewDaysForWeeksToMonths_source002() {
      Medication triamcinolone = CATALOG.medication("triamcinolone");

      assertThat(triamcinolone.onset()).hasValueSatisfying(r -> assertThat(r.phrase()).hasValue("a few days"));
      assertThat(triamcinolone.duration())
          .hasValueSatisfying(r -> assertThat(r.phrase()).hasValue("weeks to months"));
    }

    @Test
    void lidocaine_actsWithinMinutesForAFewHours_source002() {
      Medication lidocaine = CATALOG.medication("lidocaine");

      assertThat(lidocaine.onset()).hasValueSatisfying(r -> assertThat(r.phrase()).hasValue("within minutes"));
      assertThat(lidocaine.duration()).hasValueSatisfying(r -> assertThat(r.phrase()).hasValue("a few hours"));
      assertThat(lidocaine.leadTime()).isEmpty();
    }

    @Test
    void numbingCream_goesOnThirtyToSixtyMinutesBefore_source002() {
      Medication prilocaine = CATALOG.medication("prilocaine");

      assertThat(prilocaine.leadTime())
          .hasValueSatisfying(
              r -> {
                assertThat(r.low()).isEqualTo(30);
                assertThat(r.high()).isEqualTo(60);
                assertThat(r.unit()).isEqualTo(TimeUnit.MINUTES);
                assertThat(r.basis()).isEqualTo(RangeBasis.STATED);
              });
    }

    @Test
    void antiseptics_arePovidoneIodineAndChlorhexidine_source002() {
      assertThat(CATALOG.medicationsOf(MedicationClass.ANTISEPTIC))
          .extracting(Medication::id)
          .containsExactly("povidone-iodine", "chlorhexidine");
      assertThat(CATALOG.medication("povidone-iodine").allergyGroups()).contains("iodine");
    }

    @Test
    void bloodThinners_mayBeHeldForAFewDaysBefore_source002() {
      assertThat(List.of(CATALOG.medication("aspirin"), CATALOG.medication("warfarin")))
          .allSatisfy(
              m -> assertThat(m.notes()).anySatisfy(n -> assertThat(n).contains("a few days")));
    }
  }

  @Nested
  class Modalities {

    @Test
    void ultrasound_hasNoIonizingRadiationAndShowsNervesAndVessels_source002() {
      GuidanceModality ultrasound = CATALOG.modality("ultrasound");

      assertThat(ultrasound.ionizingRadiation()).isFalse();
      assertThat(ultrasound.showsNervesAndVessels()).isTrue();
      assertThat(ultrasound.showsSoftTissue()).isTrue();
      assertThat(ultrasound.realTime()).isTrue();
      assertThat(ultrasound.portable()).isTrue();
    }

    @Test
    void ultrasound_suitsPregnancyChildrenAndRepeatedInjections_source002() {
      assertThat(String.join(" | ", CATALOG.modality("ultrasound").suitedFor()))
          .contains("pregnant")
          .contains("children")
          .contains("repeated injections");
    }

    @Test
    void fluoroscopy_usesContrastOptionallyAndIonizingRadiation_source001() {
      GuidanceModality fluoroscopy = CATALOG.modality("fluoroscopy");

      assertThat(fluoroscopy.contrast()).isEqualTo(ContrastUse.OPTIONAL);
      assertThat(fluoroscopy.ionizingRadiation()).isTrue();
      assertThat(fluoroscopy.realTime()).isTrue();
    }

    @Test
    void modalitiesWithoutIonizingRadiation_areUltrasoundAndLandmark() {
      assertThat(CATALOG.modalitiesWithoutIonizingRadiation())
          .extracting(GuidanceModality::id)
          .containsExactly("ultrasound", "landmark");
    }
  }

  @Nested
  class AnatomyAndTargets {

    @Test
    void targetsNeedingImaging_containIntraArticularHip_source000() {
      assertThat(CATALOG.targetsNeedingImaging()).extracting(Target::id).contains("intra-articular-hip");
    }

    @Test
    void intraArticularHip_putsFemoralVesselsAndNerveAtRisk_source002() {
      Target joint = CATALOG.target("intra-articular-hip");

      assertThat(CATALOG.structuresAtRiskFor(joint))
          .extracting(AnatomicalStructure::id)
          .containsExactlyInAnyOrder("femoral-artery", "femoral-vein", "femoral-nerve");
    }

    @Test
    void piriformisTriggerPoints_putSciaticNerveAtRisk_source004() {
      assertThat(CATALOG.target("piriformis-trigger-points").structuresAtRisk()).contains("sciatic-nerve");
    }

    @Test
    void partsOfTheHipJoint_namePartOfHipJoint() {
      assertThat(
              Stream.of("femoral-head", "acetabulum", "articular-cartilage", "acetabular-labrum")
                  .map(CATALOG::structure))
          .allSatisfy(s -> assertThat(s.partOf()).hasValue("hip-joint"));
    }

    @Test
    void structuresAtRisk_areNervesAndVessels() {
      assertThat(CATALOG.structuresAtRisk())
          .extracting(AnatomicalStructure::id)
          .containsExactly("sciatic-nerve", "femoral-artery", "femoral-vein", "femoral-nerve");
    }
  }

  @Nested
  class InterventionsAndLookups {

    @Test
    void acupuncture_isOneToTwoAWeekForFourToEightWeeksThenMonthly_source003() {
      SessionPattern pattern = CATALOG.intervention("acupuncture").sessionPattern();

      assertThat(pattern.frequency())
          .hasValueSatisfying(
              f -> {
                assertThat(f.count().min()).isEqualTo(1);
                assertThat(f.count().max()).isEqualTo(2);
                assertThat(f.per()).isEqualTo(TimeUnit.WEEKS);
              });
      assertThat(pattern.courseLength())
          .hasValueSatisfying(
              r -> {
                assertThat(r.low()).isEqualTo(4);
                assertThat(r.high()).isEqualTo(8);
                assertThat(r.unit()).isEqualTo(TimeUnit.WEEKS);
              });
      assertThat(pattern.maintenanceInterval())
          .hasValueSatisfying(
              r -> {
                assertThat(r.low()).isEqualTo(1);
                assertThat(r.unit()).isEqualTo(TimeUnit.MONTHS);
              });
      assertThat(pattern.sessions().min()).isEqualTo(4);
      assertThat(pattern.sessions().max()).isEqualTo(16);
    }

    @Test
    void interventionsForGreaterTrochantericPainSyndrome_includeCorticosteroidInjection_source001() {
      assertThat(CATALOG.interventionsFor("greater-trochanteric-pain-syndrome"))
          .extracting(Intervention::id)
          .contains("corticosteroid-injection");
    }

    @Test
    void interventionsForHipOsteoarthritis_includeEveryIntervention() {
      assertThat(CATALOG.interventionsFor("hip-osteoarthritis"))
          .extracting(Intervention::id)
          .containsExactly(
              "corticosteroid-injection",
              "hyaluronic-acid-injection",
              "platelet-rich-plasma-injection",
              "acupuncture",
              "dry-needling");
    }

    @Test
    void hyaluronicAcidInjection_guidelinesAdviseAgainstRoutineUse_source000() {
      assertThat(CATALOG.intervention("hyaluronic-acid-injection").evidence())
          .anySatisfy(
              e -> {
                assertThat(e.direction()).isEqualTo(EvidenceDirection.AGAINST);
                assertThat(e.statement()).contains("AAOS").contains("ACR");
              });
    }

    @Test
    void injections_takeFifteenToThirtyMinutes_source000and002() {
      assertThat(CATALOG.intervention("corticosteroid-injection").sessionDuration())
          .hasValueSatisfying(
              r -> {
                assertThat(r.low()).isEqualTo(15);
                assertThat(r.high()).isEqualTo(30);
                assertThat(r.unit()).isEqualTo(TimeUnit.MINUTES);
              });
    }

    @Test
    void contrastConfirmation_isAnOptionalStep_source000() {
      assertThat(CATALOG.intervention("hyaluronic-acid-injection").procedure())
          .filteredOn(s -> s.id().equals("contrast-confirmation"))
          .singleElement()
          .extracting(ProcedureStep::optional)
          .isEqualTo(true);
    }

    @Test
    void bloodSugarRisk_belongsToTheSteroidInjectionOnly() {
      assertThat(CATALOG.interventions())
          .filteredOn(i -> i.risks().stream().anyMatch(r -> r.id().equals("blood-glucose-rise")))
          .extracting(Intervention::id)
          .containsExactly("corticosteroid-injection");
    }

    @Test
    void needling_injectsNothing() {
      assertThat(CATALOG.interventions())
          .filteredOn(i -> i.kind() == InterventionKind.NEEDLING)
          .extracting(Intervention::id)
          .containsExactly("acupuncture", "dry-needling")
          .allSatisfy(id -> assertThat(CATALOG.intervention(id).medicationClasses()).isEmpty());
    }

    @Test
    void unknownId_lidocain_throwsWithLidocaineNearest() {
      assertThatThrownBy(() -> CATALOG.medication("lidocain"))
          .isInstanceOfSatisfying(
              UnknownIdException.class,
              e -> {
                assertThat(e.id()).isEqualTo("lidocain");
                assertThat(e.nearest()).first().isEqualTo("lidocaine");
              });
    }
  }

  @Nested
  class EveryEntry {

    @Test
    void citesAtLeastOneStandardSource() {
      assertThat(CATALOG.entries())
          .allSatisfy(
              e -> assertThat(e.sources()).isNotEmpty().isSubsetOf(StandardSources.all()));
    }

    @Test
    void nestedValuesCiteAtLeastOneStandardSource() {
      for (Intervention i : CATALOG.interventions()) {
        assertThat(i.procedure()).allSatisfy(s -> assertThat(s.sources()).isNotEmpty());
        assertThat(i.risks()).extracting(Risk::sources).allSatisfy(s -> assertThat(s).isNotEmpty());
        assertThat(i.evidence()).allSatisfy(s -> assertThat(s.sources()).isNotEmpty());
      }
    }

    @Test
    void everyCodeUsesAKnownCodeSystem() {
      Set<String> systems =
          Set.of(
              CodeSystem.SNOMED_CT,
              CodeSystem.RXNORM,
              CodeSystem.ATC,
              CodeSystem.ICD_10_CM,
              CodeSystem.ICD_10,
              CodeSystem.LOINC,
              CodeSystem.DICOM,
              CodeSystem.EDQM);
      List<StandardCode> codes = new ArrayList<>();
      CATALOG.entries().forEach(e -> codes.addAll(e.codes()));

      assertThat(codes).isNotEmpty().allSatisfy(c -> assertThat(systems).contains(c.system()));
    }

    @Test
    void oneDisplayPerCode() {
      List<StandardCode> codes =
          CATALOG.entries().stream().flatMap(e -> e.codes().stream()).toList();

      for (StandardCode a : codes) {
        assertThat(codes)
            .filteredOn(b -> b.system().equals(a.system()) && b.code().equals(a.code()))
            .extracting(StandardCode::display)
            .containsOnly(a.display());
      }
    }

    @Test
    void everySourceDocumentIsCited() {
      assertThat(CATALOG.sources()).containsExactlyInAnyOrderElementsOf(StandardSources.all());
    }

    @Test
    void catalogIsBuiltOnceAndShared() {
      assertThat(HipCatalog.standard()).isSameAs(CATALOG);
      assertThat(CATALOG.entries()).extracting(CatalogEntry::id).doesNotHaveDuplicates();
    }
  }
}
