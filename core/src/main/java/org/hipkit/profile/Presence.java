package org.hipkit.profile;

/**
 * Whether a screening fact holds for a patient: present, absent, or unknown because the profile does not state it. Unknown is never taken as absent.
 */
public enum Presence {
  /** The fact holds. */
  PRESENT("present"),
  /** The fact was checked and does not hold. */
  ABSENT("absent"),
  /** The profile does not say; a check that needs the fact cannot assess it. */
  UNKNOWN("unknown");

  private final String code;

  Presence(String code) {
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
