package org.hipkit.catalog;

import java.util.List;
import org.hipkit.guidance.GuidanceModality;

/** Standard catalog content: placeholder until the catalog content lands. */
final class Modalities {

  private Modalities() {}

  static List<GuidanceModality> all() {
    return List.of();
  }
}
