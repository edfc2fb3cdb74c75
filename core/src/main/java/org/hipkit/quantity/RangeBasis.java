package org.hipkit.quantity;

/**
 * How the numbers of a {@link TimeRange} were obtained.
 */
public enum RangeBasis {
  /** The source states the numbers, as in "15 to 30 minutes". */
  STATED("stated"),
  /**
   * The source gives only a phrase, such as "a few days", and hipkit chose the numbers; every such
   * choice is listed, with its reason, in {@link SourcePhrase}.
   */
  INTERPRETED("interpreted");

  private final String code;

  RangeBasis(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code of the basis.
   *
   * @return {@code stated} or {@code interpreted}
   */
  public String code() {
    return code;
  }
}
