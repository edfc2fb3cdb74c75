package org.hipkit.course;

/**
 * Where a moment falls in the window of a {@link ScheduledItem}: before it, somewhere in its
 * uncertain start, in its expected middle, in its uncertain end, or after it.
 *
 * <p>For example, three days after a steroid injection the steroid's relief is {@link #STARTING}
 * (it may or may not have begun) and the flare is {@link #ENDING} (it may already have settled).
 * See {@link ScheduledItem#phaseAt(java.time.ZonedDateTime)} for the precise rule.
 */
public enum Phase {
  /** Before the earliest start: not to be expected yet. */
  NOT_YET("not-yet"),
  /** From the earliest start up to (not including) the latest start: may have started. */
  STARTING("starting"),
  /** From the latest start to the earliest end: to be expected now. */
  UNDER_WAY("under-way"),
  /** After the earliest end up to the latest end: may already be over. */
  ENDING("ending"),
  /** After the latest end: over. */
  OVER("over");

  private final String code;

  Phase(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code of this phase.
   *
   * @return the lower-kebab code, such as {@code under-way}
   */
  public String code() {
    return code;
  }

  /**
   * Tells whether an item in this phase is active, that is, whether the moment lies within its
   * window.
   *
   * @return true for {@link #STARTING}, {@link #UNDER_WAY} and {@link #ENDING}
   */
  public boolean isActive() {
    return this != NOT_YET && this != OVER;
  }
}
