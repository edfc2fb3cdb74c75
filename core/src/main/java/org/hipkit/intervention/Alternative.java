package org.hipkit.intervention;

import java.util.List;
import org.hipkit.internal.Require;
import org.hipkit.source.CatalogEntry;
import org.hipkit.source.Source;
import org.hipkit.source.StandardCode;
import org.immutables.value.Value;

/**
 * An option other than a needle procedure, such as physical therapy, a cane, or hip arthroscopy.
 *
 * <p>Interventions name their alternatives by catalog id, so a clinician reviewing a plan can see
 * what else the sources mention.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Alternative implements CatalogEntry {

  Alternative() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Alternative} values; required: id, name, description, category, a source. */
  public static final class Builder extends ImmutableAlternative.Builder {
    Builder() {}
  }

  /**
   * Returns what sort of option this is.
   *
   * @return the category
   */
  public abstract AlternativeCategory category();

  /**
   * Returns concrete examples, such as "cane" or "MRI".
   *
   * @return examples, possibly empty
   */
  public abstract List<String> examples();

  /**
   * Returns the ids of conditions this option is specific to; empty when it applies generally.
   *
   * @return condition ids, possibly empty
   */
  public abstract List<String> conditions();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract List<StandardCode> codes();

  @Value.Check
  void check() {
    Require.entry("Alternative", id(), name(), description(), sources());
    Require.kebabIds(conditions(), "Alternative", "conditions");
    Require.texts(examples(), "Alternative", "examples");
  }

  @Override
  public String toString() {
    return "Alternative[" + id() + "]";
  }
}
