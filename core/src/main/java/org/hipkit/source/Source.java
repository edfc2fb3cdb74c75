package org.hipkit.source;

import java.util.Optional;
import java.util.OptionalInt;
import org.hipkit.internal.Require;
import org.immutables.value.Value;

/**
 * A bibliographic record of a document that hipkit's knowledge rests on, such as a clinical
 * guideline, a drug label, a trial or a patient-education page.
 *
 * <p>The {@link #key()} is stable and meant for machines, for example {@code eular-2021-ia-injections}
 * or, for the five seed pages, the document file {@code 002_81b5e7a5478eeb38}; everything a person
 * reads shows the {@link #label()}, {@link #title()} and {@link #type()} instead (see {@link
 * #citation()}). Authors, publication, year and an identifier (DOI, PMID or web address) are given
 * where known, with the {@link #grade() evidence grade} the source supports. Every catalog entry,
 * rule and course item cites at least one source, so a clinician can trace any fact back to where
 * it came from.
 *
 * <pre>{@code
 * Source eular = Source.builder()
 *     .key("eular-2021-ia-injections")
 *     .label("EULAR 2021")
 *     .title("EULAR recommendations for intra-articular therapies")
 *     .authors("Uson J, et al.")
 *     .published("Ann Rheum Dis 2021;80(10):1299-1305")
 *     .year(2021)
 *     .identifier("doi:10.1136/annrheumdis-2021-220266")
 *     .type(SourceType.GUIDELINE)
 *     .grade(EvidenceGrade.HIGH)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source {

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2200;

  Source() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Source} values; required: key and title. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }

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
   * Returns the short label a person reads, such as {@code EULAR 2021}; the title when no label was
   * given.
   *
   * @return the label, never blank
   */
  @Value.Default
  public String label() {
    return title();
  }

  /**
   * Returns the authors, as the publication lists them, where known.
   *
   * @return the authors, such as {@code Uson J, et al.}
   */
  public abstract Optional<String> authors();

  /**
   * Returns where the document was published, where known: a journal with volume and pages, or a
   * publisher or web site.
   *
   * @return the publication
   */
  public abstract Optional<String> published();

  /**
   * Returns the year of publication, where known.
   *
   * @return the year, from 1900 to 2200
   */
  public abstract OptionalInt year();

  /**
   * Returns an identifier that finds the document, where known: {@code doi:...}, {@code pmid:...} or
   * an {@code http://} or {@code https://} address.
   *
   * @return the identifier
   */
  public abstract Optional<String> identifier();

  /**
   * Returns what kind of document this is.
   *
   * @return the type; {@link SourceType#UNSPECIFIED} unless given
   */
  @Value.Default
  public SourceType type() {
    return SourceType.UNSPECIFIED;
  }

  /**
   * Returns the confidence the source supports.
   *
   * @return the grade; {@link EvidenceGrade#UNGRADED} unless given
   */
  @Value.Default
  public EvidenceGrade grade() {
    return EvidenceGrade.UNGRADED;
  }

  /**
   * Returns the one line a person reads for this source: label, title, type and grade, such as
   * {@code EULAR 2021: EULAR recommendations for intra-articular therapies (guideline, evidence
   * high)}. Never the bare key.
   *
   * @return the citation
   */
  public String citation() {
    StringBuilder text = new StringBuilder();
    if (!label().equals(title())) {
      text.append(label()).append(": ");
    }
    text.append(title());
    if (type() != SourceType.UNSPECIFIED || grade() != EvidenceGrade.UNGRADED) {
      text.append(" (");
      if (type() != SourceType.UNSPECIFIED) {
        text.append(type().displayName());
      }
      if (grade() != EvidenceGrade.UNGRADED) {
        text.append(type() != SourceType.UNSPECIFIED ? ", " : "").append("evidence ").append(grade().code());
      }
      text.append(')');
    }
    return text.toString();
  }

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
    Require.plainText(label(), "Source", "label");
    authors().ifPresent(a -> Require.plainText(a, "Source", "authors"));
    published().ifPresent(p -> Require.plainText(p, "Source", "published"));
    if (year().isPresent()) {
      Require.range(year().getAsInt(), MIN_YEAR, MAX_YEAR, "Source", "year");
    }
    identifier().ifPresent(Source::checkIdentifier);
  }

  private static void checkIdentifier(String identifier) {
    Require.plainText(identifier, "Source", "identifier");
    Require.that(
        !containsWhitespace(identifier)
            && (identifier.startsWith("doi:10.")
                || isPmid(identifier)
                || identifier.startsWith("https://")
                || identifier.startsWith("http://")),
        "Source",
        "identifier",
        "must be 'doi:10.<suffix>', 'pmid:<digits>' or a web address, without white space",
        identifier);
  }

  private static boolean isPmid(String identifier) {
    if (!identifier.startsWith("pmid:") || identifier.length() == "pmid:".length()) {
      return false;
    }
    for (int i = "pmid:".length(); i < identifier.length(); i++) {
      if (identifier.charAt(i) < '0' || identifier.charAt(i) > '9') {
        return false;
      }
    }
    return true;
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
