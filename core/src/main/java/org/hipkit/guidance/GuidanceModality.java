package org.hipkit.guidance;

import java.util.List;
import org.hipkit.internal.Require;
import org.hipkit.source.CatalogEntry;
import org.hipkit.source.Source;
import org.hipkit.source.StandardCode;
import org.immutables.value.Value;

/**
 * A way of guiding a needle to its target: ultrasound, fluoroscopy, or anatomical landmarks alone.
 *
 * <p>A modality is described by the properties that matter when choosing one: whether it uses
 * ionizing radiation, whether it shows the needle in real time, whether soft tissue and nerves and
 * vessels are visible, whether contrast is used, how accurate it is relative to the others, and
 * whether it is portable. Who it suits and what limits it are listed in hipkit's words.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GuidanceModality implements CatalogEntry {

  GuidanceModality() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GuidanceModality} values; every property must be set, plus a source. */
  public static final class Builder extends ImmutableGuidanceModality.Builder {
    Builder() {}
  }

  /**
   * Tells whether the modality produces an image at all; landmark guidance does not.
   *
   * @return true for imaging modalities
   */
  public abstract boolean imaging();

  /**
   * Tells whether the modality exposes the patient to ionizing radiation.
   *
   * @return true for X-ray based modalities
   */
  public abstract boolean ionizingRadiation();

  /**
   * Tells whether the needle can be followed while it moves.
   *
   * @return true for real-time imaging
   */
  public abstract boolean realTime();

  /**
   * Tells whether soft tissue (tendons, bursae, fluid) is visible.
   *
   * @return true when soft tissue is shown
   */
  public abstract boolean showsSoftTissue();

  /**
   * Tells whether nerves and blood vessels are visible, so they can be avoided.
   *
   * @return true when nerves and vessels are shown
   */
  public abstract boolean showsNervesAndVessels();

  /**
   * Returns whether contrast dye is used.
   *
   * @return the contrast use
   */
  public abstract ContrastUse contrast();

  /**
   * Returns the accuracy of needle placement relative to the other modalities.
   *
   * @return the accuracy class
   */
  public abstract Accuracy accuracy();

  /**
   * Tells whether the equipment can be brought to the patient.
   *
   * @return true for portable equipment
   */
  public abstract boolean portable();

  /**
   * Returns the patient groups or situations the modality suits particularly well.
   *
   * @return situations in hipkit's words, possibly empty
   */
  public abstract List<String> suitedFor();

  /**
   * Returns what limits the modality or gets in its way.
   *
   * @return limitations in hipkit's words, possibly empty
   */
  public abstract List<String> limitations();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract List<StandardCode> codes();

  @Value.Check
  void check() {
    Require.entry("GuidanceModality", id(), name(), description(), sources());
    Require.texts(suitedFor(), "GuidanceModality", "suitedFor");
    Require.texts(limitations(), "GuidanceModality", "limitations");
    Require.that(
        imaging() || !realTime(),
        "GuidanceModality",
        "realTime",
        "must be false when the modality produces no image",
        id());
    Require.that(
        imaging() || contrast() == ContrastUse.NONE,
        "GuidanceModality",
        "contrast",
        "must be none when the modality produces no image",
        contrast());
  }

  @Override
  public String toString() {
    return "GuidanceModality[" + id() + "]";
  }
}
