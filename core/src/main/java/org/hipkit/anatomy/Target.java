package org.hipkit.anatomy;

import java.util.List;
import org.hipkit.internal.Require;
import org.hipkit.source.CatalogEntry;
import org.hipkit.source.Source;
import org.hipkit.source.StandardCode;
import org.immutables.value.Value;

/**
 * A place a needle is aimed at, such as the inside of the hip joint or the trochanteric bursa.
 *
 * <p>A target names, by catalog id, the structures it reaches and the structures at risk on the way
 * there, and says whether imaging guidance is expected to reach it. It does not say which
 * interventions use it: an intervention lists its targets.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Target implements CatalogEntry {

  Target() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Target} values; required: id, name, description, kind, region, a source. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }

  /**
   * Returns what sort of place this is.
   *
   * @return the kind
   */
  public abstract TargetKind kind();

  /**
   * Returns where around the hip the target lies.
   *
   * @return the region
   */
  public abstract Region region();

  /**
   * Returns the ids of the structures a needle at this target reaches.
   *
   * @return structure ids, at least one
   */
  public abstract List<String> reaches();

  /**
   * Returns the ids of structures at risk on the way to this target.
   *
   * @return structure ids, possibly empty
   */
  public abstract List<String> structuresAtRisk();

  /**
   * Tells whether the sources expect imaging guidance to reach this target: true where it lies too
   * deep to be found reliably by feel.
   *
   * @return true when imaging guidance is expected
   */
  public abstract boolean imagingExpected();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract List<StandardCode> codes();

  @Value.Check
  void check() {
    Require.entry("Target", id(), name(), description(), sources());
    Require.notEmpty(reaches(), "Target", "reaches");
    Require.kebabIds(reaches(), "Target", "reaches");
    Require.kebabIds(structuresAtRisk(), "Target", "structuresAtRisk");
  }

  @Override
  public String toString() {
    return "Target[" + id() + "]";
  }
}
