package org.hipkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hipkit.anatomy.Region;
import org.hipkit.anatomy.Side;
import org.hipkit.anatomy.TargetKind;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.check.Concern;
import org.hipkit.check.Fact;
import org.hipkit.check.RuleResult;
import org.hipkit.check.Status;
import org.hipkit.check.Summary;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.Allergy;
import org.hipkit.profile.HipSurgery;
import org.hipkit.profile.HipSurgeryKind;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.profile.SkinProblem;
import org.hipkit.profile.SkinProblemKind;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the standard checks (issue 3), over generated (profile, plan) cases.
 *
 * <p>Presence is ordered by risk: known safe, then unknown, then risk; statuses as not flagged, then
 * indeterminate, then flagged; summaries by {@link Concern}. An empty detail list means the details
 * are not known, so naming the first details of a present fact is learning, not adding risk (a skin
 * problem named on the other leg rightly clears the site rule); the monotone property therefore
 * adds arbitrary details only to a fact that was known safe, details placed where the plan's needle
 * goes to a fact that was unknown, and one more detail to details already named.
 */
class CheckPropertiesTest {

  private static final HipCatalog CATALOG = HipCatalog.standard();
  private static final Checker CHECKER = Checker.standard();

  /** A case with the risk details a move may add to it, drawn with the case's plan date. */
  record Input(CheckCase c, Additions additions) {
    @Override
    public String toString() {
      return c.plan() + "\n" + c.profile() + "\n" + additions;
    }
  }

  /** Details for each fact that carries them: a list to name from a known-safe fact, and one more. */
  record Additions(
      List<SkinProblem> skinProblems,
      SkinProblem skinProblem,
      List<Medication> bloodThinners,
      Medication bloodThinner,
      List<Allergy> allergies,
      Allergy allergy,
      List<HipSurgery> hipSurgeries,
      HipSurgery hipSurgery) {}

  private static final Generator<CheckCase> CASES = HipGenerators.cases(CATALOG);
  private static final Generator<SkinProblem> SKIN = HipGenerators.skinProblems();
  private static final Generator<List<Medication>> THINNERS = HipGenerators.bloodThinners(CATALOG);
  private static final Generator<Allergy> ALLERGIES = HipGenerators.allergies(CATALOG);

  private static final Generator<Input> INPUTS =
      (random, size) -> {
        CheckCase c = CASES.next(random, size);
        Generator<HipSurgery> surgeries = HipGenerators.hipSurgeries(c.plan().plannedDate());
        int n = Math.min(size, 3);
        List<SkinProblem> skin = listOf(SKIN, random, n);
        List<Medication> thinners = THINNERS.next(random, n);
        List<Allergy> allergies = listOf(ALLERGIES, random, n);
        List<HipSurgery> operations = listOf(surgeries, random, n);
        List<Medication> oneThinner = THINNERS.next(random, 1);
        Medication thinner =
            oneThinner.isEmpty() ? CATALOG.medication("warfarin") : oneThinner.get(0);
        return new Input(
            c,
            new Additions(
                skin,
                SKIN.next(random, size),
                thinners,
                thinner,
                allergies,
                ALLERGIES.next(random, size),
                operations,
                surgeries.next(random, size)));
      };

  private static <T> List<T> listOf(
      Generator<T> element, java.util.random.RandomGenerator random, int max) {
    int count = random.nextInt(max + 1);
    List<T> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      T value = element.next(random, 0);
      if (!list.contains(value)) {
        list.add(value);
      }
    }
    return list;
  }

  private static Gen<Input> inputs() {
    return QuickTheoriesGens.of(INPUTS);
  }

  // ---------------------------------------------------------------- monotone

  /** A change of one screening fact toward risk. */
  record Move(String name, Fact fact, PatientProfile before, PatientProfile after) {}

  /**
   * Every move toward risk of every screening fact of a case: from known safe to risk (with any
   * details), from unknown to risk (details not known), from unknown to risk with details placed
   * where the plan's needle goes, and one more detail for a present fact whose details are named.
   */
  static List<Move> riskMoves(Input input) {
    PatientProfile profile = input.c().profile();
    TreatmentPlan plan = input.c().plan();
    Additions add = input.additions();
    List<Move> moves = new ArrayList<>();
    for (Fact fact : ScreeningFacts.all()) {
      Presence risk = ScreeningFacts.riskValue(fact);
      PatientProfile safe = ScreeningFacts.with(profile, fact, ScreeningFacts.safeValue(fact));
      PatientProfile unknown = ScreeningFacts.with(profile, fact, Presence.UNKNOWN);
      PatientProfile unknownToRisk = ScreeningFacts.with(unknown, fact, risk);
      moves.add(new Move("unknown to risk", fact, unknown, unknownToRisk));
      PatientProfile safeToRisk = ScreeningFacts.with(safe, fact, risk);
      moves.add(new Move("safe to risk", fact, safe, withDetails(safeToRisk, fact, named(add, fact))));
      if (ScreeningFacts.hasDetails(fact)) {
        moves.add(
            new Move(
                "unknown to risk at the needle's site",
                fact,
                unknown,
                withDetails(unknownToRisk, fact, atSite(plan, fact))));
        if (fact.presenceIn(profile).orElseThrow() == Presence.PRESENT) {
          List<Object> details = new ArrayList<>(detailsOf(profile, fact));
          Object extra = oneMore(add, fact);
          if (!details.isEmpty() && !details.contains(extra)) {
            details.add(extra);
            moves.add(
                new Move("one more detail", fact, profile, withDetails(profile, fact, details)));
          }
        }
      }
    }
    return moves;
  }

  /**
   * Adding a risk never lowers the summary: for every screening fact of every generated case, each
   * move of {@link #riskMoves} gives a summary at least as high as before. Where the physician's
   * evaluation is concerned, the risk is its absence.
   */
  @Test
  void addingARiskFact_neverLowersTheSummary() {
    qt().withExamples(1500)
        .forAll(inputs())
        .checkAssert(
            input -> {
              for (Move move : riskMoves(input)) {
                TreatmentPlan plan = input.c().plan();
                CheckReport before = CHECKER.check(move.before(), plan);
                CheckReport after = CHECKER.check(move.after(), plan);
                assertThat(after.summary().level())
                    .as(
                        () ->
                            String.format(
                                "%s %s: %s -> %s%nbefore: %s / %s%nafter:  %s / %s",
                                move.name(),
                                move.fact().code(),
                                before.summary(),
                                after.summary(),
                                before.findings(),
                                before.indeterminate(),
                                after.findings(),
                                after.indeterminate()))
                    .isGreaterThanOrEqualTo(before.summary().level());
              }
            });
  }

  /**
   * Regression for the smallest counterexample QuickTheories found for the monotone property: a
   * corticosteroid injection, every fact known negative except diabetes, which is unknown, and a
   * current HbA1c of 4.5 %. The steroid-and-diabetes rule used to stay indeterminate until diabetes
   * was known, and then cleared once it was known present, so learning of diabetes lowered the
   * summary. A current HbA1c within the limit now settles the rule either way.
   */
  @Test
  void diabetesTurnedPresent_withACurrentHba1cWithinTheLimit_doesNotLowerTheSummary() {
    TreatmentPlan plan =
        TreatmentPlan.builder()
            .condition(CATALOG.condition("hip-osteoarthritis"))
            .intervention(CATALOG.intervention("corticosteroid-injection"))
            .target(CATALOG.target("intra-articular-hip"))
            .side(Side.LEFT)
            .purpose(org.hipkit.intervention.Purpose.THERAPEUTIC)
            .addComponent(MedicationComponent.of(CATALOG.medication("triamcinolone")))
            .modality(CATALOG.modality("ultrasound"))
            .antiseptic(CATALOG.medication("povidone-iodine"))
            .plannedDate(HipGenerators.REFERENCE_DATE)
            .build();
    PatientProfile diabetesUnknown =
        PatientProfile.builder()
            .from(ScreeningFacts.allKnownNegative())
            .diabetes(Presence.UNKNOWN)
            .hba1c(org.hipkit.profile.Measurement.hba1cPercent("4.5", HipGenerators.REFERENCE_DATE))
            .build();
    PatientProfile diabetesPresent =
        ScreeningFacts.with(diabetesUnknown, Fact.DIABETES, Presence.PRESENT);

    Summary before = CHECKER.check(diabetesUnknown, plan).summary();
    Summary after = CHECKER.check(diabetesPresent, plan).summary();

    assertThat(before.level()).isEqualTo(Concern.NONE_FOUND);
    assertThat(after.level()).isGreaterThanOrEqualTo(before.level());
  }

  // ---------------------------------------------------------------- unresolved allergens

  /**
   * An allergen recorded unresolved can never let an allergy rule read clear (issue 11): replacing
   * any one allergen of a generated profile by an unresolved one leaves every applicable allergy
   * rule flagged or indeterminate, never lowers the summary below {@code incomplete} (nor below
   * where it was, if that was lower), and keeps every flag that rested on another allergy exactly
   * as it was.
   */
  @Test
  void anAllergenReplacedByAnUnresolvedOne_neverClearsARule_norRemovesAnotherFlag() {
    Allergy unresolved = Allergy.unresolved("allergen the clinic could not read");
    qt().withExamples(800)
        .forAll(inputs())
        .checkAssert(
            input -> {
              CheckCase c = input.c();
              PatientProfile profile = c.profile();
              if (profile.allergy() != Presence.PRESENT || profile.allergies().isEmpty()) {
                profile =
                    withDetails(
                        ScreeningFacts.with(profile, Fact.ALLERGY, Presence.PRESENT),
                        Fact.ALLERGY,
                        input.additions().allergies());
              }
              List<Allergy> allergies = profile.allergies();
              CheckReport before = CHECKER.check(profile, c.plan());
              for (int i = 0; i < allergies.size(); i++) {
                List<Allergy> replaced = new ArrayList<>(allergies);
                Allergy gone = replaced.set(i, unresolved);
                PatientProfile changed = PatientProfile.builder().from(profile).allergies(replaced).build();
                CheckReport after = CHECKER.check(changed, c.plan());
                boolean allergyRuleApplies = false;
                for (int r = 0; r < after.results().size(); r++) {
                  RuleResult was = before.results().get(r);
                  RuleResult now = after.results().get(r);
                  if (!now.rule().reads().contains(Fact.ALLERGIES)
                      || now.status() == Status.NOT_APPLICABLE) {
                    continue;
                  }
                  allergyRuleApplies = true;
                  assertThat(now.status())
                      .as("%s with %s replaced by an unresolved allergen", now.rule().id(), gone)
                      .isIn(Status.FLAGGED, Status.INDETERMINATE);
                  boolean flaggedOnAnother =
                      was.status() == Status.FLAGGED
                          && was.outcome().facts().stream()
                              .noneMatch(f -> f.fact() == Fact.ALLERGIES && f.value().equals(gone));
                  if (flaggedOnAnother) {
                    assertThat(now).as("a flag on another allergy than %s", gone).isEqualTo(was);
                  }
                }
                Concern floor =
                    before.summary().level().compareTo(Concern.INCOMPLETE) < 0
                        ? before.summary().level()
                        : Concern.INCOMPLETE;
                assertThat(after.summary().level()).isGreaterThanOrEqualTo(floor);
                if (allergyRuleApplies) {
                  assertThat(after.summary().level()).isGreaterThanOrEqualTo(Concern.INCOMPLETE);
                }
              }
            });
  }

  // ---------------------------------------------------------------- unknown

  /**
   * A screening fact is relevant to a case when some applicable rule's outcome depends on it: the
   * rule's status differs between the fact present and absent, all else equal. A fact that an
   * applicable rule reads need not be relevant: with severe acute pain known absent, fever cannot
   * change the rule on fever with severe acute pain. Turning a relevant fact to unknown must leave
   * that rule indeterminate, never cleared; so the summary is never {@link Concern#NONE_FOUND}.
   * Rule by rule, an unknown fact never gives a definite outcome that a known value would
   * contradict, and a rule whose outcome depends on a fact declares that it reads it.
   */
  @Test
  void turningARelevantFactToUnknown_neverYieldsTheLowestSummary() {
    qt().withExamples(1000)
        .forAll(QuickTheoriesGens.cases())
        .checkAssert(
            c -> {
              for (Fact fact : ScreeningFacts.all()) {
                CheckReport unknown = c.withProfile(ScreeningFacts.with(c.profile(), fact, Presence.UNKNOWN)).check(CHECKER);
                CheckReport present = c.withProfile(ScreeningFacts.with(c.profile(), fact, Presence.PRESENT)).check(CHECKER);
                CheckReport absent = c.withProfile(ScreeningFacts.with(c.profile(), fact, Presence.ABSENT)).check(CHECKER);
                List<RuleResult> u = unknown.results();
                List<RuleResult> p = present.results();
                List<RuleResult> a = absent.results();
                boolean relevant = false;
                for (int i = 0; i < u.size(); i++) {
                  Status su = u.get(i).status();
                  Status sp = p.get(i).status();
                  Status sa = a.get(i).status();
                  String rule = u.get(i).rule().id();
                  if (sp != sa) {
                    relevant = true;
                    assertThat(u.get(i).rule().reads())
                        .as("%s depends on %s, so it must declare that it reads it", rule, fact.code())
                        .contains(fact);
                  }
                  if (su == Status.FLAGGED || su == Status.NOT_FLAGGED) {
                    assertThat(List.of(sp, sa))
                        .as(
                            "%s is %s with %s unknown, so it must be so with it present and absent",
                            rule, su.code(), fact.code())
                        .containsOnly(su);
                  }
                }
                if (relevant) {
                  assertThat(unknown.summary().level())
                      .as("%s is relevant and unknown: %s", fact.code(), unknown.summary())
                      .isNotEqualTo(Concern.NONE_FOUND);
                }
              }
            });
  }

  // ---------------------------------------------------------------- deterministic

  private static final Comparator<RuleResult> REPORT_ORDER =
      Comparator.comparing(RuleResult::concern).reversed().thenComparing(r -> r.rule().id());

  @Test
  void theSameInput_givesTheSameReport_inAStableOrder() {
    qt().withExamples(500)
        .forAll(QuickTheoriesGens.cases())
        .checkAssert(
            c -> {
              CheckReport first = c.check(CHECKER);
              PatientProfile sameProfile = PatientProfile.builder().from(c.profile()).build();
              TreatmentPlan samePlan = TreatmentPlan.builder().from(c.plan()).build();
              CheckReport second = CHECKER.check(sameProfile, samePlan);
              CheckReport third = c.check(CHECKER);

              for (CheckReport again : List.of(second, third)) {
                assertThat(again.summary()).isEqualTo(first.summary());
                assertThat(again.findings()).containsExactlyElementsOf(first.findings());
                assertThat(again.indeterminate()).containsExactlyElementsOf(first.indeterminate());
                assertThat(again.results()).containsExactlyElementsOf(first.results());
                assertThat(again.render()).isEqualTo(first.render());
              }
              assertThat(first.findings()).isSortedAccordingTo(REPORT_ORDER);
              assertThat(first.indeterminate())
                  .isSortedAccordingTo(Comparator.comparing(r -> r.rule().id()));
              Concern highest =
                  first.findings().isEmpty() ? Concern.NONE_FOUND : first.findings().get(0).concern();
              assertThat(first.summary().level())
                  .isEqualTo(
                      first.indeterminate().isEmpty() || highest.compareTo(Concern.INCOMPLETE) > 0
                          ? highest
                          : Concern.INCOMPLETE);
            });
  }

  // ---------------------------------------------------------------- thread-safe

  private static final int THREADS = 8;

  @Test
  void checkingIsThreadSafe_manyThreadsOneChecker_sameResults() {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      qt().withExamples(8)
          .forAll(lists().of(QuickTheoriesGens.cases()).ofSizeBetween(150, 300))
          .checkAssert(batch -> assertSameResultsInParallel(pool, batch));
    } finally {
      pool.shutdownNow();
    }
  }

  private record Result(Summary summary, List<RuleResult> results) {}

  private static void assertSameResultsInParallel(ExecutorService pool, List<CheckCase> batch) {
    List<Result> expected = new ArrayList<>(batch.size());
    for (CheckCase c : batch) {
      CheckReport report = c.check(CHECKER);
      expected.add(new Result(report.summary(), report.results()));
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Result[]>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int offset = t * batch.size() / THREADS;
      futures.add(
          pool.submit(
              () -> {
                start.await();
                Result[] results = new Result[batch.size()];
                for (int k = 0; k < batch.size(); k++) {
                  int i = (offset + k) % batch.size();
                  CheckReport report = batch.get(i).check(CHECKER);
                  results[i] = new Result(report.summary(), report.results());
                }
                return results;
              }));
    }
    start.countDown();
    for (Future<Result[]> future : futures) {
      Result[] results;
      try {
        results = future.get(60, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new AssertionError("a checking thread failed", e);
      }
      assertThat(results).containsExactlyElementsOf(expected);
    }
  }

  // ---------------------------------------------------------------- details

  private static List<?> named(Additions add, Fact fact) {
    return switch (fact) {
      case SKIN_PROBLEM -> add.skinProblems();
      case BLOOD_THINNER_USE -> add.bloodThinners();
      case ALLERGY -> add.allergies();
      case HIP_SURGERY -> add.hipSurgeries();
      default -> List.of();
    };
  }

  private static Object oneMore(Additions add, Fact fact) {
    return switch (fact) {
      case SKIN_PROBLEM -> add.skinProblem();
      case BLOOD_THINNER_USE -> add.bloodThinner();
      case ALLERGY -> add.allergy();
      case HIP_SURGERY -> add.hipSurgery();
      default -> throw new IllegalArgumentException(fact.code());
    };
  }

  private static List<?> detailsOf(PatientProfile profile, Fact fact) {
    return switch (fact) {
      case SKIN_PROBLEM -> profile.skinProblems();
      case BLOOD_THINNER_USE -> profile.bloodThinners();
      case ALLERGY -> profile.allergies();
      case HIP_SURGERY -> profile.hipSurgeries();
      default -> List.of();
    };
  }

  /** Details that place a risk where the plan's needle goes, on the plan's side, dated on its day. */
  private static List<?> atSite(TreatmentPlan plan, Fact fact) {
    Side side = plan.side();
    LocalDate day = plan.plannedDate();
    return switch (fact) {
      case SKIN_PROBLEM -> {
        Region region =
            plan.target().kind() == TargetKind.INTRA_ARTICULAR ? Region.ANTERIOR : plan.target().region();
        yield List.of(SkinProblem.of(SkinProblemKind.INFECTION, region, side));
      }
      case BLOOD_THINNER_USE -> List.of(CATALOG.medicationsOf(MedicationClass.ANTICOAGULANT).get(0));
      case ALLERGY -> {
        List<Allergy> allergies = new ArrayList<>();
        for (MedicationComponent component : plan.components()) {
          allergies.add(Allergy.toMedication(component.medication()));
        }
        plan.antiseptic().ifPresent(a -> allergies.add(Allergy.toMedication(a)));
        yield allergies.isEmpty()
            ? List.of(Allergy.toMedication(CATALOG.medication("lidocaine")))
            : allergies;
      }
      case HIP_SURGERY -> List.of(HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, side, day));
      default -> List.of();
    };
  }

  @SuppressWarnings("unchecked")
  private static PatientProfile withDetails(PatientProfile profile, Fact fact, List<?> details) {
    if (details.isEmpty() || fact.presenceIn(profile).orElseThrow() != Presence.PRESENT) {
      return profile;
    }
    PatientProfile.Builder builder = PatientProfile.builder().from(profile);
    switch (fact) {
      case SKIN_PROBLEM -> builder.skinProblems((List<SkinProblem>) details);
      case BLOOD_THINNER_USE -> builder.bloodThinners((List<Medication>) details);
      case ALLERGY -> builder.allergies((List<Allergy>) details);
      case HIP_SURGERY -> builder.hipSurgeries((List<HipSurgery>) details);
      default -> {
        return profile;
      }
    }
    return builder.build();
  }
}
