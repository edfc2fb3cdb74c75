package org.hipkit.intervention;

import java.util.List;
import org.hipkit.internal.Require;
import org.hipkit.source.Source;
import org.immutables.value.Value;

/**
 * What the sources report about how well an intervention works, such as "guidelines advise against
 * routine hyaluronic acid injection of the hip".
 *
 * <p>A statement has a {@link EvidenceDirection direction} and may be limited to some conditions or
 * guidance modalities, named by catalog id.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvidenceStatement {

  EvidenceStatement() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EvidenceStatement} values; required: id, statement, direction, a source. */
  public static final class Builder extends ImmutableEvidenceStatement.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the statement, unique within its intervention.
   *
   * @return the kebab-case id
   */
  public abstract String id();

  /**
   * Returns the statement in hipkit's words.
   *
   * @return the statement
   */
  public abstract String statement();

  /**
   * Returns which way the evidence points.
   *
   * @return the direction
   */
  public abstract EvidenceDirection direction();

  /**
   * Returns the ids of the conditions the statement is about; empty when it is about the
   * intervention in general.
   *
   * @return condition ids, possibly empty
   */
  public abstract List<String> conditions();

  /**
   * Returns the ids of the guidance modalities the statement is about, if any.
   *
   * @return modality ids, possibly empty
   */
  public abstract List<String> modalities();

  /**
   * Returns the documents the statement rests on.
   *
   * @return at least one source
   */
  public abstract List<Source> sources();

  @Value.Check
  void check() {
    Require.entry("EvidenceStatement", id(), "statement", statement(), sources());
    Require.kebabIds(conditions(), "EvidenceStatement", "conditions");
    Require.kebabIds(modalities(), "EvidenceStatement", "modalities");
  }
}
