package org.hipkit.anatomy;

/**
 * Where around the hip a structure or target lies.
 */
public enum Region {
  /** Inside the hip joint capsule. */
  INTRA_ARTICULAR("intra-articular"),
  /** The outer side of the hip, over the greater trochanter. */
  LATERAL("lateral"),
  /** The front of the hip and groin. */
  ANTERIOR("anterior"),
  /** The back of the hip and buttock. */
  POSTERIOR("posterior"),
  /** The inner thigh. */
  MEDIAL("medial"),
  /** Away from the hip, such as the lower leg or the hand. */
  DISTAL("distal");

  private final String code;

  Region(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code of the region.
   *
   * @return the lower-kebab code, such as {@code intra-articular}
   */
  public String code() {
    return code;
  }
}
