package org.hipkit.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.hipkit.anatomy.Side;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.catalog.StandardSources;
import org.hipkit.check.CheckContext;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.check.Concern;
import org.hipkit.check.Fact;
import org.hipkit.check.FactValue;
import org.hipkit.check.Outcome;
import org.hipkit.check.Rule;
import org.hipkit.check.RuleDescription;
import org.hipkit.check.RuleReference;
import org.hipkit.check.RuleResult;
import org.hipkit.check.Scope;
import org.hipkit.check.Severity;
import org.hipkit.check.ThresholdValue;
import org.hipkit.course.Course;
import org.hipkit.course.ItemKind;
import org.hipkit.course.Schedule;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.intervention.Purpose;
import org.hipkit.medication.Medication;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.Control;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.protocol.Protocol;
import org.hipkit.source.Source;

/**
 * A clinic's own protocol: its own thresholds, one rule of its own added to hipkit's standard
 * rules, and the same patient checked with the standard checker and with the clinic's.
 *
 * <p>Run it from the project root with {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.hipkit.examples.ClinicProtocol}.
 *
 * <p>The clinic, its policy and its numbers are made up for the example. hipkit's standard
 * thresholds are its own conservative choices, documented in {@code docs/checks.md}; the sources
 * leave these numbers to each clinic, and so does hipkit.
 */
public final class ClinicProtocol {

  private ClinicProtocol() {}

  /** The clinic's written policy, which its own rule cites as hipkit's rules cite theirs. */
  public static final Source CLINIC_POLICY =
      Source.of("our-clinic-policy-2026", "Our clinic's injection policy");

  /**
   * The clinic's thresholds: a lower INR ceiling, an INR no older than three days, and the
   * follow-up visit after four weeks instead of six. Every threshold not named keeps hipkit's
   * default.
   */
  public static final Protocol PROTOCOL =
      Protocol.builder()
          .from(Protocol.standard())
          .id("our-clinic-2026") // printed on every report, so a reader knows which numbers applied
          .maxInr(new BigDecimal("2.5"))
          .inrMaxAgeDays(3)
          .followUpInterval(Period.ofWeeks(4))
          .build();

  /**
   * The clinic's own rule: a patient on warfarin needs a current INR before any injection, even
   * when a clinician has stated that the anticoagulation is under control.
   *
   * <p>hipkit's standard rule {@code injection-uncontrolled-anticoagulation} accepts such a
   * statement in place of an INR; this clinic does not. The description says everything a reviewer
   * needs without reading the code below: what the rule applies to, what it reads, the threshold
   * it uses, how concerned it is, what it suggests, why, and where that comes from.
   */
  public static final Rule WARFARIN_NEEDS_CURRENT_INR =
      Rule.of(
          RuleDescription.builder()
              .id("clinic-warfarin-current-inr")
              .title("Warfarin without a current INR")
              .scope(Scope.of(InterventionKind.INJECTION)) // needling plans are out of scope
              .addReads(Fact.BLOOD_THINNER_USE, Fact.BLOOD_THINNERS, Fact.INR)
              .addThresholds("inrMaxAgeDays") // a name of a Protocol attribute
              .severity(Severity.PRECAUTION)
              .concern(Concern.DEFER)
              .action("Postpone until an INR measured within the protocol's age limit is on file.")
              .rationale(
                  "A statement that anticoagulation is controlled says how things stood when it"
                      + " was made; the clinic wants the value measured in the last few days before"
                      + " it puts a needle into a patient taking warfarin.")
              .addSources(CLINIC_POLICY, StandardSources.THERAPEUTIC_HIP_INJECTION)
              .build(),
          ClinicProtocol::warfarinNeedsCurrentInr);

  /**
   * The logic of {@link #WARFARIN_NEEDS_CURRENT_INR}. Like every hipkit rule, it never answers "not
   * flagged" because something is unknown: it answers "indeterminate" and names what would settle
   * it.
   */
  static Outcome warfarinNeedsCurrentInr(CheckContext context) {
    PatientProfile profile = context.profile();
    Presence use = context.presence(Fact.BLOOD_THINNER_USE);
    if (use == Presence.ABSENT) {
      return Outcome.notFlagged();
    }
    if (use == Presence.UNKNOWN) {
      return Outcome.indeterminate(Fact.BLOOD_THINNER_USE);
    }
    // Blood thinners are taken. An empty list means nobody has recorded which ones.
    List<Medication> thinners = profile.bloodThinners();
    if (thinners.isEmpty()) {
      return Outcome.indeterminate(Fact.BLOOD_THINNERS);
    }
    if (thinners.stream().noneMatch(m -> m.id().equals("warfarin"))) {
      return Outcome.notFlagged();
    }
    // Warfarin: the rule is met only by an INR that is current under the protocol in force.
    int maxAge = context.protocol().inrMaxAgeDays();
    if (context.current(profile.inr(), maxAge).isPresent()) {
      return Outcome.notFlagged();
    }
    // Flag, and keep the basis as data: the facts as they were and the threshold compared against.
    return Outcome.flagged(
        List.of(
            new FactValue(Fact.BLOOD_THINNERS, thinners.stream().map(Medication::id).toList()),
            new FactValue(Fact.INR, profile.inr().map(Object::toString).orElse("none on file"))),
        List.of(new ThresholdValue("inrMaxAgeDays", maxAge)));
  }

  /**
   * Returns the clinic's checker: hipkit's standard rules, then the clinic's rule, all under the
   * clinic's protocol.
   *
   * @return the clinic's checker
   */
  public static Checker checker() {
    return Checker.builder().protocol(PROTOCOL).addRule(WARFARIN_NEEDS_CURRENT_INR).build();
  }

  /**
   * The plan both checkers see: an ultrasound-guided steroid injection at the side of the left hip
   * for greater trochanteric pain syndrome, on 1 December 2026.
   *
   * @return the plan
   */
  public static TreatmentPlan plan() {
    HipCatalog catalog = HipCatalog.standard();
    return TreatmentPlan.builder()
        .condition(catalog.condition("greater-trochanteric-pain-syndrome"))
        .intervention(catalog.intervention("corticosteroid-injection"))
        .target(catalog.target("lateral-hip"))
        .side(Side.LEFT)
        .purpose(Purpose.THERAPEUTIC)
        .addComponent(MedicationComponent.of(catalog.medication("triamcinolone")))
        .addComponent(MedicationComponent.of(catalog.medication("lidocaine")))
        .modality(catalog.modality("ultrasound"))
        .antiseptic(catalog.medication("povidone-iodine"))
        .plannedDate(LocalDate.of(2026, 12, 1))
        .build();
  }

  /**
   * The patient: takes warfarin, has an INR of 2.4 from six days before the injection and a
   * clinician's statement from eleven days before that the anticoagulation is controlled. The
   * clinic's intake form answers every other screening question, so nothing else is left unknown.
   *
   * @param inr the latest INR on file
   * @return the profile
   */
  public static PatientProfile patient(Measurement inr) {
    HipCatalog catalog = HipCatalog.standard();
    return PatientProfile.builder()
        .bloodThinnerUse(Presence.PRESENT)
        .addBloodThinners(catalog.medication("warfarin"))
        .inr(inr)
        .anticoagulationControl(ControlStatement.of(Control.CONTROLLED, LocalDate.of(2026, 11, 20)))
        // The rest of the intake form: all answered, all no.
        .fever(Presence.ABSENT)
        .severeAcutePain(Presence.ABSENT)
        .suspectedJointInfection(Presence.ABSENT)
        .systemicInfection(Presence.ABSENT)
        .skinProblem(Presence.ABSENT)
        .bleedingDisorder(Presence.ABSENT)
        .allergy(Presence.ABSENT)
        .diabetes(Presence.ABSENT)
        .hipSurgery(Presence.ABSENT)
        .suspectedFracture(Presence.ABSENT)
        .rapidlyWorseningPain(Presence.ABSENT)
        .otherRedFlags(Presence.ABSENT)
        .cannotTolerateProcedure(Presence.ABSENT)
        .painMainlyNonHip(Presence.ABSENT)
        .build();
  }

  /** The INR on file at first: 2.4, six days before the injection. */
  static final Measurement SIX_DAY_OLD_INR = Measurement.inr("2.4", LocalDate.of(2026, 11, 25));

  /** The INR the clinic then asks for: 2.8, the day before the injection. */
  static final Measurement FRESH_INR = Measurement.inr("2.8", LocalDate.of(2026, 11, 30));

  /**
   * Checks the patient with both checkers, before and after a fresh INR, and prints what differs.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    TreatmentPlan plan = plan();
    Checker standard = Checker.standard();
    Checker clinic = checker();

    // 1. The INR on file is six days old: current for hipkit's 7 days, stale for the clinic's 3.
    //    The standard checker accepts the statement; the clinic's own rule asks for a fresh INR.
    PatientProfile before = patient(SIX_DAY_OLD_INR);
    System.out.println("== INR 2.4 from six days ago, statement 'controlled' ==");
    printSummary("standard", standard.check(before, plan));
    CheckReport clinicReport = clinic.check(before, plan);
    printSummary("clinic  ", clinicReport);
    System.out.println();
    System.out.print(clinicReport.render());

    // 2. The fresh INR is 2.8: within hipkit's 3.0, above the clinic's 2.5. The clinic's own rule
    //    is now met, but the standard anticoagulation rule flags under the clinic's lower limit.
    PatientProfile after = patient(FRESH_INR);
    System.out.println();
    System.out.println("== INR 2.8 from the day before ==");
    printSummary("standard", standard.check(after, plan));
    printSummary("clinic  ", clinic.check(after, plan));

    // 3. The expected course follows the protocol too: the follow-up visit moves.
    System.out.println();
    System.out.println("== Follow-up visit ==");
    System.out.println("standard: " + followUpAfter(Protocol.standard()));
    System.out.println("clinic  : " + followUpAfter(PROTOCOL));

    // 4. The clinic's rule reference, for the clinicians who review it: rendered the same way as
    //    hipkit's docs/checks.md. Here, the thresholds table and the clinic's rule.
    System.out.println();
    System.out.print(referenceExcerpt(clinic));
  }

  /** Prints a report's summary and one line per finding. */
  private static void printSummary(String label, CheckReport report) {
    System.out.println(label + ": " + report.summary());
    for (RuleResult finding : report.findings()) {
      System.out.println("          " + finding.concern().code() + " " + finding.rule().id()
          + " because " + finding.outcome().facts());
    }
  }

  /**
   * Returns the date of the follow-up visit under a protocol, for this example's plan.
   *
   * @param protocol the protocol
   * @return the date of the visit
   */
  public static LocalDate followUpAfter(Protocol protocol) {
    Schedule schedule =
        Course.of(plan(), protocol).schedule(LocalTime.of(9, 0), ZoneId.of("Europe/London"));
    return schedule.items().stream()
        .filter(s -> s.item().kind() == ItemKind.FOLLOW_UP)
        .findFirst()
        .orElseThrow()
        .earliestStart()
        .toLocalDate();
  }

  /**
   * Returns the part of a checker's Markdown rule reference a clinic reviews first: the thresholds
   * table and the section of the clinic's own rule.
   *
   * @param checker the checker, such as {@link #checker()}
   * @return the Markdown excerpt
   */
  public static String referenceExcerpt(Checker checker) {
    String markdown = RuleReference.markdown(checker);
    int thresholds = markdown.indexOf("## Protocol thresholds");
    int afterThresholds = markdown.indexOf("\n## ", thresholds + 1) + 1;
    int ownRule = markdown.indexOf("## " + WARFARIN_NEEDS_CURRENT_INR.description().id());
    return markdown.substring(thresholds, afterThresholds) + markdown.substring(ownRule);
  }
}
