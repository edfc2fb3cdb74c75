package org.hipkit.medication;

import java.util.List;
import java.util.Optional;
import org.hipkit.internal.Require;
import org.hipkit.quantity.TimeRange;
import org.hipkit.source.CatalogEntry;
import org.hipkit.source.Source;
import org.hipkit.source.StandardCode;
import org.immutables.value.Value;

/**
 * A medication or material that a hip intervention uses or that a patient may take, such as
 * lidocaine, triamcinolone, hyaluronic acid, iohexol contrast or warfarin.
 *
 * <p>A medication has a {@link MedicationClass}, the routes it is given by, its qualitative onset
 * and duration where the sources give them, the systemic effects and regulatory notes a clinician
 * should know, and the allergy groups it belongs to (so that an allergy to "iodine" can be matched
 * against povidone-iodine). It carries no dose: doses belong to a treatment plan.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Medication implements CatalogEntry {

  Medication() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Medication} values; required: id, name, description, class, a route, a source. */
  public static final class Builder extends ImmutableMedication.Builder {
    Builder() {}
  }

  /**
   * Returns the therapeutic class.
   *
   * @return the class
   */
  public abstract MedicationClass medicationClass();

  /**
   * Returns the routes by which the medication is given in the hip setting.
   *
   * @return routes, at least one
   */
  public abstract List<Route> routes();

  /**
   * Returns how long after it is given the medication starts to act, where the sources say.
   *
   * @return the onset range
   */
  public abstract Optional<TimeRange> onset();

  /**
   * Returns how long its effect lasts, where the sources say.
   *
   * @return the duration range
   */
  public abstract Optional<TimeRange> duration();

  /**
   * Returns how long before the procedure it is applied, for preparations such as numbing cream.
   *
   * @return the lead time
   */
  public abstract Optional<TimeRange> leadTime();

  /**
   * Returns effects beyond the injection site, such as a transient rise in blood glucose.
   *
   * @return systemic effects in hipkit's words, possibly empty
   */
  public abstract List<String> systemicEffects();

  /**
   * Returns regulatory notes, such as off-label use in the hip.
   *
   * @return notes, possibly empty
   */
  public abstract List<String> regulatoryNotes();

  /**
   * Returns the ids of the {@link AllergyGroup allergy groups} this medication belongs to, such as
   * {@code iodine} or {@code amide-local-anesthetic}; a patient allergy to a group matches every
   * member. A catalog holds only medications whose groups it also holds.
   *
   * @return allergy group ids, possibly empty
   */
  public abstract List<String> allergyGroups();

  /**
   * Returns further facts, one short sentence each.
   *
   * @return notes, possibly empty
   */
  public abstract List<String> notes();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract List<StandardCode> codes();

  @Value.Check
  void check() {
    Require.entry("Medication", id(), name(), description(), sources());
    Require.notEmpty(routes(), "Medication", "routes");
    Require.unique(routes(), "Medication", "routes");
    Require.kebabIds(allergyGroups(), "Medication", "allergyGroups");
    Require.texts(systemicEffects(), "Medication", "systemicEffects");
    Require.texts(regulatoryNotes(), "Medication", "regulatoryNotes");
    Require.texts(notes(), "Medication", "notes");
  }

  @Override
  public String toString() {
    return "Medication[" + id() + "]";
  }
}
