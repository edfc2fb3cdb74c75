package org.hipkit.source;

/**
 * How much confidence a {@link Source} supports, on the three-level scale of hipkit's curated clinical
 * evidence: guidelines, labels, regulators, trials and their reviews are high; observational studies,
 * health-service leaflets and reviews are moderate; clinic, vendor and patient-education pages are
 * low.
 */
public enum EvidenceGrade {
  /** A guideline, label, regulator notice, randomised trial, meta-analysis or systematic review. */
  HIGH("high"),
  /** An observational study, a health-service leaflet, or a reputable summary or review. */
  MODERATE("moderate"),
  /** A clinic, vendor or patient-education page, or a conference abstract. */
  LOW("low"),
  /** Not graded: a source built from a key and a title only, or hipkit's own design decision. */
  UNGRADED("ungraded");

  private final String code;

  EvidenceGrade(String code) {
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
