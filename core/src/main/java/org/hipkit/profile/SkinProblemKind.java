package org.hipkit.profile;

/**
 * What is wrong with the skin at a place.
 */
public enum SkinProblemKind {
  /** A skin infection such as cellulitis. */
  INFECTION("infection"),
  /** A break in the skin. */
  OPEN_WOUND("open-wound"),
  /** Inflamed skin, such as eczema. */
  DERMATITIS("dermatitis"),
  /** Another skin disorder. */
  OTHER_DISORDER("other-disorder");

  private final String code;

  SkinProblemKind(String code) {
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
