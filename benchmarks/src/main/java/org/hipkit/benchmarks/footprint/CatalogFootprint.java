package org.hipkit.benchmarks.footprint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hipkit.catalog.HipCatalog;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures the retained size of the standard catalog: {@code
 * GraphLayout.parseInstance(HipCatalog.standard()).totalSize()} from JOL, the bytes of every object
 * reachable from the catalog (entries, strings, lists, maps, the sources they cite, and the shared
 * enum constants they point to).
 *
 * <p>Why: every JVM that uses hipkit holds the catalog for its whole life. Goal: under 2 MB.
 *
 * <p>Run: {@code java -Djdk.attach.allowAttachSelf=true -cp benchmarks/target/benchmarks.jar
 * org.hipkit.benchmarks.footprint.CatalogFootprint [json-file]}.
 */
public final class CatalogFootprint {

  /** The goal: 2 MB. */
  public static final long GOAL_BYTES = 2L * 1024 * 1024;

  private CatalogFootprint() {}

  /**
   * Prints the catalog's retained size and object count, and its largest classes of object.
   *
   * @param args optionally, a file to write the result to as JSON
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    GraphLayout layout = GraphLayout.parseInstance(HipCatalog.standard());
    long bytes = layout.totalSize();
    long objects = layout.totalCount();
    System.out.println(layout.toFootprint());
    String json =
        String.format(
            Locale.ROOT,
            "{\"catalogBytes\": %d, \"catalogObjects\": %d, \"goalBytes\": %d, \"ratioToGoal\": %.3f}",
            bytes,
            objects,
            GOAL_BYTES,
            (double) bytes / GOAL_BYTES);
    System.out.println(json);
    if (args.length > 0) {
      Files.writeString(Path.of(args[0]), json + "\n", StandardCharsets.UTF_8);
    }
  }
}
