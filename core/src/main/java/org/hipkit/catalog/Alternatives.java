package org.hipkit.catalog;

import java.util.List;
import org.hipkit.intervention.Alternative;

/** Standard catalog content: placeholder until the catalog content lands. */
final class Alternatives {

  private Alternatives() {}

  static List<Alternative> all() {
    return List.of();
  }
}
