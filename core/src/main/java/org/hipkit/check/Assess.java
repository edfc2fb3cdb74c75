package org.hipkit.check;

import java.util.ArrayList;
import java.util.List;
import org.hipkit.anatomy.Region;
import org.hipkit.anatomy.Side;
import org.hipkit.anatomy.Target;
import org.hipkit.anatomy.TargetKind;
import org.hipkit.profile.HipSurgery;
import org.hipkit.profile.HipSurgeryKind;
import org.hipkit.profile.Presence;
import org.hipkit.profile.SkinProblem;

/**
 * The tri-state reasoning the standard rules share. Every helper follows one principle: a rule
 * flags on what is known to be present, clears only on what is known to be absent, and otherwise
 * names the unknown facts.
 */
final class Assess {

  private Assess() {}

  /** Flags when any of the facts is present; clears when all are absent; otherwise indeterminate. */
  static Outcome anyPresent(CheckContext context, List<Fact> facts) {
    List<FactValue> present = null;
    List<Fact> unknown = null;
    for (Fact fact : facts) {
      Presence presence = context.presence(fact);
      if (presence == Presence.PRESENT) {
        if (present == null) {
          present = new ArrayList<>(2);
        }
        present.add(new FactValue(fact, presence));
      } else if (presence == Presence.UNKNOWN) {
        if (unknown == null) {
          unknown = new ArrayList<>(2);
        }
        unknown.add(fact);
      }
    }
    if (present != null) {
      return Outcome.flagged(present, List.of());
    }
    return unknown == null ? Outcome.notFlagged() : Outcome.indeterminate(unknown);
  }

  /** Flags when all facts are present; clears when any is absent; otherwise indeterminate. */
  static Outcome allPresent(CheckContext context, List<Fact> facts) {
    List<Fact> unknown = null;
    for (Fact fact : facts) {
      Presence presence = context.presence(fact);
      if (presence == Presence.ABSENT) {
        return Outcome.notFlagged();
      }
      if (presence == Presence.UNKNOWN) {
        if (unknown == null) {
          unknown = new ArrayList<>(2);
        }
        unknown.add(fact);
      }
    }
    if (unknown != null) {
      return Outcome.indeterminate(unknown);
    }
    List<FactValue> basis = new ArrayList<>(facts.size());
    for (Fact fact : facts) {
      basis.add(new FactValue(fact, Presence.PRESENT));
    }
    return Outcome.flagged(basis, List.of());
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
    for (SkinProblem problem : problems) {
      boolean sideMatches = problem.side().map(s -> s == side).orElse(true);
      boolean regionMatches = problem.region().map(r -> skinRegionServes(target, r)).orElse(true);
      if (sideMatches && regionMatches) {
        if (problem.side().isPresent() && problem.region().isPresent()) {
          return Outcome.flagged(
              new FactValue(Fact.SKIN_PROBLEM, Presence.PRESENT),
              new FactValue(Fact.SKIN_PROBLEM_LOCATIONS, problem),
              new FactValue(Fact.PLAN_TARGET, target.id()),
              new FactValue(Fact.PLAN_SIDE, side.code()));
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
  static Outcome surgeryOnPlanSide(CheckContext context, List<HipSurgeryKind> kinds) {
    Presence presence = context.presence(Fact.HIP_SURGERY);
    if (presence == Presence.ABSENT) {
      return Outcome.notFlagged();
    }
    if (presence == Presence.UNKNOWN) {
      return Outcome.indeterminate(Fact.HIP_SURGERY);
    }
    List<HipSurgery> surgeries = context.profile().hipSurgeries();
    if (surgeries.isEmpty()) {
      return Outcome.indeterminate(Fact.HIP_SURGERY_DETAILS);
    }
    Side side = context.plan().side();
    boolean unknownSide = false;
    for (HipSurgery surgery : surgeries) {
      if (!kinds.isEmpty() && !kinds.contains(surgery.kind())) {
        continue;
      }
      if (surgery.side().isEmpty()) {
        unknownSide = true;
      } else if (surgery.side().get() == side) {
        return Outcome.flagged(
            new FactValue(Fact.HIP_SURGERY, Presence.PRESENT),
            new FactValue(Fact.HIP_SURGERY_DETAILS, surgery),
            new FactValue(Fact.PLAN_SIDE, side.code()));
      }
    }
    return unknownSide ? Outcome.indeterminate(Fact.HIP_SURGERY_DETAILS) : Outcome.notFlagged();
  }
}
