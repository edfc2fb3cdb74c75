package org.hipkit.plan;

import java.util.Optional;
import org.hipkit.medication.Medication;
import org.hipkit.quantity.Dose;
import org.immutables.value.Value;

/**
 * One medication a treatment plan injects, with its dose if the plan states one, such as
 * triamcinolone 40 mg.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MedicationComponent {

  MedicationComponent() {}

  /**
   * Returns the catalog medication.
   *
   * @return the medication
   */
  @Value.Parameter
  public abstract Medication medication();

  /**
   * Returns the dose, if the plan states one.
   *
   * @return the dose
   */
  @Value.Parameter
  public abstract Optional<Dose> dose();

  /**
   * Obtains a component without a stated dose.
   *
   * @param medication the catalog medication
   * @return the component
   */
  public static MedicationComponent of(Medication medication) {
    return ImmutableMedicationComponent.create(medication, Optional.empty());
  }

  /**
   * Obtains a component with a dose.
   *
   * @param medication the catalog medication
   * @param dose the dose
   * @return the component
   */
  public static MedicationComponent of(Medication medication, Dose dose) {
    return ImmutableMedicationComponent.create(medication, Optional.of(dose));
  }

  @Override
  public String toString() {
    return medication().id() + dose().map(d -> " " + d).orElse("");
  }
}
