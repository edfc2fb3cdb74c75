package org.hipkit.error;

import java.io.Serial;

/**
 * Thrown when a value object is constructed with input that breaks one of its invariants.
 *
 * <p>The message names the type, the field, the rule and the offending value, for example {@code
 * Invalid TimeRange.low: must not exceed high (was 48 > 24)}. Nothing is half-built: the value that
 * failed does not exist. The message is one line: the value is shown with its control characters
 * escaped and clipped to 200 characters ({@link #value()} keeps it whole).
 */
public final class InvalidValueException extends HipkitException {

  @Serial private static final long serialVersionUID = 1L;

  private final String type;
  private final String field;
  private final String rule;
  private final String value;

  /**
   * Creates the exception.
   *
   * @param type the simple name of the value type, such as {@code TimeRange}
   * @param field the field that broke the rule, such as {@code low}
   * @param rule the rule in words, such as {@code must not exceed high}
   * @param value the offending value, rendered with {@code String.valueOf}
   */
  public InvalidValueException(String type, String field, String rule, Object value) {
    super(
        "Invalid "
            + type
            + "."
            + field
            + ": "
            + MessageText.shown(rule, Integer.MAX_VALUE)
            + " (was "
            + MessageText.shown(value)
            + ")");
    this.type = type;
    this.field = field;
    this.rule = rule;
    this.value = String.valueOf(value);
  }

  /**
   * Creates the exception for a value whose builder lacks required fields; the builders of hipkit's
   * value types call it, so that a missing field is refused like any other invalid value.
   *
   * @param missing the names of the required fields that were not set
   */
  public InvalidValueException(String... missing) {
    this(typeBuilding(), String.join(", ", missing), "is required but was not set", "nothing");
  }

  /**
   * Returns the simple name of the value type whose generated builder is calling: the first frame
   * of a class named {@code ImmutableX} (or a class nested in it) gives {@code X}.
   */
  private static String typeBuilding() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .map(StackWalker.StackFrame::getClassName)
                    .map(name -> name.substring(name.lastIndexOf('.') + 1))
                    .filter(name -> name.startsWith("Immutable"))
                    .map(name -> name.substring("Immutable".length()).split("\\$", 2)[0])
                    .findFirst())
        .orElse("value");
  }

  /**
   * Returns the simple name of the value type whose invariant was broken.
   *
   * @return the type name, such as {@code TimeRange}
   */
  public String type() {
    return type;
  }

  /**
   * Returns the field that broke the rule.
   *
   * @return the field name, such as {@code low}
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rule in words.
   *
   * @return the rule, such as {@code must not exceed high}
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the offending value as text.
   *
   * @return the value that broke the rule
   */
  public String value() {
    return value;
  }
}
