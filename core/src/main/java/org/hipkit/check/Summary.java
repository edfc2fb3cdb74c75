package org.hipkit.check;

/**
 * The overall result of a check: the highest concern found, and whether some rule could not be
 * assessed.
 *
 * <p>The level is never {@link Concern#NONE_FOUND} while any rule is indeterminate, or when no rule
 * was assessed at all (no rule applied, or the report has no results): it is then at least {@link
 * Concern#INCOMPLETE}. It informs; it does not order.
 *
 * @param level the highest concern among the results
 * @param incomplete true when some applicable rule was indeterminate, or no rule was assessed
 * @param flagged how many rules flagged
 * @param indeterminate how many rules were indeterminate
 */
public record Summary(Concern level, boolean incomplete, int flagged, int indeterminate) {

  /**
   * Tells whether every applicable rule was assessed and none flagged.
   *
   * @return true only for {@link Concern#NONE_FOUND}
   */
  public boolean isClear() {
    return level == Concern.NONE_FOUND;
  }

  @Override
  public String toString() {
    return level.code()
        + (incomplete && level != Concern.INCOMPLETE ? " (incomplete)" : "")
        + ": "
        + flagged
        + " flagged, "
        + indeterminate
        + " indeterminate";
  }
}
