package org.hipkit.anatomy;

import java.util.List;
import java.util.Optional;
import org.hipkit.internal.Require;
import org.hipkit.source.CatalogEntry;
import org.hipkit.source.Source;
import org.hipkit.source.StandardCode;
import org.immutables.value.Value;

/**
 * A named part of the hip region, such as the acetabular labrum or the sciatic nerve.
 *
 * <p>A structure says what kind of tissue it is, where it lies ({@link Region}), how deep ({@link
 * Depth}), whether it exists on each side, and whether it is a structure a needle must avoid ({@link
 * #atRisk()}). It may name the structure it is part of and the conditions that involve it, by
 * catalog id.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnatomicalStructure implements CatalogEntry {

  AnatomicalStructure() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AnatomicalStructure} values; required: id, name, description, kind, region, depth, a source. */
  public static final class Builder extends ImmutableAnatomicalStructure.Builder {
    Builder() {}
  }

  /**
   * Returns what sort of tissue this is.
   *
   * @return the kind
   */
  public abstract StructureKind kind();

  /**
   * Returns where around the hip the structure lies.
   *
   * @return the region
   */
  public abstract Region region();

  /**
   * Returns how deep under the skin the structure lies.
   *
   * @return the depth class
   */
  public abstract Depth depth();

  /**
   * Tells whether the structure exists separately on the left and the right, so that a plan or
   * finding must say which side.
   *
   * @return true for paired structures (the default)
   */
  @Value.Default
  public boolean sided() {
    return true;
  }

  /**
   * Tells whether the structure lies near a needle path and must be avoided, such as a nerve or a
   * large vessel.
   *
   * @return true for structures at risk (default false)
   */
  @Value.Default
  public boolean atRisk() {
    return false;
  }

  /**
   * Returns the id of the larger structure this one is part of, if any.
   *
   * @return the id of the containing structure, such as {@code hip-joint}
   */
  public abstract Optional<String> partOf();

  /**
   * Returns the ids of catalog conditions that involve this structure.
   *
   * @return condition ids, possibly empty
   */
  public abstract List<String> conditions();

  /**
   * Returns further facts about the structure, one short sentence each.
   *
   * @return notes in hipkit's words, possibly empty
   */
  public abstract List<String> notes();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract List<StandardCode> codes();

  @Value.Check
  void check() {
    Require.entry("AnatomicalStructure", id(), name(), description(), sources());
    // No lambdas: this runs while the standard catalog is built, at start-up.
    Optional<String> partOf = partOf();
    if (partOf.isPresent()) {
      Require.kebabId(partOf.get(), "AnatomicalStructure", "partOf");
      Require.that(
          !partOf.get().equals(id()),
          "AnatomicalStructure",
          "partOf",
          "must not name the structure itself",
          id());
    }
    Require.kebabIds(conditions(), "AnatomicalStructure", "conditions");
    Require.texts(notes(), "AnatomicalStructure", "notes");
  }

  @Override
  public String toString() {
    return "AnatomicalStructure[" + id() + "]";
  }
}
