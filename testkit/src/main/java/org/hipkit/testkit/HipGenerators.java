package org.hipkit.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.intervention.Intervention;
import org.hipkit.medication.Medication;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.Allergy;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.HipSurgery;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.SkinProblem;
import org.hipkit.protocol.Protocol;

/**
 * Generators of valid hipkit values, each driven by a seeded {@link
 * java.util.random.RandomGenerator} and a size: plans, patient profiles, protocols, (profile, plan)
 * cases and check reports.
 *
 * <pre>{@code
 * Generator<CheckCase> cases = HipGenerators.cases();
 * for (CheckCase c : cases.samples(2026L, 8, 1000)) {
 *   CheckReport report = c.check(Checker.standard());
 *   // assert a property of the report
 * }
 * }</pre>
 *
 * <p>Dates are drawn relative to a reference date, never from a clock: plans fall on or after it,
 * profile measurements, statements and operations on or before it. The default reference date is
 * {@link #REFERENCE_DATE}; in a {@linkplain #cases() case} the profile's reference is the plan's
 * date, so that measurements are as fresh or as stale for the check as the protocol makes them.
 *
 * <p>The generators are immutable and thread-safe; each call with the same draws gives an equal value.
 */
public final class HipGenerators {

  /** The default reference date of generated dates, 2026-12-01. */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 12, 1);

  private HipGenerators() {}

  /**
   * Returns a generator of valid plans for every intervention of the standard catalog, dated from
   * {@link #REFERENCE_DATE}.
   *
   * @return the plan generator
   * @see #plans(HipCatalog, LocalDate)
   */
  public static Generator<TreatmentPlan> plans() {
    return plans(HipCatalog.standard());
  }

  /**
   * Returns a generator of valid plans for every intervention of a catalog, dated from {@link
   * #REFERENCE_DATE}.
   *
   * @param catalog the catalog whose entries the plans use, not null
   * @return the plan generator
   * @throws IllegalArgumentException if no intervention of the catalog admits a valid plan
   * @see #plans(HipCatalog, LocalDate)
   */
  public static Generator<TreatmentPlan> plans(HipCatalog catalog) {
    return plans(catalog, REFERENCE_DATE);
  }

  /**
   * Returns a generator of valid plans for every intervention of a catalog.
   *
   * <p>Every intervention is equally likely, then every (target, modality, purpose) it allows for
   * which the catalog holds suitable medications. Components satisfy the plan's rules: classes the
   * intervention allows, at least one of a principal class, each given by a route the target takes
   * ({@link TreatmentPlan#routesFor}), a local anesthetic for a diagnostic-and-therapeutic purpose,
   * none for needling; up to {@code size} further components (contrast among them when allowed),
   * some with a dose. The condition is one the intervention is indicated for, one time in ten
   * another one. The antiseptic is one of the catalog's or none; the date lies up to a year after
   * {@code from}; series and courses get up to {@code size + 1} sessions (within the intervention's
   * session pattern) and an interval. An intervention that admits no valid plan is left out.
   *
   * @param catalog the catalog whose entries the plans use, not null
   * @param from the earliest planned date, not null
   * @return the plan generator
   * @throws IllegalArgumentException if no intervention of the catalog admits a valid plan
   */
  public static Generator<TreatmentPlan> plans(HipCatalog catalog, LocalDate from) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(from, "from");
    return new PlanGenerator(catalog, catalog.interventions(), from);
  }

  /**
   * Returns a generator of valid plans for one intervention of a catalog, dated from {@link
   * #REFERENCE_DATE}, covering every target, modality and purpose it allows.
   *
   * @param catalog the catalog whose entries the plans use, not null
   * @param intervention an intervention of the catalog, not null
   * @return the plan generator
   * @throws IllegalArgumentException if the intervention admits no valid plan with the catalog's
   *     medications
   */
  public static Generator<TreatmentPlan> plansFor(HipCatalog catalog, Intervention intervention) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(intervention, "intervention");
    return new PlanGenerator(catalog, List.of(intervention), REFERENCE_DATE);
  }

  /**
   * Returns a generator of valid patient profiles with the standard catalog's medications, dated
   * relative to {@link #REFERENCE_DATE}.
   *
   * @return the profile generator
   * @see #profiles(HipCatalog, LocalDate)
   */
  public static Generator<PatientProfile> profiles() {
    return profiles(HipCatalog.standard(), REFERENCE_DATE);
  }

  /**
   * Returns a generator of valid patient profiles across the range.
   *
   * <p>One profile in ten is {@linkplain PatientProfile#unknown() all unknown}; two in ten are
   * {@linkplain ScreeningFacts#allKnownNegative() all known negative}; the rest hold up to {@code
   * size} deviations from a known-negative background (a fact turned unknown, or to its {@linkplain
   * ScreeningFacts#riskValue risk value}) or, one time in seven, from an unknown background. A
   * present skin problem, blood thinner use, allergy or hip surgery gets up to {@code min(size, 3)}
   * details (none meaning the details are not known): skin problems whose region or side is
   * sometimes unknown, blood thinners from the catalog, allergies to a medication, a class or an
   * allergy group of the catalog or recorded unresolved in a clinician's words, operations whose
   * side or date is sometimes unknown. Except in the
   * all-unknown shape, an INR, an HbA1c and clinicians' control statements are each present two
   * times in three, dated up to twice the standard protocol's maximum age before the reference date,
   * so that some are stale.
   *
   * @param catalog the catalog whose medications blood thinners and allergies name, not null
   * @param reference the date that generated dates are relative to, not null
   * @return the profile generator
   */
  public static Generator<PatientProfile> profiles(HipCatalog catalog, LocalDate reference) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(reference, "reference");
    ProfileGenerator profiles = new ProfileGenerator(catalog);
    return (random, size) -> profiles.next(random, size, reference);
  }

  /**
   * Returns a generator of (profile, plan) cases with the standard catalog.
   *
   * @return the case generator
   * @see #cases(HipCatalog)
   */
  public static Generator<CheckCase> cases() {
    return cases(HipCatalog.standard());
  }

  /**
   * Returns a generator of (profile, plan) cases: a plan from {@link #plans(HipCatalog)}, then a
   * profile from {@link #profiles(HipCatalog, LocalDate)} whose dates are relative to the plan's
   * date, the date a check is made as of by default.
   *
   * @param catalog the catalog, not null
   * @return the case generator
   * @throws IllegalArgumentException if no intervention of the catalog admits a valid plan
   */
  public static Generator<CheckCase> cases(HipCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    PlanGenerator plans = new PlanGenerator(catalog, catalog.interventions(), REFERENCE_DATE);
    ProfileGenerator profiles = new ProfileGenerator(catalog);
    return (random, size) -> {
      TreatmentPlan plan = plans.next(random, size);
      return new CheckCase(profiles.next(random, size, plan.plannedDate()), plan);
    };
  }

  /**
   * Returns a generator of the reports of the standard checker on {@link #cases()}.
   *
   * @return the report generator
   */
  public static Generator<CheckReport> reports() {
    return reports(Checker.standard(), HipCatalog.standard());
  }

  /**
   * Returns a generator of the reports a checker gives on the cases of a catalog. Reports are
   * derived values: the generator checks a generated case as of its plan's date.
   *
   * @param checker the checker, not null
   * @param catalog the catalog of the cases, not null
   * @return the report generator
   */
  public static Generator<CheckReport> reports(Checker checker, HipCatalog catalog) {
    Objects.requireNonNull(checker, "checker");
    return cases(catalog).map(c -> c.check(checker));
  }

  /**
   * Returns a generator of valid protocols: one time in five the {@linkplain Protocol#standard()
   * standard} one, otherwise random thresholds: INR limit 1.5 to 4.5, HbA1c limit 5.5 to 12.0 %,
   * maximum ages of 0 to 30 (INR), 0 to 365 (HbA1c) and 0 to 90 (statement) days, 0 to 365 days
   * after an arthroplasty, landmark guidance acceptable or not, repeat interval 0 to 6 months,
   * follow-up 1 to 12 weeks. Low thresholds are the simpler values.
   *
   * @return the protocol generator
   */
  public static Generator<Protocol> protocols() {
    return (random, size) -> {
      Draw.checkSize(size);
      if (random.nextInt(5) == 0) {
        return Protocol.standard();
      }
      return Protocol.builder()
          .id("protocol-" + (1 + random.nextInt(999)))
          .maxInr(BigDecimal.valueOf(15 + random.nextInt(31), 1))
          .inrMaxAgeDays(Draw.upTo(random, 30))
          .maxHba1cPercent(BigDecimal.valueOf(55 + random.nextInt(66), 1))
          .hba1cMaxAgeDays(Draw.upTo(random, 365))
          .statementMaxAgeDays(Draw.upTo(random, 90))
          .minDaysSinceArthroplasty(Draw.upTo(random, 365))
          .landmarkAcceptableForIntraArticular(random.nextBoolean())
          .minRepeatInjectionInterval(Period.ofMonths(Draw.upTo(random, 6)))
          .followUpInterval(Period.ofWeeks(1 + random.nextInt(12)))
          .build();
    };
  }

  /**
   * Returns a generator of skin problems: any kind, with a region and a side that are each unknown
   * one time in five.
   *
   * @return the skin problem generator
   */
  public static Generator<SkinProblem> skinProblems() {
    Details details = new Details(HipCatalog.standard());
    return (random, size) -> {
      Draw.checkSize(size);
      return details.skinProblem(random);
    };
  }

  /**
   * Returns a generator of lists of blood thinners: up to {@code size} distinct anticoagulants and
   * antiplatelets of a catalog, possibly none (which blood thinners not known).
   *
   * @param catalog the catalog, not null
   * @return the blood thinner list generator
   */
  public static Generator<List<Medication>> bloodThinners(HipCatalog catalog) {
    Details details = new Details(Objects.requireNonNull(catalog, "catalog"));
    return (random, size) -> {
      Draw.checkSize(size);
      return List.copyOf(Draw.distinct(random, details.bloodThinnerChoices(), size));
    };
  }

  /**
   * Returns a generator of allergies to a medication, a medication class or an allergy group of a
   * catalog, and of allergens recorded unresolved (such as {@code "penicillin"} or a misspelt
   * {@code "lidocain"}), each kind about one time in four.
   *
   * @param catalog the catalog, not null
   * @return the allergy generator
   */
  public static Generator<Allergy> allergies(HipCatalog catalog) {
    Details details = new Details(Objects.requireNonNull(catalog, "catalog"));
    return (random, size) -> {
      Draw.checkSize(size);
      return details.allergy(random);
    };
  }

  /**
   * Returns a generator of hip operations of any kind, up to two years before a reference date,
   * with a side and a date that are each unknown one time in five.
   *
   * @param reference the latest date of an operation, not null
   * @return the hip operation generator
   */
  public static Generator<HipSurgery> hipSurgeries(LocalDate reference) {
    Objects.requireNonNull(reference, "reference");
    Details details = new Details(HipCatalog.standard());
    return (random, size) -> {
      Draw.checkSize(size);
      return details.hipSurgery(random, reference);
    };
  }

  /**
   * Returns a generator of INR measurements from 0.8 to 5.0, and one in ten at an edge of the
   * plausible range (0.5 or 20), taken up to 14 days before a reference date.
   *
   * @param reference the latest date of a measurement, not null
   * @return the INR generator
   */
  public static Generator<Measurement> inrs(LocalDate reference) {
    Objects.requireNonNull(reference, "reference");
    return (random, size) -> {
      Draw.checkSize(size);
      return Details.inr(random, reference);
    };
  }

  /**
   * Returns a generator of HbA1c measurements, half in percent (4.5 to 12.0 %) and half in mmol/mol
   * (26 to 108), one in ten at an edge of the plausible range in its unit, taken up to 180 days
   * before a reference date.
   *
   * @param reference the latest date of a measurement, not null
   * @return the HbA1c generator
   */
  public static Generator<Measurement> hba1cs(LocalDate reference) {
    Objects.requireNonNull(reference, "reference");
    return (random, size) -> {
      Draw.checkSize(size);
      return Details.hba1c(random, reference);
    };
  }

  /**
   * Returns a generator of clinicians' control statements, controlled or not, made up to 60 days
   * before a reference date.
   *
   * @param reference the latest date of a statement, not null
   * @return the statement generator
   */
  public static Generator<ControlStatement> controlStatements(LocalDate reference) {
    Objects.requireNonNull(reference, "reference");
    return (random, size) -> {
      Draw.checkSize(size);
      return Details.statement(random, reference);
    };
  }
}
