package org.hipkit.course;

/**
 * What sort of thing a {@link CourseItem} tells a patient to expect.
 *
 * <p>The constants are declared in the order a course lists items that start at the same moment
 * and end at the same moment; their {@link #code() codes} are stable, ordinals are never used
 * outside that tie-break.
 */
public enum ItemKind {
  /** A planned injection or needling session; its window is the session itself. */
  PROCEDURE("procedure"),
  /** An intended effect, such as the relief from an anesthetic or a steroid. */
  EFFECT("effect"),
  /** A post-injection flare: pain that rises for a while before it settles. */
  FLARE("flare"),
  /** An expected, minor side effect such as soreness, bruising or tiredness. */
  SIDE_EFFECT("side-effect"),
  /** Something the patient does or avoids after a session: rest, ice, heat, pain relief, therapy. */
  AFTERCARE("aftercare"),
  /** A check of the short-term response to a diagnostic anesthetic, while it still acts. */
  REASSESSMENT("reassessment"),
  /** Signs to watch for, how long to watch, and what to do if they appear. */
  WARNING_WATCH("warning-watch"),
  /** A series or course of sessions, as planned or as the sources describe it. */
  SERIES("series"),
  /** Maintenance sessions that may follow a course once symptoms improve. */
  MAINTENANCE("maintenance"),
  /** The follow-up visit set by the clinic's protocol. */
  FOLLOW_UP("follow-up"),
  /** The earliest moment the clinic's protocol allows a repeat injection at the same site. */
  EARLIEST_REPEAT("earliest-repeat");

  private final String code;

  ItemKind(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code of this kind, used in text and JSON.
   *
   * @return the lower-kebab code, such as {@code warning-watch}
   */
  public String code() {
    return code;
  }
}
