/**
 * Generators of valid hipkit values for property tests.
 *
 * <p><b>Start here:</b> {@link org.hipkit.testkit.HipGenerators} gives a {@link
 * org.hipkit.testkit.Generator} for each value a test needs: treatment plans for every intervention a
 * catalog allows, patient profiles from all-known-negative to all-unknown to many risks, protocols,
 * (profile, plan) {@link org.hipkit.testkit.CheckCase cases} and the check reports derived from them.
 * A generator is a function of a seeded {@link java.util.random.RandomGenerator} and a size, so any
 * property-testing library can drive it and a failing value is rebuilt from its seed:
 *
 * <pre>{@code
 * Generator<TreatmentPlan> plans = HipGenerators.plans();
 * TreatmentPlan plan = plans.sample(42L, 8);   // the same plan on every run and every JVM
 * }</pre>
 *
 * <p>{@link org.hipkit.testkit.QuickTheoriesGens} adapts any generator to a QuickTheories {@code
 * Gen} whose shrinking gives fewer components, fewer risk facts and dates nearer the reference
 * date. {@link org.hipkit.testkit.ScreeningFacts} edits one screening fact of a profile, for
 * properties such as "adding a risk never lowers the summary".
 *
 * <p>Generated values are for tests only: they are valid, not clinically meaningful.
 */
@NullMarked
package org.hipkit.testkit;

import org.jspecify.annotations.NullMarked;
