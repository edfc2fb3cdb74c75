package org.hipkit.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * What a catalog lookup of a person's text found, and whether it went through an alias: for {@code
 * "lignocaine"}, the lidocaine entry (or an allergy to it) and the alias {@code lignocaine}.
 *
 * <p>A caller that shows or stores the result can say that the text was not the entry's own id, so
 * that a brand or older name read as its medication is visible, not silent. This class is immutable
 * and thread-safe if the value is.
 *
 * @param <T> the type of value found
 */
public final class Resolved<T> {

  private final T value;
  private final String text;
  private final String id;

  private Resolved(T value, String text, String id) {
    this.value = value;
    this.text = text;
    this.id = id;
  }

  /**
   * Obtains the result of a lookup; it went through an alias when the text differs from the id.
   *
   * @param value what was found
   * @param text the text that was looked up
   * @param id the id or code of what was found
   * @param <T> the type of value
   * @return the result
   */
  public static <T> Resolved<T> of(T value, String text, String id) {
    return new Resolved<>(value, text, id);
  }

  /**
   * Returns what the text resolved to.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  /**
   * Returns the text that was looked up.
   *
   * @return the text, such as {@code lignocaine}
   */
  public String text() {
    return text;
  }

  /**
   * Returns the id or code the text resolved to.
   *
   * @return such as {@code lidocaine}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the alias the lookup went through, if it did.
   *
   * @return the alias (the text), or empty when the text was an id or class code itself
   */
  public Optional<String> alias() {
    return text.equals(id) ? Optional.empty() : Optional.of(text);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Resolved<?> r
        && value.equals(r.value)
        && text.equals(r.text)
        && id.equals(r.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, text, id);
  }

  @Override
  public String toString() {
    return !text.equals(id) ? text + " (alias of " + id + ")" : id;
  }
}
