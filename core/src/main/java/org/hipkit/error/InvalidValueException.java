package org.hipkit.error;

import java.io.Serial;

/**
 * Thrown when a value object is constructed with input that breaks one of its invariants.
 *
 * <p>The message names the type, the field, the rule and the offending value, for example {@code
 * Invalid TimeRange.low: must not exceed high (was 48 > 24)}. Nothing is half-built: the value that
 * failed does not exist.
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
    super("Invalid " + type + "." + field + ": " + rule + " (was " + value + ")");
    this.type = type;
    this.field = field;
    this.rule = rule;
    this.value = String.valueOf(value);
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
