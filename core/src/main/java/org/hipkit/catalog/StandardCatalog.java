package org.hipkit.catalog;

/**
 * Builds the standard catalog from Java code. Package-private: users reach it through {@link
 * HipCatalog#standard()}.
 */
final class StandardCatalog {

  private StandardCatalog() {}

  static HipCatalog build() {
    return HipCatalog.builder()
        .addAll(Anatomy.structures())
        .addAll(Anatomy.targets())
        .addAll(Conditions.all())
        .addAll(Medications.all())
        .addAll(AllergyGroups.all())
        .addAliases(AllergyGroups.aliases())
        .addAll(Modalities.all())
        .addAll(Alternatives.all())
        .addAll(Interventions.all())
        .build();
  }
}
