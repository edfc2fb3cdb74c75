package org.hipkit.json;

import org.hipkit.error.InvalidValueException;

/**
 * The bounds a read enforces on its input, such as at most 64 levels of nesting, so that hostile or
 * broken input fails fast with {@link HipJsonException.Problem#LIMIT_EXCEEDED} instead of using up
 * memory or stack.
 *
 * <p>The defaults hold every document hipkit itself writes with a wide margin, the standard catalog
 * included:
 *
 * <table>
 *   <caption>Default limits</caption>
 *   <tr><th>limit</th><th>default</th><th>enforced by</th></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>10 000 000 (bytes of a stream, characters of a
 *       string)</td><td>checked before parsing; also Jackson's {@code StreamReadConstraints}</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>64</td><td>{@code StreamReadConstraints}</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>100 000 characters</td><td>{@code
 *       StreamReadConstraints}</td></tr>
 *   <tr><td>{@link #maxNameLength()}</td><td>1 000 characters</td><td>{@code
 *       StreamReadConstraints}</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>100 characters, and 100 digits written
 *       out</td><td>{@code StreamReadConstraints} and hipkit-json</td></tr>
 *   <tr><td>{@link #maxArrayLength()}</td><td>10 000 elements</td><td>hipkit-json</td></tr>
 * </table>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonLimits {

  private static final JsonLimits DEFAULTS = builder().build();

  private final long maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final int maxArrayLength;

  private JsonLimits(Builder b) {
    this.maxDocumentLength = b.maxDocumentLength;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxNameLength = b.maxNameLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxArrayLength = b.maxArrayLength;
  }

  /**
   * Returns the default limits.
   *
   * @return the defaults
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder holding the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the largest document: bytes when reading a stream, characters when reading a string.
   *
   * @return the limit; default 10 000 000
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns the deepest nesting of objects and arrays.
   *
   * @return the limit; default 64
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest string value, in characters.
   *
   * @return the limit; default 100 000
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest field name, in characters.
   *
   * @return the limit; default 1 000
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * Returns the longest number: its text in the document, and its digits when written out without
   * exponent (so that {@code 1e999999} is refused).
   *
   * @return the limit; default 100
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the most elements of one array.
   *
   * @return the limit; default 10 000
   */
  public int maxArrayLength() {
    return maxArrayLength;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonLimits l
        && maxDocumentLength == l.maxDocumentLength
        && maxNestingDepth == l.maxNestingDepth
        && maxStringLength == l.maxStringLength
        && maxNameLength == l.maxNameLength
        && maxNumberLength == l.maxNumberLength
        && maxArrayLength == l.maxArrayLength;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(maxDocumentLength)
        + 31 * (maxNestingDepth + 31 * (maxStringLength + 31 * (maxNameLength
            + 31 * (maxNumberLength + 31 * maxArrayLength))));
  }

  @Override
  public String toString() {
    return "JsonLimits[maxDocumentLength=" + maxDocumentLength + ", maxNestingDepth="
        + maxNestingDepth + ", maxStringLength=" + maxStringLength + ", maxNameLength="
        + maxNameLength + ", maxNumberLength=" + maxNumberLength + ", maxArrayLength="
        + maxArrayLength + "]";
  }

  /**
   * Builds {@link JsonLimits}; every limit starts at its default and must be positive. A builder
   * may be reused: {@link #build()} copies the current settings.
   */
  public static final class Builder {
    private long maxDocumentLength = 10_000_000L;
    private int maxNestingDepth = 64;
    private int maxStringLength = 100_000;
    private int maxNameLength = 1_000;
    private int maxNumberLength = 100;
    private int maxArrayLength = 10_000;

    private Builder() {}

    private static void positive(long value, String option) {
      if (value <= 0) {
        throw new InvalidValueException("JsonLimits", option, "must be positive", value);
      }
    }

    /**
     * Sets the largest document.
     *
     * @param maxDocumentLength bytes of a stream or characters of a string, positive
     * @return this builder
     * @throws InvalidValueException if not positive
     */
    public Builder maxDocumentLength(long maxDocumentLength) {
      positive(maxDocumentLength, "maxDocumentLength");
      this.maxDocumentLength = maxDocumentLength;
      return this;
    }

    /**
     * Sets the deepest nesting.
     *
     * @param maxNestingDepth levels of objects and arrays, positive
     * @return this builder
     * @throws InvalidValueException if not positive
     */
    public Builder maxNestingDepth(int maxNestingDepth) {
      positive(maxNestingDepth, "maxNestingDepth");
      this.maxNestingDepth = maxNestingDepth;
      return this;
    }

    /**
     * Sets the longest string value.
     *
     * @param maxStringLength characters, positive
     * @return this builder
     * @throws InvalidValueException if not positive
     */
    public Builder maxStringLength(int maxStringLength) {
      positive(maxStringLength, "maxStringLength");
      this.maxStringLength = maxStringLength;
      return this;
    }

    /**
     * Sets the longest field name.
     *
     * @param maxNameLength characters, positive
     * @return this builder
     * @throws InvalidValueException if not positive
     */
    public Builder maxNameLength(int maxNameLength) {
      positive(maxNameLength, "maxNameLength");
      this.maxNameLength = maxNameLength;
      return this;
    }

    /**
     * Sets the longest number.
     *
     * @param maxNumberLength characters of its text and digits written out, positive
     * @return this builder
     * @throws InvalidValueException if not positive
     */
    public Builder maxNumberLength(int maxNumberLength) {
      positive(maxNumberLength, "maxNumberLength");
      this.maxNumberLength = maxNumberLength;
      return this;
    }

    /**
     * Sets the most elements of one array.
     *
     * @param maxArrayLength elements, positive
     * @return this builder
     * @throws InvalidValueException if not positive
     */
    public Builder maxArrayLength(int maxArrayLength) {
      positive(maxArrayLength, "maxArrayLength");
      this.maxArrayLength = maxArrayLength;
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return the limits
     */
    public JsonLimits build() {
      return new JsonLimits(this);
    }
  }
}
