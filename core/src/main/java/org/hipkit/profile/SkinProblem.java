package org.hipkit.profile;

import java.util.Optional;
import org.hipkit.anatomy.Region;
import org.hipkit.anatomy.Side;
import org.immutables.value.Value;

/**
 * A problem with the skin at a place on the body, such as an open wound over the right lateral hip.
 *
 * <p>Region and side are optional because a profile may know of a problem without knowing where it
 * is; a site check that needs the place then reports that it cannot assess.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SkinProblem {

  SkinProblem() {}

  /**
   * Returns what is wrong with the skin.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract SkinProblemKind kind();

  /**
   * Returns where around the hip the problem is, if known.
   *
   * @return the region
   */
  @Value.Parameter
  public abstract Optional<Region> region();

  /**
   * Returns which side of the body the problem is on, if known.
   *
   * @return the side
   */
  @Value.Parameter
  public abstract Optional<Side> side();

  /**
   * Obtains a skin problem at a known place.
   *
   * @param kind what is wrong
   * @param region where around the hip
   * @param side which side
   * @return the skin problem
   */
  public static SkinProblem of(SkinProblemKind kind, Region region, Side side) {
    return ImmutableSkinProblem.create(kind, Optional.of(region), Optional.of(side));
  }

  /**
   * Obtains a skin problem whose region or side may be unknown.
   *
   * @param kind what is wrong
   * @param region where around the hip, if known
   * @param side which side, if known
   * @return the skin problem
   */
  public static SkinProblem of(SkinProblemKind kind, Optional<Region> region, Optional<Side> side) {
    return ImmutableSkinProblem.create(kind, region, side);
  }

  /**
   * Obtains a skin problem whose place is not known.
   *
   * @param kind what is wrong
   * @return the skin problem
   */
  public static SkinProblem unlocated(SkinProblemKind kind) {
    return ImmutableSkinProblem.create(kind, Optional.empty(), Optional.empty());
  }

  @Override
  public String toString() {
    return kind().code()
        + " at "
        + region().map(Region::code).orElse("unknown region")
        + " ("
        + side().map(Side::code).orElse("unknown side")
        + ")";
  }
}
