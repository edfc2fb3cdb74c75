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
   * Judges the dated facts of a profile that {@code read} holds. Allocation-free when nothing is
   * stale or wrongly dated, which is every check made on the procedure date with sound data: it
   * runs on every check.
   *
   * @param read the facts some applicable rule reads, as a mask
   */
  static Judgement judge(
      PatientProfile profile, Protocol protocol, LocalDate asOf, LocalDate procedureDate, long read) {
    Found found = null;
    if ((read & bit(Fact.INR)) != 0L) {
      Optional<Measurement> inr = profile.inr();
      if (inr.isPresent()) {
        found = consider(found, Fact.INR, inr.get().date(), protocol, asOf, procedureDate);
      }
    }
    if ((read & bit(Fact.ANTICOAGULATION_CONTROL)) != 0L) {
      Optional<ControlStatement> control = profile.anticoagulationControl();
      if (control.isPresent()) {
        found =
            consider(
                found, Fact.ANTICOAGULATION_CONTROL, control.get().date(), protocol, asOf, procedureDate);
      }
    }
    if ((read & bit(Fact.HBA1C)) != 0L) {
      Optional<Measurement> hba1c = profile.hba1c();
      if (hba1c.isPresent()) {
        found = consider(found, Fact.HBA1C, hba1c.get().date(), protocol, asOf, procedureDate);
      }
    }
    if ((read & bit(Fact.DIABETES_CONTROL)) != 0L) {
      Optional<ControlStatement> control = profile.diabetesControl();
      if (control.isPresent()) {
        found =
            consider(found, Fact.DIABETES_CONTROL, control.get().date(), protocol, asOf, procedureDate);
      }
    }
    if ((read & bit(Fact.HIP_SURGERY_DETAILS)) != 0L) {
      List<HipSurgery> surgeries = profile.hipSurgeries();
      for (int i = 0; i < surgeries.size(); i++) {
        Optional<LocalDate> date = surgeries.get(i).date();
        if (date.isPresent()) {
          found =
              consider(found, Fact.HIP_SURGERY_DETAILS, date.get(), protocol, asOf, procedureDate);
        }
      }
    }
    return found == null ? Judgement.NONE : found.judgement();
  }

  /** Stale facts and data problems found so far; made only once there is one. */
  private static final class Found {
    private final List<StaleFact> stale = new ArrayList<>(2);
    private final List<DataProblem> problems = new ArrayList<>(2);
    private long problemFacts;

    Judgement judgement() {
      return new Judgement(List.copyOf(stale), List.copyOf(problems), problemFacts);
    }
  }

  /**
   * Judges one dated fact: a data problem when its date is after the check date or the procedure
   * date, stale when current on the check date but too old on the procedure date (operations have
   * no maximum age, so they can only be data problems).
   */
  private static @Nullable Found consider(
      @Nullable Found found,
      Fact fact,
      LocalDate date,
      Protocol protocol,
      LocalDate asOf,
      LocalDate procedureDate) {
    LocalDate broken = brokenDate(date, asOf, procedureDate);
    if (broken != null) {
      Found to = found == null ? new Found() : found;
      to.problems.add(new DataProblem(fact, date, broken));
      to.problemFacts |= bit(fact);
      return to;
    }
    if (fact != Fact.HIP_SURGERY_DETAILS) {
      int maxAge = maxAge(fact, protocol);
      LocalDate until = date.plusDays(maxAge);
      if (!until.isBefore(asOf) && until.isBefore(procedureDate)) {
        Found to = found == null ? new Found() : found;
        to.stale.add(new StaleFact(fact, date, maxAge));
        return to;
      }
    }
    return found;
  }
}
