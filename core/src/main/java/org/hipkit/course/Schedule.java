package org.hipkit.course;

import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hipkit.error.InvalidValueException;
import org.hipkit.internal.Require;
import org.hipkit.quantity.TimeRange;
import org.hipkit.quantity.TimeUnit;

/**
 * A {@link Course} placed on a calendar from a start date-time with its zone: every item with the
 * date-times at which it starts and ends, sorted by time.
 *
 * <p>Calendar units stay calendar units: an offset in days, weeks, months or years is added to the
 * local date-time and resolved in the zone once, so a month is a calendar month (January 31 plus one
 * month is February 28 or 29), the time of day is kept, and a daylight-saving change does not move a
 * date; only when that local time does not exist on the day (a spring-forward gap) does it move
 * later by the length of the gap. Minutes and hours are exact elapsed time. Session {@code k} starts
 * at the start plus {@code (k - 1)} times the plan's interval, computed from the start each time, so
 * month ends do not drift.
 *
 * <p>Items are sorted by earliest start, then latest end (as instants), then the course's order. The
 * schedule has exactly one item for every item of the course.
 *
 * <p>Two schedules are equal when they place equal courses from equal starts: the same local
 * date-time, offset and zone ({@link ZonedDateTime#equals}), so a start in {@code Europe/London} and
 * the same instant in {@code UTC} give different schedules. The items follow from those two.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Schedule {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx", Locale.ROOT);

  private final Course course;
  private final ZonedDateTime start;
  private final List<ScheduledItem> items;

  Schedule(Course course, ZonedDateTime start) {
    Require.date(start.toLocalDate(), "Schedule", "start");
    this.course = course;
    this.start = start;
    record Placed(ScheduledItem item, int position) {}
    List<Placed> placed = new ArrayList<>(course.items().size());
    int position = 0;
    for (CourseItem item : course.items()) {
      placed.add(new Placed(ScheduledItem.of(item, start), position++));
    }
    placed.sort(
        Comparator.comparing((Placed p) -> p.item().earliestStart().toInstant())
            .thenComparing(p -> p.item().latestEnd().toInstant())
            .thenComparingInt(Placed::position));
    this.items = placed.stream().map(Placed::item).toList();
  }

  /**
   * Returns the course this schedule places.
   *
   * @return the course
   */
  public Course course() {
    return course;
  }

  /**
   * Returns the start of the first session, with its zone; every date-time of the schedule is in
   * this zone.
   *
   * @return the start
   */
  public ZonedDateTime start() {
    return start;
  }

  /**
   * Returns every item, sorted by earliest start, then latest end, then the course's order.
   *
   * @return an immutable list, as long as the course's item list
   */
  public List<ScheduledItem> items() {
    return items;
  }

  /**
   * Returns the items active at {@code t}: those with {@code earliestStart <= t <= latestEnd},
   * compared as instants, in schedule order.
   *
   * <p>Three days after a steroid injection, for example, the flare may be settling and the
   * steroid's relief may be starting, while the 24-48 hour rest is over.
   *
   * @param t the moment, in any zone
   * @return an immutable list, possibly empty
   */
  public List<ScheduledItem> activeAt(ZonedDateTime t) {
    return items.stream().filter(i -> i.contains(t)).toList();
  }

  /**
   * Returns the items active a given time after the start, the time being placed by the same rule
   * as the items (days and longer on the calendar, minutes and hours exactly).
   *
   * @param amount the time since the start, from zero to a hundred years ({@link
   *     TimeRange#maxAmount(TimeUnit)})
   * @param unit the unit of the amount
   * @return the items active then, in schedule order
   * @throws InvalidValueException if the amount is negative or longer than a hundred years
   */
  public List<ScheduledItem> activeAfter(long amount, TimeUnit unit) {
    if (amount < 0 || amount > TimeRange.maxAmount(unit)) {
      throw new InvalidValueException(
          "Schedule",
          "amount",
          "must be from 0 to " + TimeRange.maxAmount(unit) + " " + unit.code(),
          amount);
    }
    return activeAt(Timeline.at(start, Period.ZERO, amount, unit));
  }

  /**
   * Renders the schedule as plain text a person can read, one entry per item in schedule order.
   *
   * @return the text, ending with a line break
   */
  public String render() {
    StringBuilder text = new StringBuilder();
    text.append("Schedule: ").append(course.title()).append('\n');
    text.append("Starting ")
        .append(WHEN.format(start))
        .append(" (")
        .append(start.getZone().getId())
        .append(")\n");
    for (ScheduledItem s : items) {
      CourseItem item = s.item();
      text.append('\n').append(WHEN.format(s.earliestStart()));
      if (!item.window().isMoment()) {
        text.append(" to ").append(WHEN.format(s.latestEnd()));
      }
      text.append("  ").append(Course.heading(item)).append('\n');
      if (!s.latestStart().equals(s.earliestStart())) {
        text.append("  starts by ").append(WHEN.format(s.latestStart())).append('\n');
      }
      if (!s.earliestEnd().equals(s.latestEnd()) && !item.window().isMoment()) {
        text.append("  may end from ").append(WHEN.format(s.earliestEnd())).append('\n');
      }
      Course.describe(text, item);
    }
    Course.appendNotes(text, course.notes());
    text.append("\nhipkit informs professionals; it does not decide.\n");
    return text.toString();
  }

  /**
   * Tells whether another object is a schedule of an equal course from an equal start.
   *
   * @param other the object to compare with
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Schedule s && start.equals(s.start) && course.equals(s.course);
  }

  @Override
  public int hashCode() {
    return 31 * course.hashCode() + start.hashCode();
  }

  @Override
  public String toString() {
    return "Schedule[" + items.size() + " items from " + start + "]";
  }
}
