package org.hipkit.catalog;

import java.util.List;
import org.hipkit.medication.Medication;

/** Standard catalog content: placeholder until the catalog content lands. */
final class Medications {

  private Medications() {}

  static List<Medication> all() {
    return List.of();
  }
}
