package org.hipkit.json.internal;

import java.io.Serial;
import org.hipkit.json.HipJsonException.Problem;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A failure to read, located at a JSON Pointer; the public API turns it into {@link
 * org.hipkit.json.HipJsonException}.
 *
 * <p>It carries no stack trace: it is a report about the input, not about the code. When the parser
 * has already moved past the place (a missing field or a broken invariant is only known at the end
 * of its object), {@link #relocate()} says that the line and column should be found again from the
 * pointer if the source text is at hand.
 */
public final class ReadProblem extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final Problem problem;
  private final String pointer;
  private final transient @Nullable TokenStreamLocation location;
  private final boolean relocate;

  private ReadProblem(
      Problem problem,
      String pointer,
      @Nullable TokenStreamLocation location,
      boolean relocate,
      String reason,
      @Nullable Throwable cause) {
    super(reason, cause, false, false);
    this.problem = problem;
    this.pointer = pointer;
    this.location = location;
    this.relocate = relocate;
  }

  /**
   * Creates a problem at the parser's current token.
   *
   * @param p the parser
   * @param problem the kind of problem
   * @param reason what is wrong, in words a person can act on
   * @return the problem
   */
  public static ReadProblem here(JsonParser p, Problem problem, String reason) {
    return new ReadProblem(problem, pointerHere(p), p.currentTokenLocation(), false, reason, null);
  }

  /**
   * Creates a problem at a pointer the parser has already moved past.
   *
   * @param p the parser, used for a fallback location
   * @param pointer the JSON Pointer of the offending place
   * @param problem the kind of problem
   * @param reason what is wrong
   * @param cause the model exception behind it, if any
   * @return the problem
   */
  public static ReadProblem behind(
      JsonParser p, String pointer, Problem problem, String reason, @Nullable Throwable cause) {
    return new ReadProblem(problem, pointer, p.currentTokenLocation(), true, reason, cause);
  }

  /**
   * Creates a problem with no parser at hand, such as a document that is too large to start.
   *
   * @param pointer the JSON Pointer
   * @param problem the kind of problem
   * @param reason what is wrong
   * @param cause the underlying failure, if any
   * @return the problem
   */
  public static ReadProblem unlocated(
      String pointer, Problem problem, String reason, @Nullable Throwable cause) {
    return new ReadProblem(problem, pointer, null, false, reason, cause);
  }

  /**
   * Creates the problem for a value of the wrong JSON type at the parser's current token.
   *
   * @param p the parser
   * @param expected what was expected, such as {@code a string}
   * @return the problem
   */
  public static ReadProblem wrongType(JsonParser p, String expected) {
    return here(p, Problem.WRONG_TYPE, "must be " + expected + ", not " + describe(p.currentToken()));
  }

  /**
   * Returns the JSON Pointer of the parser's current token.
   *
   * @param p the parser
   * @return the pointer, such as {@code /components/1/medication}
   */
  public static String pointerHere(JsonParser p) {
    return p.streamReadContext().pathAsPointer().toString();
  }

  /**
   * Describes a token for a message, such as {@code a number}.
   *
   * @param token the token, or null at the end of input
   * @return the description
   */
  public static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT -> "an object";
      case START_ARRAY, END_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case PROPERTY_NAME -> "a field name";
      default -> "'" + token.asString() + "'";
    };
  }

  /**
   * Returns the kind of problem.
   *
   * @return the problem kind
   */
  public Problem problem() {
    return problem;
  }

  /**
   * Returns the JSON Pointer of the offending place.
   *
   * @return the pointer; empty for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the location where the problem was noticed, if any.
   *
   * @return the location, or null
   */
  public @Nullable TokenStreamLocation location() {
    return location;
  }

  /**
   * Tells whether the location should be found again from the pointer, when the source is at hand.
   *
   * @return true when the parser had moved past the place
   */
  public boolean relocate() {
    return relocate;
  }

  /**
   * Returns the reason, in words a person can act on.
   *
   * @return the reason
   */
  public String reason() {
    return String.valueOf(getMessage());
  }
}
