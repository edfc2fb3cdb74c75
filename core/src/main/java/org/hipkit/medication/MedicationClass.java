package org.hipkit.medication;

/**
 * The therapeutic class of a medication or material, which decides where a treatment plan may use it.
 */
public enum MedicationClass {
  /** A local anesthetic, injected or applied to the skin. */
  LOCAL_ANESTHETIC("local-anesthetic"),
  /** A corticosteroid given by injection. */
  CORTICOSTEROID("corticosteroid"),
  /** A joint lubricant such as hyaluronic acid. */
  VISCOSUPPLEMENT("viscosupplement"),
  /** A biologic preparation such as platelet-rich plasma. */
  BIOLOGIC("biologic"),
  /** A contrast dye that shows needle position under fluoroscopy. */
  CONTRAST_AGENT("contrast-agent"),
  /** A skin antiseptic used to prepare the site. */
  ANTISEPTIC("antiseptic"),
  /** A simple pain reliever such as acetaminophen. */
  ANALGESIC("analgesic"),
  /** A non-steroidal anti-inflammatory drug such as ibuprofen. */
  NSAID("nsaid"),
  /** A blood thinner acting on clotting factors, such as warfarin. */
  ANTICOAGULANT("anticoagulant"),
  /** A blood thinner acting on platelets, such as aspirin. */
  ANTIPLATELET("antiplatelet");

  private final String code;

  MedicationClass(String code) {
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
