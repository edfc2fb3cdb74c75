package org.hipkit.catalog;

import java.util.List;
import org.hipkit.source.Source;

/**
 * The source documents the {@linkplain HipCatalog#standard() standard catalog} rests on.
 *
 * <p>Each key is the document's file name without extension; the titles are the documents' own.
 */
public final class StandardSources {

  /** Hyaluronic acid ("gel shot") injections in the hip. */
  public static final Source GEL_SHOTS =
      Source.of("000_f899d8f49923868e", "Can You Get Gel Shots in Your Hip? What to Expect");

  /** Therapeutic hip injection: indications, contraindications, procedure, types, alternatives. */
  public static final Source THERAPEUTIC_HIP_INJECTION =
      Source.of(
          "001_fe2bf646b7a8e36f", "Therapeutic hip injection: Definition, Uses, and Clinical Overview");

  /** Ultrasound-guided hip injection: anatomy, guidance, procedure, aftercare, risks, outcomes. */
  public static final Source ULTRASOUND_GUIDED_INJECTION =
      Source.of("002_81b5e7a5478eeb38", "Is An Ultrasound Guided Hip Injection Painful?");

  /** Acupuncture for hip pain. */
  public static final Source ACUPUNCTURE =
      Source.of("003_ac6eb8795ff10a05", "Can Acupuncture Help With Hip Pain?");

  /** Dry needling for hip and pelvis pain. */
  public static final Source DRY_NEEDLING = Source.of("004_1fb8da9520d54139", "Hip and Pelvis");

  private StandardSources() {}

  /**
   * Returns all five source documents, in key order.
   *
   * @return an immutable list
   */
  public static List<Source> all() {
    return List.of(
        GEL_SHOTS, THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION, ACUPUNCTURE, DRY_NEEDLING);
  }
}
