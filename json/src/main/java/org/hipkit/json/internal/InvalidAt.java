package org.hipkit.json.internal;

import java.io.Serial;
import org.hipkit.json.HipJsonException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by a constructor function when it knows more precisely than its object where a rule was
 * broken, such as the entry of a catalog that names an unknown target, or the item of a course that
 * differs from the course its plan gives; the pointer is relative to the object being built.
 */
public final class InvalidAt extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final String relativePointer;
  private final Problem problem;

  /**
   * Creates the exception for a model invariant, an {@link Problem#INVALID_VALUE}.
   *
   * @param relativePointer the pointer below the object, such as {@code /interventions/2/targets/0}
   * @param cause the model's exception, whose message is the reason
   */
  public InvalidAt(String relativePointer, RuntimeException cause) {
    this(relativePointer, Problem.INVALID_VALUE, String.valueOf(cause.getMessage()), cause);
  }

  /**
   * Creates the exception for a rule of the format.
   *
   * @param relativePointer the pointer below the object; empty for the object itself
   * @param problem the kind of problem
   * @param reason what is wrong, in words a person can act on
   */
  public InvalidAt(String relativePointer, Problem problem, String reason) {
    this(relativePointer, problem, reason, null);
  }

  private InvalidAt(
      String relativePointer, Problem problem, String reason, @Nullable Throwable cause) {
    super(reason, cause, false, false);
    this.relativePointer = relativePointer;
    this.problem = problem;
  }

  /**
   * Returns the pointer below the object.
   *
   * @return the relative pointer, empty or starting with {@code /}
   */
  public String relativePointer() {
    return relativePointer;
  }

  /**
   * Returns the kind of problem.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }
}
