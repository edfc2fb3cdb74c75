package org.hipkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hipkit.anatomy.Side;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.check.Concern;
import org.hipkit.check.Fact;
import org.hipkit.check.Rule;
import org.hipkit.check.RuleResult;
import org.hipkit.check.StandardRules;
import org.hipkit.check.Status;
import org.hipkit.intervention.Intervention;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.intervention.Purpose;
import org.hipkit.medication.MedicationClass;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.AllergenKind;
import org.hipkit.profile.Allergy;
import org.hipkit.profile.HipSurgery;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.profile.SkinProblem;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

/**
 * The generators themselves: reproducible from a seed, valid, covering the range the testkit
 * promises, and shrinking toward simple values under QuickTheories.
 */
class GeneratorsTest {

  private static final HipCatalog CATALOG = HipCatalog.standard();

  record Named(String name, Generator<?> generator) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Named> generators() {
    return Stream.of(
        new Named("plans", HipGenerators.plans()),
        new Named("profiles", HipGenerators.profiles()),
        new Named("protocols", HipGenerators.protocols()),
        new Named("cases", HipGenerators.cases()),
        new Named("reports", HipGenerators.reports().map(CheckReport::results)),
        new Named("skinProblems", HipGenerators.skinProblems()),
        new Named("bloodThinners", HipGenerators.bloodThinners(CATALOG)),
        new Named("allergies", HipGenerators.allergies(CATALOG)),
        new Named("hipSurgeries", HipGenerators.hipSurgeries(HipGenerators.REFERENCE_DATE)),
        new Named("inrs", HipGenerators.inrs(HipGenerators.REFERENCE_DATE)),
        new Named("hba1cs", HipGenerators.hba1cs(HipGenerators.REFERENCE_DATE)),
        new Named("controlStatements", HipGenerators.controlStatements(HipGenerators.REFERENCE_DATE)));
  }

  // ---- reproducible

  @ParameterizedTest
  @MethodSource("generators")
  void eachGenerator_givesEqualValues_forEqualSeeds(Named named) {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(0, 12))
        .checkAssert(
            (seed, size) -> {
              Object first = named.generator().sample(seed, size);
              Object second = named.generator().sample(seed, size);
              assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
              List<?> firstFive = named.generator().samples(seed, size, 5);
              List<?> secondFive = named.generator().samples(seed, size, 5);
              assertThat(secondFive).isEqualTo(firstFive);
            });
  }

  @ParameterizedTest
  @MethodSource("generators")
  void eachGenerator_varies_withTheSeed(Named named) {
    Set<Object> values = new HashSet<>(named.generator().samples(7L, 8, 200));
    assertThat(values).as("distinct values of 200").hasSizeGreaterThan(3);
  }

  @ParameterizedTest
  @MethodSource("generators")
  void eachGenerator_refusesANegativeSize(Named named) {
    assertThatThrownBy(() -> named.generator().sample(1L, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("size");
  }

  @Test
  void theQuickTheoriesAdapter_replaysTheSameValues_forAFixedSeed() {
    Supplier<List<CheckCase>> run =
        () -> {
          List<CheckCase> seen = new ArrayList<>();
          qt().withFixedSeed(20261201L).withExamples(60).forAll(QuickTheoriesGens.cases()).checkAssert(seen::add);
          return seen;
        };

    List<CheckCase> first = run.get();

    // QuickTheories skips a value it has already tried, so a few of the 60 examples may be repeats.
    assertThat(first).hasSizeBetween(50, 60);
    assertThat(run.get()).containsExactlyElementsOf(first);
  }

  // ---- valid and covering

  @Test
  void plans_coverEveryInterventionTargetModalityAndPurposeOfTheStandardCatalog() {
    Set<String> expected = new HashSet<>();
    for (Intervention i : CATALOG.interventions()) {
      for (String target : i.targets()) {
        for (String modality : i.modalities()) {
          for (Purpose purpose : i.purposes()) {
            expected.add(i.id() + " " + target + " " + modality + " " + purpose.code());
          }
        }
      }
    }
    Set<String> seen = new HashSet<>();
    Set<String> interventions = new HashSet<>();
    for (TreatmentPlan plan : HipGenerators.plans().samples(3L, 8, 4000)) {
      interventions.add(plan.intervention().id());
      seen.add(plan.intervention().id() + " " + plan.target().id() + " " + plan.modality().id() + " " + plan.purpose().code());
    }

    assertThat(interventions)
        .containsExactlyInAnyOrderElementsOf(CATALOG.interventions().stream().map(Intervention::id).toList());
    assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("interventions")
  void plansFor_eachIntervention_useEveryAllowedClassAndKeepThePlanRules(Intervention intervention) {
    List<TreatmentPlan> plans = HipGenerators.plansFor(CATALOG, intervention).samples(11L, 8, 600);
    Set<MedicationClass> classes = EnumSet.noneOf(MedicationClass.class);
    boolean antiseptic = false;
    boolean none = false;
    boolean series = false;
    for (TreatmentPlan plan : plans) {
      assertThat(plan.intervention()).isEqualTo(intervention);
      plan.components().forEach(c -> classes.add(c.medication().medicationClass()));
      antiseptic |= plan.antiseptic().isPresent();
      none |= plan.antiseptic().isEmpty();
      series |= plan.sessions() > 1;
      if (intervention.kind() == InterventionKind.NEEDLING) {
        assertThat(plan.components()).isEmpty();
      } else {
        assertThat(plan.components()).extracting(c -> c.medication().medicationClass()).anyMatch(intervention.principalMedicationClasses()::contains);
      }
      if (plan.purpose() == Purpose.DIAGNOSTIC_AND_THERAPEUTIC) {
        assertThat(plan.uses(MedicationClass.LOCAL_ANESTHETIC)).isTrue();
      }
      assertThat(plan.plannedDate()).isBetween(HipGenerators.REFERENCE_DATE, HipGenerators.REFERENCE_DATE.plusDays(365));
    }
    assertThat(classes).containsExactlyInAnyOrderElementsOf(intervention.medicationClasses());
    assertThat(antiseptic).isTrue();
    assertThat(none).isTrue();
    assertThat(series).isEqualTo(intervention.sessionPattern().sessions().max() > 1);
  }

  @ParameterizedTest
  @MethodSource("interventions")
  void theQuickTheoriesAdapter_generatesPlansForEachIntervention(Intervention intervention) {
    qt().withExamples(50)
        .forAll(QuickTheoriesGens.of(HipGenerators.plansFor(CATALOG, intervention), 2))
        .checkAssert(plan -> assertThat(plan.intervention()).isEqualTo(intervention));
  }

  static Stream<Intervention> interventions() {
    return CATALOG.interventions().stream();
  }

  @Test
  void plans_ofSizeZero_holdOnlyWhatThePlanRulesRequire() {
    for (TreatmentPlan plan : HipGenerators.plans().samples(5L, 0, 500)) {
      int required =
          plan.intervention().kind() == InterventionKind.NEEDLING
              ? 0
              : plan.purpose() == Purpose.DIAGNOSTIC_AND_THERAPEUTIC ? 2 : 1;
      assertThat(plan.components()).hasSizeLessThanOrEqualTo(required);
      assertThat(plan.sessions()).isEqualTo(1);
    }
  }

  @Test
  void plans_refuseACatalogWithoutAnyPlannableIntervention_andSkipUnplannableOnes() {
    Intervention haInjection = CATALOG.intervention("hyaluronic-acid-injection");
    HipCatalog withoutViscosupplement =
        HipCatalog.builder()
            .addAll(
                CATALOG.entries().stream()
                    .filter(e -> !e.id().equals("hyaluronic-acid"))
                    .toList())
            .build();

    assertThatThrownBy(() -> HipGenerators.plansFor(withoutViscosupplement, haInjection))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hyaluronic-acid-injection");
    assertThat(HipGenerators.plans(withoutViscosupplement).samples(1L, 8, 1000))
        .extracting(p -> p.intervention().id())
        .doesNotContain("hyaluronic-acid-injection")
        .contains("corticosteroid-injection", "acupuncture");
  }

  @Test
  void profiles_coverTheRange_fromAllKnownNegativeToAllUnknownToManyRisks() {
    List<PatientProfile> profiles = HipGenerators.profiles().samples(13L, 8, 3000);
    Map<Fact, Set<Presence>> values = new TreeMap<>();
    Set<AllergenKind> allergenKinds = EnumSet.noneOf(AllergenKind.class);
    boolean unlocatedSkin = false;
    boolean undatedSurgery = false;
    boolean sidelessSurgery = false;
    boolean unknownDetails = false;
    int maxRisks = 0;
    for (PatientProfile profile : profiles) {
      int risks = 0;
      for (Fact fact : ScreeningFacts.all()) {
        Presence presence = fact.presenceIn(profile).orElseThrow();
        values.computeIfAbsent(fact, f -> EnumSet.noneOf(Presence.class)).add(presence);
        if (presence == ScreeningFacts.riskValue(fact)) {
          risks++;
        }
      }
      maxRisks = Math.max(maxRisks, risks);
      profile.allergies().forEach(a -> allergenKinds.add(a.kind()));
      unlocatedSkin |= profile.skinProblems().stream().anyMatch(s -> s.region().isEmpty() || s.side().isEmpty());
      undatedSurgery |= profile.hipSurgeries().stream().anyMatch(s -> s.date().isEmpty());
      sidelessSurgery |= profile.hipSurgeries().stream().anyMatch(s -> s.side().isEmpty());
      unknownDetails |= profile.skinProblem() == Presence.PRESENT && profile.skinProblems().isEmpty();
    }

    assertThat(profiles).contains(ScreeningFacts.allKnownNegative(), PatientProfile.unknown());
    assertThat(values.keySet()).containsExactlyInAnyOrderElementsOf(ScreeningFacts.all());
    assertThat(values.values()).allSatisfy(v -> assertThat(v).containsExactlyInAnyOrder(Presence.values()));
    assertThat(maxRisks).isGreaterThanOrEqualTo(5);
    assertThat(allergenKinds).containsExactlyInAnyOrder(AllergenKind.values());
    assertThat(List.of(unlocatedSkin, undatedSurgery, sidelessSurgery, unknownDetails)).containsOnly(true);
    assertThat(profiles.stream().filter(p -> p.inr().isPresent())).isNotEmpty();
    assertThat(profiles.stream().filter(p -> p.hba1c().isPresent())).isNotEmpty();
  }

  @Test
  void cases_dateTheProfileRelativeToThePlan() {
    for (CheckCase c : HipGenerators.cases().samples(17L, 8, 1000)) {
      LocalDate day = c.plan().plannedDate();
      c.profile().inr().ifPresent(m -> assertThat(m.date()).isBeforeOrEqualTo(day));
      c.profile().hba1c().ifPresent(m -> assertThat(m.date()).isBeforeOrEqualTo(day));
      c.profile().hipSurgeries().forEach(s -> s.date().ifPresent(d -> assertThat(d).isBeforeOrEqualTo(day)));
    }
  }

  @Test
  void reports_coverEverySummaryLevel_andEveryStandardRuleFlags() {
    Set<Concern> levels = EnumSet.noneOf(Concern.class);
    Map<String, Set<Status>> statuses = new TreeMap<>();
    for (CheckReport report : HipGenerators.reports().samples(19L, 8, 4000)) {
      levels.add(report.summary().level());
      for (RuleResult result : report.results()) {
        statuses.computeIfAbsent(result.rule().id(), id -> EnumSet.noneOf(Status.class)).add(result.status());
      }
    }

    assertThat(levels).containsExactlyInAnyOrder(Concern.values());
    for (Rule rule : StandardRules.all()) {
      String id = rule.description().id();
      assertThat(statuses.get(id)).as(id).contains(Status.FLAGGED, Status.NOT_FLAGGED);
      if (rule.description().reads().stream().anyMatch(Fact::isScreeningFact)) {
        assertThat(statuses.get(id)).as(id).contains(Status.INDETERMINATE);
      }
    }
  }

  @Test
  void protocols_areValid_andIncludeTheStandardOne() {
    List<Protocol> protocols = HipGenerators.protocols().samples(23L, 8, 500);

    assertThat(protocols).contains(Protocol.standard());
    assertThat(protocols.stream().map(Protocol::landmarkAcceptableForIntraArticular).distinct()).hasSize(2);
    for (Protocol protocol : protocols) {
      Checker checker = Checker.builder().protocol(protocol).build();
      CheckCase c = HipGenerators.cases().sample(protocol.hashCode(), 4);
      assertThat(c.check(checker).protocol()).isSameAs(protocol);
    }
  }

  // ---- shrinking

  /** Captures the smallest falsifying value QuickTheories reports, instead of throwing. */
  private static final class Smallest implements Reporter {
    final AtomicReference<Object> value = new AtomicReference<>();

    @Override
    public void falisification(long seed, int examples, Object smallest, Throwable cause, List<Object> others, AsString<Object> toString) {
      value.set(smallest);
    }

    @Override
    public void falisification(long seed, int examples, Object smallest, List<Object> others, AsString<Object> toString) {
      value.set(smallest);
    }

    @Override
    public void valuesExhausted(int examples) {}
  }

  private static <T> T smallestCounterexample(Gen<T> gen, java.util.function.Predicate<T> property) {
    Smallest reporter = new Smallest();
    qt().withFixedSeed(42L).withExamples(500).withShrinkCycles(2000).withReporter(reporter).forAll(gen).check(property);
    assertThat(reporter.value.get()).as("the property must be falsified").isNotNull();
    @SuppressWarnings("unchecked")
    T smallest = (T) reporter.value.get();
    return smallest;
  }

  @Test
  void aFailingPlan_shrinksToFewerComponents() {
    TreatmentPlan smallest = smallestCounterexample(QuickTheoriesGens.plans(), p -> p.components().size() < 3);

    assertThat(smallest.components()).hasSize(3);
    assertThat(smallest.components()).extracting(MedicationComponent::dose).allMatch(java.util.Optional::isEmpty);
    assertThat(smallest.plannedDate()).isEqualTo(HipGenerators.REFERENCE_DATE);
    assertThat(smallest.sessions()).isEqualTo(1);
  }

  @Test
  void aFailingProfile_shrinksToFewerRiskFacts_andNoDetailsBeyondTheFailure() {
    PatientProfile smallest =
        smallestCounterexample(
            QuickTheoriesGens.profiles(),
            p -> p.allergy() != Presence.PRESENT || p.allergies().size() < 2);

    long risks = ScreeningFacts.all().stream().filter(f -> f.presenceIn(smallest).orElseThrow() == ScreeningFacts.riskValue(f)).count();
    assertThat(risks).isEqualTo(1);
    assertThat(smallest.allergies()).hasSize(2);
    assertThat(smallest).isEqualTo(
        PatientProfile.builder()
            .from(ScreeningFacts.allKnownNegative())
            .allergy(Presence.PRESENT)
            .allergies(smallest.allergies())
            .build());
  }

  @Test
  void aFailingSurgeryDate_shrinksTowardTheReferenceDate() {
    HipSurgery smallest =
        smallestCounterexample(
            QuickTheoriesGens.of(HipGenerators.hipSurgeries(HipGenerators.REFERENCE_DATE)),
            s -> s.date().map(d -> d.isAfter(HipGenerators.REFERENCE_DATE.minusDays(100))).orElse(true));

    assertThat(smallest.date()).contains(HipGenerators.REFERENCE_DATE.minusDays(100));
    assertThat(smallest.side()).contains(Side.LEFT);
  }

  @Test
  void skinProblemsAndAllergies_areValidValues() {
    assertThat(HipGenerators.skinProblems().samples(1L, 1, 200)).allSatisfy(s -> assertThat(s).isInstanceOf(SkinProblem.class));
    assertThat(HipGenerators.allergies(CATALOG).samples(1L, 1, 200))
        .allSatisfy(
            a -> {
              if (a.isResolved()) {
                assertThat(CATALOG.medications()).anyMatch(a::matches);
              }
            })
        .extracting(Allergy::kind)
        .contains(AllergenKind.values());
  }
}
