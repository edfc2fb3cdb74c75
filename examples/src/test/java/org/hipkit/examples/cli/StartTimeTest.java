package org.hipkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms {@code --start} and {@code --zone} accept, and the ones they refuse. */
class StartTimeTest {

  @ParameterizedTest(name = "--start {0} --zone {1}")
  @CsvSource(
      nullValues = "-",
      value = {
        "2026-12-01T09:00,                       Europe/London, 2026-12-01T09:00Z[Europe/London]",
        "2026-12-01T09:00:30,                    UTC,           2026-12-01T09:00:30Z[UTC]",
        "2026-12-01T09:00,                       +01:00,        2026-12-01T09:00+01:00",
        "2026-12-01T09:00+01:00,                 -,             2026-12-01T09:00+01:00",
        "2026-12-01T09:00Z,                      -,             2026-12-01T09:00Z",
        "2026-12-01T09:00[Europe/London],        -,             2026-12-01T09:00Z[Europe/London]",
        "2026-07-01T09:00[Europe/London],        -,             2026-07-01T09:00+01:00[Europe/London]",
        "2026-12-01T09:00+00:00[Europe/London],  -,             2026-12-01T09:00Z[Europe/London]",
        // A spring-forward gap: 01:30 does not exist in London that night; the start moves to 02:30.
        "2026-03-29T01:30,                       Europe/London, 2026-03-29T02:30+01:00[Europe/London]",
        // A fall-back overlap: 01:30 happens twice; without an offset the earlier one is taken,
        "2026-10-25T01:30,                       Europe/London, 2026-10-25T01:30+01:00[Europe/London]",
        // and an offset picks the later one.
        "2026-10-25T01:30+00:00[Europe/London],  -,             2026-10-25T01:30Z[Europe/London]",
      })
  void accepted(String start, String zone, String expected) {
    assertThat(StartTime.resolve(start, zone)).isEqualTo(ZonedDateTime.parse(expected));
  }

  @ParameterizedTest(name = "--start {0} --zone {1}")
  @CsvSource(
      nullValues = "-",
      value = {
        "2026-12-01T09:00,                       -,             has no zone: add --zone",
        "2026-12-01T09:00+01:00,                 UTC,           already names its zone",
        "2026-12-01T09:00[Europe/London],        Europe/London, already names its zone",
        "2026-12-01T09:00+01:00[Europe/London],  -,             +01:00 is not the offset of Europe/London",
        "2026-12-01T09:00,                       Mars/Olympus,  is not a time zone",
        "2026-12-01,                             UTC,           is not a date-time",
        "2026-12-01 09:00,                       UTC,           is not a date-time",
        "2026-02-30T09:00,                       UTC,           is not a date-time",
        "2026-12-01T09:00[europe/london],        -,             is not a date-time",
      })
  void refused(String start, String zone, String message) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StartTime.resolve(start, zone))
        .withMessageContaining(message);
  }
}
