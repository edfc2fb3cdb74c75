package org.hipkit.intervention;

import java.util.Optional;
import org.hipkit.internal.Require;
import org.hipkit.quantity.CountRange;
import org.hipkit.quantity.Frequency;
import org.hipkit.quantity.TimeRange;
import org.immutables.value.Value;

/**
 * How the sessions of an intervention are spread over time: a single injection, a series of
 * injections, or a course of needling sessions with maintenance afterwards.
 *
 * <p>For example acupuncture is 1-2 sessions a week ({@link #frequency()}) for 4-8 weeks ({@link
 * #courseLength()}), then monthly ({@link #maintenanceInterval()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SessionPattern {

  SessionPattern() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionPattern} values; required: sessions and a description. */
  public static final class Builder extends ImmutableSessionPattern.Builder {
    Builder() {}
  }

  /**
   * The most sessions one treatment plan may hold, and the most a pattern may count: 52, a year of
   * weekly sessions. More is a typing error, and a course of it would be too long to show.
   */
  public static final int MAX_SESSIONS = 52;

  /**
   * Returns how many sessions the initial course holds.
   *
   * @return the session count range, at least one session and at most {@link #MAX_SESSIONS}
   */
  public abstract CountRange sessions();

  /**
   * Returns how often sessions take place during the course, where the sources say.
   *
   * @return the rate of sessions
   */
  public abstract Optional<Frequency> frequency();

  /**
   * Returns how long the initial course lasts, where the sources say.
   *
   * @return the course length
   */
  public abstract Optional<TimeRange> courseLength();

  /**
   * Returns the interval of maintenance sessions after the course, if the sources describe them.
   *
   * @return the maintenance interval
   */
  public abstract Optional<TimeRange> maintenanceInterval();

  /**
   * Returns the recovery time to allow after each session, where the sources give one.
   *
   * @return the recovery time
   */
  public abstract Optional<TimeRange> recoveryBetween();

  /**
   * Returns the pattern in hipkit's words.
   *
   * @return the description, never blank
   */
  public abstract String description();

  /**
   * Returns the most sessions a treatment plan of this pattern may hold. A pattern that counts the
   * sessions of a course (a maximum above one, such as 4-16) allows up to that maximum. A pattern of
   * one session per visit leaves repeating it to the clinician, since the sources give no count, so
   * a plan may hold up to {@link #MAX_SESSIONS} of them.
   *
   * @return the limit, from 1 to {@link #MAX_SESSIONS}
   */
  public int maxPlannedSessions() {
    return sessions().max() > 1 ? sessions().max() : MAX_SESSIONS;
  }

  @Value.Check
  void check() {
    Require.that(
        sessions().max() >= 1, "SessionPattern", "sessions", "must allow at least one session", sessions());
    Require.that(
        sessions().max() <= MAX_SESSIONS,
        "SessionPattern",
        "sessions",
        "must count at most " + MAX_SESSIONS + " sessions",
        sessions());
    Require.plainText(description(), "SessionPattern", "description");
  }
}
