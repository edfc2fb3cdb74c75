package org.hipkit.examples.cli;

import org.hipkit.check.CheckReport;
import org.hipkit.course.Course;
import org.hipkit.course.Schedule;

/**
 * The JSON documents that {@code --json} prints: the check report, then the course or the schedule,
 * each a complete hipkit JSON document on one line of its own.
 *
 * <p>hipkit-json does not yet write reports, courses or schedules; until it does, {@link
 * #AVAILABLE} is false and {@code --json} fails with exit code 3 after the input files have been
 * read. The three calls below are the only places to change. The CLI defines no JSON of its own.
 */
final class JsonOut {

  // TODO(lead): set to true once hipkit-json has HipJson.writeReport, writeCourse and writeSchedule,
  // and replace the three bodies below with the calls in their comments. HipkitCliTest's --json
  // tests switch on this flag.
  /** Whether hipkit-json can write the three documents {@code --json} prints. */
  static final boolean AVAILABLE = false;

  private JsonOut() {}

  /** The check report as a {@code hipkit.report} document, compact, without a line break. */
  static String report(CheckReport report) {
    // TODO(lead): return HipJson.standard().writeReport(report);
    throw notYet("report");
  }

  /** The course as a {@code hipkit.course} document, compact, without a line break. */
  static String course(Course course) {
    // TODO(lead): return HipJson.standard().writeCourse(course);
    throw notYet("course");
  }

  /** The schedule as a {@code hipkit.schedule} document, compact, without a line break. */
  static String schedule(Schedule schedule) {
    // TODO(lead): return HipJson.standard().writeSchedule(schedule);
    throw notYet("schedule");
  }

  private static UnsupportedOperationException notYet(String kind) {
    return new UnsupportedOperationException("hipkit-json cannot write " + kind + " documents yet");
  }
}
