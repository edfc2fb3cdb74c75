package org.hipkit.profile;

import java.time.LocalDate;
import java.util.Optional;
import org.hipkit.anatomy.Side;
import org.immutables.value.Value;

/**
 * A hip operation in a patient's history, such as a right hip arthroplasty on 2026-09-01.
 *
 * <p>Side and date are optional because a history may be incomplete; a check that needs them then
 * reports that it cannot assess.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HipSurgery {

  HipSurgery() {}

  /**
   * Returns what sort of operation it was.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract HipSurgeryKind kind();

  /**
   * Returns which hip was operated on, if known.
   *
   * @return the side
   */
  @Value.Parameter
  public abstract Optional<Side> side();

  /**
   * Returns the date of the operation, if known.
   *
   * @return the date, in the years 1900 to 2200
   */
  @Value.Parameter
  public abstract Optional<LocalDate> date();

  @Value.Check
  void check() {
    Optional<LocalDate> date = date();
    if (date.isPresent()) {
      org.hipkit.internal.Require.date(date.get(), "HipSurgery", "date");
    }
  }

  /**
   * Obtains an operation with a known side and date.
   *
   * @param kind what sort of operation
   * @param side which hip
   * @param date when
   * @return the operation
   */
  public static HipSurgery of(HipSurgeryKind kind, Side side, LocalDate date) {
    return ImmutableHipSurgery.create(kind, Optional.of(side), Optional.of(date));
  }

  /**
   * Obtains an operation whose side or date may be unknown.
   *
   * @param kind what sort of operation
   * @param side which hip, if known
   * @param date when, if known
   * @return the operation
   */
  public static HipSurgery of(HipSurgeryKind kind, Optional<Side> side, Optional<LocalDate> date) {
    return ImmutableHipSurgery.create(kind, side, date);
  }

  /**
   * Obtains an operation with a known side and an unknown date.
   *
   * @param kind what sort of operation
   * @param side which hip
   * @return the operation
   */
  public static HipSurgery undated(HipSurgeryKind kind, Side side) {
    return ImmutableHipSurgery.create(kind, Optional.of(side), Optional.empty());
  }

  @Override
  public String toString() {
    return kind().code()
        + " ("
        + side().map(Side::code).orElse("unknown side")
        + ", "
        + date().map(LocalDate::toString).orElse("unknown date")
        + ")";
  }
}
