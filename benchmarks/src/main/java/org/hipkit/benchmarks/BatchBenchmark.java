package org.hipkit.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hipkit.check.Checker;
import org.hipkit.testkit.CheckCase;
import org.hipkit.testkit.HipGenerators;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measures throughput, in checks per second, of checking a batch of generated cases with one thread
 * and with two threads sharing one checker.
 *
 * <p>Data: {@value #CASES} (profile, plan) cases from {@link HipGenerators#cases()} with seed
 * {@value #SEED} and size {@value #SIZE}, generated once per fork: every intervention of the
 * standard catalog, profiles from all-unknown to many risk facts with stale and fresh measurements.
 * Each invocation checks every case of the batch; every thread walks the whole batch.
 *
 * <p>Why: a checker is immutable and meant to be shared by the threads of a server; sharing must
 * not serialise them. Goal: two threads at least 1.8 times the throughput of one (the one-thread
 * figure is the baseline). On a 2-core machine, two threads also share the cores with the JIT and
 * the garbage collector, so allocation per check matters for scaling.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BatchBenchmark -prof gc}; settings in
 * {@link Settings}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = Settings.FORKS, jvmArgsAppend = {Settings.XMS, Settings.XMX})
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.ITERATION_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.ITERATION_SECONDS)
public class BatchBenchmark {

  /** How many cases a batch holds. */
  public static final int CASES = 1000;

  /** The seed the cases are generated from. */
  public static final long SEED = 20261201L;

  /** The size of the generated cases. */
  public static final int SIZE = 6;

  private Checker checker;
  private CheckCase[] cases;

  /** Generates the batch once per fork, outside the measurement. */
  @Setup
  public void setUp() {
    checker = Checker.standard();
    List<CheckCase> generated = HipGenerators.cases().samples(SEED, SIZE, CASES);
    cases = generated.toArray(new CheckCase[0]);
  }

  /**
   * Checks the batch on one thread.
   *
   * @param sink consumes every report
   */
  @Benchmark
  @Threads(1)
  @OperationsPerInvocation(CASES)
  public void oneThread(Blackhole sink) {
    checkAll(sink);
  }

  /**
   * Checks the batch on each of two threads at once, sharing the checker and the cases.
   *
   * @param sink consumes every report
   */
  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(CASES)
  public void twoThreads(Blackhole sink) {
    checkAll(sink);
  }

  private void checkAll(Blackhole sink) {
    Checker shared = checker;
    for (CheckCase c : cases) {
      sink.consume(shared.check(c.profile(), c.plan()));
    }
  }
}
