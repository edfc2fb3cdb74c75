package org.hipkit.benchmarks;

import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import org.hipkit.course.Course;
import org.hipkit.course.CourseItem;
import org.hipkit.course.Offset;

/**
 * The hand-coded baseline of materialising a schedule in {@link CourseBenchmark}: the same
 * java.time arithmetic as {@link org.hipkit.course.Schedule} (calendar units added to the local
 * date-time and resolved in the zone once, minutes and hours as exact elapsed time) applied to
 * windows held as plain arrays, then sorted by earliest start and latest end as instants.
 *
 * <p>The windows are read from a course once, outside the measured code. What is left is the
 * date-time arithmetic and the sort any schedule of the same items must do.
 */
public final class PlainSchedule {

  /**
   * One placed item.
   *
   * @param id the item id
   * @param earliestStart the earliest start
   * @param latestStart the latest start
   * @param earliestEnd the earliest end
   * @param latestEnd the latest end
   */
  public record Placed(
      String id,
      ZonedDateTime earliestStart,
      ZonedDateTime latestStart,
      ZonedDateTime earliestEnd,
      ZonedDateTime latestEnd) {}

  private static final Comparator<Placed> ORDER =
      Comparator.comparing(Placed::earliestStart, ZonedDateTime::compareTo)
          .thenComparing(Placed::latestEnd, ZonedDateTime::compareTo);

  private final String[] ids;
  private final Period[] startBases;
  private final Period[] endBases;
  private final long[] amounts;
  private final ChronoUnit[] units;

  /**
   * Reads the windows of a course into plain arrays.
   *
   * @param course the course
   */
  public PlainSchedule(Course course) {
    int n = course.items().size();
    ids = new String[n];
    startBases = new Period[n];
    endBases = new Period[n];
    amounts = new long[4 * n];
    units = new ChronoUnit[2 * n];
    for (int i = 0; i < n; i++) {
      CourseItem item = course.items().get(i);
      Offset start = item.window().start();
      Offset end = item.window().end();
      ids[i] = item.id();
      startBases[i] = start.base();
      endBases[i] = end.base();
      amounts[4 * i] = start.range().low();
      amounts[4 * i + 1] = start.range().high();
      amounts[4 * i + 2] = end.range().low();
      amounts[4 * i + 3] = end.range().high();
      units[2 * i] = start.range().unit().chronoUnit();
      units[2 * i + 1] = end.range().unit().chronoUnit();
    }
  }

  /**
   * Places every window after a start.
   *
   * @param start the start of the first session
   * @return the placed items, sorted
   */
  public Placed[] place(ZonedDateTime start) {
    Placed[] placed = new Placed[ids.length];
    for (int i = 0; i < ids.length; i++) {
      ChronoUnit startUnit = units[2 * i];
      ChronoUnit endUnit = units[2 * i + 1];
      placed[i] =
          new Placed(
              ids[i],
              at(start, startBases[i], amounts[4 * i], startUnit),
              at(start, startBases[i], amounts[4 * i + 1], startUnit),
              at(start, endBases[i], amounts[4 * i + 2], endUnit),
              at(start, endBases[i], amounts[4 * i + 3], endUnit));
    }
    Arrays.sort(placed, ORDER);
    return placed;
  }

  private static ZonedDateTime at(ZonedDateTime start, Period base, long amount, ChronoUnit unit) {
    LocalDateTime local = start.toLocalDateTime().plus(base);
    if (unit != ChronoUnit.MINUTES && unit != ChronoUnit.HOURS) {
      return ZonedDateTime.ofLocal(local.plus(amount, unit), start.getZone(), start.getOffset());
    }
    ZonedDateTime anchor =
        base.isZero() ? start : ZonedDateTime.ofLocal(local, start.getZone(), start.getOffset());
    return anchor.plus(amount, unit);
  }
}
