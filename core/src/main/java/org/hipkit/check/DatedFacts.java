package org.hipkit.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.HipSurgery;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.protocol.Protocol;
import org.jspecify.annotations.Nullable;

/**
 * How a check judges the dated facts of a profile against its two dates: facts are judged on the
 * procedure date, and a fact dated after the check date or after the procedure date is a data
 * error. Finds the facts that will be stale by the procedure and the data problems, for the facts
 * some applicable rule reads.
 */
final class DatedFacts {

  /**
   * Stale facts and data problems, and the facts with a data problem as a bit mask over ordinals.
   * Only data problems bear on results: a stale fact is already not current on the procedure date,
   * so a rule that needs it is indeterminate by its own logic, and one that does not need it (an INR
   * of a patient known to take no blood thinner) stays settled.
   */
  record Judgement(List<StaleFact> stale, List<DataProblem> problems, long problemFacts) {
    static final Judgement NONE = new Judgement(List.of(), List.of(), 0L);

    boolean isEmpty() {
      return stale.isEmpty() && problems.isEmpty();
    }
  }

  private DatedFacts() {}

  /** The protocol threshold that gives a fact's maximum age, or null when it has none. */
  static @Nullable String maxAgeThreshold(Fact fact) {
    return switch (fact) {
      case INR -> "inrMaxAgeDays";
      case HBA1C -> "hba1cMaxAgeDays";
      case ANTICOAGULATION_CONTROL, DIABETES_CONTROL -> "statementMaxAgeDays";
      default -> null;
    };
  }

  /** Whether a fact's values carry a date. */
  static boolean isDated(Fact fact) {
    return fact == Fact.HIP_SURGERY_DETAILS || maxAgeThreshold(fact) != null;
  }

  /** A fact's maximum age under a protocol; only for facts that have one. */
  static int maxAge(Fact fact, Protocol protocol) {
    return switch (fact) {
      case INR -> protocol.inrMaxAgeDays();
      case HBA1C -> protocol.hba1cMaxAgeDays();
      default -> protocol.statementMaxAgeDays();
    };
  }

  /**
   * The date a fact dated {@code date} breaks, or null when it breaks none: the check date when it
   * is after it, otherwise the procedure date when it is after that.
   */
  static @Nullable LocalDate brokenDate(LocalDate date, LocalDate asOf, LocalDate procedureDate) {
    if (date.isAfter(asOf)) {
      return asOf;
    }
    return date.isAfter(procedureDate) ? procedureDate : null;
  }

  /** The bit of a fact in a mask. */
  static long bit(Fact fact) {
    return 1L << fact.ordinal();
  }

  /** The facts a rule reads, as a mask. */
  static long mask(List<Fact> facts) {
    long mask = 0L;
    for (int i = 0; i < facts.size(); i++) {
      mask |= bit(facts.get(i));
    }
    return mask;
  }

  /**
   * Judges the dated facts of a profile that {@code read} holds.
   *
   * @param read the facts some applicable rule reads, as a mask
   */
  static Judgement judge(
      PatientProfile profile, Protocol protocol, LocalDate asOf, LocalDate procedureDate, long read) {
    List<StaleFact> stale = null;
    List<DataProblem> problems = null;
    long problemFacts = 0L;
    for (Fact fact : DATED) {
      if ((read & bit(fact)) == 0) {
        continue;
      }
      for (LocalDate date : dates(profile, fact)) {
        LocalDate broken = brokenDate(date, asOf, procedureDate);
        if (broken != null) {
          problems = add(problems, new DataProblem(fact, date, broken));
          problemFacts |= bit(fact);
        } else if (fact != Fact.HIP_SURGERY_DETAILS) {
          int maxAge = maxAge(fact, protocol);
          LocalDate until = date.plusDays(maxAge);
          if (!until.isBefore(asOf) && until.isBefore(procedureDate)) {
            stale = add(stale, new StaleFact(fact, date, maxAge));
          }
        }
      }
    }
    return stale == null && problems == null
        ? Judgement.NONE
        : new Judgement(
            stale == null ? List.of() : List.copyOf(stale),
            problems == null ? List.of() : List.copyOf(problems),
            problemFacts);
  }

  /** The dated facts, in the order reports list them. */
  private static final List<Fact> DATED =
      List.of(
          Fact.INR,
          Fact.ANTICOAGULATION_CONTROL,
          Fact.HBA1C,
          Fact.DIABETES_CONTROL,
          Fact.HIP_SURGERY_DETAILS);

  private static List<LocalDate> dates(PatientProfile profile, Fact fact) {
    return switch (fact) {
      case INR -> date(profile.inr().map(Measurement::date));
      case HBA1C -> date(profile.hba1c().map(Measurement::date));
      case ANTICOAGULATION_CONTROL ->
          date(profile.anticoagulationControl().map(ControlStatement::date));
      case DIABETES_CONTROL -> date(profile.diabetesControl().map(ControlStatement::date));
      default -> {
        List<LocalDate> dates = new ArrayList<>();
        for (HipSurgery surgery : profile.hipSurgeries()) {
          surgery.date().ifPresent(dates::add);
        }
        yield dates;
      }
    };
  }

  private static List<LocalDate> date(Optional<LocalDate> date) {
    return date.isPresent() ? List.of(date.get()) : List.of();
  }

  private static <T> List<T> add(@Nullable List<T> list, T element) {
    List<T> to = list == null ? new ArrayList<>() : list;
    to.add(element);
    return to;
  }
}
