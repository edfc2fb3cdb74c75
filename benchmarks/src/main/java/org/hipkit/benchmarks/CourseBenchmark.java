package org.hipkit.benchmarks;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hipkit.course.Course;
import org.hipkit.course.Schedule;
import org.hipkit.plan.TreatmentPlan;
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
 * Measures building the expected course of a plan ({@link Course#of(TreatmentPlan)}) and
 * materialising its schedule from a local time and a zone ({@link Course#schedule(LocalTime,
 * ZoneId)}), each beside a hand-coded baseline.
 *
 * <p>Data ({@link Scenarios}): the typical steroid and anesthetic injection (16 items, 2 notes) and
 * eight weekly acupuncture sessions (14 items, 8 of them per session), placed at 09:00 in
 * Europe/London from the plan's date. Baselines: {@link PlainCourse}, the same items written out
 * with if-statements and literal windows, and {@link PlainSchedule}, the same java.time arithmetic
 * on windows held in plain arrays.
 *
 * <p>Why: a course is built, and placed on a calendar, whenever a plan is shown to a clinician or a
 * patient; it should cost about as little as the check. No numeric goal is set; the figures are
 * reported against their baselines.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CourseBenchmark -prof gc}; settings in
 * {@link Settings}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = Settings.FORKS, jvmArgsAppend = {Settings.XMS, Settings.XMX})
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.ITERATION_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.ITERATION_SECONDS)
public class CourseBenchmark {

  private static final LocalTime NINE = LocalTime.of(9, 0);

  private TreatmentPlan typicalPlan;
  private TreatmentPlan seriesPlan;
  private PlainCourse.Plan typicalPlain;
  private PlainCourse.Plan seriesPlain;
  private Course typicalCourse;
  private Course seriesCourse;
  private PlainSchedule typicalPlainSchedule;
  private PlainSchedule seriesPlainSchedule;
  private ZoneId zone;

  /** Builds the plans, courses and plain inputs once per fork, outside the measurement. */
  @Setup
  public void setUp() {
    typicalPlan = Scenarios.typicalPlan();
    seriesPlan = Scenarios.seriesPlan();
    typicalPlain = PlainCourse.Plan.of(typicalPlan);
    seriesPlain = PlainCourse.Plan.of(seriesPlan);
    typicalCourse = Course.of(typicalPlan);
    seriesCourse = Course.of(seriesPlan);
    typicalPlainSchedule = new PlainSchedule(typicalCourse);
    seriesPlainSchedule = new PlainSchedule(seriesCourse);
    zone = ZoneId.of("Europe/London");
  }

  /**
   * Builds the typical plan's course.
   *
   * @return the course
   */
  @Benchmark
  public Course courseTypical() {
    return Course.of(typicalPlan);
  }

  /**
   * The baseline of {@link #courseTypical()}.
   *
   * @return the items
   */
  @Benchmark
  public List<PlainCourse.Item> courseTypicalBaseline() {
    return PlainCourse.of(typicalPlain);
  }

  /**
   * Builds the series plan's course.
   *
   * @return the course
   */
  @Benchmark
  public Course courseSeries() {
    return Course.of(seriesPlan);
  }

  /**
   * The baseline of {@link #courseSeries()}.
   *
   * @return the items
   */
  @Benchmark
  public List<PlainCourse.Item> courseSeriesBaseline() {
    return PlainCourse.of(seriesPlain);
  }

  /**
   * Places the typical course on the calendar.
   *
   * @return the schedule
   */
  @Benchmark
  public Schedule scheduleTypical() {
    return typicalCourse.schedule(NINE, zone);
  }

  /**
   * The baseline of {@link #scheduleTypical()}.
   *
   * @return the placed items
   */
  @Benchmark
  public PlainSchedule.Placed[] scheduleTypicalBaseline() {
    return typicalPlainSchedule.place(ZonedDateTime.of(Scenarios.DAY, NINE, zone));
  }

  /**
   * Places the series course on the calendar.
   *
   * @return the schedule
   */
  @Benchmark
  public Schedule scheduleSeries() {
    return seriesCourse.schedule(NINE, zone);
  }

  /**
   * The baseline of {@link #scheduleSeries()}.
   *
   * @return the placed items
   */
  @Benchmark
  public PlainSchedule.Placed[] scheduleSeriesBaseline() {
    return seriesPlainSchedule.place(ZonedDateTime.of(Scenarios.DAY, NINE, zone));
  }
}
