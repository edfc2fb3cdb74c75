package org.hipkit.course;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hipkit.error.InvalidValueException;
import org.hipkit.internal.Require;
import org.hipkit.source.Source;
import org.immutables.value.Value;

/**
 * One thing a patient can expect in the course of a treatment plan, with its window: for example
 * "numbing relief from lidocaine, from 1-15 min to 1-6 h after the injection", or "signs of
 * infection: watch until the follow-up; contact the clinic at once".
 *
 * <p>The {@link #id()} says what the item is and is the same in every session; together with {@link
 * #session()} it is unique within a course. The texts are hipkit's own words; {@link #sources()}
 * names the documents the item rests on, and the window's ranges keep the sources' phrases.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CourseItem {

  CourseItem() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link CourseItem} values; required: kind, id, title, description, window, a source.
   */
  public static final class Builder extends ImmutableCourseItem.Builder {
    Builder() {}
  }

  /**
   * Returns what sort of item this is.
   *
   * @return the kind
   */
  public abstract ItemKind kind();

  /**
   * Returns the stable id of the item, the same in every session, such as {@code
   * no-strenuous-activity}.
   *
   * @return a lower-case kebab-case id
   */
  public abstract String id();

  /**
   * Returns the session the item belongs to, counted from 1, for items that come with every session.
   *
   * @return the session number; empty for items of the course as a whole
   */
  public abstract OptionalInt session();

  /**
   * Returns a short title for people.
   *
   * @return the title, such as {@code Signs of infection}
   */
  public abstract String title();

  /**
   * Returns what to expect, in hipkit's words.
   *
   * @return the description, never blank
   */
  public abstract String description();

  /**
   * Returns when the item applies, relative to the start of the course.
   *
   * @return the window
   */
  public abstract Window window();

  /**
   * Returns what to do, where there is something to do, such as whom to call when a warning sign
   * appears.
   *
   * @return the action, never blank
   */
  public abstract Optional<String> action();

  /**
   * Returns the source documents the item rests on.
   *
   * @return at least one source
   */
  public abstract List<Source> sources();

  /**
   * Returns the source phrases of the item's window, such as {@code within minutes} and {@code a few
   * hours}.
   *
   * @return the phrases, possibly empty when the numbers are stated without a phrase
   */
  public List<String> phrases() {
    return window().phrases();
  }

  @Value.Check
  void check() {
    String type = "CourseItem";
    Require.kebabId(id(), type, "id");
    Require.plainText(title(), type, "title");
    Require.plainText(description(), type, "description");
    // Plain branches, and a message built only on failure: a course checks every item it builds.
    Optional<String> action = action();
    if (action.isPresent()) {
      Require.plainText(action.get(), type, "action");
    }
    OptionalInt session = session();
    if (session.isPresent()) {
      Require.that(session.getAsInt() >= 1, type, "session", "must be at least 1", session.getAsInt());
    }
    if (sources().isEmpty()) {
      throw new InvalidValueException(
          type, "sources", "must cite at least one source for '" + id() + "'", sources());
    }
  }

  @Override
  public String toString() {
    return "CourseItem["
        + kind().code()
        + " "
        + id()
        + (session().isPresent() ? " #" + session().getAsInt() : "")
        + ", "
        + window()
        + "]";
  }
}
