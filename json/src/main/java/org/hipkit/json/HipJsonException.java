package org.hipkit.json;

import java.io.Serial;
import org.hipkit.error.HipkitException;
import org.hipkit.error.MessageText;
import org.jspecify.annotations.Nullable;

/**
 * The one exception that reading a hipkit JSON document throws: what is wrong, and where, such as
 * an unknown medication id at {@code /components/1/medication}, line 12, column 21.
 *
 * <p>It says which {@link Problem} occurred, the JSON Pointer (RFC 6901) of the offending place
 * inside the document, the line and column where known, and a reason a person can act on. A read
 * that throws it returns nothing: no partly built value ever escapes.
 *
 * <p>Line and column count from 1. Columns count characters when the input was text and bytes when
 * it was an input stream. Both are {@code -1} when the failure has no place in the text, such as an
 * input stream that fails.
 */
public final class HipJsonException extends HipkitException {

  @Serial private static final long serialVersionUID = 1L;

  /** The kinds of failure a read reports. */
  public enum Problem {
    /** The input is not well-formed JSON, is empty, ends too early, or goes on after the document. */
    MALFORMED_JSON,
    /** A value has the wrong JSON type, such as a number where a string belongs. */
    WRONG_TYPE,
    /** A required field is absent, or {@code format} is not the first field. */
    MISSING_FIELD,
    /** A field the format does not define, in strict mode. */
    UNKNOWN_FIELD,
    /**
     * An id that the catalog in use does not hold, or a rule id that the checker in use does not
     * hold; the reason names the nearest known ids.
     */
    UNKNOWN_ID,
    /**
     * A value that breaks a rule of the format or an invariant of the model, or a derived value
     * (a report's summary, a course's items, a schedule's date-times) that differs from what it
     * derives from; the reason is the rule.
     */
    INVALID_VALUE,
    /** A key that appears twice in one object. */
    DUPLICATE_KEY,
    /**
     * A document of a major version this library does not read, such as one written by a newer
     * version; or a report's result made by another version of a rule than the checker in use has.
     */
    UNSUPPORTED_VERSION,
    /** A document of another kind, such as a profile read as a plan, or not a hipkit document at all. */
    WRONG_KIND,
    /** The input exceeds one of the {@link JsonLimits}. */
    LIMIT_EXCEEDED,
    /** The input stream could not be read. */
    INPUT_FAILURE
  }

  private final Problem problem;
  private final String document;
  private final String pointer;
  private final int line;
  private final int column;
  private final String reason;

  HipJsonException(
      Problem problem,
      String document,
      String pointer,
      int line,
      int column,
      String reason,
      @Nullable Throwable cause) {
    super(message(document, pointer, line, column, reason));
    if (cause != null) {
      initCause(cause);
    }
    this.problem = problem;
    this.document = document;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.reason = MessageText.shown(reason, Integer.MAX_VALUE);
  }

  private static String message(String document, String pointer, int line, int column, String reason) {
    int slash = document.lastIndexOf('/');
    String kind = slash < 0 ? document : document.substring(0, slash);
    StringBuilder m = new StringBuilder("Cannot read ").append(kind).append(" document at ");
    // The pointer and reason may quote the document (a field name, an id): escaped, one line.
    m.append(pointer.isEmpty() ? "the document root" : MessageText.shown(pointer));
    if (line > 0) {
      m.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return m.append(": ").append(MessageText.shown(reason, Integer.MAX_VALUE)).toString();
  }

  /**
   * Returns the kind of failure.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }

  /**
   * Returns the format of the document that was being read.
   *
   * @return such as {@code hipkit.plan/1}
   */
  public String document() {
    return document;
  }

  /**
   * Returns the JSON Pointer of the offending place, such as {@code /components/1/medication}.
   *
   * @return the pointer; the empty string points at the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the line of the offending place.
   *
   * @return the line, from 1, or -1 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the offending place.
   *
   * @return the column, from 1, or -1 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns what is wrong, without the location, in words a person can act on.
   *
   * @return the reason, such as {@code unknown medication id 'lidocain' in the catalog in use;
   *     nearest known ids: lidocaine}
   */
  public String reason() {
    return reason;
  }
}
