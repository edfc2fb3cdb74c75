/**
 * hipkit's testkit: seeded generators of valid plans, patient profiles, protocols and check reports
 * for property tests, usable from any property-testing library, with an optional QuickTheories
 * adapter.
 *
 * <p>Start with {@link org.hipkit.testkit.HipGenerators}. QuickTheories is an optional dependency:
 * only {@link org.hipkit.testkit.QuickTheoriesGens} needs it, and a user who calls it declares
 * {@code org.quicktheories:quicktheories} in their own build.
 */
module org.hipkit.testkit {
  requires transitive org.hipkit.core;
  requires static org.jspecify;
  // QuickTheories 0.26 has no Automatic-Module-Name: its module name comes from the jar's file name.
  // Static: only QuickTheoriesGens uses it. Transitive: its methods return QuickTheories' Gen, so a
  // module that reads the testkit and resolves QuickTheories reads it too.
  requires static transitive quicktheories;

  exports org.hipkit.testkit;
}
