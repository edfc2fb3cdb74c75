package org.hipkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.EnumSet;
import java.util.Set;
import org.hipkit.anatomy.TargetKind;
import org.hipkit.check.Scope;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.intervention.Purpose;
import org.hipkit.medication.MedicationClass;
import org.hipkit.plan.TreatmentPlan;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Scope matching, which the checker runs as bit operations, against its definition over sets: a
 * plan is in scope when, in every restricted dimension, its value is one of the scope's (for
 * medication classes, some component's class is), and radiation, when required, is used.
 */
class ScopePropertiesTest {

  @Test
  void aScopeMatchesExactlyThePlansItsSetsAdmit() {
    qt().withExamples(2000)
        .forAll(scopes(), QuickTheoriesGens.plans())
        .checkAssert((scope, plan) -> assertThat(scope.matches(plan)).isEqualTo(bySets(scope, plan)));
  }

  private static boolean bySets(Scope scope, TreatmentPlan plan) {
    return admits(scope.interventionKinds(), plan.intervention().kind())
        && admits(scope.targetKinds(), plan.target().kind())
        && admits(scope.purposes(), plan.purpose())
        && (!scope.ionizingRadiationOnly() || plan.modality().ionizingRadiation())
        && (scope.medicationClasses().isEmpty()
            || plan.components().stream()
                .anyMatch(c -> scope.medicationClasses().contains(c.medication().medicationClass())));
  }

  private static <E> boolean admits(Set<E> allowed, E value) {
    return allowed.isEmpty() || allowed.contains(value);
  }

  private static Gen<Scope> scopes() {
    return subsets(InterventionKind.class)
        .zip(subsets(TargetKind.class), subsets(Purpose.class), subsets(MedicationClass.class),
            (kinds, targets, purposes, classes) ->
                Scope.builder()
                    .interventionKinds(kinds)
                    .targetKinds(targets)
                    .purposes(purposes)
                    .medicationClasses(classes))
        .zip(booleans().all(), (builder, radiation) -> builder.ionizingRadiationOnly(radiation).build());
  }

  /** Subsets weighted toward small ones: each constant is kept with probability one in three. */
  private static <E extends Enum<E>> Gen<Set<E>> subsets(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return integers().between(0, (1 << constants.length) - 1)
        .zip(integers().between(0, (1 << constants.length) - 1),
            (a, b) -> {
              Set<E> subset = EnumSet.noneOf(type);
              for (E constant : constants) {
                int bit = 1 << constant.ordinal();
                if ((a & bit) != 0 && (b & bit) != 0) {
                  subset.add(constant);
                }
              }
              return subset;
            });
  }
}
