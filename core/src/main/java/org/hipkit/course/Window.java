package org.hipkit.course;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.hipkit.error.InvalidValueException;
import org.hipkit.quantity.TimeRange;
import org.immutables.value.Value;

/**
 * When a {@link CourseItem} applies, relative to the start of the course: it starts at some moment
 * within {@link #start()} and ends at some moment within {@link #end()}, such as "starts 1-15 min
 * after the injection, ends 1-6 h after it".
 *
 * <p>A window whose start and end are the same exact offset is a moment, such as a follow-up visit.
 * Every window is ordered: its earliest start is no later than its earliest end, and its latest
 * start no later than its latest end, whatever the start date and zone (for days against hours,
 * within the few hours a daylight-saving change can move a clock). A window that is not is refused
 * with an {@link org.hipkit.error.InvalidValueException}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Window {

  Window() {}

  /**
   * Returns the range within which the item starts.
   *
   * @return the start offset
   */
  @Value.Parameter
  public abstract Offset start();

  /**
   * Returns the range within which the item ends.
   *
   * @return the end offset
   */
  @Value.Parameter
  public abstract Offset end();

  /**
   * Obtains a window from its start and end offsets.
   *
   * @param from the range within which the item starts
   * @param to the range within which the item ends
   * @return the window
   * @throws org.hipkit.error.InvalidValueException if the end can come before the start
   */
  public static Window of(Offset from, Offset to) {
    return ImmutableWindow.create(from, to);
  }

  /**
   * Obtains a window counted from the start of the course.
   *
   * @param from the range within which the item starts
   * @param to the range within which the item ends
   * @return the window
   * @throws org.hipkit.error.InvalidValueException if the end can come before the start
   */
  public static Window of(TimeRange from, TimeRange to) {
    return of(Offset.of(from), Offset.of(to));
  }

  /**
   * Obtains a window counted from a period after the start of the course, such as the start of a
   * later session.
   *
   * @param base the period both offsets count from
   * @param from the range within which the item starts
   * @param to the range within which the item ends
   * @return the window
   * @throws org.hipkit.error.InvalidValueException if the end can come before the start
   */
  public static Window after(Period base, TimeRange from, TimeRange to) {
    return of(Offset.of(base, from), Offset.of(base, to));
  }

  /**
   * Obtains a window that is a single moment.
   *
   * @param at the moment
   * @return a window that starts and ends at {@code at}
   */
  public static Window moment(Offset at) {
    return of(at, at);
  }

  /**
   * Tells whether the window is a single moment, such as a visit.
   *
   * @return true when start and end are the same exact offset
   */
  public boolean isMoment() {
    return start().equals(end()) && start().isExact();
  }

  /**
   * Returns the source phrases of the start and end ranges, without repeats.
   *
   * @return the phrases, such as {@code [within minutes, a few hours]}; empty when the numbers have
   *     no phrase
   */
  public List<String> phrases() {
    List<String> phrases = new ArrayList<>(2);
    start().range().phrase().ifPresent(phrases::add);
    end().range().phrase().filter(p -> !phrases.contains(p)).ifPresent(phrases::add);
    return List.copyOf(phrases);
  }

  @Value.Check
  void check() {
    Offset from = start();
    Offset to = end();
    // The offending window is rendered only on failure: a course builds a dozen windows or more.
    if (!Timeline.certainlyNotAfter(
        from.base(), from.range().low(), from.range().unit(),
        to.base(), to.range().low(), to.range().unit())) {
      throw new InvalidValueException(
          "Window",
          "to",
          "must not let the earliest end come before the earliest start",
          "from " + from + " to " + to);
    }
    if (!Timeline.certainlyNotAfter(
        from.base(), from.range().high(), from.range().unit(),
        to.base(), to.range().high(), to.range().unit())) {
      throw new InvalidValueException(
          "Window",
          "to",
          "must not let the latest end come before the latest start",
          "from " + from + " to " + to);
    }
  }

  /**
   * Returns the window as text, such as {@code from 1-15 min (within minutes) to 1-6 h (a few
   * hours)}, or {@code at 6 wk} for a moment.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return isMoment() ? "at " + start() : "from " + start() + " to " + end();
  }
}
