package org.hipkit.profile;

import org.hipkit.internal.Require;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.immutables.value.Value;

/**
 * A patient's allergy to a medication, a class of medications, or an allergy group, such as an
 * allergy to iodine.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Allergy {

  Allergy() {}

  /**
   * Returns what the allergy is to.
   *
   * @return the kind of allergen
   */
  @Value.Parameter
  public abstract AllergenKind kind();

  /**
   * Returns the allergen: a medication id, a medication class code, or an allergy group id.
   *
   * @return the kebab-case allergen
   */
  @Value.Parameter
  public abstract String allergen();

  /**
   * Obtains an allergy to one catalog medication.
   *
   * @param medicationId the medication's id, such as {@code lidocaine}
   * @return the allergy
   */
  public static Allergy toMedication(String medicationId) {
    return ImmutableAllergy.create(AllergenKind.MEDICATION, medicationId);
  }

  /**
   * Obtains an allergy to every medication of a class.
   *
   * @param medicationClass the class, such as {@link MedicationClass#CORTICOSTEROID}
   * @return the allergy
   */
  public static Allergy toClass(MedicationClass medicationClass) {
    return ImmutableAllergy.create(AllergenKind.MEDICATION_CLASS, medicationClass.code());
  }

  /**
   * Obtains an allergy to an allergy group, such as {@code iodine} or {@code iodinated-contrast}.
   *
   * @param group the group id
   * @return the allergy
   */
  public static Allergy toGroup(String group) {
    return ImmutableAllergy.create(AllergenKind.ALLERGY_GROUP, group);
  }

  /**
   * Tells whether this allergy concerns a medication: its id, its class or one of its allergy groups.
   *
   * @param medication the medication
   * @return true when the medication would trigger this allergy
   */
  public boolean matches(Medication medication) {
    return switch (kind()) {
      case MEDICATION -> allergen().equals(medication.id());
      case MEDICATION_CLASS -> allergen().equals(medication.medicationClass().code());
      case ALLERGY_GROUP -> medication.allergyGroups().contains(allergen());
    };
  }

  @Value.Check
  void check() {
    Require.kebabId(allergen(), "Allergy", "allergen");
  }

  @Override
  public String toString() {
    return kind().code() + ":" + allergen();
  }
}
