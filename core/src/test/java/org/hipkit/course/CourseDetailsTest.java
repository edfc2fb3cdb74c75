package org.hipkit.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hipkit.catalog.StandardSources.ACUPUNCTURE;
import static org.hipkit.catalog.StandardSources.DRY_NEEDLING;
import static org.hipkit.course.Plans.CATALOG;

import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hipkit.anatomy.Side;
import org.hipkit.error.InvalidValueException;
import org.hipkit.error.UnknownIdException;
import org.hipkit.intervention.Intervention;
import org.hipkit.intervention.Purpose;
import org.hipkit.medication.Medication;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.protocol.Protocol;
import org.hipkit.quantity.Dose;
import org.hipkit.quantity.TimeRange;
import org.hipkit.quantity.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Courses of plans the example tests do not reach: a clinic's own medications without timings or
 * with acronym names, two anesthetics, needling at other targets, series closer than recovery; and
 * the course's and schedule's own API and text.
 */
class CourseDetailsTest {

  private static final Medication LIDOCAINE = CATALOG.medication("lidocaine");
  private static final Medication TRIAMCINOLONE = CATALOG.medication("triamcinolone");

  private static boolean hasNote(Course course, String id) {
    return course.notes().stream().anyMatch(n -> n.id().equals(id));
  }

  private static CourseNote note(Course course, String id) {
    return course.notes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
  }

  private static TreatmentPlan steroidWith(Medication steroid, Medication anesthetic) {
    return Plans.steroid()
        .components(
            List.of(
                MedicationComponent.of(steroid, Dose.of("40", "mg")), MedicationComponent.of(anesthetic)))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Medications without timings, or with unusual names

  @Test
  void anAnestheticWithoutTimings_getsANote_andNoReliefWindow() {
    Medication untimed = Medication.builder().from(LIDOCAINE).onset(Optional.empty()).build();

    Course course = Course.of(steroidWith(TRIAMCINOLONE, untimed));

    assertThat(course.has("lidocaine-relief")).isFalse();
    assertThat(course.has("driving-and-work")).isFalse();
    assertThat(note(course, "lidocaine-timing-unknown").text())
        .isEqualTo("The sources give no timing for the effect of lidocaine, so the course shows no window for it.");
  }

  @Test
  void anAnestheticWhoseTimingsCannotFormAWindow_isUntimedToo() {
    Medication backwards =
        Medication.builder()
            .from(LIDOCAINE)
            .onset(TimeRange.of(2, 3, TimeUnit.DAYS))
            .duration(TimeRange.of(1, 2, TimeUnit.HOURS))
            .build();

    Course course = Course.of(steroidWith(TRIAMCINOLONE, backwards));

    assertThat(course.has("lidocaine-relief")).isFalse();
    assertThat(hasNote(course, "lidocaine-timing-unknown")).isTrue();
  }

  @Test
  void aSteroidWithoutTimings_getsANote_andPhysicalTherapyIsUntimed() {
    Medication untimed = Medication.builder().from(TRIAMCINOLONE).duration(Optional.empty()).build();

    Course course = Course.of(steroidWith(untimed, LIDOCAINE));

    assertThat(course.has("triamcinolone-relief")).isFalse();
    assertThat(course.has("physical-therapy")).isFalse();
    assertThat(note(course, "triamcinolone-timing-unknown").text())
        .doesNotContain("tendon, labrum")
        .endsWith("so the course shows no window for it.");
    assertThat(note(course, "physical-therapy-untimed").text()).contains("no timed relief");
  }

  @Test
  void aSteroidWhoseTimingsCannotFormAWindow_isUntimedToo() {
    Medication backwards =
        Medication.builder()
            .from(TRIAMCINOLONE)
            .onset(TimeRange.of(2, 3, TimeUnit.YEARS))
            .duration(TimeRange.of(1, 2, TimeUnit.DAYS))
            .build();

    Course course = Course.of(steroidWith(backwards, LIDOCAINE));

    assertThat(course.has("triamcinolone-relief")).isFalse();
    assertThat(hasNote(course, "triamcinolone-timing-unknown")).isTrue();
  }

  @Test
  void aBiologicWithoutTimings_isNotedWithWhatTheSourcesSay() {
    Course course = Course.of(Plans.plateletRichPlasma().build());

    assertThat(note(course, "platelet-rich-plasma-timing-unknown").text())
        .contains("; they say only that clinicians use it for tendon, labrum and joint problems");
  }

  @Test
  void namesAreLowerCasedInSentences_butAcronymsAreKept() {
    Medication acronym = Medication.builder().from(LIDOCAINE).id("la-one").name("LA-1 anesthetic").build();

    Course course = Course.of(steroidWith(TRIAMCINOLONE, acronym));

    assertThat(course.item("la-one-relief").title()).isEqualTo("Numbing relief from LA-1 anesthetic");
    assertThat(Course.of(Plans.steroid().build()).item("lidocaine-relief").title())
        .isEqualTo("Numbing relief from lidocaine");
  }

  @Test
  void severalSystemicEffects_areJoinedInOneNote() {
    Medication steroid =
        Medication.builder()
            .from(TRIAMCINOLONE)
            .systemicEffects(List.of("A brief rise in blood glucose.", "Facial flushing."))
            .build();

    Course course = Course.of(steroidWith(steroid, LIDOCAINE));

    assertThat(note(course, "triamcinolone-systemic-effects").text())
        .isEqualTo(
            "Beyond the injected area, triamcinolone can cause: a brief rise in blood glucose. Facial"
                + " flushing. The sources give no duration.");
  }

  @Test
  void ofTwoAnesthetics_theLongerActingOneTimesTheResponseCheck_theFirstListedOnATie() {
    Medication bupivacaine = CATALOG.medication("bupivacaine");
    Medication longer =
        Medication.builder().from(bupivacaine).duration(TimeRange.of(4, 12, TimeUnit.HOURS)).build();
    TreatmentPlan.Builder diagnostic =
        Plans.steroid().purpose(Purpose.DIAGNOSTIC_AND_THERAPEUTIC);

    Course tie = Course.of(diagnostic.addComponent(MedicationComponent.of(bupivacaine)).build());
    Course longerActing =
        Course.of(
            Plans.steroid()
                .purpose(Purpose.DIAGNOSTIC_AND_THERAPEUTIC)
                .addComponent(MedicationComponent.of(longer))
                .build());

    assertThat(tie.has("lidocaine-relief")).isTrue();
    assertThat(tie.has("bupivacaine-relief")).isTrue();
    assertThat(tie.item("anesthetic-response-check").description()).startsWith("While the lidocaine acts");
    assertThat(longerActing.item("anesthetic-response-check").description())
        .startsWith("While the bupivacaine acts");
    assertThat(longerActing.item("anesthetic-response-check").window())
        .isEqualTo(longerActing.item("bupivacaine-relief").window())
        .isNotEqualTo(longerActing.item("lidocaine-relief").window());
  }

  @Test
  void aDiagnosticInjectionWithoutATimedAnesthetic_notesThatTheResponseCheckIsUntimed() {
    Medication untimed = Medication.builder().from(LIDOCAINE).duration(Optional.empty()).build();
    TreatmentPlan plan =
        Plans.steroid()
            .purpose(Purpose.DIAGNOSTIC_AND_THERAPEUTIC)
            .components(
                List.of(
                    MedicationComponent.of(TRIAMCINOLONE, Dose.of("40", "mg")), MedicationComponent.of(untimed)))
            .build();

    Course course = Course.of(plan);

    assertThat(course.has("anesthetic-response-check")).isFalse();
    assertThat(hasNote(course, "anesthetic-response-untimed")).isTrue();
  }

  // ---------------------------------------------------------------------------------------------
  // Needling

  @Test
  void dryNeedling_reliefIsUntimed_andEachSessionHasItsRecoveryCare() {
    TreatmentPlan plan = Plans.dryNeedling().sessions(2).sessionInterval(Period.ofWeeks(1)).build();

    Course course = Course.of(plan);

    assertThat(note(course, "relief-untimed").sources()).containsExactly(DRY_NEEDLING);
    assertThat(hasNote(course, "aftercare-untimed")).isFalse();
    assertThat(course.items("recovery-care")).extracting(CourseItem::session)
        .containsExactly(OptionalInt.of(1), OptionalInt.of(2));
    assertThat(course.items("recovery")).hasSize(2);
    assertThat(course.item("infection-signs").sources()).containsExactly(DRY_NEEDLING);
    assertThat(hasNote(course, "minor-effects-untimed")).isFalse();
    assertThat(course.item("recovery").description())
        .startsWith("The body takes a while to recover after a session. Minor effects that may show meanwhile: ")
        .doesNotContain("..");
  }

  @Test
  void acupuncture_reliefAndAftercareAreUntimed_andTheWarningsCiteTheAcupunctureSource() {
    Course course = Course.of(Plans.acupuncture().build());

    assertThat(note(course, "relief-untimed").sources()).containsExactly(ACUPUNCTURE);
    assertThat(note(course, "aftercare-untimed").sources()).containsExactly(ACUPUNCTURE);
    assertThat(course.item("infection-signs").sources()).containsExactly(ACUPUNCTURE);
    assertThat(course.has("recovery")).isFalse();
    assertThat(hasNote(course, "minor-effects-untimed")).isTrue();
  }

  @Test
  void needlingAtAnotherKindOfTarget_saysNoAftercareIsKnown() {
    Intervention acupuncture = CATALOG.intervention("acupuncture");
    Intervention bursaNeedling =
        Intervention.builder().from(acupuncture).id("bursa-needling").addTargets("lateral-hip").build();
    TreatmentPlan plan =
        Plans.acupuncture()
            .intervention(bursaNeedling)
            .target(CATALOG.target("lateral-hip"))
            .sessions(1)
            .sessionInterval(Optional.empty())
            .build();

    Course course = Course.of(plan);

    assertThat(note(course, "aftercare-untimed").text()).isEqualTo("hipkit knows no aftercare for needling at this kind of target.");
    assertThat(note(course, "aftercare-untimed").sources()).isEqualTo(bursaNeedling.sources());
    assertThat(hasNote(course, "relief-untimed")).isFalse();
    assertThat(course.item("infection-signs").sources()).isEqualTo(bursaNeedling.sources());
  }

  @Test
  void dryNeedlingSessions_asFarApartAsTheShortestRecovery_areNotNoted_closerOnesAre() {
    Course apart = Course.of(Plans.dryNeedling().sessions(2).sessionInterval(Period.ofDays(2)).build());
    Course closer = Course.of(Plans.dryNeedling().sessions(2).sessionInterval(Period.ofDays(1)).build());
    Course single = Course.of(Plans.dryNeedling().build());

    assertThat(hasNote(apart, "interval-below-recovery")).isFalse();
    assertThat(note(closer, "interval-below-recovery").text())
        .isEqualTo(
            "Sessions every 1 d leave less time between them than the 2-7 d (a few days to a week) the"
                + " sources give for recovery.");
    assertThat(hasNote(single, "interval-below-recovery")).isFalse();
  }

  // ---------------------------------------------------------------------------------------------
  // The course's API and text

  @Test
  void course_answersLookups() {
    TreatmentPlan plan = Plans.steroid().build();
    Protocol protocol = Protocol.builder().id("clinic").build();
    Course course = Course.of(plan, protocol);

    assertThat(course.plan()).isSameAs(plan);
    assertThat(course.protocol()).isSameAs(protocol);
    assertThat(course.has("follow-up")).isTrue();
    assertThat(course.has("no-such-item")).isFalse();
    assertThat(course.items(ItemKind.FOLLOW_UP)).extracting(CourseItem::id).containsExactly("follow-up");
    assertThat(course.items("procedure")).hasSize(1);
    assertThat(course.items("no-such-item")).isEmpty();
    assertThat(course).hasToString("Course[corticosteroid-injection, 16 items, " + course.notes().size() + " notes]");
    assertThatThrownBy(() -> course.item("folow-up"))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("follow-up");
  }

  @Test
  void render_ofASeries_namesTheSessionsAndTheirInterval_andEachActionAndNote() {
    Course course = Course.of(Plans.acupuncture().build());

    String text = course.render();

    assertThat(text)
        .startsWith("Expected course: Acupuncture at ")
        .contains("\n6 sessions, one every 1 wk; protocol hipkit-standard; times count from the start of the first session.\n")
        .contains("[procedure, session 2]")
        .contains("  what to do: ")
        .contains("\nNotes\n- ")
        .endsWith("\nhipkit informs professionals; it does not decide.\n");
    assertThat(Course.of(Plans.steroid().build()).render()).contains("\n1 session; protocol hipkit-standard;");
    for (CourseNote note : course.notes()) {
      assertThat(text).contains("- " + note.text() + " (");
    }
  }

  @Test
  void render_ofACourseWithoutNotes_hasNoNotesSection() {
    Course course = new Course(Plans.steroid().build(), Protocol.standard(), List.of(Course.of(Plans.steroid().build()).item("follow-up")), List.of());

    assertThat(course.render()).doesNotContain("Notes").contains("[follow-up]\n  when: at 6 wk\n");
    assertThat(course.schedule(LocalTime.of(9, 0), ZoneId.of("UTC")).render()).doesNotContain("Notes");
  }

  @Test
  void aCourseRefusesRepeatedItemsAndNotes() {
    Course steroid = Course.of(Plans.steroid().build());
    CourseItem followUp = steroid.item("follow-up");
    CourseNote note = CourseNote.of("a-note", "Some text.", followUp.sources());
    TreatmentPlan plan = steroid.plan();

    assertThatThrownBy(() -> new Course(plan, Protocol.standard(), List.of(followUp, followUp), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("follow-up");
    assertThatThrownBy(
            () -> new Course(plan, Protocol.standard(), List.of(steroid.item("procedure"), steroid.item("procedure")), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("procedure#1");
    assertThatThrownBy(() -> new Course(plan, Protocol.standard(), List.of(followUp), List.of(note, note)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("a-note");
  }

  @Test
  void schedule_keepsTheCourseOrderForItemsWithTheSameTimes_andRendersRangesAndLatestStarts() {
    Course course = Course.of(Plans.steroid().build());
    Schedule schedule = course.schedule(LocalTime.of(9, 0), ZoneId.of("Europe/London"));

    List<String> watches =
        schedule.items().stream().map(s -> s.item().id()).filter(id -> id.endsWith("-signs")).toList();

    assertThat(watches).containsExactly("allergy-signs", "infection-signs", "nerve-signs");
    assertThat(schedule.course()).isSameAs(course);
    assertThat(schedule).hasToString("Schedule[16 items from 2026-03-07T09:00Z[Europe/London]]");
    assertThat(schedule.activeAfter(0, TimeUnit.MINUTES)).extracting(s -> s.item().id()).contains("procedure");
    String text = schedule.render();
    assertThat(text)
        .contains("2026-03-07 09:01 +00:00 to 2026-03-07 15:00 +00:00  Numbing relief from lidocaine [effect, session 1]\n"
            + "  starts by 2026-03-07 09:15 +00:00\n"
            + "  may end from 2026-03-07 10:00 +00:00\n")
        .contains("\n2026-04-18 09:00 +01:00  ")
        .contains("  sources: ")
        .contains("\nNotes\n");
  }

  @Test
  void scheduledItems_refuseBoundsOutOfOrder() {
    CourseItem item = Course.of(Plans.steroid().build()).item("follow-up");
    ZonedDateTime t = ZonedDateTime.of(2026, 3, 7, 9, 0, 0, 0, ZoneId.of("UTC"));
    ZonedDateTime later = t.plusHours(1);

    assertThat(ImmutableScheduledItem.create(item, t, t, t, t).contains(t)).isTrue();
    assertThatThrownBy(() -> ImmutableScheduledItem.create(item, later, t, later, later))
        .hasMessageContaining("ScheduledItem.latestStart");
    assertThatThrownBy(() -> ImmutableScheduledItem.create(item, later, later, t, later))
        .hasMessageContaining("ScheduledItem.earliestEnd");
    assertThatThrownBy(() -> ImmutableScheduledItem.create(item, t, t, later, t))
        .hasMessageContaining("ScheduledItem.latestEnd: must not be before earliestEnd");
    assertThatThrownBy(() -> ImmutableScheduledItem.create(item, t, later, t, t))
        .hasMessageContaining("ScheduledItem.latestEnd: must not be before latestStart");
  }

  @Test
  void courseItemsAndNotes_refuseWhatTheyCannotBe() {
    CourseItem valid = Course.of(Plans.steroid().build()).item("ice");

    assertThatThrownBy(() -> CourseItem.builder().from(valid).id("Ice").build()).hasMessageContaining("CourseItem.id");
    assertThatThrownBy(() -> CourseItem.builder().from(valid).title(" ").build()).hasMessageContaining("CourseItem.title");
    assertThatThrownBy(() -> CourseItem.builder().from(valid).description("").build())
        .hasMessageContaining("CourseItem.description");
    assertThatThrownBy(() -> CourseItem.builder().from(valid).action(" ").build()).hasMessageContaining("CourseItem.action");
    assertThatThrownBy(() -> CourseItem.builder().from(valid).session(0).build()).hasMessageContaining("CourseItem.session");
    assertThatThrownBy(() -> CourseItem.builder().from(valid).sources(List.of()).build())
        .hasMessageContaining("CourseItem.sources: must cite at least one source for 'ice'");
    assertThat(CourseItem.builder().from(valid).session(1).build().session()).hasValue(1);
    assertThatThrownBy(() -> CourseNote.of("A note", "Text.", valid.sources())).hasMessageContaining("CourseNote.id");
    assertThatThrownBy(() -> CourseNote.of("a-note", " ", valid.sources())).hasMessageContaining("CourseNote.text");
    assertThatThrownBy(() -> CourseNote.of("a-note", "Text.", List.of()))
        .hasMessageContaining("CourseNote.sources: must cite at least one source for 'a-note'");
    assertThat(CourseNote.of("a-note", "Text.", valid.sources()).toString()).contains("a-note");
    assertThat(valid.toString()).contains("ice");
  }

  @Test
  void windowPhrases_areListedOnce() {
    TimeRange days = TimeRange.stated(2, 5, TimeUnit.DAYS, "a few days");
    TimeRange hours = TimeRange.stated(1, 6, TimeUnit.HOURS, "a few hours");

    assertThat(Window.of(hours, days).phrases()).containsExactly("a few hours", "a few days");
    assertThat(Window.of(days, days).phrases()).containsExactly("a few days");
    assertThat(Window.of(TimeRange.of(0, 0, TimeUnit.DAYS), days).phrases()).containsExactly("a few days");
  }

  @Test
  void sidesOfThePlan_appearInTheTitle() {
    assertThat(Course.of(Plans.steroid().side(Side.LEFT).build()).render()).contains(", left side, for ");
  }
  // ---------------------------------------------------------------------------------------------
  // Orders, ties and edges

  @Test
  void readingOrder_putsTheCourseAsAWholeBeforeASession_thenGoesById_onEqualTimes() {
    CourseItem ice = Course.of(Plans.steroid().build()).item("ice");
    CourseItem sessionItem = CourseItem.builder().from(ice).id("a-session-item").build();
    CourseItem wholeCourseItem = CourseItem.builder().from(ice).id("b-course-item").session(OptionalInt.empty()).build();
    CourseItem laterId = CourseItem.builder().from(ice).id("c-course-item").session(OptionalInt.empty()).build();

    Course course =
        new Course(Plans.steroid().build(), Protocol.standard(), List.of(laterId, sessionItem, wholeCourseItem), List.of());

    assertThat(course.items())
        .extracting(CourseItem::id)
        .containsExactly("b-course-item", "c-course-item", "a-session-item");
  }

  @Test
  void aSingleSessionWithAnInterval_rendersNoInterval() {
    TreatmentPlan plan = Plans.acupuncture().sessions(1).build();

    assertThat(plan.sessionInterval()).isPresent();
    assertThat(Course.of(plan).render()).contains("\n1 session; protocol hipkit-standard;").doesNotContain("one every");
  }

  @Test
  void render_citesTheSourcesOfEachItemByKey() {
    String text = Course.of(Plans.steroid().build()).render();

    assertThat(text)
        .contains("  sources: " + org.hipkit.catalog.StandardSources.THERAPEUTIC_HIP_INJECTION.key())
        .doesNotContain("  sources: \n");
  }

  @Test
  void ofTwoSteroidsLastingEquallyLong_theFirstListedTimesPhysicalTherapy() {
    Medication betamethasone = CATALOG.medication("betamethasone");
    Medication quicker =
        Medication.builder()
            .from(betamethasone)
            .onset(TimeRange.of(1, 2, TimeUnit.DAYS))
            .build();
    TreatmentPlan plan =
        Plans.steroid()
            .components(
                List.of(
                    MedicationComponent.of(TRIAMCINOLONE),
                    MedicationComponent.of(quicker),
                    MedicationComponent.of(LIDOCAINE)))
            .build();

    Course course = Course.of(plan);

    assertThat(course.item("betamethasone-relief").window().end())
        .isEqualTo(course.item("triamcinolone-relief").window().end());
    assertThat(course.item("betamethasone-relief").window()).isNotEqualTo(course.item("triamcinolone-relief").window());
    assertThat(course.item("physical-therapy").window()).isEqualTo(course.item("triamcinolone-relief").window());
  }

  @Test
  void recovery_listsOnlyTheMinorEffectsAsWhatMayShowMeanwhile() {
    Intervention dry = CATALOG.intervention("dry-needling");
    org.hipkit.intervention.Risk moderate =
        org.hipkit.intervention.Risk.builder()
            .from(dry.risks().get(0))
            .id("clinic-moderate-risk")
            .severity(org.hipkit.intervention.RiskSeverity.MODERATE)
            .description("Something the clinic watches closely.")
            .build();
    Intervention withModerate = Intervention.builder().from(dry).addRisk(moderate).build();

    Course course = Course.of(Plans.dryNeedling().intervention(withModerate).build());

    assertThat(course.item("recovery").description())
        .contains("Minor effects that may show meanwhile: ")
        .doesNotContain("something the clinic watches closely");
  }

  @Test
  void needlingWarnings_citeTheInterventionsOwnSources_forOtherTargets() {
    Intervention bursaNeedling =
        Intervention.builder()
            .from(CATALOG.intervention("acupuncture"))
            .id("bursa-needling")
            .addTargets("lateral-hip")
            .sources(List.of(org.hipkit.catalog.StandardSources.THERAPEUTIC_HIP_INJECTION))
            .build();
    TreatmentPlan plan =
        Plans.acupuncture()
            .intervention(bursaNeedling)
            .target(CATALOG.target("lateral-hip"))
            .sessions(1)
            .sessionInterval(Optional.empty())
            .build();

    Course course = Course.of(plan);

    assertThat(course.item("infection-signs").sources())
        .containsExactly(org.hipkit.catalog.StandardSources.THERAPEUTIC_HIP_INJECTION);
  }

  @Test
  void aOneLetterName_isLowerCasedToo() {
    Medication q = Medication.builder().from(LIDOCAINE).id("q").name("Q").build();

    assertThat(Course.of(steroidWith(TRIAMCINOLONE, q)).item("q-relief").title()).isEqualTo("Numbing relief from q");
  }

  @Test
  void itemsPrintTheirKindIdSessionAndWindow() {
    Course course = Course.of(Plans.steroid().build());
    ScheduledItem followUp =
        course.schedule(ZonedDateTime.of(2026, 3, 7, 9, 0, 0, 0, ZoneId.of("UTC"))).items().stream()
            .filter(s -> s.item().id().equals("follow-up"))
            .findFirst()
            .orElseThrow();

    assertThat(course.item("ice").toString()).startsWith("CourseItem[aftercare ice #1, from ");
    assertThat(course.item("follow-up").toString()).startsWith("CourseItem[follow-up follow-up, at 6 wk");
    assertThat(followUp).hasToString("ScheduledItem[follow-up 2026-04-18T09:00Z[UTC] .. 2026-04-18T09:00Z[UTC]]");
  }
}
