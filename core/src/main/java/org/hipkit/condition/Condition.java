package org.hipkit.condition;

import java.util.List;
import org.hipkit.internal.Require;
import org.hipkit.source.CatalogEntry;
import org.hipkit.source.Source;
import org.hipkit.source.StandardCode;
import org.immutables.value.Value;

/**
 * An indication: a condition or clinical situation that an intervention may be used for, such as
 * hip osteoarthritis or greater trochanteric pain syndrome.
 *
 * <p>A condition is knowledge, not a diagnosis of a patient: it says what the sources describe and
 * which structures it involves, and an intervention names the conditions it is used for.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Condition implements CatalogEntry {

  Condition() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Condition} values; required: id, name, description, kind, a source. */
  public static final class Builder extends ImmutableCondition.Builder {
    Builder() {}
  }

  /**
   * Returns what sort of indication this is.
   *
   * @return the kind
   */
  public abstract ConditionKind kind();

  /**
   * Returns other names the condition goes by.
   *
   * @return synonyms, possibly empty
   */
  public abstract List<String> synonyms();

  /**
   * Returns the ids of the anatomical structures the condition involves.
   *
   * @return structure ids, possibly empty
   */
  public abstract List<String> structures();

  /**
   * Returns the contributing causes the sources name, in hipkit's words.
   *
   * @return causes, possibly empty
   */
  public abstract List<String> causes();

  /**
   * Returns further facts about the condition, one short sentence each.
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
    Require.entry("Condition", id(), name(), description(), sources());
    Require.kebabIds(structures(), "Condition", "structures");
    Require.texts(synonyms(), "Condition", "synonyms");
    Require.texts(causes(), "Condition", "causes");
    Require.texts(notes(), "Condition", "notes");
  }

  @Override
  public String toString() {
    return "Condition[" + id() + "]";
  }
}
