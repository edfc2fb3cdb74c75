package org.hipkit.source;

import org.hipkit.internal.Require;
import org.immutables.value.Value;

/**
 * A document that catalog knowledge rests on, such as the patient guide on ultrasound-guided hip
 * injections.
 *
 * <p>The {@link #key()} is stable and names the document file, for example {@code
 * 002_81b5e7a5478eeb38}; the {@link #title()} is for people. Every catalog entry cites at least one
 * source, so a clinician can trace any fact back to where it came from.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source {

  Source() {}

  /**
   * Returns the stable key of the document.
   *
   * @return the key, such as {@code 002_81b5e7a5478eeb38}, never blank
   */
  @Value.Parameter
  public abstract String key();

  /**
   * Returns the document's title.
   *
   * @return the title, never blank
   */
  @Value.Parameter
  public abstract String title();

  /**
   * Obtains a source from its key and title.
   *
   * @param key the stable key, not blank
   * @param title the title, not blank
   * @return the source
   * @throws org.hipkit.error.InvalidValueException if either is blank
   */
  public static Source of(String key, String title) {
    return ImmutableSource.create(key, title);
  }

  @Value.Check
  void check() {
    Require.plainText(key(), "Source", "key");
    Require.that(!containsWhitespace(key()), "Source", "key", "must not contain white space", key());
    Require.plainText(title(), "Source", "title");
  }

  // A plain loop, not a stream: this runs while the standard catalog is built, at start-up.
  private static boolean containsWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return key() + " (" + title() + ")";
  }
}
