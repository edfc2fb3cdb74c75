package org.hipkit.catalog;

import java.util.List;
import org.hipkit.anatomy.AnatomicalStructure;

/** Standard catalog content: placeholder until the catalog content lands. */
final class Anatomy {

  private Anatomy() {}

  static List<AnatomicalStructure> structures() {
    return List.of();
  }

  static List<org.hipkit.anatomy.Target> targets() {
    return List.of();
  }
}
