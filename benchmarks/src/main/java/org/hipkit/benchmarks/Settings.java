package org.hipkit.benchmarks;

/**
 * The JMH settings every benchmark of this module uses, in one place: one fork, three warm-up
 * iterations and five measured iterations of one second each.
 *
 * <p>With these settings all the benchmarks, the footprint and the start-up measurement run in a
 * few minutes on a 2-core machine. Timings on such a machine vary by about a quarter between runs;
 * bytes allocated per operation ({@code -prof gc}) do not. Read every timing as a ratio against the
 * baseline measured in the same run.
 */
public final class Settings {

  /** JVM forks per benchmark. */
  public static final int FORKS = 1;

  /** Warm-up iterations per fork. */
  public static final int WARMUP_ITERATIONS = 3;

  /** Measured iterations per fork. */
  public static final int MEASUREMENT_ITERATIONS = 5;

  /** Length of one iteration, warm-up or measured, in seconds. */
  public static final int ITERATION_SECONDS = 1;

  /** The forked JVM's initial heap: equal to its maximum, so that heap sizing does not vary. */
  public static final String XMS = "-Xms1g";

  /** The forked JVM's maximum heap. */
  public static final String XMX = "-Xmx1g";

  /**
   * Silences SLF4J's notice that no logging provider is bound: HAPI FHIR, measured beside hipkit in
   * {@link JsonBenchmark}, logs through SLF4J, and nothing in the forked JVM needs its logs.
   */
  public static final String QUIET_SLF4J = "-Dslf4j.internal.verbosity=ERROR";

  private Settings() {}
}
