package org.hipkit.catalog;

import static org.hipkit.catalog.StandardSources.THERAPEUTIC_HIP_INJECTION;
import static org.hipkit.catalog.StandardSources.ULTRASOUND_GUIDED_INJECTION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipkit.medication.AllergyGroup;

/**
 * Standard catalog content: the allergy groups the standard medications belong to, and the aliases
 * (other names and well-known brands) under which those medications and groups are found.
 */
final class AllergyGroups {

  static final String AMIDE_LOCAL_ANESTHETIC = "amide-local-anesthetic";
  static final String CORTICOSTEROID = "corticosteroid";
  static final String IODINATED_CONTRAST = "iodinated-contrast";
  static final String IODINE = "iodine";
  static final String CHLORHEXIDINE_PRODUCTS = "chlorhexidine-products";

  private AllergyGroups() {}

  /** The groups, in the order of their first members among the medications. */
  static List<AllergyGroup> all() {
    return List.of(
        group(
            AMIDE_LOCAL_ANESTHETIC,
            "Amide local anesthetics",
            "Local anesthetics of the amide type, such as lidocaine, bupivacaine and prilocaine."
                + " hipkit groups them by default so that an allergy to one is checked against"
                + " all of them; the sources do not state this grouping, and a clinic may change"
                + " it."),
        group(
            CORTICOSTEROID,
            "Corticosteroids",
            "The injected corticosteroids, such as triamcinolone and betamethasone; an allergy"
                + " to corticosteroids is checked against each of them."),
        group(
            IODINATED_CONTRAST,
            "Iodinated contrast",
            "X-ray contrast dyes that contain iodine, as injected under fluoroscopy. It is a group"
                + " of its own: a reaction to contrast is not an allergy to iodine antiseptics,"
                + " nor the other way round."),
        group(
            IODINE,
            "Iodine antiseptics",
            "Skin antiseptics that release iodine, such as povidone-iodine: what a patient"
                + " usually means by an allergy to iodine."),
        group(
            CHLORHEXIDINE_PRODUCTS,
            "Products containing chlorhexidine",
            "Skin antiseptics and other products that contain chlorhexidine in any of its"
                + " salts; an allergy to chlorhexidine is checked against each of them."));
  }

  /**
   * Other names of the standard medications and groups: older British names, the salt or ester
   * that products name, and brands that are known to contain exactly that one medication.
   * Combination products (such as a cream of lidocaine and prilocaine) are left out, because an
   * alias names one entry.
   */
  static Map<String, String> aliases() {
    Map<String, String> aliases = new LinkedHashMap<>();
    aliases.put("lignocaine", "lidocaine");
    aliases.put("xylocaine", "lidocaine");
    aliases.put("marcaine", "bupivacaine");
    aliases.put("sensorcaine", "bupivacaine");
    aliases.put("citanest", "prilocaine");
    aliases.put("triamcinolone-acetonide", "triamcinolone");
    aliases.put("kenalog", "triamcinolone");
    aliases.put("celestone", "betamethasone");
    aliases.put("hyaluronan", "hyaluronic-acid");
    aliases.put("sodium-hyaluronate", "hyaluronic-acid");
    aliases.put("prp", "platelet-rich-plasma");
    aliases.put("betadine", "povidone-iodine");
    aliases.put("chlorhexidine-gluconate", "chlorhexidine");
    aliases.put("paracetamol", "acetaminophen");
    aliases.put("tylenol", "acetaminophen");
    aliases.put("advil", "ibuprofen");
    aliases.put("nurofen", "ibuprofen");
    aliases.put("motrin", "ibuprofen");
    aliases.put("acetylsalicylic-acid", "aspirin");
    aliases.put("coumadin", "warfarin");
    aliases.put("marevan", "warfarin");
    aliases.put("amide-local-anaesthetic", AMIDE_LOCAL_ANESTHETIC);
    return aliases;
  }

  private static AllergyGroup group(String id, String name, String description) {
    return AllergyGroup.builder()
        .id(id)
        .name(name)
        .description(description)
        .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
        .build();
  }
}
