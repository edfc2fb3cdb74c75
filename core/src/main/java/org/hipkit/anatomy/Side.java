package org.hipkit.anatomy;

/**
 * The side of the body: which hip a plan treats or a finding concerns.
 */
public enum Side {
  /** The patient's left. */
  LEFT("left"),
  /** The patient's right. */
  RIGHT("right");

  private final String code;

  Side(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code of the side.
   *
   * @return {@code left} or {@code right}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the other side.
   *
   * @return {@code RIGHT} for {@code LEFT} and the reverse
   */
  public Side opposite() {
    return this == LEFT ? RIGHT : LEFT;
  }
}
