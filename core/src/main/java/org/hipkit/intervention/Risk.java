package org.hipkit.intervention;

import java.util.List;
import org.hipkit.internal.Require;
import org.hipkit.source.Source;
import org.immutables.value.Value;

/**
 * A known risk of an intervention, such as infection after an injection, with how often it occurs
 * and how serious it is.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Risk {

  Risk() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Risk} values; required: id, name, description, frequency, severity, a source. */
  public static final class Builder extends ImmutableRisk.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the risk, unique within its intervention.
   *
   * @return the kebab-case id, such as {@code infection}
   */
  public abstract String id();

  /**
   * Returns the name of the risk.
   *
   * @return the name, such as {@code Infection}
   */
  public abstract String name();

  /**
   * Returns what the risk is, in plain words.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Returns how often the risk occurs.
   *
   * @return the frequency class
   */
  public abstract RiskFrequency frequency();

  /**
   * Returns how much harm it does.
   *
   * @return the severity class
   */
  public abstract RiskSeverity severity();

  /**
   * Returns what makes the risk more likely, such as taking blood thinners.
   *
   * @return factors in hipkit's words, possibly empty
   */
  public abstract List<String> aggravatingFactors();

  /**
   * Returns the documents the risk rests on.
   *
   * @return at least one source
   */
  public abstract List<Source> sources();

  @Value.Check
  void check() {
    Require.entry("Risk", id(), name(), description(), sources());
    Require.texts(aggravatingFactors(), "Risk", "aggravatingFactors");
  }
}
