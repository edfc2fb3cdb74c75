package org.hipkit.source;

import java.util.List;

/**
 * An entry of the hipkit catalog: a piece of knowledge with a stable id, a name, a description and
 * the sources it rests on.
 *
 * <p>Ids are lower-case kebab-case (such as {@code trochanteric-bursa}) and unique across a whole
 * catalog. Descriptions are hipkit's own words. Every entry cites at least one {@link Source}, and
 * may carry verified {@link StandardCode}s.
 */
public interface CatalogEntry {

  /**
   * Returns the stable id of the entry.
   *
   * @return the kebab-case id, unique within a catalog
   */
  String id();

  /**
   * Returns the name a clinician would use.
   *
   * @return the name, never blank
   */
  String name();

  /**
   * Returns a short description in plain words.
   *
   * @return the description, never blank
   */
  String description();

  /**
   * Returns the documents this entry rests on.
   *
   * @return at least one source
   */
  List<Source> sources();

  /**
   * Returns verified standard codes for the entry's concept.
   *
   * @return the codes, possibly empty
   */
  List<StandardCode> codes();
}
