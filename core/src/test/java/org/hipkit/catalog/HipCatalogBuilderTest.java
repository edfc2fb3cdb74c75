package org.hipkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hipkit.anatomy.AnatomicalStructure;
import org.hipkit.anatomy.Target;
import org.hipkit.condition.Condition;
import org.hipkit.error.InvalidValueException;
import org.hipkit.error.UnknownIdException;
import org.hipkit.guidance.GuidanceModality;
import org.hipkit.intervention.Alternative;
import org.hipkit.intervention.EvidenceStatement;
import org.hipkit.intervention.Intervention;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.source.CatalogEntry;
import org.junit.jupiter.api.Test;

/**
 * A clinic's own catalog: built from the standard one with entries added or replaced, checked for
 * unique ids and for references that resolve, and answering every lookup.
 */
class HipCatalogBuilderTest {

  private static final HipCatalog STANDARD = HipCatalog.standard();

  private static HipCatalog.Builder standardPlus() {
    return HipCatalog.builder().addAll(STANDARD);
  }

  private static void assertDangling(CatalogEntry replacement, String field, String dangling) {
    assertThatThrownBy(() -> standardPlus().replace(replacement).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid HipCatalog." + field + ": must name a ")
        .hasMessageEndingWith("(was " + dangling + ")");
  }

  @Test
  void standardCatalog_builtAfresh_holdsTheSameEntries() {
    HipCatalog fresh = StandardCatalog.build();

    assertThat(fresh)
        .hasToString(
            "HipCatalog[26 structures, 9 targets, 16 conditions, 14 medications, 5 allergy groups,"
                + " 3 modalities, 5 interventions, " + STANDARD.alternatives().size() + " alternatives, "
                + STANDARD.aliases().size() + " aliases]");
    assertThat(STANDARD.alternatives()).isNotEmpty();
    assertThat(fresh.structures()).isEqualTo(STANDARD.structures());
    assertThat(fresh.targets()).isEqualTo(STANDARD.targets());
    assertThat(fresh.conditions()).isEqualTo(STANDARD.conditions());
    assertThat(fresh.medications()).isEqualTo(STANDARD.medications());
    assertThat(fresh.allergyGroups()).isEqualTo(STANDARD.allergyGroups());
    assertThat(fresh.aliases()).isEqualTo(STANDARD.aliases()).containsEntry("lignocaine", "lidocaine");
    assertThat(fresh.modalities()).isEqualTo(STANDARD.modalities());
    assertThat(fresh.interventions()).isEqualTo(STANDARD.interventions());
    assertThat(fresh.alternatives()).isEqualTo(STANDARD.alternatives());
    assertThat(fresh.sources()).isEqualTo(STANDARD.sources()).isNotEmpty();
    assertThat(fresh.medication("triamcinolone").codes()).isNotEmpty();
    assertThat(fresh.condition("hip-osteoarthritis").codes()).isNotEmpty();
    assertThat(fresh.structure("sciatic-nerve").atRisk()).isTrue();
    assertThat(fresh.structure("femoral-head").partOf()).hasValue("hip-joint");
    assertThat(fresh.intervention("acupuncture").sessionPattern().sessions().max()).isGreaterThan(1);
  }

  @Test
  void aCopyOfTheStandardCatalog_answersLikeIt() {
    HipCatalog copy = standardPlus().build();

    assertThat(copy.entries()).containsExactlyElementsOf(STANDARD.entries());
    assertThat(copy.interventions()).isEqualTo(STANDARD.interventions());
    assertThat(copy).hasToString(STANDARD.toString());
    assertThat(HipCatalog.builder().build())
        .hasToString(
            "HipCatalog[0 structures, 0 targets, 0 conditions, 0 medications, 0 allergy groups,"
                + " 0 modalities, 0 interventions, 0 alternatives, 0 aliases]");
    assertThat(copy.aliases()).isEqualTo(STANDARD.aliases());
  }

  @Test
  void add_acceptsEveryKindOfEntry_andLookupsFindIt() {
    AnatomicalStructure bursa =
        AnatomicalStructure.builder().from(STANDARD.structure("piriformis")).id("clinic-muscle").build();
    Target target = Target.builder().from(STANDARD.target("lateral-hip")).id("clinic-target").build();
    Condition condition =
        Condition.builder().from(STANDARD.condition("trochanteric-bursitis")).id("clinic-condition").build();
    Medication medication = Medication.builder().from(STANDARD.medication("lidocaine")).id("clinic-caine").build();
    GuidanceModality modality =
        GuidanceModality.builder().from(STANDARD.modality("ultrasound")).id("clinic-ultrasound").build();
    Alternative alternative =
        Alternative.builder().from(STANDARD.alternatives().get(0)).id("clinic-alternative").build();
    Intervention intervention =
        Intervention.builder()
            .from(STANDARD.intervention("corticosteroid-injection"))
            .id("clinic-injection")
            .addIndications("clinic-condition")
            .addTargets("clinic-target")
            .addModalities("clinic-ultrasound")
            .addAlternatives("clinic-alternative")
            .build();

    HipCatalog catalog =
        standardPlus()
            .add(bursa)
            .addAll(List.of(target, condition, medication, modality, alternative, intervention))
            .build();

    assertThat(catalog.structure("clinic-muscle")).isEqualTo(bursa);
    assertThat(catalog.target("clinic-target")).isEqualTo(target);
    assertThat(catalog.condition("clinic-condition")).isEqualTo(condition);
    assertThat(catalog.medication("clinic-caine")).isEqualTo(medication);
    assertThat(catalog.modality("clinic-ultrasound")).isEqualTo(modality);
    assertThat(catalog.alternative("clinic-alternative")).isEqualTo(alternative);
    assertThat(catalog.intervention("clinic-injection")).isEqualTo(intervention);
    assertThat(catalog.structures()).endsWith(bursa);
    assertThat(catalog.interventionsFor("clinic-condition")).containsExactly(intervention);
    assertThat(catalog.targetsOf(intervention)).endsWith(target);
    assertThat(catalog.modalitiesOf(intervention)).endsWith(modality);
    assertThat(catalog.indicationsOf(intervention)).endsWith(condition);
    assertThat(catalog.alternativesOf(intervention)).endsWith(alternative);
    assertThat(catalog.medicationsOf(MedicationClass.LOCAL_ANESTHETIC)).endsWith(medication);
    assertThat(catalog.findEntry("clinic-target")).containsSame(target);
    assertThat(catalog.entries()).hasSize(STANDARD.entries().size() + 7);
  }

  @Test
  void add_refusesEntriesOfAnotherKind() {
    CatalogEntry stranger =
        new CatalogEntry() {
          @Override
          public String id() {
            return "stranger";
          }

          @Override
          public String name() {
            return "Stranger";
          }

          @Override
          public String description() {
            return "Not a kind of entry a catalog holds.";
          }

          @Override
          public List<org.hipkit.source.Source> sources() {
            return List.of();
          }

          @Override
          public List<org.hipkit.source.StandardCode> codes() {
            return List.of();
          }
        };

    assertThatThrownBy(() -> HipCatalog.builder().add(stranger))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid HipCatalog.entries: must be an entry of a kind the catalog holds");
  }

  @Test
  void replace_swapsAnEntryOfEachKind_inPlace() {
    AnatomicalStructure structure = STANDARD.structures().get(3);
    Target target = STANDARD.targets().get(2);
    Condition condition = STANDARD.conditions().get(4);
    Medication medication = STANDARD.medications().get(5);
    GuidanceModality modality = STANDARD.modalities().get(1);
    Intervention intervention = STANDARD.interventions().get(2);
    Alternative alternative = STANDARD.alternatives().get(1);
    String renamed = "Renamed by the clinic";

    HipCatalog catalog =
        standardPlus()
            .replace(AnatomicalStructure.builder().from(structure).name(renamed).build())
            .replace(Target.builder().from(target).name(renamed).build())
            .replace(Condition.builder().from(condition).name(renamed).build())
            .replace(Medication.builder().from(medication).name(renamed).build())
            .replace(GuidanceModality.builder().from(modality).name(renamed).build())
            .replace(Intervention.builder().from(intervention).name(renamed).build())
            .replace(Alternative.builder().from(alternative).name(renamed).build())
            .build();

    assertThat(catalog.structures().get(3).name()).isEqualTo(renamed);
    assertThat(catalog.targets().get(2).name()).isEqualTo(renamed);
    assertThat(catalog.conditions().get(4).name()).isEqualTo(renamed);
    assertThat(catalog.medications().get(5).name()).isEqualTo(renamed);
    assertThat(catalog.modalities().get(1).name()).isEqualTo(renamed);
    assertThat(catalog.interventions().get(2).name()).isEqualTo(renamed);
    assertThat(catalog.alternatives().get(1).name()).isEqualTo(renamed);
    assertThat(catalog.structures()).hasSameSizeAs(STANDARD.structures());
    assertThat(catalog.structures().get(2)).isEqualTo(STANDARD.structures().get(2));
  }

  @Test
  void replace_needsAnEntryOfTheSameKindWithTheId() {
    Condition namedLikeAStructure =
        Condition.builder().from(STANDARD.condition("synovitis")).id("hip-joint").build();
    Condition unknown = Condition.builder().from(STANDARD.condition("synovitis")).id("clinic-condition").build();

    assertThatThrownBy(() -> standardPlus().replace(namedLikeAStructure))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("'hip-joint'");
    assertThatThrownBy(() -> standardPlus().replace(unknown))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("'clinic-condition'");
    assertThatThrownBy(() -> HipCatalog.builder().replace(STANDARD.structures().get(0)))
        .isInstanceOf(UnknownIdException.class);
  }

  @Test
  void build_refusesOneIdForTwoEntries() {
    Condition clash = Condition.builder().from(STANDARD.condition("synovitis")).id("hip-joint").build();

    assertThatThrownBy(() -> standardPlus().add(clash).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid HipCatalog.id: must be unique across all entries of a catalog (was hip-joint)");
  }

  @Test
  void build_refusesReferencesThatNameNoEntryOfTheRightKind() {
    AnatomicalStructure femoralHead = STANDARD.structure("femoral-head");
    AnatomicalStructure hipJoint = STANDARD.structure("hip-joint");
    Target lateral = STANDARD.target("lateral-hip");
    Condition synovitis = STANDARD.condition("synovitis");
    Intervention steroid = STANDARD.intervention("corticosteroid-injection");
    Alternative alternative = STANDARD.alternatives().get(0);
    EvidenceStatement evidence = steroid.evidence().get(0);

    assertDangling(
        AnatomicalStructure.builder().from(femoralHead).partOf("hip-jont").build(), "femoral-head.partOf", "hip-jont");
    assertDangling(
        AnatomicalStructure.builder().from(hipJoint).addConditions("no-such-condition").build(),
        "hip-joint.conditions",
        "no-such-condition");
    assertDangling(Target.builder().from(lateral).addReaches("hip-joint-x").build(), "lateral-hip.reaches", "hip-joint-x");
    assertDangling(
        Target.builder().from(lateral).addStructuresAtRisk("sciatic-nerv").build(),
        "lateral-hip.structuresAtRisk",
        "sciatic-nerv");
    assertDangling(
        Condition.builder().from(synovitis).addStructures("hip-jointt").build(), "synovitis.structures", "hip-jointt");
    assertDangling(
        Intervention.builder().from(steroid).addIndications("synovitiss").build(),
        "corticosteroid-injection.indications",
        "synovitiss");
    assertDangling(
        Intervention.builder().from(steroid).addTargets("lateral-hipp").build(),
        "corticosteroid-injection.targets",
        "lateral-hipp");
    assertDangling(
        Intervention.builder().from(steroid).addModalities("ultrasoun").build(),
        "corticosteroid-injection.modalities",
        "ultrasoun");
    assertDangling(
        Intervention.builder().from(steroid).addAlternatives("observatio").build(),
        "corticosteroid-injection.alternatives",
        "observatio");
    assertDangling(
        Intervention.builder()
            .from(steroid)
            .evidence(List.of(EvidenceStatement.builder().from(evidence).addConditions("no-condition").build()))
            .build(),
        "corticosteroid-injection.evidence." + evidence.id() + ".conditions",
        "no-condition");
    assertDangling(
        Intervention.builder()
            .from(steroid)
            .evidence(List.of(EvidenceStatement.builder().from(evidence).addModalities("no-modality").build()))
            .build(),
        "corticosteroid-injection.evidence." + evidence.id() + ".modalities",
        "no-modality");
    assertDangling(
        Alternative.builder().from(alternative).addConditions("synovitiss").build(),
        alternative.id() + ".conditions",
        "synovitiss");
  }

  @Test
  void aDanglingReference_namesTheNearestIds() {
    assertThatThrownBy(
            () -> standardPlus().replace(Target.builder().from(STANDARD.target("lateral-hip")).addReaches("hip-jiont").build()).build())
        .hasMessageContaining("nearest: [hip-joint]");
  }

  @Test
  void lookups_findEachKindById_orSayWhatIsNearest() {
    assertThat(STANDARD.findStructure("hip-joint")).containsSame(STANDARD.structure("hip-joint"));
    assertThat(STANDARD.findTarget("lateral-hip")).containsSame(STANDARD.target("lateral-hip"));
    assertThat(STANDARD.findCondition("synovitis")).containsSame(STANDARD.condition("synovitis"));
    assertThat(STANDARD.findMedication("lidocaine")).containsSame(STANDARD.medication("lidocaine"));
    assertThat(STANDARD.findModality("ultrasound")).containsSame(STANDARD.modality("ultrasound"));
    assertThat(STANDARD.findIntervention("acupuncture")).containsSame(STANDARD.intervention("acupuncture"));
    Alternative first = STANDARD.alternatives().get(0);
    assertThat(STANDARD.findAlternative(first.id())).containsSame(first);
    assertThat(STANDARD.alternative(first.id())).isSameAs(first);
    assertThat(STANDARD.findEntry("ultrasound")).containsSame(STANDARD.modality("ultrasound"));
    assertThat(STANDARD.findEntry("nothing")).isEmpty();
    assertThat(STANDARD.findStructure("lidocaine")).isEmpty();
    assertThat(STANDARD.findTarget("nothing")).isEmpty();
    assertThat(STANDARD.findCondition("nothing")).isEmpty();
    assertThat(STANDARD.findMedication("nothing")).isEmpty();
    assertThat(STANDARD.findModality("nothing")).isEmpty();
    assertThat(STANDARD.findIntervention("nothing")).isEmpty();
    assertThat(STANDARD.findAlternative("nothing")).isEmpty();
    assertThatThrownBy(() -> STANDARD.medication("lidocain"))
        .isInstanceOf(UnknownIdException.class)
        .hasMessage("Unknown medication id 'lidocain'; nearest known ids: lidocaine, prilocaine")
        .satisfies(e -> assertThat(((UnknownIdException) e).kind()).isEqualTo("medication"))
        .satisfies(e -> assertThat(((UnknownIdException) e).id()).isEqualTo("lidocain"))
        .satisfies(e -> assertThat(((UnknownIdException) e).nearest()).containsExactly("lidocaine", "prilocaine"));
    assertThatThrownBy(() -> STANDARD.interventionsFor("no-such-condition")).isInstanceOf(UnknownIdException.class);
  }

  @Test
  void relations_resolveInTheOrderTheEntryListsThem() {
    Intervention steroid = STANDARD.intervention("corticosteroid-injection");
    Target joint = STANDARD.target("intra-articular-hip");

    assertThat(STANDARD.targetsOf(steroid)).extracting(Target::id).containsExactlyElementsOf(steroid.targets());
    assertThat(STANDARD.modalitiesOf(steroid)).extracting(GuidanceModality::id).containsExactlyElementsOf(steroid.modalities());
    assertThat(STANDARD.indicationsOf(steroid)).extracting(Condition::id).containsExactlyElementsOf(steroid.indications());
    assertThat(STANDARD.alternativesOf(steroid)).extracting(Alternative::id).containsExactlyElementsOf(steroid.alternatives());
    assertThat(STANDARD.structuresReachedBy(joint)).extracting(AnatomicalStructure::id).containsExactlyElementsOf(joint.reaches());
    assertThat(STANDARD.structuresAtRiskFor(joint))
        .extracting(AnatomicalStructure::id)
        .containsExactlyElementsOf(joint.structuresAtRisk())
        .isNotEmpty();
    assertThat(STANDARD.interventionsFor("trochanteric-bursitis"))
        .allMatch(i -> i.indications().contains("trochanteric-bursitis"))
        .contains(steroid)
        .doesNotContain(STANDARD.intervention("dry-needling"));
    assertThat(STANDARD.medicationsOf(MedicationClass.CORTICOSTEROID))
        .allMatch(m -> m.medicationClass() == MedicationClass.CORTICOSTEROID)
        .isNotEmpty();
    assertThat(STANDARD.structuresAtRisk()).allMatch(AnatomicalStructure::atRisk).isNotEmpty();
    assertThat(STANDARD.structures()).anyMatch(s -> !s.atRisk());
    assertThat(STANDARD.targetsNeedingImaging()).allMatch(Target::imagingExpected);
    assertThat(STANDARD.targets()).anyMatch(t -> !t.imagingExpected());
  }
}
