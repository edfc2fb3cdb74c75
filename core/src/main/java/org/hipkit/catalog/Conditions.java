package org.hipkit.catalog;

import java.util.List;
import org.hipkit.condition.Condition;

/** Standard catalog content: placeholder until the catalog content lands. */
final class Conditions {

  private Conditions() {}

  static List<Condition> all() {
    return List.of();
  }
}
