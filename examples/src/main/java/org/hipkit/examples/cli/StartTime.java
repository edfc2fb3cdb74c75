package org.hipkit.examples.cli;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The start of the first session, from the {@code --start} and {@code --zone} options.
 *
 * <p>{@code --start} is an ISO-8601 local date-time, {@code 2026-12-01T09:00} (seconds optional),
 * followed by at most one of:
 *
 * <ul>
 *   <li>nothing: then {@code --zone} is required and names the zone, a region such as {@code
 *       Europe/London} or an offset such as {@code +01:00} or {@code Z};
 *   <li>an offset, {@code 2026-12-01T09:00+01:00} or {@code ...Z}: the zone is that fixed offset;
 *   <li>a region in brackets, {@code 2026-12-01T09:00[Europe/London]}, optionally after an offset,
 *       {@code 2026-12-01T09:00+00:00[Europe/London]}, which must then be the region's offset at
 *       that time.
 * </ul>
 *
 * <p>When {@code --start} carries a zone or an offset, {@code --zone} must not be given: the zone is
 * stated once. The system's default zone is never used. A local time that does not exist in the
 * zone (a spring-forward gap) moves later by the length of the gap; a local time that occurs twice
 * (a fall-back overlap) takes the earlier offset, unless an offset is given.
 */
final class StartTime {

  private static final DateTimeFormatter FORMAT =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffsetId()
          .optionalEnd()
          .optionalStart()
          .appendLiteral('[')
          .parseCaseSensitive()
          .appendZoneRegionId()
          .appendLiteral(']')
          .optionalEnd()
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  private StartTime() {}

  /**
   * Resolves the options to a date-time with its zone.
   *
   * @param start the value of {@code --start}
   * @param zone the value of {@code --zone}, or null when not given
   * @return the start
   * @throws IllegalArgumentException with a message for the user when the options do not name one
   *     date-time in one zone
   */
  static ZonedDateTime resolve(String start, @Nullable String zone) {
    TemporalAccessor parsed;
    try {
      parsed = FORMAT.parse(start.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--start '"
              + start
              + "' is not a date-time such as 2026-12-01T09:00, 2026-12-01T09:00+01:00 or"
              + " 2026-12-01T09:00[Europe/London]");
    }
    LocalDateTime local = LocalDateTime.from(parsed);
    @Nullable ZoneOffset offset = parsed.query(TemporalQueries.offset());
    @Nullable ZoneId region = parsed.query(TemporalQueries.zoneId());
    boolean zoned = offset != null || region != null;
    if (zoned && zone != null) {
      throw new IllegalArgumentException(
          "--start '" + start + "' already names its zone; leave out --zone, or give --start without one");
    }
    if (!zoned && zone == null) {
      throw new IllegalArgumentException(
          "--start '"
              + start
              + "' has no zone: add --zone, such as --zone Europe/London, or write it as"
              + " 2026-12-01T09:00[Europe/London]");
    }
    if (region != null && offset != null) {
      try {
        return ZonedDateTime.ofStrict(local, offset, region);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "--start '" + start + "': " + offset + " is not the offset of " + region + " at " + local);
      }
    }
    if (region != null) {
      return ZonedDateTime.of(local, region);
    }
    if (offset != null) {
      return ZonedDateTime.of(local, offset);
    }
    return ZonedDateTime.of(local, zone(zone));
  }

  private static ZoneId zone(@Nullable String zone) {
    try {
      return ZoneId.of(String.valueOf(zone).strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "--zone '"
              + zone
              + "' is not a time zone: give a region such as Europe/London or an offset such as +01:00");
    }
  }
}
