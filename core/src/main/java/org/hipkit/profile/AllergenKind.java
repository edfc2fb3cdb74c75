package org.hipkit.profile;

/**
 * What an allergy is to: one medication, a whole class, or an allergy group shared by several medications.
 */
public enum AllergenKind {
  /** One catalog medication, by id, such as lidocaine. */
  MEDICATION("medication"),
  /** Every medication of a class, by class code, such as corticosteroid. */
  MEDICATION_CLASS("medication-class"),
  /** Every medication in an allergy group, such as iodine or iodinated-contrast. */
  ALLERGY_GROUP("allergy-group");

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
