package org.hipkit.error;

import java.io.Serial;

/**
 * The root of hipkit's unchecked exceptions.
 *
 * <p>Every failure hipkit reports on purpose is a subclass of this type, so a caller can catch one
 * family. Subclasses carry the data a caller needs to act, such as the field and rule that an
 * invalid value broke or the id that a lookup did not find.
 */
public class HipkitException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message a person can act on.
   *
   * @param message what went wrong and where, not null
   */
  public HipkitException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the failure that caused it.
   *
   * @param message what went wrong and where, not null
   * @param cause the underlying failure, not null
   */
  public HipkitException(String message, Throwable cause) {
    super(message, cause);
  }
}
