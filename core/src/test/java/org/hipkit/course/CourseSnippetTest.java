package org.hipkit.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hipkit.anatomy.Side;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.intervention.Purpose;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.protocol.Protocol;
import org.hipkit.quantity.Dose;
import org.hipkit.quantity.TimeUnit;
import org.junit.jupiter.api.Test;

/** The code sample of docs/course.md, compiled and checked so that it does not rot. */
class CourseSnippetTest {

  @Test
  void docsSample() {
    // --- docs/course.md sample, start ---
    HipCatalog catalog = HipCatalog.standard();
    TreatmentPlan plan = TreatmentPlan.builder()
        .condition(catalog.condition("hip-osteoarthritis"))
        .intervention(catalog.intervention("corticosteroid-injection"))
        .target(catalog.target("intra-articular-hip"))
        .side(Side.RIGHT)
        .purpose(Purpose.THERAPEUTIC)
        .addComponent(MedicationComponent.of(catalog.medication("triamcinolone"), Dose.of("40", "mg")))
        .addComponent(MedicationComponent.of(catalog.medication("lidocaine")))
        .modality(catalog.modality("ultrasound"))
        .plannedDate(LocalDate.of(2026, 3, 7))
        .build();

    Course course = Course.of(plan, Protocol.standard());
    String text = course.render();                      // the relative timeline, for people

    Schedule schedule = course.schedule(
        ZonedDateTime.of(2026, 3, 7, 9, 0, 0, 0, ZoneId.of("America/New_York")));
    List<ScheduledItem> dayThree = schedule.activeAfter(3, TimeUnit.DAYS);
    List<String> lines = new ArrayList<>();
    for (ScheduledItem item : dayThree) {
      lines.add(item.item().title() + ": " + item.phaseAt(schedule.start().plusDays(3)).code());
    }
    // --- docs/course.md sample, end ---

    assertThat(text).contains("Possible flare of pain");
    assertThat(lines)
        .contains(
            "Possible flare of pain: ending",
            "Relief from triamcinolone: starting",
            "Signs of infection: under-way");
    assertThat(schedule.items()).hasSameSizeAs(course.items());
    assertThat(dayThree).extracting(s -> s.item().id()).contains("post-injection-flare", "triamcinolone-relief");
  }
}
