package org.hipkit.json;

import java.util.List;
import java.util.Objects;

/**
 * The value a read produced, with the JSON Pointers of the fields it ignored, such as a plan and
 * {@code ["/comment", "/components/0/lot"]}, and the places where the document named an entry by
 * an alias.
 *
 * <p>Only a lenient read ignores fields, and it reports every one of them here: nothing is dropped
 * silently. In strict mode {@link #ignoredFields()} is always empty. Any read may resolve an alias
 * (such as an allergy to {@code lignocaine}, read as lidocaine); {@link #aliasesUsed()} lists each.
 * This class is immutable and thread-safe if the value is.
 *
 * @param <T> the type of value
 */
public final class ReadResult<T> {

  private final T value;
  private final List<String> ignoredFields;
  private final List<AliasUse> aliasesUsed;

  ReadResult(T value, List<String> ignoredFields) {
    this(value, ignoredFields, List.of());
  }

  ReadResult(T value, List<String> ignoredFields, List<AliasUse> aliasesUsed) {
    this.value = value;
    this.ignoredFields = List.copyOf(ignoredFields);
    this.aliasesUsed = List.copyOf(aliasesUsed);
  }

  /**
   * Returns the value read.
   *
   * @return the value, fully built and valid
   */
  public T value() {
    return value;
  }

  /**
   * Returns the JSON Pointers of the fields that were ignored, in document order.
   *
   * @return an immutable list, empty when nothing was ignored
   */
  public List<String> ignoredFields() {
    return ignoredFields;
  }

  /**
   * Returns the places where the document named an entry by an alias, in document order.
   *
   * @return an immutable list, empty when every reference was an id
   */
  public List<AliasUse> aliasesUsed() {
    return aliasesUsed;
  }

  /**
   * Tells whether any field was ignored.
   *
   * @return true when {@link #ignoredFields()} is not empty
   */
  public boolean hasIgnoredFields() {
    return !ignoredFields.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadResult<?> r
        && value.equals(r.value)
        && ignoredFields.equals(r.ignoredFields)
        && aliasesUsed.equals(r.aliasesUsed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, ignoredFields, aliasesUsed);
  }

  @Override
  public String toString() {
    return "ReadResult[" + value + ", ignored " + ignoredFields
        + (aliasesUsed.isEmpty() ? "" : ", aliases " + aliasesUsed) + "]";
  }
}
