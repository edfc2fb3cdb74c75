package org.hipkit.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hipkit.benchmarks.footprint.CatalogFootprint;
import org.hipkit.benchmarks.footprint.StartupTimer;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every measurement of this module once and writes the results to a directory: the JMH
 * benchmarks with the GC profiler ({@code jmh.json}, JMH's JSON format), the catalog's retained
 * size ({@code footprint.json}), the start-up time ({@code startup.json}, and with AppCDS {@code
 * startup-cds.json}), and a Markdown table of every figure as a ratio against its baseline from
 * this run, beside the goal its benchmark's Javadoc states ({@code summary.md}, also printed).
 *
 * <p>Run, from the repository root, in a few minutes on a 2-core machine: {@code
 * benchmarks/run.sh}, or after {@code ./mvnw -B -q -pl benchmarks -am package -DskipTests}: {@code
 * java -Djdk.attach.allowAttachSelf=true -cp benchmarks/target/benchmarks.jar
 * org.hipkit.benchmarks.RunAll benchmarks/target/results}. The JMH settings are those of {@link
 * Settings}.
 */
public final class RunAll {

  private static final String GC_NORM = "gc.alloc.rate.norm";

  private RunAll() {}

  /**
   * Runs everything.
   *
   * @param args the output directory (default {@code benchmarks/target/results}), then optionally
   *     a regular expression selecting fewer benchmarks
   * @throws RunnerException if JMH fails
   * @throws IOException if a result cannot be written
   * @throws InterruptedException if interrupted while timing start-up
   */
  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/target/results");
    String include = args.length > 1 ? args[1] : "org\\.hipkit\\.benchmarks\\..*Benchmark";
    Files.createDirectories(out);
    String loadBefore = loadAverage();
    Options options =
        new OptionsBuilder()
            .include(include)
            .addProfiler(GCProfiler.class)
            .resultFormat(ResultFormatType.JSON)
            .result(out.resolve("jmh.json").toString())
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, RunResult> byName = new LinkedHashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      byName.put(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1), r);
    }

    CatalogFootprint.main(new String[] {out.resolve("footprint.json").toString()});
    StartupTimer.Result startup = StartupTimer.measure(21);
    Files.writeString(out.resolve("startup.json"), startup.toJson() + "\n", StandardCharsets.UTF_8);
    StartupTimer.Result shared = StartupTimer.measureWithSharedArchive(21, out.resolve("cds"));
    Files.writeString(out.resolve("startup-cds.json"), shared.toJson() + "\n", StandardCharsets.UTF_8);

    String summary = summary(byName, startup, shared) + machine(loadBefore, loadAverage());
    System.out.println(summary);
    Files.writeString(out.resolve("summary.md"), summary, StandardCharsets.UTF_8);
  }

  private static String summary(
      Map<String, RunResult> r, StartupTimer.Result startup, StartupTimer.Result shared) {
    StringBuilder t = new StringBuilder();
    t.append("| measurement | hipkit | baseline | ratio | hipkit B/op | baseline B/op | goal |\n");
    t.append("|---|---:|---:|---:|---:|---:|---|\n");
    pair(t, r, "check, typical", "CheckBenchmark.typical", "CheckBenchmark.typicalBaseline", "<= 3");
    pair(t, r, "check, heavy", "CheckBenchmark.heavy", "CheckBenchmark.heavyBaseline", "<= 3");
    pair(t, r, "course, typical", "CourseBenchmark.courseTypical", "CourseBenchmark.courseTypicalBaseline", "none");
    pair(t, r, "course, series", "CourseBenchmark.courseSeries", "CourseBenchmark.courseSeriesBaseline", "none");
    pair(t, r, "schedule, typical", "CourseBenchmark.scheduleTypical", "CourseBenchmark.scheduleTypicalBaseline", "none");
    pair(t, r, "schedule, series", "CourseBenchmark.scheduleSeries", "CourseBenchmark.scheduleSeriesBaseline", "none");
    pair(t, r, "batch, 2 threads vs 1", "BatchBenchmark.twoThreads", "BatchBenchmark.oneThread", ">= 1.8");
    pair(t, r, "JSON read plan vs Jackson POJO", "JsonBenchmark.readPlan", "JsonBenchmark.readPlanPojo", "<= 1.3");
    pair(t, r, "JSON write plan vs Jackson POJO", "JsonBenchmark.writePlan", "JsonBenchmark.writePlanPojo", "<= 1.2");
    // The FHIR goal is hipkit at least 5x faster: in this table's direction, a ratio of 0.2 or less.
    pair(t, r, "JSON read plan vs HAPI FHIR R4", "JsonBenchmark.readPlan", "JsonBenchmark.readPlanFhir", "<= 0.2 (5x faster)");
    pair(t, r, "JSON write plan vs HAPI FHIR R4", "JsonBenchmark.writePlan", "JsonBenchmark.writePlanFhir", "<= 0.2 (5x faster)");
    t.append('\n');
    t.append(
        "ratio: hipkit's figure divided by the baseline's, both from this run. For times (ns/op)"
            + " below 1 means hipkit is faster; for the batch (ops/s) above 1 means two threads do"
            + " more than one.\n");
    t.append('\n');
    t.append(
        String.format(
            Locale.ROOT,
            "start-up: empty main %.1f ms, first catalog access %.1f ms (medians of %d runs), added %.1f ms%n",
            startup.emptyMedianMs(),
            startup.catalogMedianMs(),
            startup.runs(),
            startup.addedMs()));
    t.append(
        String.format(
            Locale.ROOT,
            "start-up with AppCDS: empty main %.1f ms, first catalog access %.1f ms (medians of %d runs), added %.1f ms%n",
            shared.emptyMedianMs(),
            shared.catalogMedianMs(),
            shared.runs(),
            shared.addedMs()));
    return t.toString();
  }

  /** The machine and JVM the run used, and how busy the machine was before and after it. */
  private static String machine(String loadBefore, String loadAfter) {
    return String.format(
        Locale.ROOT,
        "%nJVM: %s %s (%s); %d processors; CPU: %s; memory: %s%nload average (1, 5, 15 min) before: %s, after: %s%n",
        System.getProperty("java.vm.name"),
        System.getProperty("java.vm.version"),
        System.getProperty("java.vendor"),
        Runtime.getRuntime().availableProcessors(),
        firstValue(Path.of("/proc/cpuinfo"), "model name"),
        firstValue(Path.of("/proc/meminfo"), "MemTotal"),
        loadBefore,
        loadAfter);
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String firstValue(Path file, String key) {
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not on Linux: say so below.
    }
    return "unknown";
  }

  private static void pair(
      StringBuilder t,
      Map<String, RunResult> r,
      String label,
      String subject,
      String baseline,
      String goal) {
    RunResult s = r.get(subject);
    RunResult b = r.get(baseline);
    if (s == null || b == null) {
      return;
    }
    Result<?> sp = s.getPrimaryResult();
    Result<?> bp = b.getPrimaryResult();
    t.append(
        String.format(
            Locale.ROOT,
            "| %s | %.1f %s | %.1f %s | %.2f | %s | %s | %s |%n",
            label,
            sp.getScore(),
            sp.getScoreUnit(),
            bp.getScore(),
            bp.getScoreUnit(),
            sp.getScore() / bp.getScore(),
            bytes(s),
            bytes(b),
            goal));
  }

  private static String bytes(RunResult result) {
    Result<?> norm = result.getSecondaryResults().get(GC_NORM);
    return norm == null ? "-" : String.format(Locale.ROOT, "%.0f", norm.getScore());
  }
}
