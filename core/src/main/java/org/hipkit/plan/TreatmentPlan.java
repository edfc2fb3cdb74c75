package org.hipkit.plan;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hipkit.anatomy.Side;
import org.hipkit.anatomy.Target;
import org.hipkit.condition.Condition;
import org.hipkit.guidance.GuidanceModality;
import org.hipkit.error.InvalidValueException;
import org.hipkit.internal.Require;
import org.hipkit.intervention.Intervention;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.intervention.Purpose;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.medication.Route;
import org.immutables.value.Value;

/**
 * A proposed hip intervention for one patient: what is treated, how, where, with what, and when.
 *
 * <p>A plan holds catalog entries themselves (not ids), so it is complete on its own. A plan that
 * cannot exist is refused when it is built, with an {@link org.hipkit.error.InvalidValueException}
 * naming the field and the rule: a target, modality or purpose the intervention does not allow; a
 * medication class the intervention does not inject (any medication at all in a needling
 * intervention); a medication that cannot be given by the route the target needs (such as
 * hyaluronic acid outside the joint); an injection without its principal agent; a diagnostic
 * injection without a local anesthetic; a series of zero sessions, or of more sessions than the
 * intervention's {@linkplain org.hipkit.intervention.SessionPattern#maxPlannedSessions() session
 * pattern allows}; an interval between sessions longer than a year; a planned date outside the
 * years 1900-2200. A plan that can exist but is
 * questionable, such as landmark guidance for an intra-articular injection, is built, and a check
 * reports it.
 *
 * <pre>{@code
 * HipCatalog catalog = HipCatalog.standard();
 * TreatmentPlan plan = TreatmentPlan.builder()
 *     .condition(catalog.condition("hip-osteoarthritis"))
 *     .intervention(catalog.intervention("corticosteroid-injection"))
 *     .target(catalog.target("intra-articular-hip"))
 *     .side(Side.RIGHT)
 *     .purpose(Purpose.THERAPEUTIC)
 *     .addComponent(MedicationComponent.of(catalog.medication("triamcinolone"), Dose.of("40", "mg")))
 *     .addComponent(MedicationComponent.of(catalog.medication("lidocaine")))
 *     .modality(catalog.modality("ultrasound"))
 *     .antiseptic(catalog.medication("chlorhexidine"))
 *     .plannedDate(LocalDate.of(2026, 12, 1))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TreatmentPlan {

  TreatmentPlan() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link TreatmentPlan} values; required: condition, intervention, target, side, purpose,
   * modality, planned date.
   */
  public static final class Builder extends ImmutableTreatmentPlan.Builder {
    Builder() {}
  }

  /**
   * Returns the condition being treated.
   *
   * @return the catalog condition
   */
  public abstract Condition condition();

  /**
   * Returns the intervention.
   *
   * @return the catalog intervention
   */
  public abstract Intervention intervention();

  /**
   * Returns where the needle is aimed.
   *
   * @return a target the intervention allows
   */
  public abstract Target target();

  /**
   * Returns which hip is treated.
   *
   * @return the side
   */
  public abstract Side side();

  /**
   * Returns why the intervention is done.
   *
   * @return a purpose the intervention allows
   */
  public abstract Purpose purpose();

  /**
   * Returns the medications injected, in the order the plan lists them; empty for needling.
   *
   * @return the components
   */
  public abstract List<MedicationComponent> components();

  /**
   * Returns how the needle is guided.
   *
   * @return a modality the intervention allows
   */
  public abstract GuidanceModality modality();

  /**
   * Returns the skin antiseptic, if the plan names one.
   *
   * @return a medication of class {@link MedicationClass#ANTISEPTIC}
   */
  public abstract Optional<Medication> antiseptic();

  /**
   * Returns the date of the (first) session.
   *
   * @return the planned date, in the years 1900 to 2200
   */
  public abstract LocalDate plannedDate();

  /**
   * Returns how many sessions the plan holds: 1 for a single injection, more for a series or a
   * course.
   *
   * @return the number of sessions, from 1 to what the intervention's session pattern allows
   *     ({@link org.hipkit.intervention.SessionPattern#maxPlannedSessions()}, at most 52); default 1
   */
  @Value.Default
  public int sessions() {
    return 1;
  }

  /**
   * Returns the time between sessions, required when there is more than one.
   *
   * @return the interval: a positive period of at most a year, counting a month as 31 days (so
   *     {@code P1Y}, {@code P12M} and {@code P52W} pass, {@code P13M} does not)
   */
  public abstract Optional<Period> sessionInterval();

  /**
   * Tells whether the plan injects contrast, that is, whether a component is a contrast agent.
   *
   * @return true when contrast is used
   */
  public boolean usesContrast() {
    return uses(MedicationClass.CONTRAST_AGENT);
  }

  /**
   * Tells whether some component is of the given class.
   *
   * @param medicationClass the class to look for
   * @return true when a component has that class
   */
  public boolean uses(MedicationClass medicationClass) {
    for (MedicationComponent c : components()) {
      if (c.medication().medicationClass() == medicationClass) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the routes by which an injection at a target can be given: into the joint for an
   * intra-articular target; into the bursa or the tissue around it for a bursa; around the joint for
   * a periarticular target; none for needling targets.
   *
   * @param target the target
   * @return the routes, possibly empty
   */
  public static Set<Route> routesFor(Target target) {
    return switch (target.kind()) {
      case INTRA_ARTICULAR -> INTRA_ARTICULAR_ROUTES;
      case BURSA -> BURSA_ROUTES;
      case PERIARTICULAR -> PERIARTICULAR_ROUTES;
      case TRIGGER_POINT, ACUPUNCTURE_POINT -> Set.of();
    };
  }

  /** The longest interval between sessions, in months: a year. */
  private static final int MAX_INTERVAL_MONTHS = 12;

  private static final Set<Route> INTRA_ARTICULAR_ROUTES = Set.of(Route.INTRA_ARTICULAR);
  private static final Set<Route> BURSA_ROUTES = Set.of(Route.INTRABURSAL, Route.PERIARTICULAR);
  private static final Set<Route> PERIARTICULAR_ROUTES = Set.of(Route.PERIARTICULAR);

  // Checks run on every build, so messages are composed only when a rule is broken.
  @Value.Check
  void check() {
    Intervention intervention = intervention();
    if (!intervention.targets().contains(target().id())) {
      throw invalid(
          "target",
          "must be one of the targets of intervention '" + intervention.id() + "' " + intervention.targets(),
          target().id());
    }
    if (!intervention.modalities().contains(modality().id())) {
      throw invalid(
          "modality",
          "must be one of the modalities of intervention '"
              + intervention.id()
              + "' "
              + intervention.modalities(),
          modality().id());
    }
    if (!intervention.purposes().contains(purpose())) {
      throw invalid(
          "purpose",
          "must be one of the purposes of intervention '" + intervention.id() + "' " + intervention.purposes(),
          purpose());
    }
    if (sessions() < 1) {
      throw invalid("sessions", "must be at least 1", sessions());
    }
    int maxSessions = intervention.sessionPattern().maxPlannedSessions();
    if (sessions() > maxSessions) {
      throw invalid(
          "sessions",
          "must be at most " + maxSessions + ", the most the session pattern of '" + intervention.id() + "' allows",
          sessions());
    }
    Require.date(plannedDate(), "TreatmentPlan", "plannedDate");
    if (sessions() > 1 && sessionInterval().isEmpty()) {
      throw invalid(
          "sessionInterval", "is required when there is more than one session", sessions() + " sessions");
    }
    if (sessionInterval().isPresent()) {
      Period interval = sessionInterval().get();
      if (interval.isNegative() || interval.isZero()) {
        throw invalid("sessionInterval", "must be positive", interval);
      }
      Require.period(interval, true, MAX_INTERVAL_MONTHS, "TreatmentPlan", "sessionInterval");
    }
    if (antiseptic().isPresent() && antiseptic().get().medicationClass() != MedicationClass.ANTISEPTIC) {
      Medication a = antiseptic().get();
      throw invalid(
          "antiseptic",
          "must be a medication of class antiseptic",
          a.id() + " (" + a.medicationClass().code() + ")");
    }
    checkComponents(intervention);
  }

  private void checkComponents(Intervention intervention) {
    List<MedicationComponent> components = components();
    if (intervention.kind() == InterventionKind.NEEDLING) {
      if (!components.isEmpty()) {
        throw invalid(
            "components",
            "must be empty: needling intervention '" + intervention.id() + "' injects nothing",
            components);
      }
      return;
    }
    Set<Route> routes = routesFor(target());
    boolean principal = false;
    for (int i = 0; i < components.size(); i++) {
      Medication m = components.get(i).medication();
      for (int j = 0; j < i; j++) {
        if (components.get(j).medication().id().equals(m.id())) {
          throw invalid("components", "must not repeat an element", m.id());
        }
      }
      if (!intervention.allows(m.medicationClass())) {
        throw invalid(
            "components",
            "must only hold medication classes intervention '"
                + intervention.id()
                + "' allows "
                + codes(intervention),
            m.id() + " (" + m.medicationClass().code() + ")");
      }
      if (!routes.isEmpty() && !reachable(m, routes)) {
        throw invalid(
            "components",
            "must be given by a route target '"
                + target().id()
                + "' takes "
                + routes.stream().map(Route::code).sorted().toList(),
            m.id());
      }
      principal |= intervention.principalMedicationClasses().contains(m.medicationClass());
    }
    if (!principal) {
      throw invalid(
          "components",
          "must include a medication of a principal class of intervention '"
              + intervention.id()
              + "' "
              + intervention.principalMedicationClasses().stream().map(MedicationClass::code).toList(),
          components);
    }
    if (purpose() == Purpose.DIAGNOSTIC_AND_THERAPEUTIC && !uses(MedicationClass.LOCAL_ANESTHETIC)) {
      throw invalid(
          "components",
          "must include a local anesthetic when the purpose is diagnostic-and-therapeutic",
          components);
    }
  }

  private static boolean reachable(Medication medication, Set<Route> routes) {
    for (Route route : medication.routes()) {
      if (routes.contains(route)) {
        return true;
      }
    }
    return false;
  }

  private static InvalidValueException invalid(String field, String rule, Object value) {
    return new InvalidValueException("TreatmentPlan", field, rule, value);
  }

  private static List<String> codes(Intervention intervention) {
    return intervention.medicationClasses().stream().map(MedicationClass::code).toList();
  }

  @Override
  public String toString() {
    return "TreatmentPlan["
        + intervention().id()
        + " at "
        + target().id()
        + " ("
        + side().code()
        + ") for "
        + condition().id()
        + ", "
        + components()
        + ", "
        + modality().id()
        + ", "
        + plannedDate()
        + (sessions() > 1 ? ", " + sessions() + " sessions every " + sessionInterval().orElseThrow() : "")
        + "]";
  }
}
