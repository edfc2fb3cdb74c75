package org.hipkit.intervention;

/**
 * How much harm a risk does when it occurs.
 */
public enum RiskSeverity {
  /** Mild and temporary. */
  MINOR("minor"),
  /** Uncomfortable or alarming but usually self-limiting. */
  MODERATE("moderate"),
  /** Needs prompt medical attention. */
  SERIOUS("serious");

  private final String code;

  RiskSeverity(String code) {
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
