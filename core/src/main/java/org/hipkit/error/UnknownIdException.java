package org.hipkit.error;

import java.io.Serial;
import java.util.List;

/**
 * Thrown when a catalog lookup names an id that the catalog does not hold.
 *
 * <p>The message names the kind of entry, the id asked for and the nearest known ids, so that a typo
 * such as {@code lidocain} points at {@code lidocaine}. The message is one line: the id is shown with
 * its control characters escaped and clipped to 200 characters ({@link #id()} keeps it whole).
 */
public final class UnknownIdException extends HipkitException {

  @Serial private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;
  private final List<String> nearest;

  /**
   * Creates the exception.
   *
   * @param kind the kind of entry looked up, such as {@code medication}
   * @param id the id that was not found
   * @param nearest the known ids closest to {@code id}, nearest first; may be empty
   */
  public UnknownIdException(String kind, String id, List<String> nearest) {
    super(
        "Unknown "
            + kind
            + " id '"
            + MessageText.shown(id)
            + "'"
            + (nearest.isEmpty() ? "" : "; nearest known ids: " + MessageText.shown(String.join(", ", nearest))));
    this.kind = kind;
    this.id = id;
    this.nearest = List.copyOf(nearest);
  }

  /**
   * Returns the kind of entry that was looked up.
   *
   * @return the kind, such as {@code medication}
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the id that was not found.
   *
   * @return the unknown id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the known ids nearest to the unknown one, nearest first.
   *
   * @return an immutable list, possibly empty
   */
  public List<String> nearest() {
    return nearest;
  }
}
