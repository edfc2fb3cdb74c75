package org.hipkit.anatomy;

/**
 * What sort of tissue an anatomical structure is.
 */
public enum StructureKind {
  /** A whole joint. */
  JOINT("joint"),
  /** Bone, or a part of a bone such as the femoral head. */
  BONE("bone"),
  /** Articular cartilage covering joint surfaces. */
  CARTILAGE("cartilage"),
  /** Fibrocartilage such as the labrum. */
  FIBROCARTILAGE("fibrocartilage"),
  /** Synovial membrane and joint capsule. */
  SYNOVIUM("synovium"),
  /** Joint fluid. */
  FLUID("fluid"),
  /** A ligament. */
  LIGAMENT("ligament"),
  /** A muscle or muscle group. */
  MUSCLE("muscle"),
  /** A tendon. */
  TENDON("tendon"),
  /** A bursa: a fluid-filled sac that eases gliding. */
  BURSA("bursa"),
  /** A nerve. */
  NERVE("nerve"),
  /** A blood vessel. */
  VESSEL("vessel");

  private final String code;

  StructureKind(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code of the kind.
   *
   * @return the lower-kebab code
   */
  public String code() {
    return code;
  }
}
