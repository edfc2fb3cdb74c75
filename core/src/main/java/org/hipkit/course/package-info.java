/**
 * Expected courses: what a patient can expect after a {@link org.hipkit.plan.TreatmentPlan} and
 * when, as a timeline relative to the procedure and as a dated {@link org.hipkit.course.Schedule}.
 *
 * <p><b>Start here:</b> {@link org.hipkit.course.Course#of(org.hipkit.plan.TreatmentPlan,
 * org.hipkit.protocol.Protocol) Course.of(plan, protocol)} builds the course from catalog knowledge:
 * the effects of each injected medication, the possible flare, aftercare, warning signs with what to
 * do, sessions and series, the follow-up and the earliest repeat. Every {@link
 * org.hipkit.course.CourseItem item} has a {@link org.hipkit.course.Window window} in explicit units
 * that keeps the source's own phrase, and cites its source documents. What the sources leave untimed
 * is said in a {@link org.hipkit.course.CourseNote note} rather than invented.
 *
 * <pre>{@code
 * Course course = Course.of(plan, Protocol.standard());
 * Schedule schedule = course.schedule(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneId.of("Europe/Berlin")));
 * List<ScheduledItem> now = schedule.activeAfter(3, TimeUnit.DAYS);
 * System.out.print(schedule.render());
 * }</pre>
 *
 * <p><b>Design notes.</b> Times are never read from a clock: every instant comes from the caller.
 * Calendar units stay calendar units when a course becomes a schedule: days, weeks, months and years
 * move along the local calendar (a month is a month, and a daylight-saving change does not move a
 * date), while minutes and hours are exact elapsed time. The verbs follow java.time: {@code of}
 * builds and validates, {@code at}/{@code after} place something on a time line, {@code render}
 * writes text for people. The course informs professionals and patients; it does not decide.
 */
@HipStyle
@NullMarked
package org.hipkit.course;

import org.hipkit.internal.HipStyle;
import org.jspecify.annotations.NullMarked;
