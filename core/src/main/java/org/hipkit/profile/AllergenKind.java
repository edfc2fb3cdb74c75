package org.hipkit.profile;

/**
 * What an allergy is to: one medication, a whole class, an allergy group shared by several
 * medications, or an allergen the catalog could not resolve.
 */
public enum AllergenKind {
  /** One catalog medication, such as lidocaine. */
  MEDICATION("medication"),
  /** Every medication of a class, such as corticosteroid. */
  MEDICATION_CLASS("medication-class"),
  /** Every member of a catalog allergy group, such as iodine or amide-local-anesthetic. */
  ALLERGY_GROUP("allergy-group"),
  /**
   * An allergen recorded in a clinician's words that names no catalog entry; it leaves every allergy
   * rule it could touch indeterminate.
   */
  UNRESOLVED("unresolved");

  private final String code;

  AllergenKind(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code of this constant, used in JSON and reports.
   *
   * @return the lower-kebab code
   */
  public String code() {
    return code;
  }
}
