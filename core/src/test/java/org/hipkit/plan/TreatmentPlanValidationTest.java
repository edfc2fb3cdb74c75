package org.hipkit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.hipkit.anatomy.Side;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.error.InvalidValueException;
import org.hipkit.intervention.Intervention;
import org.hipkit.intervention.Purpose;
import org.hipkit.medication.MedicationClass;
import org.hipkit.medication.Route;
import org.hipkit.quantity.Dose;
import org.junit.jupiter.api.Test;

/** Each rule a plan is refused by, with the field it names, and what a valid plan says of itself. */
class TreatmentPlanValidationTest {

  private static final HipCatalog CATALOG = HipCatalog.standard();
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private static TreatmentPlan.Builder steroid() {
    return TreatmentPlan.builder()
        .condition(CATALOG.condition("hip-osteoarthritis"))
        .intervention(CATALOG.intervention("corticosteroid-injection"))
        .target(CATALOG.target("intra-articular-hip"))
        .side(Side.RIGHT)
        .purpose(Purpose.THERAPEUTIC)
        .addComponent(MedicationComponent.of(CATALOG.medication("triamcinolone"), Dose.of("40", "mg")))
        .addComponent(MedicationComponent.of(CATALOG.medication("lidocaine")))
        .modality(CATALOG.modality("ultrasound"))
        .plannedDate(DAY);
  }

  private static TreatmentPlan.Builder acupuncture() {
    return TreatmentPlan.builder()
        .condition(CATALOG.condition("hip-osteoarthritis"))
        .intervention(CATALOG.intervention("acupuncture"))
        .target(CATALOG.target("local-acupuncture-points"))
        .side(Side.LEFT)
        .purpose(Purpose.THERAPEUTIC)
        .modality(CATALOG.modality("landmark"))
        .plannedDate(DAY);
  }

  private static void invalid(TreatmentPlan.Builder builder, String field, String rule) {
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid TreatmentPlan." + field + ": " + rule);
  }

  @Test
  void targetModalityAndPurpose_mustBeOnesTheInterventionAllows() {
    invalid(steroid().target(CATALOG.target("gluteal-trigger-points")), "target", "must be one of the targets");
    invalid(acupuncture().modality(CATALOG.modality("ultrasound")), "modality", "must be one of the modalities");
    invalid(acupuncture().purpose(Purpose.DIAGNOSTIC_AND_THERAPEUTIC), "purpose", "must be one of the purposes");
  }

  /** Issue 11: 20,000,000 sessions ran out of memory in a course; a session count is bounded. */
  @Test
  void sessions_atMostWhatTheSessionPatternAllows() {
    // Acupuncture counts 4-16 sessions in a course.
    invalid(acupuncture().sessions(17).sessionInterval(Period.ofWeeks(1)), "sessions", "must be at most 16");
    assertThat(acupuncture().sessions(16).sessionInterval(Period.ofWeeks(1)).build().sessions()).isEqualTo(16);
    // A steroid injection is one per visit, repeated as the clinician decides: up to 52.
    invalid(steroid().sessions(53).sessionInterval(Period.ofWeeks(1)), "sessions", "must be at most 52");
    invalid(steroid().sessions(20_000_000).sessionInterval(Period.ofDays(1)), "sessions", "must be at most 52");
    invalid(steroid().sessions(Integer.MAX_VALUE).sessionInterval(Period.ofDays(1)), "sessions", "must be at most");
    assertThat(steroid().sessions(52).sessionInterval(Period.ofWeeks(1)).build().sessions()).isEqualTo(52);
  }

  /** Issue 11: an interval of P1500000000D made Course.of throw a raw ArithmeticException. */
  @Test
  void sessionInterval_atMostAYear() {
    invalid(acupuncture().sessions(2).sessionInterval(Period.ofDays(1_500_000_000)), "sessionInterval", "must be at most 12 months");
    invalid(acupuncture().sessions(2).sessionInterval(Period.ofMonths(13)), "sessionInterval", "must be at most");
    invalid(acupuncture().sessions(2).sessionInterval(Period.of(1, 0, 1)), "sessionInterval", "must be at most");
    invalid(acupuncture().sessions(2).sessionInterval(Period.of(0, 1, -3)), "sessionInterval", "must be positive");
    for (Period year : List.of(Period.ofYears(1), Period.ofMonths(12), Period.ofWeeks(52), Period.ofDays(366))) {
      assertThat(acupuncture().sessions(2).sessionInterval(year).build().sessionInterval()).contains(year);
    }
  }

  /** Issue 11: dates in year +999999999 broke the schedule; a planned date is within 1900-2200. */
  @Test
  void plannedDate_inTheYears1900To2200() {
    invalid(steroid().plannedDate(LocalDate.MAX), "plannedDate", "must fall in the years 1900 to 2200");
    invalid(steroid().plannedDate(LocalDate.of(1899, 12, 31)), "plannedDate", "must fall in the years");
    invalid(steroid().plannedDate(LocalDate.of(2201, 1, 1)), "plannedDate", "must fall in the years");
    assertThat(steroid().plannedDate(LocalDate.of(1900, 1, 1)).build().plannedDate().getYear()).isEqualTo(1900);
    assertThat(steroid().plannedDate(LocalDate.of(2200, 12, 31)).build().plannedDate().getYear()).isEqualTo(2200);
  }

  /** Issue 11: a builder missing required fields threw Immutables' IllegalStateException. */
  @Test
  void missingRequiredFields_areAnInvalidValue_namingThem() {
    assertThatThrownBy(() -> TreatmentPlan.builder().side(Side.LEFT).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.type()).isEqualTo("TreatmentPlan");
              assertThat(e.field()).isEqualTo("condition, intervention, target, purpose, modality, plannedDate");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "Invalid TreatmentPlan.condition, intervention, target, purpose, modality, plannedDate:"
                          + " is required but was not set (was nothing)");
            });
    assertThatThrownBy(() -> org.hipkit.intervention.SessionPattern.builder().description("d").build())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.type() + "." + e.field()).isEqualTo("SessionPattern.sessions"));
  }

  @Test
  void sessions_atLeastOne_withAPositiveIntervalWhenMore() {
    invalid(acupuncture().sessions(0), "sessions", "must be at least 1");
    invalid(acupuncture().sessions(2), "sessionInterval", "is required when there is more than one session");
    invalid(acupuncture().sessions(2).sessionInterval(Period.ZERO), "sessionInterval", "must be positive");
    invalid(acupuncture().sessions(2).sessionInterval(Period.ofDays(-7)), "sessionInterval", "must be positive");
    assertThat(acupuncture().sessions(2).sessionInterval(Period.ofDays(1)).build().sessions()).isEqualTo(2);
    assertThat(acupuncture().sessionInterval(Period.ofWeeks(1)).build().sessions()).isEqualTo(1);
  }

  @Test
  void antiseptic_mustBeAnAntiseptic() {
    invalid(steroid().antiseptic(CATALOG.medication("lidocaine")), "antiseptic", "must be a medication of class antiseptic");
    assertThat(steroid().antiseptic(CATALOG.medication("chlorhexidine")).build().antiseptic()).isPresent();
  }

  @Test
  void needling_injectsNothing() {
    invalid(
        acupuncture().addComponent(MedicationComponent.of(CATALOG.medication("lidocaine"))),
        "components",
        "must be empty: needling intervention 'acupuncture' injects nothing");
  }

  @Test
  void components_areDistinct_allowed_byTheTargetsRoute_withAPrincipalOne() {
    invalid(
        steroid().addComponent(MedicationComponent.of(CATALOG.medication("lidocaine"))),
        "components",
        "must not repeat an element");
    invalid(
        steroid().addComponent(MedicationComponent.of(CATALOG.medication("hyaluronic-acid"))),
        "components",
        "must only hold medication classes intervention 'corticosteroid-injection' allows"
            + " [local-anesthetic, corticosteroid, contrast-agent] (was hyaluronic-acid (viscosupplement))");
    invalid(
        TreatmentPlan.builder()
            .from(hyaluronic())
            .intervention(
                Intervention.builder()
                    .from(CATALOG.intervention("hyaluronic-acid-injection"))
                    .addTargets("lateral-hip")
                    .build())
            .target(CATALOG.target("lateral-hip")),
        "components",
        "must be given by a route target 'lateral-hip' takes [intrabursal, periarticular]");
    invalid(
        steroid().components(List.of(MedicationComponent.of(CATALOG.medication("contrast-dye")))),
        "components",
        "must include a medication of a principal class");
    invalid(
        steroid()
            .purpose(Purpose.DIAGNOSTIC_AND_THERAPEUTIC)
            .components(List.of(MedicationComponent.of(CATALOG.medication("triamcinolone")))),
        "components",
        "must include a local anesthetic when the purpose is diagnostic-and-therapeutic");
    assertThat(
            steroid()
                .purpose(Purpose.DIAGNOSTIC_AND_THERAPEUTIC)
                .components(List.of(MedicationComponent.of(CATALOG.medication("lidocaine"))))
                .build()
                .uses(MedicationClass.LOCAL_ANESTHETIC))
        .isTrue();
  }

  private static TreatmentPlan hyaluronic() {
    return TreatmentPlan.builder()
        .condition(CATALOG.condition("hip-osteoarthritis"))
        .intervention(CATALOG.intervention("hyaluronic-acid-injection"))
        .target(CATALOG.target("intra-articular-hip"))
        .side(Side.LEFT)
        .purpose(Purpose.THERAPEUTIC)
        .addComponent(MedicationComponent.of(CATALOG.medication("hyaluronic-acid")))
        .modality(CATALOG.modality("ultrasound"))
        .plannedDate(DAY)
        .build();
  }

  @Test
  void aPlan_tellsWhatItUses_andPrintsItself() {
    TreatmentPlan plan = steroid().build();
    TreatmentPlan withContrast =
        steroid().modality(CATALOG.modality("fluoroscopy")).addComponent(MedicationComponent.of(CATALOG.medication("contrast-dye"))).build();

    assertThat(plan.usesContrast()).isFalse();
    assertThat(withContrast.usesContrast()).isTrue();
    assertThat(plan.uses(MedicationClass.CORTICOSTEROID)).isTrue();
    assertThat(plan.uses(MedicationClass.BIOLOGIC)).isFalse();
    assertThat(plan)
        .hasToString(
            "TreatmentPlan[corticosteroid-injection at intra-articular-hip (right) for hip-osteoarthritis,"
                + " [triamcinolone 40 mg, lidocaine], ultrasound, 2026-12-01]");
    assertThat(acupuncture().sessions(6).sessionInterval(Period.ofWeeks(1)).build())
        .hasToString(
            "TreatmentPlan[acupuncture at local-acupuncture-points (left) for hip-osteoarthritis, [], landmark,"
                + " 2026-12-01, 6 sessions every P7D]");
    assertThat(MedicationComponent.of(CATALOG.medication("lidocaine"))).hasToString("lidocaine");
    assertThat(MedicationComponent.of(CATALOG.medication("lidocaine")).dose()).isEqualTo(Optional.empty());
  }

  @Test
  void routes_followTheKindOfTarget() {
    assertThat(TreatmentPlan.routesFor(CATALOG.target("intra-articular-hip"))).containsExactly(Route.INTRA_ARTICULAR);
    assertThat(TreatmentPlan.routesFor(CATALOG.target("lateral-hip")))
        .containsExactlyInAnyOrder(Route.INTRABURSAL, Route.PERIARTICULAR);
    assertThat(TreatmentPlan.routesFor(CATALOG.target("gluteal-trigger-points"))).isEmpty();
  }
}
