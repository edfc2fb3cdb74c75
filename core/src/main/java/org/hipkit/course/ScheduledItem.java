package org.hipkit.course;

import java.time.ZonedDateTime;
import org.hipkit.internal.Require;
import org.immutables.value.Value;

/**
 * A {@link CourseItem} placed on a calendar: the earliest and latest date-times at which it starts
 * and ends, in the zone of the schedule's start.
 *
 * <p>The item is active at a moment {@code t} when {@code earliestStart <= t <= latestEnd}, both
 * ends included and compared as instants. A moment item (such as the follow-up) is active only at
 * its own instant. Obtain scheduled items from {@link Schedule}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScheduledItem {

  ScheduledItem() {}

  /**
   * Returns the course item.
   *
   * @return the item
   */
  @Value.Parameter
  public abstract CourseItem item();

  /**
   * Returns the earliest date-time at which the item may start.
   *
   * @return the earliest start
   */
  @Value.Parameter
  public abstract ZonedDateTime earliestStart();

  /**
   * Returns the latest date-time by which the item is expected to have started.
   *
   * @return the latest start, not before the earliest start
   */
  @Value.Parameter
  public abstract ZonedDateTime latestStart();

  /**
   * Returns the earliest date-time at which the item may end.
   *
   * @return the earliest end, not before the earliest start
   */
  @Value.Parameter
  public abstract ZonedDateTime earliestEnd();

  /**
   * Returns the latest date-time by which the item is expected to have ended.
   *
   * @return the latest end, not before the latest start or the earliest end
   */
  @Value.Parameter
  public abstract ZonedDateTime latestEnd();

  /** Places {@code item} on the calendar of a course that starts at {@code start}. */
  static ScheduledItem of(CourseItem item, ZonedDateTime start) {
    Window window = item.window();
    return ImmutableScheduledItem.create(
        item,
        window.start().earliestAfter(start),
        window.start().latestAfter(start),
        window.end().earliestAfter(start),
        window.end().latestAfter(start));
  }

  /**
   * Tells whether the item is active at {@code t}: {@code earliestStart <= t <= latestEnd}, as
   * instants.
   *
   * @param t the moment, in any zone
   * @return true when {@code t} lies within the window, ends included
   */
  public boolean contains(ZonedDateTime t) {
    return !t.isBefore(earliestStart()) && !t.isAfter(latestEnd());
  }

  /**
   * Returns where {@code t} falls in the item's window, compared as instants: {@link
   * Phase#NOT_YET} before the earliest start; {@link Phase#OVER} after the latest end; otherwise
   * {@link Phase#STARTING} before the latest start, then {@link Phase#ENDING} after the earliest
   * end, and {@link Phase#UNDER_WAY} in between (ends included).
   *
   * @param t the moment, in any zone
   * @return the phase; active exactly when {@link #contains(ZonedDateTime)} is true
   */
  public Phase phaseAt(ZonedDateTime t) {
    if (t.isBefore(earliestStart())) {
      return Phase.NOT_YET;
    }
    if (t.isAfter(latestEnd())) {
      return Phase.OVER;
    }
    if (t.isBefore(latestStart())) {
      return Phase.STARTING;
    }
    if (t.isAfter(earliestEnd())) {
      return Phase.ENDING;
    }
    return Phase.UNDER_WAY;
  }

  @Value.Check
  void check() {
    String type = "ScheduledItem";
    String id = item().id();
    Require.that(
        !latestStart().isBefore(earliestStart()), type, "latestStart", "must not be before earliestStart", id);
    Require.that(
        !earliestEnd().isBefore(earliestStart()), type, "earliestEnd", "must not be before earliestStart", id);
    Require.that(
        !latestEnd().isBefore(earliestEnd()), type, "latestEnd", "must not be before earliestEnd", id);
    Require.that(
        !latestEnd().isBefore(latestStart()), type, "latestEnd", "must not be before latestStart", id);
  }

  @Override
  public String toString() {
    return "ScheduledItem[" + item().id() + " " + earliestStart() + " .. " + latestEnd() + "]";
  }
}
