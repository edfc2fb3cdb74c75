package org.hipkit.intervention;

/**
 * The family an intervention belongs to, which decides what a plan for it may contain.
 */
public enum InterventionKind {
  /** A substance is injected through a needle. */
  INJECTION("injection"),
  /** Fine needles are inserted without injecting anything. */
  NEEDLING("needling");

  private final String code;

  InterventionKind(String code) {
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
