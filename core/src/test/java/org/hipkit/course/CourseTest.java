package org.hipkit.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hipkit.catalog.StandardSources.ACUPUNCTURE;
import static org.hipkit.catalog.StandardSources.DRY_NEEDLING;
import static org.hipkit.catalog.StandardSources.GEL_SHOTS;
import static org.hipkit.catalog.StandardSources.THERAPEUTIC_HIP_INJECTION;
import static org.hipkit.catalog.StandardSources.ULTRASOUND_GUIDED_INJECTION;
import static org.hipkit.course.Plans.CATALOG;

import java.time.Period;
import org.hipkit.catalog.StandardSources;
import org.hipkit.error.UnknownIdException;
import org.hipkit.intervention.Purpose;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.protocol.Protocol;
import org.hipkit.quantity.CountRange;
import org.hipkit.quantity.RangeBasis;
import org.hipkit.quantity.SourcePhrase;
import org.hipkit.quantity.TimeRange;
import org.hipkit.quantity.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Example courses that pin the facts of the source documents (knowledge inventory, section 8), each
 * checkable against the cited document.
 */
class CourseTest {

  private static final Course STEROID = Course.of(Plans.steroid().build());

  // ---------------------------------------------------------------------------------------------
  // Effects

  @Test
  void anesthetic_reliefWithinMinutesLastingAFewHours() {
    CourseItem relief = STEROID.item("lidocaine-relief");

    assertThat(relief.kind()).isEqualTo(ItemKind.EFFECT);
    assertThat(relief.session()).hasValue(1);
    assertThat(relief.window().start()).isEqualTo(Offset.of(SourcePhrase.WITHIN_MINUTES.range()));
    assertThat(relief.window().end()).isEqualTo(Offset.of(SourcePhrase.A_FEW_HOURS.range()));
    assertThat(relief.window().end().range())
        .satisfies(r -> assertThat(r.low()).isEqualTo(1))
        .satisfies(r -> assertThat(r.high()).isEqualTo(6))
        .satisfies(r -> assertThat(r.unit()).isEqualTo(TimeUnit.HOURS))
        .satisfies(r -> assertThat(r.basis()).isEqualTo(RangeBasis.INTERPRETED));
    assertThat(relief.phrases()).containsExactly("within minutes", "a few hours");
    assertThat(relief.sources()).contains(ULTRASOUND_GUIDED_INJECTION);
  }

  @Test
  void steroid_onsetAfterAFewDaysLastingWeeksToMonths() {
    CourseItem relief = STEROID.item("triamcinolone-relief");

    assertThat(relief.session()).isEmpty();
    assertThat(relief.window().start().range()).isEqualTo(SourcePhrase.A_FEW_DAYS.range());
    assertThat(relief.window().end().range()).isEqualTo(SourcePhrase.WEEKS_TO_MONTHS.range());
    assertThat(relief.description()).contains("osteoarthritis").contains("repeat");
  }

  @Test
  void steroid_forBursitis_lastsMonthsToYears() {
    CourseItem relief = Course.of(Plans.bursitis().build()).item("triamcinolone-relief");

    assertThat(relief.window().end().range()).isEqualTo(SourcePhrase.MONTHS_TO_YEARS.range());
    assertThat(relief.phrases()).contains("months or years");
    assertThat(relief.sources()).contains(ULTRASOUND_GUIDED_INJECTION);
  }

  @Test
  void flare_startsAsTheAnestheticWearsOff_andSettlesWithinAFewDays() {
    CourseItem flare = STEROID.item("post-injection-flare");

    assertThat(flare.kind()).isEqualTo(ItemKind.FLARE);
    assertThat(flare.window().start().range()).isEqualTo(SourcePhrase.A_FEW_HOURS.range());
    assertThat(flare.window().end().range()).isEqualTo(SourcePhrase.A_FEW_DAYS.range());
    assertThat(flare.sources()).contains(ULTRASOUND_GUIDED_INJECTION);
  }

  @Test
  void flare_withoutAnesthetic_startsAtTheInjection() {
    TreatmentPlan plan =
        TreatmentPlan.builder()
            .from(Plans.steroid().build())
            .components(java.util.List.of(MedicationComponent.of(CATALOG.medication("betamethasone"))))
            .build();

    CourseItem flare = Course.of(plan).item("post-injection-flare");

    assertThat(flare.window().start().range().high()).isZero();
  }

  @Test
  void flare_onlyWithASteroid() {
    assertThat(Course.of(Plans.hyaluronicAcid().build()).has("post-injection-flare")).isFalse();
  }

  @Test
  void hyaluronicAcid_reliefMayTakeSeveralWeeks_andLastAboutSixMonthsOrLonger() {
    CourseItem relief = Course.of(Plans.hyaluronicAcid().build()).item("hyaluronic-acid-relief");

    assertThat(relief.window().start().range()).isEqualTo(SourcePhrase.SEVERAL_WEEKS.range());
    assertThat(relief.window().end().range()).isEqualTo(SourcePhrase.ABOUT_SIX_MONTHS_OR_LONGER.range());
    assertThat(relief.phrases()).containsExactly("several weeks", "about six months or longer");
    assertThat(relief.sources()).contains(GEL_SHOTS);
  }

  @Test
  void hyaluronicAcidSeries_sessionsFollowThePlan_andReliefEndsCountFromTheLast() {
    TreatmentPlan plan = Plans.hyaluronicAcid().sessions(3).sessionInterval(Period.ofWeeks(1)).build();
    Course course = Course.of(plan);

    assertThat(course.items("procedure"))
        .extracting(i -> i.window().start().base())
        .containsExactly(Period.ZERO, Period.ofWeeks(1), Period.ofWeeks(2));
    CourseItem relief = course.item("hyaluronic-acid-relief");
    assertThat(relief.window().start().base()).isEqualTo(Period.ZERO);
    assertThat(relief.window().end().base()).isEqualTo(Period.ofWeeks(2));
    assertThat(course.item("planned-sessions").description()).contains("3 sessions");
    assertThat(course.notes()).noneMatch(n -> n.id().equals("interval-below-repeat-minimum"));
  }

  @Test
  void biologic_noTimingInTheSources_isANoteNotAWindow() {
    Course course = Course.of(Plans.plateletRichPlasma().build());

    assertThat(course.items(ItemKind.EFFECT)).isEmpty();
    assertThat(course.notes())
        .anySatisfy(
            n -> {
              assertThat(n.id()).isEqualTo("platelet-rich-plasma-timing-unknown");
              assertThat(n.text()).contains("no timing");
            });
    assertThat(course.notes()).anyMatch(n -> n.id().equals("session-length-unknown"));
    assertThat(course.item("procedure").window().isMoment()).isTrue();
  }

  @Test
  void procedure_injectionTakes15To30Minutes_acupunctureNeedlesStay20To40() {
    assertThat(STEROID.item("procedure").window().end().range())
        .isEqualTo(TimeRange.stated(15, 30, TimeUnit.MINUTES, "15 to 30 minutes"));
    assertThat(Course.of(Plans.acupuncture().build()).item("procedure").window().end().range())
        .isEqualTo(TimeRange.stated(20, 40, TimeUnit.MINUTES, "20 to 40 minutes"));
  }

  // ---------------------------------------------------------------------------------------------
  // Aftercare

  @Test
  void injection_noStrenuousActivityFor24To48Hours() {
    CourseItem rest = STEROID.item("no-strenuous-activity");

    assertThat(rest.kind()).isEqualTo(ItemKind.AFTERCARE);
    assertThat(rest.window().end().range())
        .isEqualTo(TimeRange.stated(24, 48, TimeUnit.HOURS, "at least 24-48 hours"));
    assertThat(rest.description()).contains("running").contains("jumping").contains("lifting");
    assertThat(rest.sources()).contains(ULTRASOUND_GUIDED_INJECTION);
  }

  @Test
  void dryNeedling_noStrenuousActivityFor24Hours() {
    CourseItem rest = Course.of(Plans.dryNeedling().build()).item("no-strenuous-activity");

    assertThat(rest.window().end().range())
        .isEqualTo(TimeRange.stated(24, 24, TimeUnit.HOURS, "at least 24 hours"));
    assertThat(rest.sources()).containsExactly(DRY_NEEDLING);
  }

  @Test
  void acupuncture_noAftercareInTheSources_isSaid() {
    Course course = Course.of(Plans.acupuncture().build());

    assertThat(course.items(ItemKind.AFTERCARE)).isEmpty();
    assertThat(course.notes()).anyMatch(n -> n.id().equals("aftercare-untimed"));
  }

  @Test
  void injection_usualActivityTheFollowingDay() {
    CourseItem usual = STEROID.item("usual-activity");

    assertThat(usual.window().isMoment()).isTrue();
    assertThat(usual.window().start().range()).isEqualTo(SourcePhrase.THE_FOLLOWING_DAY.range());
  }

  @Test
  void injection_ice15To20Minutes_thenHeatAfter24To48Hours() {
    CourseItem ice = STEROID.item("ice");
    CourseItem heat = STEROID.item("heat");

    assertThat(ice.action()).hasValueSatisfying(a -> assertThat(a).contains("15-20 minutes"));
    assertThat(ice.window().end().range().high()).isEqualTo(48);
    assertThat(heat.window().start()).isEqualTo(ice.window().end());
  }

  @Test
  void drivingAndWork_whileTheAnestheticActs_onlyWithAnAnesthetic() {
    CourseItem driving = STEROID.item("driving-and-work");

    assertThat(driving.window().end().range()).isEqualTo(SourcePhrase.A_FEW_HOURS.range());
    assertThat(driving.sources()).containsExactly(THERAPEUTIC_HIP_INJECTION);
    assertThat(Course.of(Plans.hyaluronicAcid().build()).has("driving-and-work")).isFalse();
  }

  @Test
  void physicalTherapy_inTheReliefWindow() {
    assertThat(STEROID.item("physical-therapy").window())
        .isEqualTo(STEROID.item("triamcinolone-relief").window());
  }

  // ---------------------------------------------------------------------------------------------
  // Warning signs

  @Test
  void injection_warningSigns_withWhatToDo_watchedUntilTheFollowUp() {
    Offset followUp = STEROID.item("follow-up").window().start();

    assertThat(STEROID.items(ItemKind.WARNING_WATCH))
        .extracting(CourseItem::id)
        .containsExactlyInAnyOrder("infection-signs", "nerve-signs", "allergy-signs");
    for (CourseItem warning : STEROID.items(ItemKind.WARNING_WATCH)) {
      assertThat(warning.action()).isPresent();
      assertThat(warning.window().end()).isEqualTo(followUp);
    }
    assertThat(STEROID.item("infection-signs").description())
        .contains("Redness", "swelling", "warmth", "fluid", "fever");
    assertThat(STEROID.item("nerve-signs").description()).contains("numb", "tingles", "weak");
    assertThat(STEROID.item("allergy-signs").description())
        .contains("rash", "hives", "itching", "swelling", "trouble breathing");
  }

  @Test
  void needling_noAllergyWatch_dryNeedlingWatchesWorseningPain() {
    Course dry = Course.of(Plans.dryNeedling().build());

    assertThat(dry.has("allergy-signs")).isFalse();
    assertThat(dry.item("worsening-pain").sources()).containsExactly(DRY_NEEDLING);
    assertThat(dry.item("infection-signs").sources()).containsExactly(DRY_NEEDLING);
    assertThat(Course.of(Plans.acupuncture().build()).item("nerve-signs").sources()).contains(ACUPUNCTURE);
  }

  // ---------------------------------------------------------------------------------------------
  // Series and courses

  @Test
  void acupuncture_sixWeekCourse_has6To12Sessions() {
    var pattern = CATALOG.intervention("acupuncture").sessionPattern();

    assertThat(Sessions.over(pattern.frequency().orElseThrow(), TimeRange.of(6, 6, TimeUnit.WEEKS)))
        .isEqualTo(CountRange.of(6, 12));
    assertThat(Sessions.over(pattern.frequency().orElseThrow(), pattern.courseLength().orElseThrow()))
        .isEqualTo(pattern.sessions());
  }

  @Test
  void acupuncture_weeklyPlanOfSixWeeks_sessionsAndMonthlyMaintenance() {
    Course course = Course.of(Plans.acupuncture().build());

    assertThat(course.items("procedure")).hasSize(6);
    assertThat(course.item("usual-course").description()).contains("4-16 sessions");
    assertThat(course.item("usual-course").window().end().range())
        .isEqualTo(TimeRange.stated(4, 8, TimeUnit.WEEKS, "4 to 8 weeks"));
    CourseItem maintenance = course.item("maintenance");
    assertThat(maintenance.window().start().base()).isEqualTo(Period.ofWeeks(5));
    assertThat(maintenance.window().start().range().unit()).isEqualTo(TimeUnit.MONTHS);
  }

  @Test
  void dryNeedling_recoveryOfAFewDaysToAWeek_withSorenessBruisingFatigue() {
    CourseItem recovery = Course.of(Plans.dryNeedling().build()).item("recovery");

    assertThat(recovery.kind()).isEqualTo(ItemKind.SIDE_EFFECT);
    assertThat(recovery.window().end().range()).isEqualTo(SourcePhrase.A_FEW_DAYS_TO_A_WEEK.range());
    assertThat(recovery.description()).contains("soreness", "bruise", "tired");
  }

  @Test
  void dryNeedling_sessionsCloserThanRecovery_areNoted() {
    Course course =
        Course.of(Plans.dryNeedling().sessions(3).sessionInterval(Period.ofDays(1)).build());

    assertThat(course.notes()).anyMatch(n -> n.id().equals("interval-below-recovery"));
  }

  @Test
  void earliestRepeat_atTheProtocolsMinimumInterval_afterTheLastInjection() {
    assertThat(STEROID.item("earliest-repeat").window().start().base()).isEqualTo(Period.ofMonths(3));

    Protocol sixMonths = Protocol.builder().from(Protocol.standard()).minRepeatInjectionInterval(Period.ofMonths(6)).build();
    assertThat(Course.of(Plans.steroid().build(), sixMonths).item("earliest-repeat").window().start().base())
        .isEqualTo(Period.ofMonths(6));
    assertThat(Course.of(Plans.acupuncture().build()).has("earliest-repeat")).isFalse();
  }

  @Test
  void steroidSeries_closerThanTheRepeatMinimum_isNoted() {
    Course course = Course.of(Plans.steroid().sessions(2).sessionInterval(Period.ofWeeks(2)).build());

    assertThat(course.notes()).anyMatch(n -> n.id().equals("interval-below-repeat-minimum"));
  }

  // ---------------------------------------------------------------------------------------------
  // Follow-up and reassessment

  @Test
  void followUp_atTheProtocolsInterval_andChangingTheProtocolMovesIt() {
    assertThat(STEROID.item("follow-up").window().start().base()).isEqualTo(Period.ofWeeks(6));

    Protocol threeMonths = Protocol.builder().from(Protocol.standard()).id("our-clinic").followUpInterval(Period.ofMonths(3)).build();
    CourseItem followUp = Course.of(Plans.steroid().build(), threeMonths).item("follow-up");
    assertThat(followUp.window().start().base()).isEqualTo(Period.ofMonths(3));
    assertThat(followUp.description()).contains("our-clinic");
  }

  @Test
  void followUp_countsFromTheLastSession() {
    Course course = Course.of(Plans.acupuncture().build());

    assertThat(course.item("follow-up").window().start().base())
        .isEqualTo(Period.ofWeeks(5).plus(Period.ofWeeks(6)));
  }

  @Test
  void diagnosticReassessment_onlyForDiagnosticPurpose_whileTheAnestheticActs() {
    assertThat(STEROID.has("anesthetic-response-check")).isFalse();

    Course diagnostic = Course.of(Plans.steroid().purpose(Purpose.DIAGNOSTIC_AND_THERAPEUTIC).build());
    CourseItem check = diagnostic.item("anesthetic-response-check");
    assertThat(check.kind()).isEqualTo(ItemKind.REASSESSMENT);
    assertThat(check.window()).isEqualTo(diagnostic.item("lidocaine-relief").window());
    assertThat(check.sources()).containsExactly(THERAPEUTIC_HIP_INJECTION);
  }

  // ---------------------------------------------------------------------------------------------
  // The course as a whole

  @Test
  void everyItemCitesAStandardSource() {
    for (Course course :
        java.util.List.of(
            STEROID,
            Course.of(Plans.hyaluronicAcid().build()),
            Course.of(Plans.plateletRichPlasma().build()),
            Course.of(Plans.acupuncture().build()),
            Course.of(Plans.dryNeedling().build()))) {
      assertThat(course.items()).allSatisfy(i -> assertThat(StandardSources.all()).containsAll(i.sources()));
      assertThat(course.notes()).allSatisfy(n -> assertThat(StandardSources.all()).containsAll(n.sources()));
    }
  }

  @Test
  void itemsAreUniquePerSession_andLookupNamesTheNearestIds() {
    assertThatThrownBy(() -> STEROID.item("flare"))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("post-injection-flare");
  }

  @Test
  void render_isStable_andReadsInCourseOrder() {
    String text = STEROID.render();

    assertThat(Course.of(Plans.steroid().build()).render()).isEqualTo(text);
    assertThat(text)
        .startsWith("Expected course: Corticosteroid and local anesthetic injection at ")
        .contains("when: from 1-15 min (within minutes) to 1-6 h (a few hours)")
        .contains("what to do: Contact the clinic or your physician at once.")
        .endsWith("hipkit informs professionals; it does not decide.\n");
    assertThat(text.indexOf("Numbing relief from lidocaine"))
        .isLessThan(text.indexOf("Possible flare of pain"));
    assertThat(text.indexOf("Possible flare of pain")).isLessThan(text.indexOf("Relief from triamcinolone"));
    assertThat(text.indexOf("Relief from triamcinolone")).isLessThan(text.indexOf("Follow-up visit"));
  }
}
