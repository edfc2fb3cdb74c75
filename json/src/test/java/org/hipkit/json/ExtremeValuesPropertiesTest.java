package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.hipkit.json.HipJsonException.Problem;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Issue 11 for JSON reads: a fixture with one bounded field set to an extreme value (the largest
 * integers, periods and years the JSON types and java.time hold, control characters, 99,000
 * character ids) reads as a value or fails with a {@link HipJsonException}, never another
 * exception; a refused value is {@code INVALID_VALUE} located at the field (or, in a course or
 * schedule whose field changed to a valid value, at the derived items that no longer follow), or
 * a problem of the format itself ({@code WRONG_TYPE}, {@code LIMIT_EXCEEDED}, {@code UNKNOWN_ID},
 * {@code MALFORMED_JSON}); a value read writes a document that reads back equal.
 */
class ExtremeValuesPropertiesTest {

  private static final HipJson JSON = HipJson.standard();

  /** One field of one fixture, as its text appears there, and where it is. */
  private record Site(DocumentType<?> type, String fixture, String written, String pointer) {}

  private static final List<Site> SITES =
      List.of(
          new Site(DocumentType.PLAN, "plan.json", "\"sessions\": 3", "/sessions"),
          new Site(DocumentType.PLAN, "plan.json", "\"sessionInterval\": \"P7D\"", "/sessionInterval"),
          new Site(DocumentType.PLAN, "plan.json", "\"plannedDate\": \"2026-12-01\"", "/plannedDate"),
          new Site(DocumentType.PLAN, "plan.json", "\"unit\": \"mg\"", "/components/1/dose/unit"),
          new Site(DocumentType.PLAN, "plan.json", "\"condition\": \"hip-osteoarthritis\"", "/condition"),
          new Site(DocumentType.PROTOCOL, "protocol.json", "\"maxInr\": 2.5", "/maxInr"),
          new Site(DocumentType.PROTOCOL, "protocol.json", "\"inrMaxAgeDays\": 5", "/inrMaxAgeDays"),
          new Site(DocumentType.PROTOCOL, "protocol.json", "\"followUpInterval\": \"P28D\"", "/followUpInterval"),
          new Site(DocumentType.PROTOCOL, "protocol.json", "\"id\": \"our-clinic-2026\"", "/id"),
          new Site(DocumentType.COURSE, "course.json", "\"sessions\": 2", "/plan/sessions"),
          new Site(DocumentType.COURSE, "course.json", "\"sessionInterval\": \"P7D\"", "/plan/sessionInterval"),
          new Site(
              DocumentType.SCHEDULE,
              "schedule.json",
              "\"start\": \"2027-03-26T09:00:00Z[Europe/London]\"",
              "/start"));

  /** Values for a field, as JSON text: numbers, periods, dates and texts at and past every bound. */
  private static final List<String> EXTREMES =
      List.of(
          "0", "-1", "1", "16", "17", "52", "53", "1300", "20000000", "2147483647", "2147483648",
          "9223372036854775807", "1e20", "1e-20", "0.99", "5.01", "4.9", "15.1",
          "\"P1500000000D\"", "\"P999999999Y\"", "\"P2147483647M\"", "\"P-1D\"", "\"P1Y\"", "\"P13M\"",
          "\"P0D\"", "\"P52W\"", "\"P2Y1D\"",
          "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"1899-12-31\"", "\"1900-01-01\"",
          "\"2200-12-31\"", "\"2201-01-01\"",
          "\"+999999999-12-31T09:00:00Z[UTC]\"", "\"2201-01-01T09:00:00Z[UTC]\"",
          "\"1900-01-01T09:00:00Z[Europe/London]\"",
          "\"mg\\nINFO forged\"", "\"\\u0000\"", "\"tab\\there\"", "\"a\\u2028b\"",
          "\"" + "x".repeat(99_000) + "\"", "\"" + "a".repeat(65) + "\"", "\"" + "a".repeat(64) + "\"");

  private static Gen<Site> sites() {
    return SourceDSL.arbitrary().pick(SITES);
  }

  private static Gen<String> extremes() {
    return SourceDSL.arbitrary().pick(EXTREMES);
  }

  @Test
  void extremeFieldValues_readOrFailWithAHipJsonException_atTheirField() {
    qt().withExamples(400)
        .forAll(sites(), extremes())
        .checkAssert(
            (site, value) -> {
              String fixture = Fixtures.text(site.fixture());
              assertThat(fixture).contains(site.written());
              String name = site.written().substring(0, site.written().indexOf(':') + 1);
              String text = fixture.replace(site.written(), name + " " + value);
              readOrRefuse(site, text);
            });
  }

  private static <T> void readOrRefuse(Site site, String text) {
    @SuppressWarnings("unchecked")
    DocumentType<T> type = (DocumentType<T>) site.type();
    T value;
    try {
      value = JSON.read(type, text).value();
    } catch (HipJsonException e) {
      assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\u0000").hasSizeLessThan(4_000);
      if (e.problem() == Problem.INVALID_VALUE) {
        // In a course or schedule a valid change also leaves the derived items behind.
        boolean derived = e.pointer().startsWith("/items") || e.pointer().startsWith("/notes");
        if (!(derived && (type == DocumentType.COURSE || type == DocumentType.SCHEDULE))) {
          assertThat(e.pointer()).isEqualTo(site.pointer());
        }
      } else {
        assertThat(e.problem())
            .isIn(Problem.WRONG_TYPE, Problem.LIMIT_EXCEEDED, Problem.UNKNOWN_ID, Problem.MALFORMED_JSON);
      }
      return;
    }
    assertThat(JSON.read(type, JSON.write(type, value)).value()).isEqualTo(value);
  }
}
