package org.hipkit.json.internal;

import java.io.Serial;

/**
 * Thrown by a constructor function when it knows more precisely than its object where a model
 * invariant was broken, such as the entry of a catalog that names an unknown target; the pointer
 * is relative to the object being built.
 */
public final class InvalidAt extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final String relativePointer;

  /**
   * Creates the exception.
   *
   * @param relativePointer the pointer below the object, such as {@code /interventions/2/targets/0}
   * @param cause the model's exception, whose message is the reason
   */
  public InvalidAt(String relativePointer, RuntimeException cause) {
    super(cause.getMessage(), cause, false, false);
    this.relativePointer = relativePointer;
  }

  /**
   * Returns the pointer below the object.
   *
   * @return the relative pointer, starting with {@code /}
   */
  public String relativePointer() {
    return relativePointer;
  }
}
