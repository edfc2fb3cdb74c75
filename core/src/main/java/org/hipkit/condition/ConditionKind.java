package org.hipkit.condition;

/**
 * What sort of indication a condition is.
 */
public enum ConditionKind {
  /** A disease or injury of the hip, such as osteoarthritis or a labral tear. */
  DISORDER("disorder"),
  /** A pattern of pain with a typical source, such as myofascial pain from trigger points. */
  PAIN_PATTERN("pain-pattern"),
  /** A situation that calls for an intervention, such as pain that persists despite conservative care or the need to tell a hip source from a spine source. */
  CLINICAL_SITUATION("clinical-situation");

  private final String code;

  ConditionKind(String code) {
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
