package org.hipkit.json;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.course.Course;
import org.hipkit.course.Schedule;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.protocol.Protocol;
import org.hipkit.quantity.Dose;
import org.hipkit.testkit.CheckCase;
import org.hipkit.testkit.Generator;
import org.hipkit.testkit.HipGenerators;

/**
 * What this module's property tests need beyond the shared testkit ({@link HipGenerators}), and
 * nothing the testkit already has: plans, profiles, protocols, cases and reports come from the
 * testkit (issue 6: no second set of generators in test folders). What is here composes testkit
 * generators or adds what only JSON cares about:
 *
 * <ul>
 *   <li>{@link #reports()}: the testkit checks its cases with one checker; these reports are made
 *       under generated protocols too, so that thresholds other than the standard ones are written;
 *   <li>{@link #courses()} and {@link #schedules()}: the testkit has no courses or zoned starts;
 *   <li>{@link #escaping}: the testkit's texts are plain ASCII, and the format's escaping needs
 *       quotes, backslashes, non-ASCII letters and emoji.
 * </ul>
 */
final class TestGenerators {

  /**
   * Texts chosen to exercise escaping: quotes, backslashes, slashes, non-ASCII, emoji. No control
   * characters: since issue 11 no value's text may hold one.
   */
  private static final List<String> TEXTS =
      List.of("mg", "µmol/L", "units \"IU\"", "a\\b", "a/b", "non\u00a0breaking", "\u00e9t\u00e9", "😀 dose", "Dr. Ruiz");

  /** Zones with and without daylight saving, a half-hour one, and fixed offsets. */
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/London"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("UTC"),
          ZoneOffset.UTC,
          ZoneOffset.ofHoursMinutes(-3, -30));

  private TestGenerators() {}

  /** Plans of the testkit with texts that need escaping in their doses. */
  static Generator<TreatmentPlan> plans() {
    Generator<TreatmentPlan> plans = HipGenerators.plans();
    return (random, size) -> escaping(random, plans.next(random, size));
  }

  /** Profiles of the testkit with texts that need escaping in their statements' notes. */
  static Generator<PatientProfile> profiles() {
    Generator<PatientProfile> profiles = HipGenerators.profiles();
    return (random, size) -> escaping(random, profiles.next(random, size));
  }

  /**
   * The reports of the standard checker under the testkit's protocols, on the testkit's cases, made
   * on the procedure date or up to 120 days before or 60 days after it, so that stale facts and data
   * problems are written too.
   */
  static Generator<CheckReport> reports() {
    Generator<CheckCase> cases = HipGenerators.cases();
    Generator<Protocol> protocols = HipGenerators.protocols();
    return (random, size) -> {
      CheckCase c = cases.next(random, size);
      Protocol protocol = protocols.next(random, size);
      Checker checker =
          protocol.equals(Protocol.standard())
              ? Checker.standard()
              : Checker.builder().protocol(protocol).build();
      return random.nextBoolean()
          ? c.check(checker)
          : checker.check(c.profile(), c.plan(), c.plan().plannedDate().plusDays(random.nextInt(-120, 60)));
    };
  }

  /** The courses of the testkit's plans under its protocols. */
  static Generator<Course> courses() {
    Generator<TreatmentPlan> plans = HipGenerators.plans();
    Generator<Protocol> protocols = HipGenerators.protocols();
    return (random, size) -> Course.of(plans.next(random, size), protocols.next(random, size));
  }

  /**
   * Schedules of those courses from the plan's date, at a local time that is a whole hour, a
   * quarter hour or any second (some in a daylight-saving gap), in one of {@link #ZONES}.
   */
  static Generator<Schedule> schedules() {
    Generator<Course> courses = courses();
    return (random, size) -> {
      Course course = courses.next(random, size);
      ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
      LocalTime time =
          switch (random.nextInt(3)) {
            case 0 -> LocalTime.of(8 + random.nextInt(10), 0);
            case 1 -> LocalTime.of(random.nextInt(24), 15 * random.nextInt(4));
            default -> LocalTime.ofSecondOfDay(random.nextInt(86_400)).withNano(random.nextInt(2) * 500_000_000);
          };
      return random.nextBoolean()
          ? course.schedule(time, zone)
          : course.schedule(ZonedDateTime.of(course.plan().plannedDate().minusDays(random.nextInt(0, 400)), time, zone));
    };
  }

  /** Replaces the units of some doses with texts that need escaping. */
  static TreatmentPlan escaping(RandomGenerator random, TreatmentPlan plan) {
    List<MedicationComponent> components = new ArrayList<>();
    for (MedicationComponent c : plan.components()) {
      components.add(
          c.dose().isPresent() && random.nextBoolean()
              ? MedicationComponent.of(c.medication(), Dose.of(c.dose().get().amount(), text(random)))
              : c);
    }
    return TreatmentPlan.builder().from(plan).components(components).build();
  }

  /**
   * Adds notes to some statements, with such texts. (Measurement units are not free text: an
   * analyte accepts only its own units.)
   */
  static PatientProfile escaping(RandomGenerator random, PatientProfile profile) {
    PatientProfile.Builder b = PatientProfile.builder().from(profile);
    profile
        .anticoagulationControl()
        .filter(s -> random.nextBoolean())
        .ifPresent(s -> b.anticoagulationControl(ControlStatement.of(s.control(), s.date(), text(random))));
    profile
        .diabetesControl()
        .filter(s -> random.nextBoolean())
        .ifPresent(s -> b.diabetesControl(ControlStatement.of(s.control(), s.date(), text(random))));
    return b.build();
  }

  private static String text(RandomGenerator random) {
    return TEXTS.get(random.nextInt(TEXTS.size()));
  }
}
