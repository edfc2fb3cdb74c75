package org.hipkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hipkit.anatomy.Side;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.course.Course;
import org.hipkit.course.ItemKind;
import org.hipkit.course.Schedule;
import org.hipkit.intervention.Purpose;
import org.hipkit.json.HipJson;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.testkit.Generator;
import org.hipkit.testkit.HipGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The SVG timeline is well-formed SVG that draws every item of the course, and is deterministic. */
class SvgTimelineTest {

  private static final TreatmentPlan SAMPLE = samplePlan();
  private static final Course COURSE = Course.of(SAMPLE);
  private static final Schedule SCHEDULE =
      COURSE.schedule(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneId.of("Europe/London")));

  /** How the course is drawn: on its own, or on a calendar. */
  enum Mode {
    COURSE,
    SCHEDULE;

    String draw(Course course, Schedule schedule) {
      return this == COURSE ? SvgTimeline.of(course) : SvgTimeline.of(schedule);
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void the_root_is_an_svg_element_with_its_size(Mode mode) throws Exception {
    Document svg = Svg.parse(mode.draw(COURSE, SCHEDULE));
    Element root = svg.getDocumentElement();

    assertThat(root.getNamespaceURI()).isEqualTo(Svg.NAMESPACE);
    assertThat(root.getLocalName()).isEqualTo("svg");
    String width = root.getAttribute("width");
    String height = root.getAttribute("height");
    assertThat(width).matches("\\d+");
    assertThat(height).matches("\\d+(\\.\\d)?");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + width + " " + height);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void one_bar_per_effect_item_and_one_drawing_per_course_item(Mode mode) throws Exception {
    Document svg = Svg.parse(mode.draw(COURSE, SCHEDULE));
    List<Element> items = Svg.withClass(svg, "g", "item");

    assertThat(COURSE.items(ItemKind.EFFECT)).hasSize(2);
    assertThat(items.stream().filter(g -> g.getAttribute("data-kind").equals("effect")))
        .hasSize(COURSE.items(ItemKind.EFFECT).size())
        .allMatch(g -> g.getAttribute("class").equals("item bar"));
    assertThat(items).hasSameSizeAs(COURSE.items());
    assertThat(items.stream().map(g -> g.getAttribute("data-id")).distinct())
        .containsExactlyInAnyOrderElementsOf(COURSE.items().stream().map(i -> i.id()).distinct().toList());
  }

  @Test
  void an_effect_bar_fades_in_is_solid_and_fades_out() throws Exception {
    Document svg = Svg.parse(SvgTimeline.of(SCHEDULE));
    Element lidocaine = Svg.withClass(svg, "g", "item").stream()
        .filter(g -> g.getAttribute("data-id").equals("lidocaine-relief"))
        .findFirst()
        .orElseThrow();

    assertThat(Svg.elements(lidocaine, "rect"))
        .extracting(r -> r.getAttribute("class"))
        .containsExactly("may-start", "expected", "may-end");
    assertThat(Svg.elements(lidocaine, "title").get(0).getTextContent())
        .contains("Numbing relief from lidocaine")
        .contains("within minutes")
        .contains("2026-12-01 09:01 +00:00");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void one_tick_per_session(Mode mode) throws Exception {
    HipCatalog catalog = HipCatalog.standard();
    TreatmentPlan acupuncture = TreatmentPlan.builder()
        .condition(catalog.condition("hip-osteoarthritis"))
        .intervention(catalog.intervention("acupuncture"))
        .target(catalog.target("local-acupuncture-points"))
        .side(Side.LEFT)
        .purpose(Purpose.THERAPEUTIC)
        .modality(catalog.modality("landmark"))
        .plannedDate(LocalDate.of(2026, 12, 1))
        .sessions(6)
        .sessionInterval(Period.ofWeeks(1))
        .build();
    Course course = Course.of(acupuncture);

    Document svg = Svg.parse(mode.draw(course, course.schedule(LocalTime.of(9, 0), ZoneId.of("UTC"))));

    assertThat(Svg.withClass(svg, "line", "session-tick")).hasSize(6);
    assertThat(Svg.withClass(Svg.parse(SvgTimeline.of(COURSE)), "line", "session-tick")).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void the_title_names_the_intervention_and_the_footer_says_who_decides(Mode mode)
      throws Exception {
    Document svg = Svg.parse(mode.draw(COURSE, SCHEDULE));

    assertThat(Svg.elements(svg, "title").get(0).getTextContent())
        .contains("Corticosteroid and local anesthetic injection");
    assertThat(Svg.withClass(svg, "text", "title").get(0).getTextContent())
        .contains("Corticosteroid and local anesthetic injection");
    assertThat(Svg.withClass(svg, "text", "subtitle"))
        .extracting(Element::getTextContent)
        .anyMatch(t -> t.contains("Triamcinolone 40 mg + Lidocaine 3 mL"))
        .anyMatch(t -> t.contains("right side, for Hip osteoarthritis"));
    assertThat(Svg.withClass(svg, "text", "disclaimer").get(0).getTextContent())
        .isEqualTo("hipkit informs professionals; it does not decide.");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void the_legend_explains_the_bars_and_names_every_kind_drawn(Mode mode) throws Exception {
    Document svg = Svg.parse(mode.draw(COURSE, SCHEDULE));
    Element legend = Svg.withClass(svg, "g", "legend").get(0);
    String text = Svg.elements(legend, "text").stream().map(Element::getTextContent).toList().toString();

    assertThat(text)
        .contains("How to read a bar", "may have begun", "expected", "may be over")
        .contains("Session", "Effect", "Possible flare", "Aftercare", "Watch for warning signs",
            "Follow-up, earliest repeat")
        .doesNotContain("Side effect");
  }

  @Test
  void the_axis_is_labelled_from_minutes_to_months_with_dates_on_a_schedule() throws Exception {
    Document course = Svg.parse(SvgTimeline.of(COURSE));
    Document schedule = Svg.parse(SvgTimeline.of(SCHEDULE));

    assertThat(Svg.withClass(course, "text", "tick"))
        .extracting(Element::getTextContent)
        .containsExactly("0", "15 min", "1 h", "6 h", "1 d", "3 d", "1 wk", "2 wk", "1 mo", "3 mo");
    assertThat(Svg.withClass(course, "text", "tick-date")).isEmpty();
    assertThat(Svg.withClass(schedule, "text", "tick-date"))
        .extracting(Element::getTextContent)
        .containsExactly("1 Dec", "09:15", "10:00", "15:00", "2 Dec", "4 Dec", "8 Dec", "15 Dec",
            "1 Jan", "1 Mar");
    assertThat(Svg.withClass(schedule, "text", "range"))
        .extracting(Element::getTextContent)
        .contains("12 Jan 2027", "1 Mar 2027", "1-15 min to 1-6 h", "until 6 wk");
  }

  @Test
  void the_axis_grows_with_the_course() throws Exception {
    int sessions = 8;
    HipCatalog catalog = HipCatalog.standard();
    TreatmentPlan monthly = TreatmentPlan.builder()
        .condition(catalog.condition("hip-osteoarthritis"))
        .intervention(catalog.intervention("acupuncture"))
        .target(catalog.target("local-acupuncture-points"))
        .side(Side.LEFT)
        .purpose(Purpose.THERAPEUTIC)
        .modality(catalog.modality("landmark"))
        .plannedDate(LocalDate.of(2026, 12, 1))
        .sessions(sessions)
        .sessionInterval(Period.ofMonths(1))
        .build();

    Document svg = Svg.parse(SvgTimeline.of(Course.of(monthly)));

    assertThat(Svg.withClass(svg, "text", "tick"))
        .extracting(Element::getTextContent)
        .endsWith("6 mo", "1 y");
  }

  @Test
  void the_same_course_gives_the_same_bytes() {
    assertThat(SvgTimeline.of(Course.of(samplePlan()))).isEqualTo(SvgTimeline.of(COURSE));
    assertThat(SvgTimeline.of(COURSE.schedule(SCHEDULE.start()))).isEqualTo(SvgTimeline.of(SCHEDULE));
  }

  @Test
  void every_generated_plan_draws_well_formed_svg_within_the_picture() throws Exception {
    Generator<TreatmentPlan> plans = HipGenerators.plans();
    SplittableRandom random = new SplittableRandom(20261201L);
    List<ZoneId> zones =
        List.of(ZoneId.of("UTC"), ZoneId.of("Europe/London"), ZoneId.of("America/New_York"),
            ZoneId.of("Australia/Lord_Howe"));
    Pattern coordinate = Pattern.compile(" (?:x|x1|x2|width)=\"(-?[0-9.]+)\"");
    for (int i = 0; i < 150; i++) {
      TreatmentPlan plan = plans.next(random, 1 + i % 20);
      Course course = Course.of(plan);
      Schedule schedule = course.schedule(LocalTime.of(8 + i % 10, 30), zones.get(i % zones.size()));
      for (String text : List.of(SvgTimeline.of(course), SvgTimeline.of(schedule))) {
        Document svg = Svg.parse(text);
        double width = Double.parseDouble(svg.getDocumentElement().getAttribute("width"));

        assertThat(text).as(plan.toString()).doesNotContain("NaN", "Infinity");
        assertThat(Svg.withClass(svg, "g", "item")).as(plan.toString()).hasSameSizeAs(course.items());
        assertThat(Svg.withClass(svg, "line", "session-tick")).hasSize(plan.sessions());
        Matcher m = coordinate.matcher(text);
        while (m.find()) {
          assertThat(Double.parseDouble(m.group(1))).as(plan + ": " + m.group()).isBetween(0.0, width);
        }
      }
    }
  }

  @Test
  void text_is_escaped_for_xml() {
    assertThat(SvgTimeline.escape("a < b & \"c\" > 'd'")).isEqualTo("a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;");
    assertThat(SvgTimeline.escape("bell\u0007 tab\t é ✓")).isEqualTo("bell tab\t é ✓");
  }

  @Test
  void windows_read_in_short_words() {
    assertThat(SvgTimeline.text(COURSE.item("lidocaine-relief").window())).isEqualTo("1-15 min to 1-6 h");
    assertThat(SvgTimeline.text(COURSE.item("infection-signs").window())).isEqualTo("until 6 wk");
    assertThat(SvgTimeline.text(COURSE.item("follow-up").window())).isEqualTo("at 6 wk");
  }

  private static TreatmentPlan samplePlan() {
    try (InputStream in = Files.newInputStream(Path.of(HipkitCliTest.PLAN))) {
      return HipJson.standard().readPlan(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
