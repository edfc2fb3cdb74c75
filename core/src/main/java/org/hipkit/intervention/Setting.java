package org.hipkit.intervention;

/**
 * Where an intervention takes place.
 */
public enum Setting {
  /** A procedure room; the patient goes home the same day. */
  OUTPATIENT_PROCEDURE("outpatient-procedure"),
  /** A treatment session with a practitioner, such as an acupuncturist or a physical therapist. */
  THERAPY_SESSION("therapy-session");

  private final String code;

  Setting(String code) {
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
