package org.hipkit.source;

import org.hipkit.error.InvalidValueException;
import org.hipkit.internal.Require;

/**
 * The identity of a body of knowledge, such as {@code hipkit-standard/2026.12}: a pack name and a
 * release of that pack.
 *
 * <p>Every catalog, checker and course knowledge has one, and every report, course and schedule
 * records the one that made it, so a reader can tell whether it holds the same knowledge (and may
 * re-derive the document to verify it) or other knowledge (and must keep the document as recorded).
 * Two knowledge versions are equal when their names and releases are; equal versions must mean equal
 * knowledge, so a clinic that changes a pack gives the result a name or release of its own.
 *
 * <p>The text form is {@code name/release}. The name is a lower-case kebab-case id; the release is
 * one or more groups of lower-case letters and digits joined by single dots, hyphens or plus signs,
 * such as {@code 2026.12} or {@code 3+local}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KnowledgeVersion implements Comparable<KnowledgeVersion> {

  private static final int MAX_RELEASE_LENGTH = 32;

  private final String name;
  private final String release;

  private KnowledgeVersion(String name, String release) {
    this.name = name;
    this.release = release;
  }

  /**
   * Obtains a knowledge version from a pack name and a release.
   *
   * @param name the pack name, a lower-case kebab-case id such as {@code hipkit-standard}
   * @param release the release, such as {@code 2026.12}
   * @return the knowledge version
   * @throws InvalidValueException if the name is not a kebab-case id or the release is malformed
   */
  public static KnowledgeVersion of(String name, String release) {
    Require.kebabId(name, "KnowledgeVersion", "name");
    Require.that(
        release.length() <= MAX_RELEASE_LENGTH,
        "KnowledgeVersion",
        "release",
        "must be at most " + MAX_RELEASE_LENGTH + " characters long",
        release);
    Require.that(
        isRelease(release),
        "KnowledgeVersion",
        "release",
        "must be groups of lower-case letters and digits joined by '.', '-' or '+', such as '2026.12'",
        release);
    return new KnowledgeVersion(name, release);
  }

  /**
   * Obtains a knowledge version from its text form {@code name/release}.
   *
   * @param text the text, such as {@code hipkit-standard/2026.12}
   * @return the knowledge version
   * @throws InvalidValueException if the text is not of that form
   */
  public static KnowledgeVersion parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0 || slash != text.lastIndexOf('/')) {
      throw new InvalidValueException(
          "KnowledgeVersion", "text", "must be a name and a release joined by one '/'", text);
    }
    return of(text.substring(0, slash), text.substring(slash + 1));
  }

  /**
   * Returns the pack name.
   *
   * @return the name, such as {@code hipkit-standard}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the release of the pack.
   *
   * @return the release, such as {@code 2026.12}
   */
  public String release() {
    return release;
  }

  // A loop, not a regular expression, like Require's id check: this runs at start-up.
  private static boolean isRelease(String text) {
    int length = text.length();
    if (length == 0) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!letterOrDigit) {
        boolean joiner = c == '.' || c == '-' || c == '+';
        if (!joiner || i == 0 || i == length - 1 || !isLetterOrDigit(text.charAt(i - 1))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** Orders by name, then by release text. */
  @Override
  public int compareTo(KnowledgeVersion other) {
    int byName = name.compareTo(other.name);
    return byName != 0 ? byName : release.compareTo(other.release);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KnowledgeVersion that && name.equals(that.name) && release.equals(that.release);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + release.hashCode();
  }

  /** Returns the text form, {@code name/release}. */
  @Override
  public String toString() {
    return name + "/" + release;
  }
}
