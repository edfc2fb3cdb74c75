package org.hipkit.intervention;

import java.util.List;
import org.hipkit.internal.Require;
import org.hipkit.source.Source;
import org.immutables.value.Value;

/**
 * One step of how an intervention is carried out, such as cleaning the skin with antiseptic.
 *
 * <p>Steps are listed in the order they happen; an optional step is one the sources describe as
 * done only sometimes, such as injecting contrast to confirm the needle position.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProcedureStep {

  ProcedureStep() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProcedureStep} values; required: id, description, a source. */
  public static final class Builder extends ImmutableProcedureStep.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the step, unique within its intervention.
   *
   * @return the kebab-case id, such as {@code skin-preparation}
   */
  public abstract String id();

  /**
   * Returns what happens in this step, in hipkit's words.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Tells whether the step is done only in some procedures.
   *
   * @return true for optional steps (default false)
   */
  @Value.Default
  public boolean optional() {
    return false;
  }

  /**
   * Returns the documents the step rests on.
   *
   * @return at least one source
   */
  public abstract List<Source> sources();

  @Value.Check
  void check() {
    Require.entry("ProcedureStep", id(), "step", description(), sources());
  }
}
