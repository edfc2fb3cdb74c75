package org.hipkit.benchmarks.footprint;

import org.hipkit.catalog.HipCatalog;

/**
 * A main whose only work is the first access to the standard catalog, which loads hipkit's classes
 * and builds the catalog. Its run time minus {@link EmptyMain}'s is what the first access adds to a
 * JVM's start.
 */
public final class CatalogMain {

  private CatalogMain() {}

  /**
   * Touches the standard catalog and exits with status 1 if it is empty.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    if (HipCatalog.standard().interventions().isEmpty()) {
      System.exit(1);
    }
  }
}
