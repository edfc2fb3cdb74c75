package org.hipkit.json;

/**
 * A place where a document named a catalog entry by one of the catalog's aliases rather than by its
 * id, such as an allergy to {@code "lignocaine"} read as lidocaine.
 *
 * <p>A read returns the value with the entry itself, so writing it back writes the id; the alias
 * uses of a {@link ReadResult} say where the document differed, so that nothing is translated
 * silently.
 *
 * @param pointer the JSON Pointer of the text, such as {@code /allergies/0/allergen}
 * @param alias the alias the document holds, such as {@code lignocaine}
 * @param id the id of the entry it resolved to, such as {@code lidocaine}
 */
public record AliasUse(String pointer, String alias, String id) {

  @Override
  public String toString() {
    return pointer + ": " + alias + " -> " + id;
  }
}
