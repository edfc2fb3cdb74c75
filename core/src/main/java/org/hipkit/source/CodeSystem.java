package org.hipkit.source;

/**
 * The URIs of the standard code systems hipkit uses in {@link StandardCode#system()}.
 *
 * <p>The URIs are the ones HL7 FHIR uses for these terminologies.
 */
public final class CodeSystem {

  /** SNOMED CT: body structures, procedures, findings. */
  public static final String SNOMED_CT = "http://snomed.info/sct";

  /** RxNorm: drug ingredients. */
  public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

  /** WHO Anatomical Therapeutic Chemical classification. */
  public static final String ATC = "http://www.whocc.no/atc";

  /** ICD-10-CM, the US clinical modification of ICD-10. */
  public static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";

  /** WHO ICD-10, kept separate from ICD-10-CM because the same code can mean different things. */
  public static final String ICD_10 = "http://hl7.org/fhir/sid/icd-10";

  /** LOINC: laboratory and clinical observations. */
  public static final String LOINC = "http://loinc.org";

  /** DICOM controlled terminology (coding scheme DCM): imaging modalities. */
  public static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";

  /** EDQM Standard Terms: routes of administration and dose forms. */
  public static final String EDQM = "http://standardterms.edqm.eu";

  private CodeSystem() {}
}
