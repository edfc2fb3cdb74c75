package org.hipkit.source;

/**
 * What kind of document a {@link Source} is, which tells a clinician how much weight it can carry.
 */
public enum SourceType {
  /** A clinical practice guideline or consensus statement of a professional body. */
  GUIDELINE("guideline"),
  /** A product label or summary of product characteristics. */
  LABEL("label"),
  /** A notice or approval of a medicines or devices regulator. */
  REGULATOR("regulator"),
  /** A randomised controlled trial. */
  RCT("rct"),
  /** A meta-analysis of studies. */
  META_ANALYSIS("meta-analysis"),
  /** A systematic review of studies. */
  SYSTEMATIC_REVIEW("systematic-review"),
  /** An observational study: cohort, case-control, case series or registry. */
  OBSERVATIONAL("observational"),
  /** A laboratory study, on cells or tissue rather than patients. */
  LABORATORY("laboratory"),
  /** A narrative review or summary written for professionals. */
  REVIEW("review"),
  /** A procedure reference or teaching page for professionals. */
  PRACTICE_REFERENCE("practice-reference"),
  /** A leaflet for patients from a health service or hospital. */
  PATIENT_LEAFLET("patient-leaflet"),
  /** A patient-education web page without a named author or date. */
  PATIENT_EDUCATION_PAGE("patient-education-page"),
  /** A clinic's, vendor's or other web page. */
  WEB_PAGE("web-page"),
  /** hipkit's own design decision, where no source gives the fact. */
  HIPKIT_DESIGN("hipkit-design"),
  /** Not stated: a source built from a key and a title only. */
  UNSPECIFIED("unspecified");

  private final String code;

  SourceType(String code) {
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

  /**
   * Returns the words a person reads for this type, such as {@code patient-education page}.
   *
   * @return the readable name
   */
  public String displayName() {
    return switch (this) {
      case RCT -> "randomised controlled trial";
      case PATIENT_EDUCATION_PAGE -> "patient-education page";
      case HIPKIT_DESIGN -> "hipkit design decision";
      default -> code.replace('-', ' ');
    };
  }
}
