package org.hipkit.medication;

import java.util.List;
import org.hipkit.internal.Require;
import org.hipkit.source.CatalogEntry;
import org.hipkit.source.Source;
import org.hipkit.source.StandardCode;
import org.immutables.value.Value;

/**
 * A group of medications that one allergy can span, such as the amide local anesthetics or the
 * iodine-based antiseptics: a catalog entry that a patient's allergy may name.
 *
 * <p>A group does not list its members. A medication names the groups it belongs to ({@link
 * Medication#allergyGroups()}), and the catalog derives each group's members from that ({@code
 * HipCatalog.membersOf}), so membership is stated in one place only. A catalog refuses a medication
 * that names a group it does not hold.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AllergyGroup implements CatalogEntry {

  AllergyGroup() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AllergyGroup} values; required: id, name, description, a source. */
  public static final class Builder extends ImmutableAllergyGroup.Builder {
    Builder() {}
  }

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract List<StandardCode> codes();

  @Value.Check
  void check() {
    Require.entry("AllergyGroup", id(), name(), description(), sources());
  }

  @Override
  public String toString() {
    return "AllergyGroup[" + id() + "]";
  }
}
