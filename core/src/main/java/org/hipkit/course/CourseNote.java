package org.hipkit.course;

import java.util.List;
import org.hipkit.error.InvalidValueException;
import org.hipkit.internal.Require;
import org.hipkit.source.Source;
import org.immutables.value.Value;

/**
 * Something about a course that has no window: a fact the sources give without timing, such as "the
 * sources give no timing for platelet-rich plasma", or a remark on the plan's own timing.
 *
 * <p>hipkit says what the sources leave open rather than invent a number for it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CourseNote {

  CourseNote() {}

  /**
   * Returns the stable id of the note.
   *
   * @return a lower-case kebab-case id, unique within a course
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the note in hipkit's words.
   *
   * @return the text, never blank
   */
  @Value.Parameter
  public abstract String text();

  /**
   * Returns the source documents the note rests on.
   *
   * @return at least one source
   */
  @Value.Parameter
  public abstract List<Source> sources();

  /**
   * Obtains a note.
   *
   * @param id a kebab-case id
   * @param text the note, not blank
   * @param sources the documents it rests on, at least one
   * @return the note
   * @throws org.hipkit.error.InvalidValueException if a field breaks its rule
   */
  public static CourseNote of(String id, String text, List<Source> sources) {
    return ImmutableCourseNote.create(id, text, sources);
  }

  @Value.Check
  void check() {
    Require.kebabId(id(), "CourseNote", "id");
    Require.plainText(text(), "CourseNote", "text");
    if (sources().isEmpty()) {
      // The message is built only on failure.
      throw new InvalidValueException(
          "CourseNote", "sources", "must cite at least one source for '" + id() + "'", sources());
    }
  }

  @Override
  public String toString() {
    return "CourseNote[" + id() + "]";
  }
}
