package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.course.Course;
import org.hipkit.course.Schedule;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.anatomy.Side;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.intervention.Purpose;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.quantity.Dose;
import org.junit.jupiter.api.Test;

/** The plan saved and loaded in README.md and docs/json-format.md; those samples are this code. */
class SavingAPlanTest {

  @Test
  void a_plan_saved_as_json_loads_equal() {
    HipCatalog catalog = HipCatalog.standard();
    TreatmentPlan plan =
        TreatmentPlan.builder()
            .condition(catalog.condition("greater-trochanteric-pain-syndrome"))
            .intervention(catalog.intervention("corticosteroid-injection"))
            .target(catalog.target("lateral-hip"))
            .side(Side.LEFT)
            .purpose(Purpose.THERAPEUTIC)
            .addComponent(MedicationComponent.of(catalog.medication("betamethasone")))
            .addComponent(MedicationComponent.of(catalog.medication("lidocaine"), Dose.of("2.5", "mL")))
            .modality(catalog.modality("ultrasound"))
            .plannedDate(LocalDate.of(2026, 12, 1))
            .build();

    PatientProfile profile = PatientProfile.builder().fever(Presence.ABSENT).build();
    ZonedDateTime start = ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneId.of("Europe/London"));

    HipJson json = HipJson.standard();
    String text = json.writePlan(plan);              // {"format":"hipkit.plan/1",...}
    TreatmentPlan loaded = json.readPlan(text);      // equal to plan

    CheckReport report = Checker.standard().check(profile, plan);
    CheckReport stored = json.readReport(json.writeReport(report));   // equal to report
    Schedule schedule = json.readSchedule(json.writeSchedule(Course.of(plan).schedule(start)));

    assertThat(loaded).isEqualTo(plan);
    assertThat(stored).isEqualTo(report);
    assertThat(schedule).isEqualTo(Course.of(plan).schedule(start));
    assertThat(text).startsWith("{\"format\":\"hipkit.plan/1\",");
    assertThat(text).contains("\"amount\":2.5");
  }
}
