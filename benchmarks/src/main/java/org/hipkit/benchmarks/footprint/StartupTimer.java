package org.hipkit.benchmarks.footprint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures the time from JVM start to the first access to the standard catalog: starts {@link
 * EmptyMain} and {@link CatalogMain} alternately, each {@code runs} times, as fresh JVMs from this
 * process's class path with the same options, and reports the median wall time of each and their
 * difference.
 *
 * <p>Each run's wall time is taken from just before the process is started to just after it has
 * exited, so both include JVM start-up and shutdown; alternating the two spreads any drift of the
 * machine over both. Three runs of each are made first and not counted, to warm the file cache.
 *
 * <p>{@link #measureWithSharedArchive} repeats the measurement with application class-data
 * sharing (AppCDS, JDK 13 and later): each main first runs once with {@code
 * -XX:ArchiveClassesAtExit}, which archives the classes it loaded, then every counted run starts
 * with {@code -XX:SharedArchiveFile}. The difference between the two measurements shows how much of
 * the added time is loading hipkit's classes rather than running its code, and what a deployment
 * that cares about start-up can gain without any change to hipkit. Class-data archives need a
 * class path of jars only, as the benchmarks jar is.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * org.hipkit.benchmarks.footprint.StartupTimer [runs] [json-file]} (default 21 runs). Goal: the
 * catalog adds under 30 ms.
 */
public final class StartupTimer {

  private static final int WARM_UP_RUNS = 3;

  private StartupTimer() {}

  /**
   * Runs the measurement.
   *
   * @param args the number of runs of each main (default 21), then optionally a file to write the
   *     result to as JSON
   * @throws IOException if a JVM cannot be started or the file cannot be written
   * @throws InterruptedException if interrupted while waiting for a JVM
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
    Result result = measure(runs);
    String json = result.toJson();
    System.out.println(json);
    if (args.length > 1) {
      Files.writeString(Path.of(args[1]), json + "\n", StandardCharsets.UTF_8);
    }
  }

  /**
   * The medians of one measurement, in milliseconds.
   *
   * @param runs how many runs of each main were counted
   * @param emptyMedianMs the median wall time of {@link EmptyMain}
   * @param catalogMedianMs the median wall time of {@link CatalogMain}
   * @param emptyMs every counted run of {@link EmptyMain}
   * @param catalogMs every counted run of {@link CatalogMain}
   */
  public record Result(
      int runs, double emptyMedianMs, double catalogMedianMs, double[] emptyMs, double[] catalogMs) {

    /**
     * Returns what the first catalog access adds: the difference of the medians.
     *
     * @return milliseconds
     */
    public double addedMs() {
      return catalogMedianMs - emptyMedianMs;
    }

    /**
     * Returns the result as a JSON object.
     *
     * @return the JSON text
     */
    public String toJson() {
      return String.format(
          Locale.ROOT,
          "{\"runs\": %d, \"emptyMedianMs\": %.1f, \"catalogMedianMs\": %.1f, \"addedMs\": %.1f,"
              + " \"emptyMs\": %s, \"catalogMs\": %s}",
          runs,
          emptyMedianMs,
          catalogMedianMs,
          addedMs(),
          list(emptyMs),
          list(catalogMs));
    }

    private static String list(double[] values) {
      List<String> texts = new ArrayList<>();
      for (double v : values) {
        texts.add(String.format(Locale.ROOT, "%.1f", v));
      }
      return "[" + String.join(", ", texts) + "]";
    }
  }

  /**
   * Starts each main {@code runs} times, alternately, after a few uncounted runs.
   *
   * @param runs how many counted runs of each main
   * @return the medians
   * @throws IOException if a JVM cannot be started
   * @throws InterruptedException if interrupted while waiting for a JVM
   */
  public static Result measure(int runs) throws IOException, InterruptedException {
    return measure(runs, List.of(), List.of());
  }

  /**
   * Measures as {@link #measure} does, with each main started from a class-data archive of its own
   * (AppCDS), made by one run of that main with {@code -XX:ArchiveClassesAtExit} first.
   *
   * @param runs how many runs of each main to count
   * @param directory where to write the two archives
   * @return the medians
   * @throws IOException if a JVM cannot be started
   * @throws InterruptedException if interrupted while waiting for a JVM
   */
  public static Result measureWithSharedArchive(int runs, Path directory)
      throws IOException, InterruptedException {
    Files.createDirectories(directory);
    Path emptyArchive = directory.resolve("empty-main.jsa").toAbsolutePath();
    Path catalogArchive = directory.resolve("catalog-main.jsa").toAbsolutePath();
    run(EmptyMain.class, List.of("-XX:ArchiveClassesAtExit=" + emptyArchive));
    run(CatalogMain.class, List.of("-XX:ArchiveClassesAtExit=" + catalogArchive));
    return measure(
        runs,
        List.of("-XX:SharedArchiveFile=" + emptyArchive),
        List.of("-XX:SharedArchiveFile=" + catalogArchive));
  }

  private static Result measure(int runs, List<String> emptyOptions, List<String> catalogOptions)
      throws IOException, InterruptedException {
    for (int i = 0; i < WARM_UP_RUNS; i++) {
      run(EmptyMain.class, emptyOptions);
      run(CatalogMain.class, catalogOptions);
    }
    double[] empty = new double[runs];
    double[] catalog = new double[runs];
    for (int i = 0; i < runs; i++) {
      empty[i] = run(EmptyMain.class, emptyOptions);
      catalog[i] = run(CatalogMain.class, catalogOptions);
    }
    return new Result(runs, median(empty), median(catalog), empty, catalog);
  }

  private static double run(Class<?> main, List<String> options)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    long start = System.nanoTime();
    Process process = builder.start();
    int status = process.waitFor();
    long end = System.nanoTime();
    if (status != 0) {
      throw new IllegalStateException(main.getName() + " exited with status " + status);
    }
    return (end - start) / 1e6;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
