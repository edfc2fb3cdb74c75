package org.hipkit.anatomy;

/**
 * What sort of place a needle is aimed at.
 */
public enum TargetKind {
  /** Inside a joint capsule. */
  INTRA_ARTICULAR("intra-articular"),
  /** A bursa, such as the trochanteric bursa. */
  BURSA("bursa"),
  /** Soft tissue around the joint: tendons, tendon sheaths, tissue planes. */
  PERIARTICULAR("periarticular"),
  /** A taut, tender spot in a muscle, the target of dry needling. */
  TRIGGER_POINT("trigger-point"),
  /** A point used in acupuncture, near the hip or distal to it. */
  ACUPUNCTURE_POINT("acupuncture-point");

  private final String code;

  TargetKind(String code) {
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
