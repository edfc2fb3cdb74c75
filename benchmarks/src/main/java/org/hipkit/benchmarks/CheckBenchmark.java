package org.hipkit.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures one check: the average time and the bytes allocated for {@link Checker#check} of one
 * plan against one profile with the shared standard checker.
 *
 * <p>Data ({@link Scenarios}): the <em>typical</em> case, an ultrasound-guided intra-articular
 * steroid and anesthetic injection for a patient whose every screening fact is known (every
 * injection rule applies, none flags), and the <em>heavy</em> case, the same injection under
 * fluoroscopy with contrast for a patient with many risk facts (about half the rules flag, some
 * are indeterminate, every finding keeps its basis). Each is measured beside the {@link PlainCheck}
 * baseline, which evaluates the same facts with plain if-statements on the plain fields of a {@link
 * PlainCase} and returns the flagged rule ids.
 *
 * <p>Why: a check runs whenever a plan is drafted or changed, often inside a request that does more
 * work; it should cost little next to hand-written code. Goals: within 3x of the baseline, under 2
 * microseconds and under 2 KB allocated per check.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CheckBenchmark -prof gc} (after {@code
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests}); settings in {@link Settings}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = Settings.FORKS, jvmArgsAppend = {Settings.XMS, Settings.XMX})
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.ITERATION_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.ITERATION_SECONDS)
public class CheckBenchmark {

  private Checker checker;
  private PatientProfile typicalProfile;
  private TreatmentPlan typicalPlan;
  private PlainCase typicalPlain;
  private PatientProfile heavyProfile;
  private TreatmentPlan heavyPlan;
  private PlainCase heavyPlain;

  /** Builds the cases once per fork, outside the measurement. */
  @Setup
  public void setUp() {
    checker = Checker.standard();
    typicalProfile = Scenarios.typicalProfile();
    typicalPlan = Scenarios.typicalPlan();
    typicalPlain = PlainCase.of(typicalProfile, typicalPlan, checker.protocol(), Scenarios.DAY);
    heavyProfile = Scenarios.heavyProfile();
    heavyPlan = Scenarios.heavyPlan();
    heavyPlain = PlainCase.of(heavyProfile, heavyPlan, checker.protocol(), Scenarios.DAY);
  }

  /**
   * Checks the typical case.
   *
   * @return the report
   */
  @Benchmark
  public CheckReport typical() {
    return checker.check(typicalProfile, typicalPlan);
  }

  /**
   * The baseline of {@link #typical()}.
   *
   * @return the flagged rule ids
   */
  @Benchmark
  public List<String> typicalBaseline() {
    return PlainCheck.flagged(typicalPlain);
  }

  /**
   * Checks the heavy case.
   *
   * @return the report
   */
  @Benchmark
  public CheckReport heavy() {
    return checker.check(heavyProfile, heavyPlan);
  }

  /**
   * The baseline of {@link #heavy()}.
   *
   * @return the flagged rule ids
   */
  @Benchmark
  public List<String> heavyBaseline() {
    return PlainCheck.flagged(heavyPlain);
  }
}
