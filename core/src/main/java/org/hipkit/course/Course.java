package org.hipkit.course;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hipkit.error.InvalidValueException;
import org.hipkit.error.UnknownIdException;
import org.hipkit.internal.Nearest;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.protocol.Protocol;
import org.hipkit.source.Source;

/**
 * The expected course of a treatment plan: what a patient can expect after the procedure and when,
 * as {@link CourseItem items} with windows relative to the start of the first session, plus {@link
 * CourseNote notes} on what the sources leave untimed.
 *
 * <p>A course is built from catalog knowledge and the clinic's {@link Protocol}: the onset and
 * duration of each injected medication, the possible flare, aftercare, warning signs to watch until
 * the follow-up, the sessions of a series or course, the follow-up at {@link
 * Protocol#followUpInterval()}, and for injections the earliest repeat at {@link
 * Protocol#minRepeatInjectionInterval()}. Every plan the catalog allows has a course.
 *
 * <pre>{@code
 * Course course = Course.of(plan);
 * System.out.print(course.render());
 * Schedule schedule = course.schedule(LocalTime.of(9, 0), ZoneId.of("America/New_York"));
 * }</pre>
 *
 * <p>Items are in reading order: by typical start (base period plus the low end of the start range,
 * each unit counted at java.time's estimated length, so a month is a twelfth of 365.2425 days),
 * then typical end, then {@link ItemKind} in declaration order, then session, then id. That estimate
 * only orders the list; a {@link Schedule} places items on the real calendar.
 *
 * <p>Two courses are equal when they have equal plans, protocols, items and notes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Course {

  /** The reading order of a course's items; see the class description. */
  static final Comparator<CourseItem> ORDER =
      Comparator.comparingDouble((CourseItem i) -> typicalStart(i))
          .thenComparingDouble(Course::typicalEnd)
          .thenComparing(CourseItem::kind)
          .thenComparingInt(i -> i.session().orElse(0))
          .thenComparing(CourseItem::id);

  private final TreatmentPlan plan;
  private final Protocol protocol;
  private final List<CourseItem> items;
  private final List<CourseNote> notes;

  Course(TreatmentPlan plan, Protocol protocol, List<CourseItem> items, List<CourseNote> notes) {
    this.plan = plan;
    this.protocol = protocol;
    List<CourseItem> sorted = new ArrayList<>(items);
    sorted.sort(ORDER);
    this.items = List.copyOf(sorted);
    this.notes = List.copyOf(notes);
    // Sessions start at 1, so session 0 stands for an item of the course as a whole.
    record Key(String id, int session) {}
    Set<Key> seen = new HashSet<>();
    for (CourseItem item : this.items) {
      if (!seen.add(new Key(item.id(), item.session().orElse(0)))) {
        String key = item.id() + (item.session().isPresent() ? "#" + item.session().getAsInt() : "");
        throw new InvalidValueException("Course", "items", "must not repeat an id within a session", key);
      }
    }
    Set<String> noteIds = new HashSet<>();
    for (CourseNote note : this.notes) {
      if (!noteIds.add(note.id())) {
        throw new InvalidValueException("Course", "notes", "must not repeat an id", note.id());
      }
    }
  }

  /**
   * Returns the expected course of a plan under hipkit's {@linkplain Protocol#standard() standard
   * protocol}.
   *
   * @param plan the treatment plan
   * @return the course
   */
  public static Course of(TreatmentPlan plan) {
    return of(plan, Protocol.standard());
  }

  /**
   * Returns the expected course of a plan under a clinic's protocol, which sets the follow-up and
   * the shortest time before a repeat injection.
   *
   * @param plan the treatment plan
   * @param protocol the clinic's protocol
   * @return the course
   */
  public static Course of(TreatmentPlan plan, Protocol protocol) {
    return Expectations.build(plan, protocol);
  }

  /**
   * Returns the plan whose course this is.
   *
   * @return the plan
   */
  public TreatmentPlan plan() {
    return plan;
  }

  /**
   * Returns the protocol the course was built with.
   *
   * @return the protocol
   */
  public Protocol protocol() {
    return protocol;
  }

  /**
   * Returns the items, in reading order (see the class description).
   *
   * @return an immutable list, never empty: every course holds at least its procedure and follow-up
   */
  public List<CourseItem> items() {
    return items;
  }

  /**
   * Returns the notes on what the sources leave untimed, and on the plan's own timing.
   *
   * @return an immutable list, possibly empty
   */
  public List<CourseNote> notes() {
    return notes;
  }

  /**
   * Returns the items with the given id, one per session for items that come with every session.
   *
   * @param id the item id, such as {@code procedure}
   * @return the items in reading order, possibly empty
   */
  public List<CourseItem> items(String id) {
    return items.stream().filter(i -> i.id().equals(id)).toList();
  }

  /**
   * Returns the items of the given kind.
   *
   * @param kind the kind
   * @return the items in reading order, possibly empty
   */
  public List<CourseItem> items(ItemKind kind) {
    return items.stream().filter(i -> i.kind() == kind).toList();
  }

  /**
   * Returns the first item with the given id, in reading order: the item itself for items of the
   * course as a whole, the first session's otherwise.
   *
   * @param id the item id, such as {@code post-injection-flare}
   * @return the item
   * @throws UnknownIdException if the course has no item with that id
   */
  public CourseItem item(String id) {
    for (CourseItem item : items) {
      if (item.id().equals(id)) {
        return item;
      }
    }
    throw new UnknownIdException(
        "course item", id, Nearest.ids(id, items.stream().map(CourseItem::id).distinct().toList()));
  }

  /**
   * Tells whether the course has an item with the given id.
   *
   * @param id the item id
   * @return true when some item has it
   */
  public boolean has(String id) {
    return items.stream().anyMatch(i -> i.id().equals(id));
  }

  /**
   * Places the course on a calendar from the start of the first session.
   *
   * @param start the start of the first session, with its zone, in the years 1900 to 2200
   * @return the schedule, with one entry per item
   * @throws InvalidValueException if the start falls outside the years 1900 to 2200
   */
  public Schedule schedule(ZonedDateTime start) {
    return new Schedule(this, start);
  }

  /**
   * Places the course on a calendar from the plan's planned date at a local time in a zone. If that
   * local time does not exist on the date (a spring-forward gap), the start moves later by the
   * length of the gap.
   *
   * @param time the local time the first session starts
   * @param zone the zone of the clinic
   * @return the schedule, with one entry per item
   */
  public Schedule schedule(LocalTime time, ZoneId zone) {
    return schedule(ZonedDateTime.of(plan.plannedDate(), time, zone));
  }

  /**
   * Renders the course as plain text a person can read: the items in reading order, each with its
   * window, what to expect, what to do and its sources, then the notes.
   *
   * @return the text, ending with a line break
   */
  public String render() {
    StringBuilder text = new StringBuilder();
    text.append("Expected course: ").append(title()).append('\n');
    text.append(plan.sessions() == 1 ? "1 session" : plan.sessions() + " sessions");
    plan.sessionInterval()
        .filter(p -> plan.sessions() > 1)
        .ifPresent(p -> text.append(", one every ").append(Timeline.text(p)));
    text.append("; protocol ")
        .append(protocol.id())
        .append("; times count from the start of the first session.\n");
    for (CourseItem item : items) {
      text.append('\n').append(heading(item)).append('\n');
      text.append("  when: ").append(item.window()).append('\n');
      describe(text, item);
    }
    appendNotes(text, notes);
    text.append("\nhipkit informs professionals; it does not decide.\n");
    return text.toString();
  }

  /** The one-line summary of the plan both renderings start with. */
  String title() {
    return plan.intervention().name()
        + " at "
        + plan.target().name()
        + ", "
        + plan.side().code()
        + " side, for "
        + plan.condition().name();
  }

  static String heading(CourseItem item) {
    return item.title()
        + " ["
        + item.kind().code()
        + (item.session().isPresent() ? ", session " + item.session().getAsInt() : "")
        + "]";
  }

  static void describe(StringBuilder text, CourseItem item) {
    text.append("  ").append(item.description()).append('\n');
    item.action().ifPresent(a -> text.append("  what to do: ").append(a).append('\n'));
    text.append("  sources: ").append(keys(item.sources())).append('\n');
  }

  static void appendNotes(StringBuilder text, List<CourseNote> notes) {
    if (notes.isEmpty()) {
      return;
    }
    text.append("\nNotes\n");
    for (CourseNote note : notes) {
      text.append("- ").append(note.text()).append(" (").append(keys(note.sources())).append(")\n");
    }
  }

  private static String keys(List<Source> sources) {
    return sources.stream().map(Source::key).collect(Collectors.joining(", "));
  }

  private static double typicalStart(CourseItem item) {
    Offset from = item.window().start();
    return Timeline.nominalSeconds(from.base(), from.range().low(), from.range().unit());
  }

  private static double typicalEnd(CourseItem item) {
    Offset to = item.window().end();
    return Timeline.nominalSeconds(to.base(), to.range().high(), to.range().unit());
  }

  /**
   * Tells whether another object is a course of an equal plan under an equal protocol, with equal
   * items and notes in the same order.
   *
   * @param other the object to compare with
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Course c
            && plan.equals(c.plan)
            && protocol.equals(c.protocol)
            && items.equals(c.items)
            && notes.equals(c.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, protocol, items, notes);
  }

  @Override
  public String toString() {
    return "Course[" + plan.intervention().id() + ", " + items.size() + " items, " + notes.size() + " notes]";
  }
}
