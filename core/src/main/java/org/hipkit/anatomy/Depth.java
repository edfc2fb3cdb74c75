package org.hipkit.anatomy;

/**
 * How far below the skin a structure lies, which decides how hard it is to reach by feel.
 */
public enum Depth {
  /** Just under the skin; palpable. */
  SUPERFICIAL("superficial"),
  /** Under a layer of muscle or fat. */
  INTERMEDIATE("intermediate"),
  /** Under thick soft tissue, such as the hip joint itself. */
  DEEP("deep");

  private final String code;

  Depth(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code of the depth class.
   *
   * @return the lower-kebab code
   */
  public String code() {
    return code;
  }
}
