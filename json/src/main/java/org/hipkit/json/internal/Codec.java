package org.hipkit.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Writes and reads the values of one type as JSON, over Jackson's streaming API.
 *
 * <p>Codecs are stateless and shared. {@link #read} starts with the parser on the value's first
 * token and leaves it on the value's last token (the scalar itself, or the closing bracket); it
 * returns a fully built value or throws {@link ReadProblem}, never {@code null}.
 *
 * @param <T> the type of value
 */
public interface Codec<T> {

  /**
   * Writes a value at the generator's current position.
   *
   * @param g the generator
   * @param value the value, not null
   */
  void write(JsonGenerator g, T value);

  /**
   * Reads a value that starts at the parser's current token.
   *
   * @param p the parser, on the value's first token
   * @param state the state of this read
   * @return the value, never null
   * @throws ReadProblem if the JSON does not hold a valid value
   */
  T read(JsonParser p, ReadState state);
}
