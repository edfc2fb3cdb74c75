package org.hipkit.check;

import java.util.Set;
import org.hipkit.anatomy.TargetKind;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.intervention.Purpose;
import org.hipkit.medication.MedicationClass;
import org.hipkit.plan.TreatmentPlan;
import org.immutables.value.Value;

/**
 * What a rule applies to: kinds of intervention, medication classes the plan injects, kinds of
 * target, purposes, and whether only modalities with ionizing radiation. An empty set means any.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scope {

  private static final Scope ANY = builder().build();

  Scope() {}

  /**
   * Returns a new builder; a scope with nothing set applies to every plan.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Scope} values. */
  public static final class Builder extends ImmutableScope.Builder {
    Builder() {}
  }

  /**
   * Returns the scope that applies to every plan.
   *
   * @return the unrestricted scope
   */
  public static Scope any() {
    return ANY;
  }

  /**
   * Returns a scope restricted to one kind of intervention.
   *
   * @param kind the intervention kind
   * @return the scope
   */
  public static Scope of(InterventionKind kind) {
    return builder().addInterventionKind(kind).build();
  }

  /**
   * Returns the intervention kinds the rule applies to; empty for any.
   *
   * @return the kinds
   */
  public abstract Set<InterventionKind> interventionKinds();

  /**
   * Returns the medication classes of which the plan must inject at least one; empty for any.
   *
   * @return the classes
   */
  public abstract Set<MedicationClass> medicationClasses();

  /**
   * Returns the target kinds the rule applies to; empty for any.
   *
   * @return the target kinds
   */
  public abstract Set<TargetKind> targetKinds();

  /**
   * Returns the purposes the rule applies to; empty for any.
   *
   * @return the purposes
   */
  public abstract Set<Purpose> purposes();

  /**
   * Tells whether the rule applies only when the plan's modality uses ionizing radiation.
   *
   * @return true to restrict to radiation (default false)
   */
  @Value.Default
  public boolean ionizingRadiationOnly() {
    return false;
  }

  /**
   * Tells whether a plan falls within this scope.
   *
   * @param plan the plan
   * @return true when every restriction is met
   */
  public boolean matches(TreatmentPlan plan) {
    return ScopeMask.of(this).matches(ScopeMask.Shape.of(plan));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    append(text, "", interventionKinds().stream().map(InterventionKind::code).toList());
    append(text, "injecting ", medicationClasses().stream().map(MedicationClass::code).toList());
    append(text, "target ", targetKinds().stream().map(TargetKind::code).toList());
    append(text, "purpose ", purposes().stream().map(Purpose::code).toList());
    if (ionizingRadiationOnly()) {
      append(text, "", java.util.List.of("modality with ionizing radiation"));
    }
    return text.length() == 0 ? "any plan" : text.toString();
  }

  private static void append(StringBuilder text, String prefix, java.util.List<String> codes) {
    if (codes.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append("; ");
    }
    text.append(prefix).append(String.join(" or ", codes));
  }
}
