package org.hipkit.benchmarks.footprint;

/**
 * The baseline of the start-up measurement: a main that does nothing, started from the same jar
 * with the same options as {@link CatalogMain}.
 */
public final class EmptyMain {

  private EmptyMain() {}

  /**
   * Does nothing.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // Nothing: the JVM's own start and exit are the baseline.
  }
}
