package org.hipkit.check;

import java.util.List;
import java.util.Set;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;

/**
 * A {@link Scope} compiled to bit sets over enum ordinals, and the matching plan shape: what lets a
 * checker decide which of its rules apply to a plan with a few bit operations per rule.
 *
 * <p>Every scope dimension is a set of enum constants, each with fewer than 64 constants, so one
 * {@code long} holds it; an empty set (no restriction) compiles to zero. {@link Scope#matches}
 * delegates here, so the checker's fast path and the public method cannot disagree.
 */
final class ScopeMask {

  private final long interventionKinds;
  private final long targetKinds;
  private final long purposes;
  private final long medicationClasses;
  private final boolean ionizingRadiationOnly;

  private ScopeMask(Scope scope) {
    this.interventionKinds = bits(scope.interventionKinds());
    this.targetKinds = bits(scope.targetKinds());
    this.purposes = bits(scope.purposes());
    this.medicationClasses = bits(scope.medicationClasses());
    this.ionizingRadiationOnly = scope.ionizingRadiationOnly();
  }

  static ScopeMask of(Scope scope) {
    return new ScopeMask(scope);
  }

  /**
   * Tells whether a plan of this shape is in scope: in each restricted dimension the plan's value
   * is one of the scope's, and for medication classes some component's class is.
   */
  boolean matches(Shape plan) {
    return within(interventionKinds, plan.interventionKind)
        && within(targetKinds, plan.targetKind)
        && within(purposes, plan.purpose)
        && (!ionizingRadiationOnly || plan.ionizingRadiation)
        && within(medicationClasses, plan.medicationClasses);
  }

  private static boolean within(long scope, long plan) {
    return scope == 0 || (scope & plan) != 0;
  }

  private static long bits(Set<? extends Enum<?>> constants) {
    long bits = 0;
    for (Enum<?> constant : constants) {
      bits |= bit(constant);
    }
    return bits;
  }

  private static long bit(Enum<?> constant) {
    int ordinal = constant.ordinal();
    if (ordinal >= Long.SIZE) {
      // Unreachable with today's enums (at most ten constants); fails loudly if one ever grows.
      throw new IllegalStateException(constant.getDeclaringClass().getSimpleName() + " has outgrown a 64-bit mask");
    }
    return 1L << ordinal;
  }

  /** The parts of a plan that scopes restrict, as bit sets: computed once per check. */
  static final class Shape {
    final long interventionKind;
    final long targetKind;
    final long purpose;
    final long medicationClasses;
    final boolean ionizingRadiation;

    private Shape(TreatmentPlan plan) {
      this.interventionKind = bit(plan.intervention().kind());
      this.targetKind = bit(plan.target().kind());
      this.purpose = bit(plan.purpose());
      this.ionizingRadiation = plan.modality().ionizingRadiation();
      long classes = 0;
      List<MedicationComponent> components = plan.components();
      for (int i = 0; i < components.size(); i++) {
        classes |= bit(components.get(i).medication().medicationClass());
      }
      this.medicationClasses = classes;
    }

    static Shape of(TreatmentPlan plan) {
      return new Shape(plan);
    }
  }
}
