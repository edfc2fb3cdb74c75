package org.hipkit.examples;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.hipkit.anatomy.Side;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.course.Course;
import org.hipkit.course.Schedule;
import org.hipkit.intervention.Purpose;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.quantity.Dose;

/**
 * The first program to run: build a plan from the catalog, check it against a patient, and print
 * the report and the dated course.
 *
 * <p>Run it from the project root with {@code ./mvnw -q -pl examples -am compile exec:java}. The
 * code between the {@code tag} comments is the sample shown in README.md; a test keeps the two
 * equal.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Prints a catalog summary, a check report and a dated schedule.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(HipCatalog.standard());
    Result result = run();
    System.out.println();
    System.out.print(result.report().render());
    System.out.println();
    System.out.print(result.schedule().render());
  }

  /**
   * The main flow of hipkit: plan, check, course, schedule.
   *
   * @param report the check of the plan against the patient
   * @param course the expected course of the plan
   * @param schedule the course on a calendar
   */
  public record Result(CheckReport report, Course course, Schedule schedule) {}

  /**
   * Runs the main flow on one plan and one patient.
   *
   * @return the report, the course and the schedule
   */
  public static Result run() {
    // tag::main-flow[]
    HipCatalog catalog = HipCatalog.standard();

    // A plan: ultrasound-guided steroid and anesthetic into the right hip joint.
    TreatmentPlan plan = TreatmentPlan.builder()
        .condition(catalog.condition("hip-osteoarthritis"))
        .intervention(catalog.intervention("corticosteroid-injection"))
        .target(catalog.target("intra-articular-hip"))
        .side(Side.RIGHT)
        .purpose(Purpose.THERAPEUTIC)
        .addComponent(MedicationComponent.of(catalog.medication("triamcinolone"), Dose.of("40", "mg")))
        .addComponent(MedicationComponent.of(catalog.medication("lidocaine")))
        .modality(catalog.modality("ultrasound"))
        .antiseptic(catalog.medication("chlorhexidine"))
        .plannedDate(LocalDate.of(2026, 12, 1))
        .build();

    // A patient: what is stated is known; every other fact stays UNKNOWN, never "absent".
    PatientProfile profile = PatientProfile.builder()
        .fever(Presence.ABSENT)
        .diabetes(Presence.PRESENT)
        .hba1c(Measurement.hba1cPercent("8.6", LocalDate.of(2026, 11, 10)))
        .build();

    // The check: findings with their basis, and the rules that could not be assessed.
    CheckReport report = Checker.standard().check(profile, plan);

    // The expected course, and the same course on a calendar.
    Course course = Course.of(plan);
    Schedule schedule = course.schedule(
        ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneId.of("Europe/London")));
    // end::main-flow[]
    return new Result(report, course, schedule);
  }
}
