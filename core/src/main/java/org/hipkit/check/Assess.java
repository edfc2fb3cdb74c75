package org.hipkit.check;

import java.util.List;
import java.util.Optional;
import org.hipkit.anatomy.Region;
import org.hipkit.anatomy.Side;
import org.hipkit.anatomy.Target;
import org.hipkit.anatomy.TargetKind;
import org.hipkit.profile.HipSurgery;
import org.hipkit.profile.HipSurgeryKind;
import org.hipkit.profile.Presence;
import org.hipkit.profile.SkinProblem;
import org.jspecify.annotations.Nullable;

/**
 * The tri-state reasoning the standard rules share. Every helper follows one principle: a rule
 * flags on what is known to be present, clears only on what is known to be absent, and otherwise
 * names the unknown facts.
 */
final class Assess {

  /**
   * {@code fact = presence} for each fact and presence, shared: a basis fact is an immutable value,
   * equal to one built afresh.
   */
  private static final FactValue[][] VALUES = new FactValue[Fact.values().length][];

  /** {@code plan-side = code} for each side. */
  private static final FactValue[] PLAN_SIDES = new FactValue[Side.values().length];

  static {
    for (Fact fact : Fact.values()) {
      FactValue[] byPresence = new FactValue[Presence.values().length];
      for (Presence presence : Presence.values()) {
        byPresence[presence.ordinal()] = new FactValue(fact, presence);
      }
      VALUES[fact.ordinal()] = byPresence;
    }
    for (Side side : Side.values()) {
      PLAN_SIDES[side.ordinal()] = new FactValue(Fact.PLAN_SIDE, side.code());
    }
  }

  private Assess() {}

  /** Returns the basis fact {@code fact = presence}. */
  static FactValue value(Fact fact, Presence presence) {
    return VALUES[fact.ordinal()][presence.ordinal()];
  }

  /** Returns the basis fact {@code fact = present}. */
  static FactValue present(Fact fact) {
    return value(fact, Presence.PRESENT);
  }

  /** Returns the basis fact {@code plan-side = side}. */
  static FactValue planSide(Side side) {
    return PLAN_SIDES[side.ordinal()];
  }

  /**
   * Flags when any of the facts is present; clears when all are absent; otherwise indeterminate.
   * Counts first and allocates only for the outcome it returns.
   */
  static Outcome anyPresent(CheckContext context, List<Fact> facts) {
    int size = facts.size();
    int presentCount = 0;
    int unknown = 0;
    Fact firstPresent = null;
    for (int i = 0; i < size; i++) {
      Fact fact = facts.get(i);
      Presence presence = context.presence(fact);
      if (presence == Presence.PRESENT) {
        if (presentCount == 0) {
          firstPresent = fact;
        }
        presentCount++;
      } else if (presence == Presence.UNKNOWN) {
        unknown++;
      }
    }
    if (presentCount == 1) {
      return Outcome.flagged(List.of(present(firstPresent)), List.of());
    }
    if (presentCount > 1) {
      FactValue[] basis = new FactValue[presentCount];
      int k = 0;
      for (int i = 0; i < size; i++) {
        Fact fact = facts.get(i);
        if (context.presence(fact) == Presence.PRESENT) {
          basis[k++] = present(fact);
        }
      }
      return Outcome.flagged(list(basis), List.of());
    }
    return unknown == 0 ? Outcome.notFlagged() : Outcome.indeterminate(only(context, facts, unknown));
  }

  /** Flags when all facts are present; clears when any is absent; otherwise indeterminate. */
  static Outcome allPresent(CheckContext context, List<Fact> facts) {
    int size = facts.size();
    int unknown = 0;
    for (int i = 0; i < size; i++) {
      Presence presence = context.presence(facts.get(i));
      if (presence == Presence.ABSENT) {
        return Outcome.notFlagged();
      }
      if (presence == Presence.UNKNOWN) {
        unknown++;
      }
    }
    if (unknown > 0) {
      return Outcome.indeterminate(only(context, facts, unknown));
    }
    if (size == 2) {
      return Outcome.flagged(List.of(present(facts.get(0)), present(facts.get(1))), List.of());
    }
    FactValue[] basis = new FactValue[size];
    for (int i = 0; i < size; i++) {
      basis[i] = present(facts.get(i));
    }
    return Outcome.flagged(list(basis), List.of());
  }

  /** An immutable list of the values; a short one without a backing array. */
  private static List<FactValue> list(FactValue[] values) {
    return switch (values.length) {
      case 1 -> List.of(values[0]);
      case 2 -> List.of(values[0], values[1]);
      default -> List.of(values);
    };
  }

  /** The {@code count} facts of {@code facts} that are unknown, in order. */
  private static Fact[] only(CheckContext context, List<Fact> facts, int count) {
    Fact[] unknown = new Fact[count];
    int k = 0;
    for (int i = 0; i < facts.size(); i++) {
      Fact fact = facts.get(i);
      if (context.presence(fact) == Presence.UNKNOWN) {
        unknown[k++] = fact;
      }
    }
    return unknown;
  }

  /**
   * Where on the skin a needle for this target goes in. An intra-articular hip injection enters
   * through the front or the side of the hip; every other target through the skin of its own region.
   */
  static boolean skinRegionServes(Target target, Region skin) {
    if (target.kind() == TargetKind.INTRA_ARTICULAR) {
      return skin == Region.ANTERIOR || skin == Region.LATERAL || skin == Region.INTRA_ARTICULAR;
    }
    return skin == target.region();
  }

  /**
   * Flags a skin problem at the needle's entry site on the plan's side; clears problems known to be
   * elsewhere; a problem whose place is unknown leaves the rule indeterminate.
   */
  static Outcome skinAtSite(CheckContext context) {
    Presence presence = context.presence(Fact.SKIN_PROBLEM);
    if (presence == Presence.ABSENT) {
      return Outcome.notFlagged();
    }
    if (presence == Presence.UNKNOWN) {
      return Outcome.indeterminate(Fact.SKIN_PROBLEM);
    }
    List<SkinProblem> problems = context.profile().skinProblems();
    if (problems.isEmpty()) {
      return Outcome.indeterminate(Fact.SKIN_PROBLEM_LOCATIONS);
    }
    Target target = context.plan().target();
    Side side = context.plan().side();
    boolean possible = false;
    for (int i = 0; i < problems.size(); i++) {
      SkinProblem problem = problems.get(i);
      // Each Optional accessor call may allocate: read each once.
      Optional<Side> problemSide = problem.side();
      Optional<Region> region = problem.region();
      // An unknown side or region may be the entry site.
      boolean sideMatches = problemSide.isEmpty() || problemSide.get() == side;
      boolean regionMatches = region.isEmpty() || skinRegionServes(target, region.get());
      if (sideMatches && regionMatches) {
        if (problemSide.isPresent() && region.isPresent()) {
          return Outcome.flagged(
              List.of(
                  present(Fact.SKIN_PROBLEM),
                  new FactValue(Fact.SKIN_PROBLEM_LOCATIONS, problem),
                  new FactValue(Fact.PLAN_TARGET, target.id()),
                  planSide(side)),
              List.of());
        }
        possible = true;
      }
    }
    return possible ? Outcome.indeterminate(Fact.SKIN_PROBLEM_LOCATIONS) : Outcome.notFlagged();
  }

  /**
   * Finds hip operations of the given kinds (all kinds when {@code kinds} is empty) on the plan's
   * side. Returns the first known match, or indeterminate when history or a side is unknown.
   */
  /**
   * The outcome of a rule about earlier hip surgery when the screening fact alone settles it: not
   * flagged when there was none, indeterminate when that is unknown or when surgery is recorded
   * without details; null when the recorded surgeries must be read.
   */
  static @Nullable Outcome settledWithoutSurgeryDetails(CheckContext context) {
    Presence presence = context.presence(Fact.HIP_SURGERY);
    if (presence == Presence.ABSENT) {
      return Outcome.notFlagged();
    }
    if (presence == Presence.UNKNOWN) {
      return Outcome.indeterminate(Fact.HIP_SURGERY);
    }
    if (context.profile().hipSurgeries().isEmpty()) {
      return Outcome.indeterminate(Fact.HIP_SURGERY_DETAILS);
    }
    return null;
  }

  static Outcome surgeryOnPlanSide(CheckContext context, List<HipSurgeryKind> kinds) {
    Outcome settled = settledWithoutSurgeryDetails(context);
    if (settled != null) {
      return settled;
    }
    List<HipSurgery> surgeries = context.profile().hipSurgeries();
    Side side = context.plan().side();
    boolean unknownSide = false;
    for (int i = 0; i < surgeries.size(); i++) {
      HipSurgery surgery = surgeries.get(i);
      if (!kinds.isEmpty() && !kinds.contains(surgery.kind())) {
        continue;
      }
      Optional<Side> surgerySide = surgery.side();
      if (surgerySide.isEmpty()) {
        unknownSide = true;
      } else if (surgerySide.get() == side) {
        return Outcome.flagged(
            List.of(
                present(Fact.HIP_SURGERY),
                new FactValue(Fact.HIP_SURGERY_DETAILS, surgery),
                planSide(side)),
            List.of());
      }
    }
    return unknownSide ? Outcome.indeterminate(Fact.HIP_SURGERY_DETAILS) : Outcome.notFlagged();
  }
}
