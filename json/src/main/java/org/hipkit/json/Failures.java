package org.hipkit.json;

import java.io.CharConversionException;
import java.io.IOException;
import java.util.regex.Pattern;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.json.internal.ReadProblem;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/** Turns every way a read can fail into a {@link HipJsonException}. */
final class Failures {

  private static final Pattern SOURCE_REF = Pattern.compile("\\s*\\(?(start marker )?at \\[Source: [^\\]]*\\]\\)?");
  private static final Pattern CONSTRAINT =
      Pattern.compile("`StreamReadConstraints\\.getMax(\\w)(\\w*)\\(\\)`");

  private Failures() {}

  /** Finds the location of a pointer again in the source text, when there is one. */
  interface Relocator {
    @Nullable TokenStreamLocation locate(String pointer);
  }

  static HipJsonException of(ReadProblem e, String document, @Nullable Relocator relocator) {
    TokenStreamLocation location = e.location();
    if (e.relocate() && relocator != null) {
      TokenStreamLocation found = relocator.locate(e.pointer());
      if (found != null) {
        location = found;
      }
    }
    return new HipJsonException(
        e.problem(),
        document,
        e.pointer(),
        line(location),
        column(location),
        e.reason(),
        e.getCause());
  }

  static HipJsonException of(JacksonException e, @Nullable JsonParser p, String document) {
    String pointer = p == null ? "" : ReadProblem.pointerHere(p);
    TokenStreamLocation location = e.getLocation();
    if (location == null && p != null) {
      location = p.currentLocation();
    }
    String message = clean(e.getOriginalMessage());
    Problem problem;
    String reason;
    if (e instanceof StreamConstraintsException) {
      problem = Problem.LIMIT_EXCEEDED;
      reason = "the input exceeds a limit: " + message;
    } else if (e instanceof UnexpectedEndOfInputException) {
      problem = Problem.MALFORMED_JSON;
      reason = "the input ends too early (is it cut off?): " + message;
    } else if (e instanceof JacksonIOException io) {
      if (io.getCause() instanceof CharConversionException) {
        problem = Problem.MALFORMED_JSON;
        reason = "the input is not valid UTF-8: " + message;
      } else {
        return input(io.getCause() == null ? new IOException(message) : io.getCause(), document);
      }
    } else {
      problem = Problem.MALFORMED_JSON;
      reason = "malformed JSON: " + message;
    }
    return new HipJsonException(problem, document, pointer, line(location), column(location), reason, e);
  }

  /**
   * The failure for bytes that are not well-formed UTF-8; the line and column (counted in bytes, as
   * for all stream input) are those of the first offending byte.
   */
  static HipJsonException notUtf8(String document, byte[] bytes, int offset, String pointer) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      byte b = bytes[i];
      if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    String reason =
        String.format(
            "the input is not valid UTF-8: the byte 0x%02X at byte offset %d does not begin a"
                + " well-formed UTF-8 sequence",
            bytes[offset] & 0xFF,
            offset);
    return new HipJsonException(
        Problem.MALFORMED_JSON, document, pointer, line, offset - lineStart + 1, reason, null);
  }

  static HipJsonException input(Throwable e, String document) {
    return new HipJsonException(
        Problem.INPUT_FAILURE, document, "", -1, -1, "the input could not be read: " + e, e);
  }

  static HipJsonException unexpected(RuntimeException e, @Nullable JsonParser p, String document) {
    String pointer = p == null ? "" : ReadProblem.pointerHere(p);
    TokenStreamLocation location = p == null ? null : p.currentTokenLocation();
    return new HipJsonException(
        Problem.INVALID_VALUE,
        document,
        pointer,
        line(location),
        column(location),
        "the value could not be read: " + e,
        e);
  }

  static String clean(@Nullable String message) {
    if (message == null) {
      return "no details";
    }
    String cleaned = SOURCE_REF.matcher(message).replaceAll("");
    cleaned = CONSTRAINT.matcher(cleaned).replaceAll(m -> "JsonLimits.max" + m.group(1) + m.group(2));
    return cleaned.strip();
  }

  private static int line(@Nullable TokenStreamLocation location) {
    return location == null || location.getLineNr() < 1 ? -1 : location.getLineNr();
  }

  private static int column(@Nullable TokenStreamLocation location) {
    return location == null || location.getLineNr() < 1 ? -1 : location.getColumnNr();
  }
}
