package org.hipkit.intervention;

/**
 * Which way an evidence statement points.
 */
public enum EvidenceDirection {
  /** The evidence favours the use described. */
  SUPPORTS("supports"),
  /** Studies disagree, or the benefit is small or uncertain. */
  MIXED("mixed"),
  /** The evidence or a guideline advises against the use described. */
  AGAINST("against");

  private final String code;

  EvidenceDirection(String code) {
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
