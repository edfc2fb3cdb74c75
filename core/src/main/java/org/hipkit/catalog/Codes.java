package org.hipkit.catalog;

import org.hipkit.source.CodeSystem;
import org.hipkit.source.StandardCode;

/**
 * Short factories for the standard codes of the standard catalog, one per code system.
 *
 * <p>Only codes marked "verified" in hipkit's code review are used, each with the one display chosen
 * for it. WHO ICD-10 and ICD-10-CM stay separate systems.
 */
final class Codes {

  private Codes() {}

  static StandardCode snomed(String code, String display) {
    return StandardCode.of(CodeSystem.SNOMED_CT, code, display);
  }

  static StandardCode icd10cm(String code, String display) {
    return StandardCode.of(CodeSystem.ICD_10_CM, code, display);
  }

  static StandardCode icd10(String code, String display) {
    return StandardCode.of(CodeSystem.ICD_10, code, display);
  }

  static StandardCode rxnorm(String code, String display) {
    return StandardCode.of(CodeSystem.RXNORM, code, display);
  }

  static StandardCode atc(String code, String display) {
    return StandardCode.of(CodeSystem.ATC, code, display);
  }

  static StandardCode dicom(String code, String display) {
    return StandardCode.of(CodeSystem.DICOM, code, display);
  }
}
