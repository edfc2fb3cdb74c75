package org.hipkit.catalog;

import java.util.List;
import org.hipkit.intervention.Intervention;

/** Standard catalog content: placeholder until the catalog content lands. */
final class Interventions {

  private Interventions() {}

  static List<Intervention> all() {
    return List.of();
  }
}
