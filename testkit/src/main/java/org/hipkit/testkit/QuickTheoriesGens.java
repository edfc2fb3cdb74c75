package org.hipkit.testkit;

import java.time.LocalDate;
import java.util.Objects;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;
import org.hipkit.protocol.Protocol;
import org.quicktheories.core.Gen;

/**
 * Adapters from hipkit's {@link Generator generators} to QuickTheories {@link Gen}s, such as {@code
 * QuickTheoriesGens.plans()} for {@code qt().forAll(...)}.
 *
 * <p>The adapted generator draws every random number from QuickTheories' own source, one bounded
 * draw per choice. QuickTheories reports the seed of a falsified property, so the failure is
 * reproduced with {@code withFixedSeed}, and shrinks a failing value by shrinking the drawn numbers
 * toward their lower bounds; since hipkit's generators put the simplest choice at the low end, a
 * failing value shrinks to fewer components, fewer risk facts, fewer details and dates nearer the
 * reference date.
 *
 * <pre>{@code
 * qt().withExamples(500)
 *     .forAll(QuickTheoriesGens.cases())
 *     .checkAssert(c -> assertThat(c.check(Checker.standard()).summary()).isNotNull());
 * }</pre>
 *
 * <p>This class needs {@code org.quicktheories:quicktheories} (0.26), an optional dependency of the
 * testkit that a user of this class declares in their own build. The rest of the testkit works
 * without it.
 */
public final class QuickTheoriesGens {

  /** The size the convenience methods use: up to 8 extra components, deviations and so on. */
  public static final int DEFAULT_SIZE = 8;

  private QuickTheoriesGens() {}

  /**
   * Adapts a generator to a QuickTheories {@link Gen} with a fixed size.
   *
   * @param <T> the type of the values
   * @param generator the generator, not null
   * @param size the size passed to every call, zero or more
   * @return the QuickTheories generator
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static <T> Gen<T> of(Generator<T> generator, int size) {
    Objects.requireNonNull(generator, "generator");
    Draw.checkSize(size);
    return source -> generator.next(new SourceRandom(source), size);
  }

  /**
   * Adapts a generator to a QuickTheories {@link Gen} with {@link #DEFAULT_SIZE}.
   *
   * @param <T> the type of the values
   * @param generator the generator, not null
   * @return the QuickTheories generator
   */
  public static <T> Gen<T> of(Generator<T> generator) {
    return of(generator, DEFAULT_SIZE);
  }

  /**
   * Returns valid plans for every intervention of the standard catalog; see {@link
   * HipGenerators#plans(HipCatalog, LocalDate)}.
   *
   * @return the plan generator
   */
  public static Gen<TreatmentPlan> plans() {
    return of(HipGenerators.plans());
  }

  /**
   * Returns valid plans for every intervention of a catalog; see {@link
   * HipGenerators#plans(HipCatalog, LocalDate)}.
   *
   * @param catalog the catalog, not null
   * @return the plan generator
   * @throws IllegalArgumentException if no intervention of the catalog admits a valid plan
   */
  public static Gen<TreatmentPlan> plans(HipCatalog catalog) {
    return of(HipGenerators.plans(catalog));
  }

  /**
   * Returns valid patient profiles dated relative to {@link HipGenerators#REFERENCE_DATE}; see
   * {@link HipGenerators#profiles(HipCatalog, LocalDate)}.
   *
   * @return the profile generator
   */
  public static Gen<PatientProfile> profiles() {
    return of(HipGenerators.profiles());
  }

  /**
   * Returns valid patient profiles for a catalog and a reference date; see {@link
   * HipGenerators#profiles(HipCatalog, LocalDate)}.
   *
   * @param catalog the catalog, not null
   * @param reference the date generated dates are relative to, not null
   * @return the profile generator
   */
  public static Gen<PatientProfile> profiles(HipCatalog catalog, LocalDate reference) {
    return of(HipGenerators.profiles(catalog, reference));
  }

  /**
   * Returns (profile, plan) cases with the standard catalog; see {@link
   * HipGenerators#cases(HipCatalog)}.
   *
   * @return the case generator
   */
  public static Gen<CheckCase> cases() {
    return of(HipGenerators.cases());
  }

  /**
   * Returns (profile, plan) cases with a catalog; see {@link HipGenerators#cases(HipCatalog)}.
   *
   * @param catalog the catalog, not null
   * @return the case generator
   * @throws IllegalArgumentException if no intervention of the catalog admits a valid plan
   */
  public static Gen<CheckCase> cases(HipCatalog catalog) {
    return of(HipGenerators.cases(catalog));
  }

  /**
   * Returns valid protocols; see {@link HipGenerators#protocols()}.
   *
   * @return the protocol generator
   */
  public static Gen<Protocol> protocols() {
    return of(HipGenerators.protocols());
  }

  /**
   * Returns the reports of the standard checker on {@link #cases()}.
   *
   * @return the report generator
   */
  public static Gen<CheckReport> reports() {
    return of(HipGenerators.reports());
  }

  /**
   * Returns the reports of a checker on the cases of the standard catalog.
   *
   * @param checker the checker, not null
   * @return the report generator
   */
  public static Gen<CheckReport> reports(Checker checker) {
    return of(HipGenerators.reports(checker, HipCatalog.standard()));
  }
}
