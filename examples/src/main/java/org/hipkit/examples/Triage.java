package org.hipkit.examples;

import org.hipkit.check.CheckReport;
import org.hipkit.check.Concern;

/**
 * A user's own code built on hipkit, such as a clinic's waiting-list screen might hold: it turns a
 * check report into a traffic light that tells staff which plans a clinician should look at first.
 *
 * <p>hipkit itself gives no traffic lights; this class is the example that {@code
 * docs/testing-with-hipkit.md} tests with property tests ({@code PropertyTestingExampleTest}). The
 * light only sorts work for people: a green light does not approve a plan, and a red one does not
 * forbid it.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Triage {

  private Triage() {}

  /** The colour shown beside a plan on the screen. */
  public enum Light {
    /** Every applicable rule was assessed and none flagged. */
    GREEN,
    /** Something needs a look: a caution or a change was flagged, or a rule was not assessed. */
    AMBER,
    /** A finding suggests postponing the plan or not going ahead with it. */
    RED
  }

  /**
   * Returns the light for a report.
   *
   * <p>Red when the report's summary is {@link Concern#DEFER defer} or {@link Concern#AVOID avoid};
   * green only when the summary is {@linkplain org.hipkit.check.Summary#isClear() clear}, that is
   * when nothing was flagged <em>and</em> nothing was left unassessed; amber otherwise. An
   * incomplete report is never green: an unknown fact is not a negative one.
   *
   * @param report the check report, not null
   * @return the light
   */
  public static Light of(CheckReport report) {
    Concern level = report.summary().level();
    if (level.compareTo(Concern.DEFER) >= 0) {
      return Light.RED;
    }
    if (report.summary().isClear()) {
      return Light.GREEN;
    }
    return Light.AMBER;
  }
}
