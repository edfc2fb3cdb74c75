package org.hipkit.profile;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A clinician's dated statement of how well something is controlled, such as "anticoagulation can
 * be managed safely for the procedure" on 2026-11-20.
 *
 * <p>Where no measurement settles a question, a statement can; like a measurement, it goes stale
 * after the protocol's maximum age.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ControlStatement {

  ControlStatement() {}

  /**
   * Returns the judgement.
   *
   * @return controlled or not controlled
   */
  @Value.Parameter
  public abstract Control control();

  /**
   * Returns the date of the statement.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns who made the statement or on what grounds, if recorded.
   *
   * @return a free-text note
   */
  public abstract Optional<String> note();

  /**
   * Obtains a statement without a note.
   *
   * @param control the judgement
   * @param date the date it was made
   * @return the statement
   */
  public static ControlStatement of(Control control, LocalDate date) {
    return ImmutableControlStatement.create(control, date);
  }

  /**
   * Obtains a statement with a note on who made it or on what grounds.
   *
   * @param control the judgement
   * @param date the date it was made
   * @param note the note, not blank
   * @return the statement
   * @throws org.hipkit.error.InvalidValueException if the note is blank
   */
  public static ControlStatement of(Control control, LocalDate date, String note) {
    return ImmutableControlStatement.builder().control(control).date(date).note(note).build();
  }

  @Value.Check
  void check() {
    note().ifPresent(n -> org.hipkit.internal.Require.plainText(n, "ControlStatement", "note"));
    org.hipkit.internal.Require.date(date(), "ControlStatement", "date");
  }

  @Override
  public String toString() {
    return control().code() + " on " + date() + note().map(n -> " (" + n + ")").orElse("");
  }
}
