package org.hipkit.examples.cli;

import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hipkit.course.Course;
import org.hipkit.course.CourseItem;
import org.hipkit.course.ItemKind;
import org.hipkit.course.Offset;
import org.hipkit.course.Schedule;
import org.hipkit.course.ScheduledItem;
import org.hipkit.course.Window;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.quantity.TimeRange;
import org.hipkit.quantity.TimeUnit;

/**
 * Draws a course, or a schedule, as an SVG timeline: one row per item, grouped into sessions,
 * effects, aftercare, warning signs and visits, on a time axis that is logarithmic in the time since
 * the start of the first session, so that minutes, days and months all get room.
 *
 * <p>A bar is solid from the latest start to the earliest end, where the item is expected, and
 * fades out towards its earliest start and its latest end, where it may or may not have begun or
 * ended. Sessions are ticks; the follow-up and the earliest repeat are diamonds with a dashed line
 * across the chart. Hovering over a bar shows its window with the sources' own phrases.
 *
 * <p>The output is plain SVG 1.1 text written by hand, with no scripts, no external references and
 * no fonts to download; the same input gives the same bytes.
 */
final class SvgTimeline {

  private static final double WIDTH = 1280;
  private static final double MARGIN = 24;
  private static final double PLOT_LEFT = 300;
  /** Leaves a gutter on the right for the labels of bars that run to the end of the axis. */
  private static final double PLOT_RIGHT = WIDTH - MARGIN - 110;
  private static final double ROW = 24;
  private static final double SECTION = 28;
  /** Minutes at which the axis turns from roughly linear to logarithmic. */
  private static final double TAU = 5;
  /** Average advance of a character of the sans-serif faces used, in ems; generous for DejaVu Sans. */
  private static final double EM_PER_CHAR = 0.6;

  private static final String INK = "#1f2933";
  private static final String MUTED = "#52606d";
  private static final String FAINT = "#7b8794";
  private static final String GRID = "#e4e7eb";
  private static final String STRIPE = "#f5f7fa";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx", Locale.ROOT);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter FULL_DAY =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  /** How a kind of item is drawn and named in the legend. */
  private record Look(String key, String legend, String colour, double opacity, double height) {}

  private static final Look SESSION = new Look("session", "Session", INK, 1, 18);
  private static final Look SERIES = new Look("series", "Course of sessions", "#7b8794", 0.55, 8);
  private static final Look EFFECT = new Look("effect", "Effect", "#0072b2", 0.9, 14);
  private static final Look FLARE = new Look("flare", "Possible flare", "#d55e00", 0.85, 14);
  private static final Look SIDE_EFFECT = new Look("side-effect", "Side effect", "#cc79a7", 0.85, 14);
  private static final Look REASSESSMENT =
      new Look("reassessment", "Reassessment", "#56b4e9", 0.9, 12);
  private static final Look AFTERCARE = new Look("aftercare", "Aftercare", "#009e73", 0.6, 10);
  private static final Look WARNING =
      new Look("warning-watch", "Watch for warning signs", "#e69f00", 0.55, 10);
  private static final Look VISIT = new Look("visit", "Follow-up, earliest repeat", "#5e3c99", 1, 12);

  /** The groups of rows, top to bottom. */
  private enum Section {
    SESSIONS("Sessions"),
    EFFECTS("Effects"),
    AFTERCARE("Aftercare"),
    WARNINGS("Watch for warning signs"),
    VISITS("Visits");

    private final String heading;

    Section(String heading) {
      this.heading = heading;
    }
  }

  /** One tick of the time axis: an amount of a unit after the start. */
  private record Tick(long amount, ChronoUnit unit, String label) {}

  private static final List<Tick> TICKS =
      List.of(
          new Tick(0, ChronoUnit.MINUTES, "0"),
          new Tick(15, ChronoUnit.MINUTES, "15 min"),
          new Tick(1, ChronoUnit.HOURS, "1 h"),
          new Tick(6, ChronoUnit.HOURS, "6 h"),
          new Tick(1, ChronoUnit.DAYS, "1 d"),
          new Tick(3, ChronoUnit.DAYS, "3 d"),
          new Tick(1, ChronoUnit.WEEKS, "1 wk"),
          new Tick(2, ChronoUnit.WEEKS, "2 wk"),
          new Tick(1, ChronoUnit.MONTHS, "1 mo"),
          new Tick(3, ChronoUnit.MONTHS, "3 mo"),
          new Tick(6, ChronoUnit.MONTHS, "6 mo"),
          new Tick(1, ChronoUnit.YEARS, "1 y"),
          new Tick(2, ChronoUnit.YEARS, "2 y"));

  /** One row: the items of one id (one per session for items that come with every session). */
  private static final class Row {
    final String id;
    final Look look;
    final List<ScheduledItem> items = new ArrayList<>();

    Row(String id, Look look) {
      this.id = id;
      this.look = look;
    }
  }

  private final Course course;
  private final ZonedDateTime start;
  private final boolean dated;
  private final List<ScheduledItem> items;
  private final double axisMinutes;
  private final Xml xml = new Xml();

  private SvgTimeline(Schedule schedule, boolean dated) {
    this.course = schedule.course();
    this.start = schedule.start();
    this.dated = dated;
    this.items = schedule.items();
    double last = 0;
    for (ScheduledItem item : items) {
      last = Math.max(last, minutes(item.latestEnd()));
    }
    double axis = last;
    for (Tick tick : TICKS) {
      double m = minutes(tickTime(tick));
      if (m >= last && m > 0) {
        axis = m;
        break;
      }
    }
    this.axisMinutes = Math.max(axis, 60);
  }

  /**
   * Draws a course, with times relative to the start of its first session.
   *
   * @param course the course
   * @return the SVG document
   */
  static String of(Course course) {
    // A course has no calendar: lay it out from midnight UTC on the planned date, where every day
    // has 24 hours. Only elapsed times are shown.
    ZonedDateTime reference =
        ZonedDateTime.of(course.plan().plannedDate(), LocalTime.MIDNIGHT, ZoneOffset.UTC);
    return new SvgTimeline(course.schedule(reference), false).render();
  }

  /**
   * Draws a schedule, with dates under the axis and on the visits.
   *
   * @param schedule the schedule
   * @return the SVG document
   */
  static String of(Schedule schedule) {
    return new SvgTimeline(schedule, true).render();
  }

  private String render() {
    Map<Section, List<Row>> sections = rows();
    List<String> subtitle = subtitle();
    double headerBottom = 40 + 18 * subtitle.size();
    double axisTop = headerBottom + 18;
    double axisHeight = dated ? 44 : 30;
    double rowsTop = axisTop + axisHeight;
    double rowsBottom = rowsTop;
    for (List<Row> rows : sections.values()) {
      rowsBottom += SECTION + ROW * rows.size();
    }
    double legendTop = rowsBottom + 28;
    double footerTop = legendTop + 84;
    double height = footerTop + 56;

    xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.open(
        "svg",
        "xmlns", "http://www.w3.org/2000/svg",
        "version", "1.1",
        "width", num(WIDTH),
        "height", num(height),
        "viewBox", "0 0 " + num(WIDTH) + " " + num(height),
        "font-family", "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif",
        "role", "img",
        "aria-labelledby", "title desc");
    xml.text("title", title(), "id", "title");
    xml.text("desc", String.join("; ", subtitle) + ". " + disclaimer(), "id", "desc");
    definitions();
    xml.empty("rect", "width", num(WIDTH), "height", num(height), "fill", "#ffffff");

    header(subtitle);
    stripes(sections, rowsTop);
    axis(axisTop, axisHeight, rowsBottom);
    body(sections, rowsTop, rowsBottom);
    legend(legendTop, sections);
    footer(footerTop);
    xml.close("svg");
    return xml.toString();
  }

  // --- layout of the rows -------------------------------------------------------------------------

  private Map<Section, List<Row>> rows() {
    Map<Section, Map<String, Row>> rows = new EnumMap<>(Section.class);
    for (ScheduledItem scheduled : items) {
      CourseItem item = scheduled.item();
      Section section = section(item.kind());
      Row row =
          rows.computeIfAbsent(section, s -> new LinkedHashMap<>())
              .computeIfAbsent(item.id(), id -> new Row(id, look(item.kind())));
      row.items.add(scheduled);
    }
    Map<Section, List<Row>> lists = new EnumMap<>(Section.class);
    rows.forEach((section, byId) -> lists.put(section, List.copyOf(byId.values())));
    return lists;
  }

  private static Section section(ItemKind kind) {
    return switch (kind) {
      case PROCEDURE, SERIES, MAINTENANCE -> Section.SESSIONS;
      case EFFECT, FLARE, SIDE_EFFECT, REASSESSMENT -> Section.EFFECTS;
      case AFTERCARE -> Section.AFTERCARE;
      case WARNING_WATCH -> Section.WARNINGS;
      case FOLLOW_UP, EARLIEST_REPEAT -> Section.VISITS;
    };
  }

  private static Look look(ItemKind kind) {
    return switch (kind) {
      case PROCEDURE -> SESSION;
      case SERIES, MAINTENANCE -> SERIES;
      case EFFECT -> EFFECT;
      case FLARE -> FLARE;
      case SIDE_EFFECT -> SIDE_EFFECT;
      case REASSESSMENT -> REASSESSMENT;
      case AFTERCARE -> AFTERCARE;
      case WARNING_WATCH -> WARNING;
      case FOLLOW_UP, EARLIEST_REPEAT -> VISIT;
    };
  }

  // --- the parts of the picture -------------------------------------------------------------------

  private void definitions() {
    xml.open("defs");
    for (Look look : List.of(SERIES, EFFECT, FLARE, SIDE_EFFECT, REASSESSMENT, AFTERCARE, WARNING)) {
      gradient("fade-in-" + look.key(), look, 0.08, look.opacity());
      gradient("fade-out-" + look.key(), look, look.opacity(), 0.08);
    }
    xml.close("defs");
  }

  private void gradient(String id, Look look, double from, double to) {
    xml.open("linearGradient", "id", id, "x1", "0", "y1", "0", "x2", "1", "y2", "0");
    xml.empty("stop", "offset", "0", "stop-color", look.colour(), "stop-opacity", num2(from));
    xml.empty("stop", "offset", "1", "stop-color", look.colour(), "stop-opacity", num2(to));
    xml.close("linearGradient");
  }

  private void header(List<String> subtitle) {
    xml.text("text", title(), "x", num(MARGIN), "y", "34", "font-size", "20", "font-weight", "bold",
        "fill", INK, "class", "title");
    double y = 58;
    for (String line : subtitle) {
      xml.text("text", fit(line, WIDTH - 2 * MARGIN, 13), "x", num(MARGIN), "y", num(y),
          "font-size", "13", "fill", MUTED, "class", "subtitle");
      y += 18;
    }
  }

  private String title() {
    return (dated ? "Schedule: " : "Expected course: ") + course.plan().intervention().name();
  }

  private List<String> subtitle() {
    TreatmentPlan plan = course.plan();
    List<String> lines = new ArrayList<>();
    lines.add(
        plan.target().name() + ", " + plan.side().code() + " side, for " + plan.condition().name());
    String components =
        plan.components().stream().map(SvgTimeline::component).collect(Collectors.joining(" + "));
    lines.add(
        (components.isEmpty() ? "No medication" : components)
            + "  ·  "
            + plan.modality().name()
            + plan.antiseptic().map(a -> "  ·  skin antiseptic: " + a.name()).orElse(""));
    String sessions =
        plan.sessions() == 1
            ? "1 session"
            : plan.sessions()
                + " sessions"
                + plan.sessionInterval().map(p -> ", one every " + periodText(p)).orElse("");
    String when =
        dated
            ? "starting " + WHEN.format(start) + " (" + start.getZone().getId() + ")"
            : "planned for " + plan.plannedDate() + "; times after the start of the first session";
    lines.add(sessions + ", " + when + "  ·  protocol " + course.protocol().id());
    return lines;
  }

  private static String component(MedicationComponent component) {
    return component.medication().name() + component.dose().map(d -> " " + d).orElse("");
  }

  private void axis(double top, double height, double rowsBottom) {
    xml.open("g", "class", "axis");
    double baseline = top + height - 6;
    xml.text("text", "Time after the start", "x", num(PLOT_LEFT - 24), "y", num(top + 14),
        "font-size", "11", "fill", FAINT, "text-anchor", "end");
    xml.text("text", "(logarithmic)", "x", num(PLOT_LEFT - 24), "y", num(top + 28),
        "font-size", "11", "fill", FAINT, "text-anchor", "end");
    for (Tick tick : TICKS) {
      ZonedDateTime t = tickTime(tick);
      double m = minutes(t);
      if (m > axisMinutes + 0.5) {
        break;
      }
      double x = x(m);
      xml.empty("line", "x1", num(x), "y1", num(baseline), "x2", num(x), "y2", num(rowsBottom),
          "stroke", GRID, "stroke-width", "1", "class", "grid");
      xml.text("text", tick.label(), "x", num(x), "y", num(top + 14), "font-size", "11",
          "font-weight", "bold", "fill", MUTED, "text-anchor", "middle", "class", "tick");
      if (dated) {
        String date = tick.unit().isTimeBased() ? CLOCK.format(t) : DAY.format(t);
        if (tick.amount() == 0) {
          date = DAY.format(t);
        }
        xml.text("text", date, "x", num(x), "y", num(top + 28), "font-size", "11", "fill", FAINT,
            "text-anchor", "middle", "class", "tick-date");
      }
    }
    xml.empty("line", "x1", num(PLOT_LEFT), "y1", num(baseline), "x2", num(PLOT_RIGHT),
        "y2", num(baseline), "stroke", FAINT, "stroke-width", "1");
    xml.close("g");
  }

  private void body(Map<Section, List<Row>> sections, double top, double bottom) {
    // Dashed lines across the chart at the visits, behind everything else.
    List<Row> visits = sections.getOrDefault(Section.VISITS, List.of());
    for (Row row : visits) {
      for (ScheduledItem s : row.items) {
        double x = x(minutes(s.earliestStart()));
        xml.empty("line", "x1", num(x), "y1", num(top), "x2", num(x), "y2", num(bottom),
            "stroke", VISIT.colour(), "stroke-opacity", "0.45", "stroke-width", "1",
            "stroke-dasharray", "4 3", "class", "visit-line");
      }
    }
    double y = top;
    for (Map.Entry<Section, List<Row>> entry : sections.entrySet()) {
      xml.open("g", "class", "section", "data-section", entry.getKey().name().toLowerCase(Locale.ROOT));
      xml.text("text", entry.getKey().heading.toUpperCase(Locale.ROOT), "x", num(MARGIN),
          "y", num(y + 19), "font-size", "11", "font-weight", "bold", "letter-spacing", "1",
          "fill", MUTED, "class", "section-heading");
      xml.empty("line", "x1", num(MARGIN), "y1", num(y + SECTION - 3), "x2", num(WIDTH - MARGIN),
          "y2", num(y + SECTION - 3), "stroke", "#cbd2d9", "stroke-width", "1");
      y += SECTION;
      for (Row row : entry.getValue()) {
        row(row, y + ROW / 2);
        y += ROW;
      }
      xml.close("g");
    }
  }

  /** Shades every other row, behind the grid, so that a row can be followed across the chart. */
  private void stripes(Map<Section, List<Row>> sections, double top) {
    xml.open("g", "class", "stripes");
    double y = top;
    int index = 0;
    for (List<Row> rows : sections.values()) {
      y += SECTION;
      for (int i = 0; i < rows.size(); i++) {
        if (index++ % 2 == 1) {
          xml.empty("rect", "x", num(MARGIN), "y", num(y), "width", num(WIDTH - 2 * MARGIN),
              "height", num(ROW), "fill", STRIPE);
        }
        y += ROW;
      }
    }
    xml.close("g");
  }

  private void row(Row row, double middle) {
    CourseItem first = row.items.get(0).item();
    String label = first.kind() == ItemKind.PROCEDURE
        ? (row.items.size() == 1 ? "1 session" : row.items.size() + " sessions")
        : first.title();
    xml.open("g", "class", "row", "data-id", row.id);
    xml.text("text", fit(label, PLOT_LEFT - MARGIN - 24, 12.5), "x", num(MARGIN + 12),
        "y", num(middle + 4.5), "font-size", "12.5", "fill", INK, "class", "row-label");
    double from = Double.MAX_VALUE;
    double to = 0;
    for (ScheduledItem s : row.items) {
      Span span = item(s, row.look, middle);
      from = Math.min(from, span.from());
      to = Math.max(to, span.to());
    }
    ScheduledItem last = row.items.get(row.items.size() - 1);
    boolean point = last.item().window().isMoment() || row.look == SESSION;
    rangeLabel(label(last), from, to, middle, point ? 8 : 0);
    xml.close("g");
  }

  /** Where an item was drawn, from left to right. */
  private record Span(double from, double to) {}

  private Span item(ScheduledItem s, Look look, double middle) {
    CourseItem item = s.item();
    Window window = item.window();
    List<String> attributes = new ArrayList<>(List.of(
        "class", look == SESSION ? "item session" : "item bar",
        "data-kind", item.kind().code(),
        "data-id", item.id()));
    item.session().ifPresent(n -> attributes.addAll(List.of("data-session", Integer.toString(n))));
    xml.open("g", attributes.toArray(String[]::new));
    xml.text("title", tooltip(s));
    // Whole pixels, so that the parts of a bar meet without a seam.
    double es = Math.round(x(minutes(s.earliestStart())));
    double ls = Math.round(x(minutes(s.latestStart())));
    double ee = Math.round(x(minutes(s.earliestEnd())));
    double le = Math.round(x(minutes(s.latestEnd())));
    double top = middle - look.height() / 2;
    String h = num(look.height());
    if (look == SESSION) {
      xml.empty("line", "x1", num(es), "y1", num(top), "x2", num(es), "y2", num(top + look.height()),
          "stroke", look.colour(), "stroke-width", "2.5", "stroke-linecap", "round",
          "class", "session-tick");
      xml.close("g");
      return new Span(es, es);
    }
    if (window.isMoment()) {
      double r = look.height() / 2 + 1;
      xml.empty("path", "d", "M" + num(es) + " " + num(middle - r) + "L" + num(es + r) + " "
              + num(middle) + "L" + num(es) + " " + num(middle + r) + "L" + num(es - r) + " "
              + num(middle) + "Z",
          "fill", look.colour(), "fill-opacity", num2(Math.max(look.opacity(), 0.8)),
          "stroke", "#ffffff", "stroke-width", "1", "class", "moment");
    } else if (le - es < 2) {
      xml.empty("rect", "x", num(es - 1), "y", num(top), "width", "2", "height", h,
          "fill", look.colour(), "fill-opacity", num2(look.opacity()), "class", "expected");
    } else if (ls <= ee) {
      if (ls - es >= 0.5) {
        xml.empty("rect", "x", num(es), "y", num(top), "width", num(ls - es), "height", h,
            "fill", "url(#fade-in-" + look.key() + ")", "class", "may-start");
      }
      if (ee - ls >= 1) {
        xml.empty("rect", "x", num(ls), "y", num(top), "width", num(ee - ls), "height", h,
            "fill", look.colour(), "fill-opacity", num2(look.opacity()), "class", "expected");
      }
      if (le - ee >= 0.5) {
        xml.empty("rect", "x", num(ee), "y", num(top), "width", num(le - ee), "height", h,
            "fill", "url(#fade-out-" + look.key() + ")", "class", "may-end");
      }
    } else {
      // It may end before it has surely started: no stretch where it is certainly under way.
      xml.empty("rect", "x", num(es), "y", num(top), "width", num(le - es), "height", h,
          "fill", look.colour(), "fill-opacity", num2(look.opacity() * 0.35), "class", "uncertain");
    }
    xml.close("g");
    return new Span(es, le);
  }

  /** The short text beside an item: its window, or its date on a schedule. */
  private String label(ScheduledItem s) {
    CourseItem item = s.item();
    if (item.kind() == ItemKind.PROCEDURE) {
      int sessions = item.session().orElse(1);
      if (dated) {
        return sessions == 1
            ? FULL_DAY.format(s.earliestStart()) + ", " + CLOCK.format(s.earliestStart())
            : "last " + FULL_DAY.format(s.earliestStart());
      }
      return sessions == 1 ? "at the start" : "last at " + text(item.window().start());
    }
    return item.window().isMoment() && dated ? FULL_DAY.format(s.earliestStart()) : text(item.window());
  }

  /**
   * Puts a small label after the row's drawing, or before it when there is no room after it, or
   * nowhere when there is no room either side.
   */
  private void rangeLabel(String label, double from, double to, double middle, double gap) {
    double width = width(label, 11);
    double after = to + 6 + gap;
    if (after + width <= WIDTH - MARGIN) {
      xml.text("text", label, "x", num(after), "y", num(middle + 4), "font-size", "11",
          "fill", MUTED, "stroke", "#ffffff", "stroke-width", "3", "stroke-linejoin", "round",
          "paint-order", "stroke", "class", "range");
    } else if (from - 6 - gap - width >= PLOT_LEFT - 8) {
      xml.text("text", label, "x", num(from - 6 - gap), "y", num(middle + 4), "font-size", "11",
          "fill", MUTED, "stroke", "#ffffff", "stroke-width", "3", "stroke-linejoin", "round",
          "paint-order", "stroke", "text-anchor", "end", "class", "range");
    }
  }

  private void legend(double top, Map<Section, List<Row>> sections) {
    xml.open("g", "class", "legend");
    xml.text("text", "How to read a bar", "x", num(MARGIN), "y", num(top + 12), "font-size", "12",
        "font-weight", "bold", "fill", INK);
    double x = MARGIN + 150;
    double y = top + 4;
    xml.empty("rect", "x", num(x), "y", num(y), "width", "90", "height", "12",
        "fill", "url(#fade-in-effect)");
    xml.empty("rect", "x", num(x + 90), "y", num(y), "width", "90", "height", "12",
        "fill", EFFECT.colour(), "fill-opacity", num2(EFFECT.opacity()));
    xml.empty("rect", "x", num(x + 180), "y", num(y), "width", "90", "height", "12",
        "fill", "url(#fade-out-effect)");
    xml.text("text", "may have begun", "x", num(x + 45), "y", num(y + 28), "font-size", "11",
        "fill", MUTED, "text-anchor", "middle");
    xml.text("text", "expected", "x", num(x + 135), "y", num(y + 28), "font-size", "11",
        "fill", MUTED, "text-anchor", "middle");
    xml.text("text", "may be over", "x", num(x + 225), "y", num(y + 28), "font-size", "11",
        "fill", MUTED, "text-anchor", "middle");
    xml.text("text", "From the latest start to the earliest end the sources' ranges agree it is"
            + " under way;", "x", num(x + 296), "y", num(y + 10), "font-size", "11", "fill", MUTED);
    xml.text("text", "before and after that it may or may not be, so the bar fades.",
        "x", num(x + 296), "y", num(y + 25), "font-size", "11", "fill", MUTED);

    List<Look> present = new ArrayList<>();
    for (List<Row> rows : sections.values()) {
      for (Row row : rows) {
        if (!present.contains(row.look)) {
          present.add(row.look);
        }
      }
    }
    x = MARGIN;
    y = top + 56;
    for (Look look : present) {
      if (look == SESSION) {
        xml.empty("line", "x1", num(x + 7), "y1", num(y - 9), "x2", num(x + 7), "y2", num(y + 5),
            "stroke", look.colour(), "stroke-width", "2.5", "stroke-linecap", "round");
      } else if (look == VISIT) {
        xml.empty("path", "d", "M" + num(x + 7) + " " + num(y - 9) + "L" + num(x + 14) + " "
                + num(y - 2) + "L" + num(x + 7) + " " + num(y + 5) + "L" + num(x) + " " + num(y - 2)
                + "Z", "fill", look.colour());
      } else {
        xml.empty("rect", "x", num(x), "y", num(y - 8), "width", "14", "height", "12",
            "fill", look.colour(), "fill-opacity", num2(look.opacity()));
      }
      xml.text("text", look.legend(), "x", num(x + 20), "y", num(y + 2), "font-size", "12",
          "fill", INK, "class", "legend-entry");
      x += 20 + width(look.legend(), 12) + 28;
    }
    xml.close("g");
  }

  private void footer(double top) {
    xml.empty("line", "x1", num(MARGIN), "y1", num(top), "x2", num(WIDTH - MARGIN), "y2", num(top),
        "stroke", "#cbd2d9", "stroke-width", "1");
    xml.text("text", disclaimer(), "x", num(MARGIN), "y", num(top + 22), "font-size", "13",
        "font-weight", "bold", "fill", INK, "class", "disclaimer");
    String more = "Ranges as the sources give them, counted from the start of the first session;"
        + " hover over a bar for the sources' own words.";
    int notes = course.notes().size();
    if (notes > 0) {
      more += " Not drawn: " + notes + (notes == 1 ? " note" : " notes")
          + " on what the sources leave untimed, listed in the text output.";
    }
    xml.text("text", more, "x", num(MARGIN), "y", num(top + 40), "font-size", "11", "fill", FAINT,
        "class", "notes");
  }

  private static String disclaimer() {
    return "hipkit informs professionals; it does not decide.";
  }

  // --- time and text ------------------------------------------------------------------------------

  private ZonedDateTime tickTime(Tick tick) {
    return start.plus(tick.amount(), tick.unit());
  }

  private double minutes(ZonedDateTime t) {
    return Math.max(0, Duration.between(start, t).getSeconds() / 60.0);
  }

  private double x(double minutes) {
    double scale = Math.log1p(axisMinutes / TAU);
    return PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * Math.log1p(minutes / TAU) / scale;
  }

  private String tooltip(ScheduledItem s) {
    CourseItem item = s.item();
    String name = item.title() + item.session().stream().mapToObj(n -> ", session " + n).findFirst().orElse("");
    String text = name + " (" + item.kind().code() + "): " + item.window();
    if (dated) {
      text += item.window().isMoment()
          ? "; " + WHEN.format(s.earliestStart())
          : "; starts " + span(s.earliestStart(), s.latestStart()) + ", ends "
              + span(s.earliestEnd(), s.latestEnd());
    }
    return text;
  }

  private static String span(ZonedDateTime from, ZonedDateTime to) {
    return from.equals(to) ? WHEN.format(from) : WHEN.format(from) + " to " + WHEN.format(to);
  }

  /** A window in short words: {@code 1-15 min to 1-6 h}, {@code until 6 wk}, {@code at 3 mo}. */
  static String text(Window window) {
    if (window.isMoment()) {
      return "at " + text(window.start());
    }
    Offset from = window.start();
    boolean fromStart = from.base().isZero() && from.range().high() == 0;
    return (fromStart ? "until " : text(from) + " to ") + text(window.end());
  }

  private static String text(Offset offset) {
    TimeRange r = offset.range();
    String range = (r.low() == r.high() ? Long.toString(r.low()) : r.low() + "-" + r.high())
        + " " + unit(r.unit());
    if (offset.base().isZero()) {
      return range;
    }
    String base = periodText(offset.base());
    return r.high() == 0 ? base : base + " + " + range;
  }

  private static String unit(TimeUnit unit) {
    return unit == TimeUnit.YEARS ? "y" : unit.code();
  }

  private static String periodText(Period period) {
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(period.getYears() + " y");
    }
    if (period.getMonths() != 0) {
      parts.add(period.getMonths() + " mo");
    }
    int days = period.getDays();
    if (days != 0) {
      parts.add(days % 7 == 0 ? days / 7 + " wk" : days + " d");
    }
    return parts.isEmpty() ? "0 d" : String.join(" ", parts);
  }

  private static double width(String text, double size) {
    return text.codePointCount(0, text.length()) * size * EM_PER_CHAR;
  }

  /** Shortens text with an ellipsis so that it fits in the width at the font size. */
  private static String fit(String text, double width, double size) {
    int max = (int) Math.floor(width / (size * EM_PER_CHAR));
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, Math.max(1, max - 1));
    return text.substring(0, end).stripTrailing() + "…";
  }

  /** Escapes text for XML content and attribute values; see {@link Xml#escape(String)}. */
  static String escape(String text) {
    return Xml.escape(text);
  }

  /** A coordinate with at most one decimal, the same on every machine. */
  private static String num(double value) {
    long tenths = Math.round(value * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }

  /** An opacity with two decimals. */
  private static String num2(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** Writes indented XML; escapes every attribute value and text. */
  private static final class Xml {
    private final StringBuilder out = new StringBuilder();
    private int depth;

    void raw(String text) {
      out.append(text);
    }

    void open(String name, String... attributes) {
      start(name, attributes);
      out.append(">\n");
      depth++;
    }

    void close(String name) {
      depth--;
      out.append("  ".repeat(depth)).append("</").append(name).append(">\n");
    }

    void empty(String name, String... attributes) {
      start(name, attributes);
      out.append("/>\n");
    }

    void text(String name, String content, String... attributes) {
      start(name, attributes);
      out.append('>').append(escape(content)).append("</").append(name).append(">\n");
    }

    private void start(String name, String... attributes) {
      if (attributes.length % 2 != 0) {
        throw new IllegalArgumentException("attributes come in name-value pairs: " + name);
      }
      out.append("  ".repeat(depth)).append('<').append(name);
      for (int i = 0; i < attributes.length; i += 2) {
        out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
      }
    }

    /** Escapes the five XML specials and drops characters XML 1.0 does not allow. */
    static String escape(String text) {
      StringBuilder escaped = new StringBuilder(text.length());
      text.codePoints().forEach(c -> {
        switch (c) {
          case '&' -> escaped.append("&amp;");
          case '<' -> escaped.append("&lt;");
          case '>' -> escaped.append("&gt;");
          case '"' -> escaped.append("&quot;");
          case '\'' -> escaped.append("&apos;");
          default -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (allowed) {
              escaped.appendCodePoint(c);
            }
          }
        }
      });
      return escaped.toString();
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
