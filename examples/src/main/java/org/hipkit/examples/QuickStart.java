package org.hipkit.examples;

import org.hipkit.catalog.HipCatalog;

/**
 * The first program to run: prints a summary of hipkit's built-in catalog.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am exec:java}.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Prints the catalog summary.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    HipCatalog catalog = HipCatalog.standard();
    System.out.println(catalog);
  }
}
