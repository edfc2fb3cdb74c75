package org.hipkit.course;

import static org.hipkit.catalog.StandardSources.ACUPUNCTURE;
import static org.hipkit.catalog.StandardSources.DRY_NEEDLING;
import static org.hipkit.catalog.StandardSources.GEL_SHOTS;
import static org.hipkit.catalog.StandardSources.THERAPEUTIC_HIP_INJECTION;
import static org.hipkit.catalog.StandardSources.ULTRASOUND_GUIDED_INJECTION;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.hipkit.anatomy.TargetKind;
import org.hipkit.error.InvalidValueException;
import org.hipkit.intervention.Intervention;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.intervention.ProcedureStep;
import org.hipkit.intervention.Purpose;
import org.hipkit.intervention.Risk;
import org.hipkit.intervention.RiskSeverity;
import org.hipkit.intervention.SessionPattern;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.protocol.Protocol;
import org.hipkit.quantity.SourcePhrase;
import org.hipkit.quantity.TimeRange;
import org.hipkit.quantity.TimeUnit;
import org.hipkit.source.Source;

/**
 * Builds the expected course of a plan from catalog knowledge, the aftercare and warning signs of
 * the sources, and the clinic's protocol.
 *
 * <p>Which knowledge applies is decided by the model, not by catalog ids, so that a clinic's own
 * entries get a course too: the intervention's kind (injection or needling), the classes of the
 * injected medications and their onset and duration, the intervention's session length and session
 * pattern, the plan's purpose, and for needling the kind of target (trigger points for dry needling,
 * acupuncture points for acupuncture). The only ids used are those of the conditions for which the
 * sources give a steroid's duration (bursitis, osteoarthritis).
 *
 * <p>Items that come with every session (the procedure itself, an anesthetic's relief, the flare,
 * aftercare, recovery, the anesthetic-response check) count from that session's start. Items of the
 * course as a whole count from the first session: a long-acting medication's relief starts after the
 * first injection and its duration is counted from the last; warning signs are watched from the
 * first session until the follow-up; the follow-up and the earliest repeat count from the last
 * session.
 */
final class Expectations {

  /** The start of a session: zero minutes after it. */
  private static final TimeRange START = TimeRange.of(0, 0, TimeUnit.MINUTES);

  /** A moment on a day-based base, such as the follow-up date. */
  private static final TimeRange SAME_DAY = TimeRange.of(0, 0, TimeUnit.DAYS);

  /** Source 002: after an injection, one to two days without running, jumping or heavy lifting. */
  private static final TimeRange INJECTION_REST =
      TimeRange.stated(24, 48, TimeUnit.HOURS, "at least 24-48 hours");

  /** Source 002: ice at first; heat may take over after 24-48 hours. */
  private static final TimeRange ICE_PHASE = TimeRange.stated(24, 48, TimeUnit.HOURS, "24-48 hours");

  /** Source 004: a full day without strenuous activity after every dry needling session. */
  private static final TimeRange NEEDLING_REST =
      TimeRange.stated(24, 24, TimeUnit.HOURS, "at least 24 hours");

  /**
   * Source 002: the flare settles within a few days. Heat and simple pain relief are shown for the
   * same span, the time the sources give for post-injection soreness to settle.
   */
  private static final TimeRange SETTLES = SourcePhrase.A_FEW_DAYS.range();

  /** The standard conditions for which source 002 gives how long a steroid injection's relief lasts. */
  private static final Set<String> BURSITIS = Set.of("trochanteric-bursitis", "iliopsoas-bursitis");

  private static final String OSTEOARTHRITIS = "hip-osteoarthritis";

  private static final String CALL_NOW = "Contact the clinic or your physician at once.";

  private final TreatmentPlan plan;
  private final Protocol protocol;
  private final Intervention intervention;
  private final int sessions;
  private final Period interval;
  private final Period last;
  private final Period followUp;
  private final List<CourseItem> items = new ArrayList<>();
  private final List<CourseNote> notes = new ArrayList<>();

  /** The longest-acting local anesthetic of the plan with a known onset and duration, if any. */
  private final Optional<Medication> anesthetic;

  /** The window of the plan's longest-lasting timed effect other than a local anesthetic, if any. */
  private Optional<Window> mainEffect = Optional.empty();

  private Expectations(TreatmentPlan plan, Protocol protocol) {
    this.plan = plan;
    this.protocol = protocol;
    this.intervention = plan.intervention();
    this.sessions = plan.sessions();
    this.interval = plan.sessionInterval().orElse(Period.ZERO);
    this.last = sessionBase(sessions);
    this.followUp = last.plus(protocol.followUpInterval());
    this.anesthetic = longestAnesthetic(plan);
  }

  static Course build(TreatmentPlan plan, Protocol protocol) {
    Expectations e = new Expectations(plan, protocol);
    e.procedures();
    if (e.intervention.kind() == InterventionKind.INJECTION) {
      e.injection();
    } else {
      e.needling();
    }
    e.series();
    e.followUp();
    e.minorEffects();
    return new Course(plan, protocol, e.items, e.notes);
  }

  // ---------------------------------------------------------------------------------------------
  // Every plan

  private void procedures() {
    Optional<TimeRange> length = intervention.sessionDuration();
    String description =
        intervention.description()
            + intervention.procedure().stream()
                .filter(s -> s.id().equals("observation"))
                .map(ProcedureStep::description)
                .map(d -> " " + d)
                .findFirst()
                .orElse("");
    for (int k = 1; k <= sessions; k++) {
      Period base = sessionBase(k);
      Window window =
          length
              .map(l -> Window.after(base, TimeRange.of(0, 0, l.unit()), l))
              .orElse(Window.moment(Offset.of(base, START)));
      items.add(
          item(ItemKind.PROCEDURE, "procedure", k)
              .title(intervention.name() + (sessions > 1 ? " (" + k + " of " + sessions + ")" : ""))
              .description(description)
              .window(window)
              .addAllSources(intervention.sources())
              .build());
    }
    if (length.isEmpty()) {
      note(
          "session-length-unknown",
          "The sources give no length for a session of "
              + lower(intervention.name())
              + ", so the procedure is shown as a moment.",
          intervention.sources());
    }
  }

  private void series() {
    SessionPattern pattern = intervention.sessionPattern();
    if (sessions > 1) {
      items.add(
          item(ItemKind.SERIES, "planned-sessions", 0)
              .title("The planned sessions")
              .description(
                  "This plan holds "
                      + sessions
                      + " sessions, one every "
                      + Timeline.text(interval)
                      + ", from the first to the last. What the sources describe: "
                      + pattern.description())
              .window(Window.of(Offset.of(START), Offset.of(last, START)))
              .addAllSources(intervention.sources())
              .build());
      repeatIntervalNote(pattern);
    }
    if (pattern.frequency().isPresent() && pattern.courseLength().isPresent()) {
      TimeRange length = pattern.courseLength().get();
      String count;
      try {
        count = Sessions.over(pattern.frequency().get(), length) + " sessions in all";
      } catch (InvalidValueException e) {
        count = "the sources give no session count for it";
      }
      items.add(
          item(ItemKind.SERIES, "usual-course", 0)
              .title("The usual first course")
              .description(
                  "The sources describe a first course of "
                      + pattern.frequency().get()
                      + " for "
                      + length
                      + ", that is "
                      + count
                      + "; this plan holds "
                      + sessions
                      + ".")
              .window(Window.of(TimeRange.of(0, 0, length.unit()), length))
              .addAllSources(intervention.sources())
              .build());
    }
    pattern
        .maintenanceInterval()
        .ifPresent(
            m ->
                items.add(
                    item(ItemKind.MAINTENANCE, "maintenance", 0)
                        .title("Maintenance sessions")
                        .description(
                            "Once the symptoms improve, sessions may be spread out to maintenance"
                                + " visits ("
                                + m.phrase().orElse(m.toString())
                                + ") to keep the benefit and head off a relapse. The first may fall"
                                + " about this long after the last planned session.")
                        .window(Window.moment(Offset.of(last, m)))
                        .addAllSources(intervention.sources())
                        .build()));
  }

  private void followUp() {
    items.add(
        item(ItemKind.FOLLOW_UP, "follow-up", 0)
            .title("Follow-up visit")
            .description(
                "A review with the clinician of how the hip has responded and what comes next,"
                    + " such as more therapy, a repeat, or further tests. The sources leave its"
                    + " timing to the clinician and the case; here it is "
                    + Timeline.text(protocol.followUpInterval())
                    + " after the last session, as protocol '"
                    + protocol.id()
                    + "' sets.")
            .window(Window.moment(Offset.of(followUp, SAME_DAY)))
            .addSources(THERAPEUTIC_HIP_INJECTION)
            .build());
  }

  /** The minor risks that no item times are listed in a note that says they are untimed. */
  private void minorEffects() {
    if (has("recovery")) {
      return;
    }
    List<Risk> minor =
        intervention.risks().stream().filter(r -> r.severity() == RiskSeverity.MINOR).toList();
    if (minor.isEmpty()) {
      return;
    }
    note(
        "minor-effects-untimed",
        "Minor effects may follow a session, and the sources call them short-lived without saying"
            + " for how long: "
            + minor.stream().map(r -> lower(r.name())).collect(Collectors.joining("; "))
            + ".",
        distinctSources(minor.stream().flatMap(r -> r.sources().stream()).toList()));
  }

  // ---------------------------------------------------------------------------------------------
  // Injections

  private void injection() {
    effects();
    flare();
    injectionAftercare();
    reassessment();
    injectionWarnings();
    earliestRepeat();
  }

  private void effects() {
    double longest = -1;
    for (MedicationComponent component : plan.components()) {
      Medication m = component.medication();
      MedicationClass cls = m.medicationClass();
      if (cls == MedicationClass.LOCAL_ANESTHETIC) {
        anestheticRelief(m);
      } else if (cls == MedicationClass.CORTICOSTEROID
          || cls == MedicationClass.VISCOSUPPLEMENT
          || cls == MedicationClass.BIOLOGIC) {
        Optional<CourseItem> effect = lastingRelief(m);
        if (effect.isPresent()) {
          Offset to = effect.get().window().end();
          double end = Timeline.nominalSeconds(to.base(), to.range().high(), to.range().unit());
          if (end > longest) {
            longest = end;
            mainEffect = Optional.of(effect.get().window());
          }
        }
      }
      m.systemicEffects().stream()
          .reduce((a, b) -> a + " " + b)
          .ifPresent(
              effects ->
                  note(
                      m.id() + "-systemic-effects",
                      "Beyond the injected area, "
                          + lower(m.name())
                          + " can cause: "
                          + lower(effects)
                          + " The sources give no duration.",
                      m.sources()));
    }
  }

  private void anestheticRelief(Medication m) {
    if (m.onset().isEmpty() || m.duration().isEmpty()) {
      untimed(m);
      return;
    }
    for (int k = 1; k <= sessions; k++) {
      Period base = sessionBase(k);
      Optional<Window> window = window(Offset.of(base, m.onset().get()), Offset.of(base, m.duration().get()));
      if (window.isEmpty()) {
        untimed(m);
        return;
      }
      items.add(
          item(ItemKind.EFFECT, m.id() + "-relief", k)
              .title("Numbing relief from " + lower(m.name()))
              .description(
                  "The local anesthetic numbs the injected area, so the usual pain may ease soon"
                      + " after the injection; the relief fades as the drug wears off. Early relief"
                      + " says little about how well the injection will work later.")
              .window(window.get())
              .addAllSources(m.sources())
              .build());
    }
  }

  private Optional<CourseItem> lastingRelief(Medication m) {
    if (m.onset().isEmpty() || m.duration().isEmpty()) {
      untimed(m);
      return Optional.empty();
    }
    TimeRange duration = m.duration().get();
    List<Source> sources = new ArrayList<>(m.sources());
    StringBuilder description = new StringBuilder();
    switch (m.medicationClass()) {
      case CORTICOSTEROID -> {
        description.append(
            "The steroid damps inflammation gradually: if it helps, relief starts later than the"
                + " anesthetic's and lasts longer.");
        String condition = plan.condition().id();
        if (BURSITIS.contains(condition)) {
          duration = SourcePhrase.MONTHS_TO_YEARS.range();
          description.append(
              " In bursitis the relief often lasts a long time, months or even years, though"
                  + " therapy or a change in activity may be needed to keep the bursitis from"
                  + " coming back.");
          sources.add(ULTRASOUND_GUIDED_INJECTION);
        } else if (condition.equals(OSTEOARTHRITIS)) {
          duration = SourcePhrase.WEEKS_TO_MONTHS.range();
          description.append(
              " In osteoarthritis the relief is temporary, weeks to months, and the injection may"
                  + " need repeating to keep the benefit.");
          sources.add(ULTRASOUND_GUIDED_INJECTION);
        }
      }
      case VISCOSUPPLEMENT ->
          description.append(
              "The gel tops up the lubrication and cushioning of the joint fluid. Relief is not"
                  + " immediate and can take weeks to be noticed; it eases symptoms and does not"
                  + " rebuild cartilage.");
      default ->
          description.append(
              "The preparation aims to calm inflammation and support healing; results vary.");
    }
    if (sessions > 1) {
      description.append(
          " In a series the start counts from the first injection and the end from the last.");
    }
    Optional<Window> window = window(Offset.of(m.onset().get()), Offset.of(last, duration));
    if (window.isEmpty()) {
      untimed(m);
      return Optional.empty();
    }
    CourseItem item =
        item(ItemKind.EFFECT, m.id() + "-relief", 0)
            .title("Relief from " + lower(m.name()))
            .description(description.toString())
            .window(window.get())
            .addAllSources(distinctSources(sources))
            .build();
    items.add(item);
    return Optional.of(item);
  }

  private void untimed(Medication m) {
    note(
        m.id() + "-timing-unknown",
        "The sources give no timing for the effect of "
            + lower(m.name())
            + (m.medicationClass() == MedicationClass.BIOLOGIC
                ? "; they say only that clinicians use it for tendon, labrum and joint problems and"
                    + " that the evidence for it varies"
                : "")
            + ", so the course shows no window for it.",
        m.sources());
  }

  private void flare() {
    if (!plan.uses(MedicationClass.CORTICOSTEROID)) {
      return;
    }
    TimeRange from = anesthetic.flatMap(Medication::duration).orElse(START);
    for (int k = 1; k <= sessions; k++) {
      Period base = sessionBase(k);
      Window window =
          window(Offset.of(base, from), Offset.of(base, SETTLES))
              .orElse(Window.after(base, START, SETTLES));
      items.add(
          item(ItemKind.FLARE, "post-injection-flare", k)
              .title("Possible flare of pain")
              .description(
                  "Some people hurt more for a while after the injection: the anesthetic has worn"
                      + " off and the steroid has not yet begun to work. The flare usually calms"
                      + " down within a few days.")
              .window(window)
              .action(
                  "Simple pain relievers, ice and rest help; tell the clinic if the pain has not"
                      + " eased after a few days.")
              .addSources(ULTRASOUND_GUIDED_INJECTION, THERAPEUTIC_HIP_INJECTION)
              .build());
    }
  }

  private void injectionAftercare() {
    TimeRange hoursZero = TimeRange.of(0, 0, TimeUnit.HOURS);
    for (int k = 1; k <= sessions; k++) {
      Period base = sessionBase(k);
      items.add(
          item(ItemKind.AFTERCARE, "no-strenuous-activity", k)
              .title("Rest from strenuous activity")
              .description(
                  "Give the hip a quiet spell after the injection: no running, no jumping and no"
                      + " heavy lifting until this window has passed.")
              .window(Window.after(base, hoursZero, INJECTION_REST))
              .action("Keep to light everyday activity; let pain be the guide.")
              .addSources(ULTRASOUND_GUIDED_INJECTION, GEL_SHOTS)
              .build());
      items.add(
          item(ItemKind.AFTERCARE, "usual-activity", k)
              .title("Back to usual activities")
              .description(
                  "Everyday activities can usually start again on the day after the injection;"
                      + " anything that brings on pain is better left for later, and strenuous"
                      + " exercise waits until the rest window is over.")
              .window(Window.moment(Offset.of(base, SourcePhrase.THE_FOLLOWING_DAY.range())))
              .addSources(ULTRASOUND_GUIDED_INJECTION)
              .build());
      items.add(
          item(ItemKind.AFTERCARE, "ice", k)
              .title("Ice on the site")
              .description(
                  "Cold on the injection site helps with swelling and pain in the first day or"
                      + " two.")
              .window(Window.after(base, hoursZero, ICE_PHASE))
              .action("Use ice in spells of 15-20 minutes, repeated several times over the day.")
              .addSources(ULTRASOUND_GUIDED_INJECTION)
              .build());
      items.add(
          item(ItemKind.AFTERCARE, "heat", k)
              .title("Heat may take over from ice")
              .description(
                  "Once the first 24-48 hours are past, warmth can relax sore muscles and help"
                      + " the circulation. The sources give no end; the window closes when"
                      + " soreness after an injection usually settles.")
              .window(Window.of(Offset.of(base, ICE_PHASE), Offset.of(base, SETTLES)))
              .action("A heating pad or something warm on the hip may feel good.")
              .addSources(ULTRASOUND_GUIDED_INJECTION)
              .build());
      items.add(
          item(ItemKind.AFTERCARE, "pain-relievers", k)
              .title("Simple pain relievers if needed")
              .description(
                  "Over-the-counter acetaminophen or ibuprofen can manage the soreness after the"
                      + " injection. The sources give no end; the window closes when soreness after"
                      + " an injection usually settles.")
              .window(Window.after(base, START, SETTLES))
              .action("Follow the label, and ask the physician if unsure.")
              .addSources(ULTRASOUND_GUIDED_INJECTION)
              .build());
      if (anesthetic.isPresent()) {
        int session = k;
        TimeRange numb = anesthetic.get().duration().orElseThrow();
        window(Offset.of(base, START), Offset.of(base, numb))
            .ifPresent(
                w ->
                    items.add(
                        item(ItemKind.AFTERCARE, "driving-and-work", session)
                            .title("Driving and work")
                            .description(
                                "While the anesthetic acts, the leg may feel numb or weak, so"
                                    + " driving or physical work may have to wait; some people"
                                    + " return to routine tasks on the same day. Plans vary by"
                                    + " clinician and by the demands of the job.")
                            .window(w)
                            .action("Ask the clinic before driving or going back to physical work.")
                            .addSources(THERAPEUTIC_HIP_INJECTION)
                            .build()));
      }
    }
    List<Source> therapySources =
        List.of(GEL_SHOTS, THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION);
    if (mainEffect.isPresent()) {
      items.add(
          item(ItemKind.AFTERCARE, "physical-therapy", 0)
              .title("Physical therapy")
              .description(
                  "Injections are often paired with physical therapy for hip strength, mobility"
                      + " and movement; the relief can open a window for that work. The programme"
                      + " varies by clinician and case.")
              .window(mainEffect.get())
              .addAllSources(therapySources)
              .build());
    } else {
      note(
          "physical-therapy-untimed",
          "Physical therapy is often part of the plan around an injection; with no timed relief"
              + " to work in, the course gives it no window.",
          therapySources);
    }
  }

  private void reassessment() {
    if (plan.purpose() != Purpose.DIAGNOSTIC_AND_THERAPEUTIC) {
      return;
    }
    Optional<Medication> la = anesthetic;
    if (la.isEmpty()) {
      note(
          "anesthetic-response-untimed",
          "The short-term response to the anesthetic is checked shortly after the procedure, but"
              + " the sources give no timing for this anesthetic.",
          List.of(THERAPEUTIC_HIP_INJECTION));
      return;
    }
    Medication m = la.get();
    for (int k = 1; k <= sessions; k++) {
      Period base = sessionBase(k);
      Optional<Window> window =
          window(Offset.of(base, m.onset().orElseThrow()), Offset.of(base, m.duration().orElseThrow()));
      if (window.isEmpty()) {
        continue;
      }
      items.add(
          item(ItemKind.REASSESSMENT, "anesthetic-response-check", k)
              .title("Check of the anesthetic response")
              .description(
                  "While the "
                      + lower(m.name())
                      + " acts, the clinician checks how far the usual pain has eased. Good relief"
                      + " suggests, without proving it, that the injected structure is a source of"
                      + " the pain; it is not a forecast of long-term improvement.")
              .window(window.get())
              .action("Note how the usual pain feels during these hours and report it.")
              .addSources(THERAPEUTIC_HIP_INJECTION)
              .build());
    }
  }

  private void injectionWarnings() {
    Window watch = untilFollowUp();
    items.add(
        warning("infection-signs", "Signs of infection")
            .description(
                "Redness, swelling or warmth at the needle site, fluid oozing from it, or a"
                    + " fever can mean an infection. It is rare but serious. "
                    + watchText())
            .window(watch)
            .action(CALL_NOW)
            .addSources(ULTRASOUND_GUIDED_INJECTION, THERAPEUTIC_HIP_INJECTION)
            .build());
    items.add(
        warning("nerve-signs", "Signs of nerve irritation")
            .description(
                "A leg or foot that turns numb, tingles or feels weak can point to an injured"
                    + " nerve, a remote risk. Numbness or weakness while an anesthetic acts is expected;"
                    + " signs that remain after it has worn off, or that appear later, are not. "
                    + watchText())
            .window(watch)
            .action(CALL_NOW)
            .addSources(ULTRASOUND_GUIDED_INJECTION)
            .build());
    items.add(
        warning("allergy-signs", "Signs of an allergic reaction")
            .description(
                "A rash, hives, itching, swelling or trouble breathing can mean a reaction to a"
                    + " drug that was injected; it is rare. "
                    + watchText())
            .window(watch)
            .action(
                "Contact the clinic or your physician at once; trouble breathing needs emergency"
                    + " help.")
            .addSources(ULTRASOUND_GUIDED_INJECTION)
            .build());
  }

  private void earliestRepeat() {
    Period repeat = protocol.minRepeatInjectionInterval();
    items.add(
        item(ItemKind.EARLIEST_REPEAT, "earliest-repeat", 0)
            .title("Earliest repeat injection")
            .description(
                "If the benefit fades, the injection may be repeated at the same site, but not"
                    + " sooner than "
                    + Timeline.text(repeat)
                    + " after the last one under protocol '"
                    + protocol.id()
                    + "'. Whether to repeat, and how often, depends on the diagnosis, the"
                    + " response so far and the medication.")
            .window(Window.moment(Offset.of(last.plus(repeat), SAME_DAY)))
            .addSources(THERAPEUTIC_HIP_INJECTION, ULTRASOUND_GUIDED_INJECTION)
            .build());
  }

  /**
   * Notes a series whose interval is shorter than the protocol's minimum between repeat injections,
   * for injections whose session pattern describes no series.
   */
  private void repeatIntervalNote(SessionPattern pattern) {
    if (intervention.kind() != InterventionKind.INJECTION
        || pattern.sessions().max() > 1
        || pattern.courseLength().isPresent()) {
      return;
    }
    LocalDate day = plan.plannedDate();
    Period minimum = protocol.minRepeatInjectionInterval();
    if (day.plus(interval).isBefore(day.plus(minimum))) {
      note(
          "interval-below-repeat-minimum",
          "The plan repeats the injection every "
              + Timeline.text(interval)
              + ", sooner than the "
              + Timeline.text(minimum)
              + " protocol '"
              + protocol.id()
              + "' sets between repeat injections; the sources describe this injection as a single"
              + " one.",
          List.of(THERAPEUTIC_HIP_INJECTION));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Needling

  private void needling() {
    TargetKind kind = plan.target().kind();
    SessionPattern pattern = intervention.sessionPattern();
    pattern.recoveryBetween().ifPresent(this::recovery);
    if (kind == TargetKind.TRIGGER_POINT) {
      dryNeedlingAftercare(pattern);
      note(
          "relief-untimed",
          "Relief is often felt after the first few sessions; the sources give no time in days or"
              + " weeks.",
          List.of(DRY_NEEDLING));
    } else if (kind == TargetKind.ACUPUNCTURE_POINT) {
      note(
          "relief-untimed",
          "The frequent first sessions aim to bring the pain down; the sources give no time by"
              + " which relief appears.",
          List.of(ACUPUNCTURE));
      note(
          "aftercare-untimed",
          "The sources give no aftercare instructions for acupuncture.",
          List.of(ACUPUNCTURE));
    } else {
      note(
          "aftercare-untimed",
          "hipkit knows no aftercare for needling at this kind of target.",
          intervention.sources());
    }
    needlingWarnings(kind);
  }

  private void recovery(TimeRange recovery) {
    List<Risk> minor =
        intervention.risks().stream().filter(r -> r.severity() == RiskSeverity.MINOR).toList();
    String effects =
        minor.isEmpty()
            ? ""
            : " Minor effects that may show meanwhile: "
                + minor.stream()
                    .map(r -> lower(r.description()).replaceAll("\\.$", ""))
                    .collect(Collectors.joining("; "))
                + ".";
    for (int k = 1; k <= sessions; k++) {
      Period base = sessionBase(k);
      items.add(
          item(ItemKind.SIDE_EFFECT, "recovery", k)
              .title("Recovery after the session")
              .description("The body takes a while to recover after a session." + effects)
              .window(Window.after(base, START, recovery))
              .addAllSources(intervention.sources())
              .build());
    }
    if (sessions > 1) {
      LocalDate day = plan.plannedDate();
      if (day.plus(interval).isBefore(day.plus(recovery.low(), recovery.unit().chronoUnit()))) {
        note(
            "interval-below-recovery",
            "Sessions every "
                + Timeline.text(interval)
                + " leave less time between them than the "
                + recovery
                + " the sources give for recovery.",
            intervention.sources());
      }
    }
  }

  private void dryNeedlingAftercare(SessionPattern pattern) {
    for (int k = 1; k <= sessions; k++) {
      Period base = sessionBase(k);
      items.add(
          item(ItemKind.AFTERCARE, "no-strenuous-activity", k)
              .title("Rest from strenuous activity")
              .description(
                  "Let the muscles settle after the session: no heavy lifting and no high-impact"
                      + " exercise until this window has passed.")
              .window(Window.after(base, TimeRange.of(0, 0, TimeUnit.HOURS), NEEDLING_REST))
              .action("Keep to light everyday activity.")
              .addSources(DRY_NEEDLING)
              .build());
      int session = k;
      pattern
          .recoveryBetween()
          .ifPresent(
              recovery ->
                  items.add(
                      item(ItemKind.AFTERCARE, "recovery-care", session)
                          .title("Self-care while recovering")
                          .description(
                              "Plenty of water, an ice pack for early swelling or pain, and gentle"
                                  + " stretching help the recovery and keep the hip moving.")
                          .window(Window.after(base, START, recovery))
                          .addSources(DRY_NEEDLING)
                          .build()));
    }
  }

  private void needlingWarnings(TargetKind kind) {
    Window watch = untilFollowUp();
    boolean dry = kind == TargetKind.TRIGGER_POINT;
    boolean acupuncture = kind == TargetKind.ACUPUNCTURE_POINT;
    List<Source> infectionSources =
        dry ? List.of(DRY_NEEDLING) : acupuncture ? List.of(ACUPUNCTURE) : intervention.sources();
    items.add(
        warning("infection-signs", "Signs of infection")
            .description(
                "A needle site that grows redder, more swollen or warmer, unusual discomfort there,"
                    + " or a fever can mean an infection; with sterile single-use needles it is"
                    + " very uncommon. "
                    + watchText())
            .window(watch)
            .action(CALL_NOW)
            .addAllSources(infectionSources)
            .build());
    if (acupuncture) {
      items.add(
          warning("nerve-signs", "Signs of nerve injury")
              .description(
                  "A leg or foot that turns numb, tingles or feels weak can point to an injured"
                      + " nerve; after acupuncture this is rare and mostly follows poor technique. "
                      + watchText())
              .window(watch)
              .action(CALL_NOW)
              .addSources(ACUPUNCTURE, ULTRASOUND_GUIDED_INJECTION)
              .build());
    }
    if (dry) {
      items.add(
          warning("worsening-pain", "Pain that gets worse")
              .description(
                  "Hip pain that is severe, keeps getting worse, or does not ease with home care"
                      + " and simple pain relievers, or that makes moving and walking hard, needs a"
                      + " doctor's review. "
                      + watchText())
              .window(watch)
              .action("See a doctor before the next session.")
              .addSources(DRY_NEEDLING)
              .build());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private Period sessionBase(int k) {
    return interval.multipliedBy(k - 1);
  }

  /** Warning signs are watched from the first session until the follow-up visit. */
  private Window untilFollowUp() {
    return Window.of(Offset.of(START), Offset.of(followUp, SAME_DAY));
  }

  private String watchText() {
    return "The sources do not say how long to watch; the course watches until the follow-up.";
  }

  private CourseItem.Builder warning(String id, String title) {
    return item(ItemKind.WARNING_WATCH, id, 0).title(title);
  }

  private static CourseItem.Builder item(ItemKind kind, String id, int session) {
    CourseItem.Builder builder = CourseItem.builder();
    builder.kind(kind).id(id);
    if (session > 0) {
      builder.session(OptionalInt.of(session));
    }
    return builder;
  }

  private boolean has(String id) {
    return items.stream().anyMatch(i -> i.id().equals(id));
  }

  private void note(String id, String text, List<Source> sources) {
    notes.add(CourseNote.of(id, text, sources));
  }

  /** Returns a window, or empty if the catalog's timings cannot form one. */
  private static Optional<Window> window(Offset from, Offset to) {
    try {
      return Optional.of(Window.of(from, to));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  private static Optional<Medication> longestAnesthetic(TreatmentPlan plan) {
    Medication best = null;
    double longest = -1;
    for (MedicationComponent c : plan.components()) {
      Medication m = c.medication();
      if (m.medicationClass() == MedicationClass.LOCAL_ANESTHETIC
          && m.onset().isPresent()
          && m.duration().isPresent()) {
        TimeRange d = m.duration().get();
        double end = Timeline.nominalSeconds(Period.ZERO, d.high(), d.unit());
        if (end > longest) {
          longest = end;
          best = m;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static List<Source> distinctSources(List<Source> sources) {
    return sources.stream().distinct().toList();
  }

  /** Lower-cases the first letter of a name used inside a sentence, unless it is an acronym. */
  private static String lower(String text) {
    if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
      return text;
    }
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
