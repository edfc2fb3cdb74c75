package org.hipkit.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.medication.MedicationClass;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;

/**
 * The hand-coded baseline of building a course in {@link CourseBenchmark}: the items of the
 * benchmarked plans' courses written out with if-statements on a few plain fields of the plan,
 * their windows as literal numbers of minutes, then sorted by typical start and end.
 *
 * <p>It produces the same item ids, sessions and windows as {@link org.hipkit.course.Course#of} for
 * the {@link Scenarios#typicalPlan() typical} and {@link Scenarios#seriesPlan() series} plans (a
 * test in this module checks the ids and sessions), but knows nothing else: no catalog, no protocol,
 * no sources, no text, no other plan. It is the least work a course of the same items needs.
 */
public final class PlainCourse {

  private static final double MIN = 1;
  private static final double H = 60;
  private static final double D = 24 * H;
  private static final double WK = 7 * D;
  private static final double MO = 365.2425 / 12 * D;

  /**
   * One item: id, session (0 for the course as a whole) and window bounds in nominal minutes.
   *
   * @param id the item id
   * @param session the session, or 0
   * @param startLow the earliest start
   * @param startHigh the latest start
   * @param endLow the earliest end
   * @param endHigh the latest end
   */
  public record Item(
      String id, int session, double startLow, double startHigh, double endLow, double endHigh) {}

  /**
   * The plan facts the hand-coded course reads.
   *
   * @param injection true for an injection, false for needling
   * @param sessions the number of sessions
   * @param intervalWeeks the weeks between sessions
   * @param anesthetic the id of a local anesthetic component, or null
   * @param steroid the id of a corticosteroid component, or null
   */
  public record Plan(
      boolean injection, int sessions, int intervalWeeks, String anesthetic, String steroid) {

    /**
     * Reads the plain facts of a plan.
     *
     * @param plan the plan
     * @return its facts
     */
    public static Plan of(TreatmentPlan plan) {
      String anesthetic = null;
      String steroid = null;
      for (MedicationComponent c : plan.components()) {
        if (c.medication().medicationClass() == MedicationClass.LOCAL_ANESTHETIC) {
          anesthetic = c.medication().id();
        } else if (c.medication().medicationClass() == MedicationClass.CORTICOSTEROID) {
          steroid = c.medication().id();
        }
      }
      return new Plan(
          plan.intervention().kind() == InterventionKind.INJECTION,
          plan.sessions(),
          plan.sessionInterval().map(p -> p.getDays() / 7).orElse(0),
          anesthetic,
          steroid);
    }
  }

  private static final Comparator<Item> ORDER =
      Comparator.comparingDouble(Item::startLow)
          .thenComparingDouble(Item::endHigh)
          .thenComparing(Item::id)
          .thenComparingInt(Item::session);

  private PlainCourse() {}

  /**
   * Builds the items of a plan's course.
   *
   * @param plan the plan's facts
   * @return the items, sorted
   */
  public static List<Item> of(Plan plan) {
    List<Item> items = new ArrayList<>(20);
    double last = (plan.sessions() - 1) * plan.intervalWeeks() * WK;
    double followUp = last + 6 * WK;
    for (int k = 1; k <= plan.sessions(); k++) {
      double base = (k - 1) * plan.intervalWeeks() * WK;
      if (plan.injection()) {
        items.add(new Item("procedure", k, base, base, base + 15 * MIN, base + 30 * MIN));
      } else {
        items.add(new Item("procedure", k, base, base, base + 20 * MIN, base + 40 * MIN));
      }
    }
    items.add(new Item("infection-signs", 0, 0, 0, followUp, followUp));
    items.add(new Item("nerve-signs", 0, 0, 0, followUp, followUp));
    items.add(new Item("follow-up", 0, followUp, followUp, followUp, followUp));
    if (plan.injection()) {
      items.add(new Item("driving-and-work", 1, 0, 0, 1 * H, 6 * H));
      items.add(new Item("ice", 1, 0, 0, 24 * H, 48 * H));
      items.add(new Item("no-strenuous-activity", 1, 0, 0, 24 * H, 48 * H));
      items.add(new Item("pain-relievers", 1, 0, 0, 2 * D, 5 * D));
      items.add(new Item("allergy-signs", 0, 0, 0, followUp, followUp));
      items.add(new Item("usual-activity", 1, 1 * D, 1 * D, 1 * D, 1 * D));
      items.add(new Item("heat", 1, 24 * H, 48 * H, 2 * D, 5 * D));
      items.add(new Item("earliest-repeat", 0, 3 * MO, 3 * MO, 3 * MO, 3 * MO));
      if (plan.anesthetic() != null) {
        items.add(new Item(plan.anesthetic() + "-relief", 1, 1 * MIN, 15 * MIN, 1 * H, 6 * H));
      }
      if (plan.steroid() != null) {
        items.add(new Item("post-injection-flare", 1, 1 * H, 6 * H, 2 * D, 5 * D));
        items.add(new Item(plan.steroid() + "-relief", 0, 2 * D, 5 * D, 2 * WK, 12 * WK));
        items.add(new Item("physical-therapy", 0, 2 * D, 5 * D, 2 * WK, 12 * WK));
      }
    } else {
      items.add(new Item("planned-sessions", 0, 0, 0, last, last));
      items.add(new Item("usual-course", 0, 0, 0, 4 * WK, 8 * WK));
      items.add(new Item("maintenance", 0, last + MO, last + MO, last + MO, last + MO));
    }
    items.sort(ORDER);
    return items;
  }
}
