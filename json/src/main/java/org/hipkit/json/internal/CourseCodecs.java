package org.hipkit.json.internal;

import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.hipkit.course.Course;
import org.hipkit.course.CourseItem;
import org.hipkit.course.CourseNote;
import org.hipkit.course.ItemKind;
import org.hipkit.course.Offset;
import org.hipkit.course.Schedule;
import org.hipkit.course.ScheduledItem;
import org.hipkit.course.Window;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.protocol.Protocol;
import org.hipkit.source.Source;
import org.jspecify.annotations.Nullable;

/**
 * The codecs of the {@code hipkit.course} and {@code hipkit.schedule} documents.
 *
 * <p>A course is derived knowledge: {@link Course#of(TreatmentPlan, Protocol)} gives it from its
 * plan and protocol, and a schedule follows from the course and its start. Reading therefore
 * rebuilds the course (and schedule) from the document's plan, protocol (and start), and refuses a
 * document whose items or notes differ from the rebuilt ones, naming the first difference. The
 * items a document lists are there for its readers; the value read is always the one hipkit
 * derives.
 */
public final class CourseCodecs {

  private CourseCodecs() {}

  /** An item kind as its code, such as {@code warning-watch}. */
  public static final Codec<ItemKind> ITEM_KIND = Codecs.enumCodec(ItemKind.class, ItemKind::code);

  /** {@code {"base": "P7D", "range": {...}}}. */
  public static final ObjectCodec<Offset> OFFSET;

  /** {@code {"start": offset, "end": offset}}. */
  public static final ObjectCodec<Window> WINDOW;

  /** A course item. */
  public static final ObjectCodec<CourseItem> ITEM;

  /** A course note. */
  public static final ObjectCodec<CourseNote> NOTE;

  /** A scheduled item: a course item and its four date-times. */
  static final ObjectCodec<Placed> PLACED;

  /** The {@code hipkit.course/1} document. */
  public static final DocumentCodec<Course> COURSE;

  /** The {@code hipkit.schedule/1} document. */
  public static final DocumentCodec<Schedule> SCHEDULE;

  /**
   * A scheduled item as a document holds it, before it is checked against the schedule hipkit
   * derives; the model's {@link ScheduledItem} has no public constructor, by design.
   */
  record Placed(
      CourseItem item,
      ZonedDateTime earliestStart,
      ZonedDateTime latestStart,
      ZonedDateTime earliestEnd,
      ZonedDateTime latestEnd) {

    static Placed of(ScheduledItem s) {
      return new Placed(s.item(), s.earliestStart(), s.latestStart(), s.earliestEnd(), s.latestEnd());
    }
  }

  static {
    ObjectCodec.Builder<Offset> o = ObjectCodec.builder("an offset");
    var base = o.defaulted("base", Codecs.PERIOD, Offset::base);
    var range = o.required("range", CommonCodecs.TIME_RANGE, Offset::range);
    OFFSET = o.build(v -> Offset.of(v.optional(base).orElse(Period.ZERO), v.get(range)));

    ObjectCodec.Builder<Window> w = ObjectCodec.builder("a window");
    var start = w.required("start", OFFSET, Window::start);
    var end = w.required("end", OFFSET, Window::end);
    WINDOW = w.build(v -> Window.of(v.get(start), v.get(end)));

    ObjectCodec.Builder<CourseItem> i = ObjectCodec.builder("a course item");
    var kind = i.required("kind", ITEM_KIND, CourseItem::kind);
    var id = i.required("id", Codecs.STRING, CourseItem::id);
    var session = i.optional("session", Codecs.INT, item -> boxed(item.session()));
    var title = i.required("title", Codecs.STRING, CourseItem::title);
    var description = i.required("description", Codecs.STRING, CourseItem::description);
    var window = i.required("window", WINDOW, CourseItem::window);
    var action = i.optional("action", Codecs.STRING, CourseItem::action);
    var sources = i.list("sources", CommonCodecs.SOURCE, CourseItem::sources);
    ITEM =
        i.build(
            v -> {
              CourseItem.Builder b =
                  CourseItem.builder()
                      .kind(v.get(kind))
                      .id(v.get(id))
                      .title(v.get(title))
                      .description(v.get(description))
                      .window(v.get(window))
                      .action(v.optional(action))
                      .addAllSources(v.list(sources));
              v.optional(session).ifPresent(b::session);
              return b.build();
            });

    ObjectCodec.Builder<CourseNote> n = ObjectCodec.builder("a course note");
    var noteId = n.required("id", Codecs.STRING, CourseNote::id);
    var text = n.required("text", Codecs.STRING, CourseNote::text);
    var noteSources = n.list("sources", CommonCodecs.SOURCE, CourseNote::sources);
    NOTE = n.build(v -> CourseNote.of(v.get(noteId), v.get(text), v.list(noteSources)));

    ObjectCodec.Builder<Placed> p = ObjectCodec.builder("a scheduled item");
    var item = p.required("item", ITEM, Placed::item);
    var earliestStart = p.required("earliestStart", Codecs.ZONED_DATE_TIME, Placed::earliestStart);
    var latestStart = p.required("latestStart", Codecs.ZONED_DATE_TIME, Placed::latestStart);
    var earliestEnd = p.required("earliestEnd", Codecs.ZONED_DATE_TIME, Placed::earliestEnd);
    var latestEnd = p.required("latestEnd", Codecs.ZONED_DATE_TIME, Placed::latestEnd);
    PLACED =
        p.build(
            v ->
                new Placed(
                    v.get(item),
                    v.get(earliestStart),
                    v.get(latestStart),
                    v.get(earliestEnd),
                    v.get(latestEnd)));

    ObjectCodec.Builder<Course> c = DocumentCodec.body("course", 1);
    var plan = c.required("plan", PlanCodecs.PLAN_OBJECT, Course::plan);
    var protocol = c.required("protocol", ProtocolCodecs.PROTOCOL_OBJECT, Course::protocol);
    var items = c.required("items", Codecs.listOf(ITEM), Course::items);
    var notes = c.required("notes", Codecs.listOf(NOTE), Course::notes);
    COURSE =
        DocumentCodec.of(
            "course",
            1,
            c.build(
                v -> {
                  Course course = Course.of(v.get(plan), v.get(protocol));
                  verifyItems(v.get(items), course.items(), Function.identity(), "/items", "");
                  verifyNotes(v.get(notes), course.notes());
                  return course;
                }),
            Map.of());

    ObjectCodec.Builder<Schedule> s = DocumentCodec.body("schedule", 1);
    var schedulePlan = s.required("plan", PlanCodecs.PLAN_OBJECT, x -> x.course().plan());
    var scheduleProtocol =
        s.required("protocol", ProtocolCodecs.PROTOCOL_OBJECT, x -> x.course().protocol());
    var scheduleStart = s.required("start", Codecs.ZONED_DATE_TIME, Schedule::start);
    var placed =
        s.required(
            "items", Codecs.listOf(PLACED), x -> x.items().stream().map(Placed::of).toList());
    var scheduleNotes = s.required("notes", Codecs.listOf(NOTE), x -> x.course().notes());
    SCHEDULE =
        DocumentCodec.of(
            "schedule",
            1,
            s.build(
                v -> {
                  Course course = Course.of(v.get(schedulePlan), v.get(scheduleProtocol));
                  Schedule schedule = course.schedule(v.get(scheduleStart));
                  List<Placed> found = v.get(placed);
                  List<Placed> expected = schedule.items().stream().map(Placed::of).toList();
                  verifyItems(found, expected, Placed::item, "/items", "/item");
                  verifyTimes(found, expected);
                  verifyNotes(v.get(scheduleNotes), course.notes());
                  return schedule;
                }),
            Map.of());
  }

  private static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }

  private static final String DERIVED =
      "; a course follows from its plan, its protocol and hipkit's knowledge, so a document cannot"
          + " change it (was it edited, or written by another version of hipkit?)";

  /**
   * Checks that the items read are the derived ones, in order, and names the first difference: a
   * field of an item, an item too many, or the first item missing.
   */
  private static <E> void verifyItems(
      List<E> found, List<E> expected, Function<E, CourseItem> item, String list, String within) {
    int common = Math.min(found.size(), expected.size());
    for (int n = 0; n < common; n++) {
      CourseItem f = item.apply(found.get(n));
      CourseItem e = item.apply(expected.get(n));
      Difference d = difference(f, e);
      if (d != null) {
        String at = list + "/" + n + within;
        throw new InvalidAt(
            at + d.pointer,
            Problem.INVALID_VALUE,
            "item " + n + " (" + e.id() + ") differs from the course this plan and protocol give,"
                + " where its " + d.field + " is " + d.expected + " (was " + d.found + ")" + DERIVED);
      }
    }
    if (found.size() < expected.size()) {
      CourseItem first = item.apply(expected.get(found.size()));
      throw new InvalidAt(
          list,
          Problem.INVALID_VALUE,
          "lists " + found.size() + " items, but the course this plan and protocol give has "
              + expected.size() + "; the first missing is '" + first.id() + "' ("
              + first.kind().code() + ")" + DERIVED);
    }
    if (found.size() > expected.size()) {
      throw new InvalidAt(
          list + "/" + expected.size(),
          Problem.INVALID_VALUE,
          "is not an item of the course this plan and protocol give, which has "
              + expected.size() + " items" + DERIVED);
    }
  }

  /** Checks the date-times of the scheduled items, whose course items are already checked. */
  private static void verifyTimes(List<Placed> found, List<Placed> expected) {
    for (int n = 0; n < found.size(); n++) {
      Placed f = found.get(n);
      Placed e = expected.get(n);
      String field = null;
      ZonedDateTime want = null;
      ZonedDateTime was = null;
      if (!f.earliestStart().equals(e.earliestStart())) {
        field = "earliestStart";
        want = e.earliestStart();
        was = f.earliestStart();
      } else if (!f.latestStart().equals(e.latestStart())) {
        field = "latestStart";
        want = e.latestStart();
        was = f.latestStart();
      } else if (!f.earliestEnd().equals(e.earliestEnd())) {
        field = "earliestEnd";
        want = e.earliestEnd();
        was = f.earliestEnd();
      } else if (!f.latestEnd().equals(e.latestEnd())) {
        field = "latestEnd";
        want = e.latestEnd();
        was = f.latestEnd();
      }
      if (field != null) {
        throw new InvalidAt(
            "/items/" + n + "/" + field,
            Problem.INVALID_VALUE,
            "item " + n + " (" + e.item().id() + ") is placed at "
                + DateTimeFormatter.ISO_ZONED_DATE_TIME.format(want) + " by this start, not "
                + DateTimeFormatter.ISO_ZONED_DATE_TIME.format(was)
                + "; a schedule follows from its course and its start, so a document cannot change"
                + " it");
      }
    }
  }

  private static void verifyNotes(List<CourseNote> found, List<CourseNote> expected) {
    int common = Math.min(found.size(), expected.size());
    for (int n = 0; n < common; n++) {
      CourseNote f = found.get(n);
      CourseNote e = expected.get(n);
      String field = null;
      String want = null;
      String was = null;
      if (!f.id().equals(e.id())) {
        field = "id";
        want = quote(e.id());
        was = quote(f.id());
      } else if (!f.text().equals(e.text())) {
        field = "text";
        want = quote(e.text());
        was = quote(f.text());
      } else if (!f.sources().equals(e.sources())) {
        field = "sources";
        want = keys(e.sources());
        was = keys(f.sources());
      }
      if (field != null) {
        throw new InvalidAt(
            "/notes/" + n + "/" + field,
            Problem.INVALID_VALUE,
            "note " + n + " (" + e.id() + ") differs from the course this plan and protocol give,"
                + " where its " + field + " is " + want + " (was " + was + ")" + DERIVED);
      }
    }
    if (found.size() < expected.size()) {
      throw new InvalidAt(
          "/notes",
          Problem.INVALID_VALUE,
          "lists " + found.size() + " notes, but the course this plan and protocol give has "
              + expected.size() + "; the first missing is '" + expected.get(found.size()).id() + "'"
              + DERIVED);
    }
    if (found.size() > expected.size()) {
      throw new InvalidAt(
          "/notes/" + expected.size(),
          Problem.INVALID_VALUE,
          "is not a note of the course this plan and protocol give, which has " + expected.size()
              + " notes" + DERIVED);
    }
  }

  /** How a read item differs from the derived one: where below the item, which field, both values. */
  private record Difference(String pointer, String field, String expected, String found) {}

  private static @Nullable Difference difference(CourseItem f, CourseItem e) {
    if (f.kind() != e.kind()) {
      return new Difference("/kind", "kind", quote(e.kind().code()), quote(f.kind().code()));
    }
    if (!f.id().equals(e.id())) {
      return new Difference("/id", "id", quote(e.id()), quote(f.id()));
    }
    if (!f.session().equals(e.session())) {
      return new Difference(
          f.session().isPresent() ? "/session" : "",
          "session",
          text(e.session()),
          text(f.session()));
    }
    if (!f.title().equals(e.title())) {
      return new Difference("/title", "title", quote(e.title()), quote(f.title()));
    }
    if (!f.description().equals(e.description())) {
      return new Difference("/description", "description", quote(e.description()), quote(f.description()));
    }
    if (!f.window().start().equals(e.window().start())) {
      return new Difference(
          "/window/start", "window start", quote(e.window().start()), quote(f.window().start()));
    }
    if (!f.window().end().equals(e.window().end())) {
      return new Difference("/window/end", "window end", quote(e.window().end()), quote(f.window().end()));
    }
    if (!f.action().equals(e.action())) {
      return new Difference(
          f.action().isPresent() ? "/action" : "",
          "action",
          e.action().map(CourseCodecs::quote).orElse("none"),
          f.action().map(CourseCodecs::quote).orElse("none"));
    }
    if (!f.sources().equals(e.sources())) {
      return new Difference("/sources", "sources", keys(e.sources()), keys(f.sources()));
    }
    return null;
  }

  private static String text(OptionalInt session) {
    return session.isPresent() ? String.valueOf(session.getAsInt()) : "none";
  }

  private static String quote(Object value) {
    return "'" + Codecs.clip(Objects.toString(value)) + "'";
  }

  /** Sources by key and title, so that a changed title shows. */
  private static String keys(List<Source> sources) {
    StringBuilder text = new StringBuilder("[");
    for (Source s : sources) {
      if (text.length() > 1) {
        text.append(", ");
      }
      text.append(s.key()).append(": ").append(Codecs.clip(s.title()));
    }
    return text.append(']').toString();
  }
}
