package org.hipkit.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.hipkit.anatomy.Side;
import org.hipkit.anatomy.Target;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.condition.Condition;
import org.hipkit.guidance.GuidanceModality;
import org.hipkit.intervention.Intervention;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.intervention.Purpose;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.medication.Route;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.quantity.Dose;

/**
 * Generates valid plans: for each intervention, every (target, modality, purpose) it allows for which
 * the catalog holds medications that satisfy the plan's construction rules.
 *
 * <p>Draw order, simplest first: intervention, choice, condition (indicated before off-label), side,
 * number of extra components, principal medication, anesthetic, extras, doses, antiseptic (none last),
 * date (the reference date first), sessions (one first), interval.
 */
final class PlanGenerator implements Generator<TreatmentPlan> {

  /** One feasible (intervention, target, modality, purpose), with the medications it may use. */
  record Choice(
      Intervention intervention,
      Target target,
      GuidanceModality modality,
      Purpose purpose,
      List<Medication> principal,
      List<Medication> anesthetics,
      List<Medication> allowed,
      List<Condition> indicated,
      List<Condition> offLabel) {}

  static final int DATE_SPAN_DAYS = 365;

  private final List<List<Choice>> byIntervention;
  private final List<Medication> antiseptics;
  private final LocalDate from;

  PlanGenerator(HipCatalog catalog, List<Intervention> interventions, LocalDate from) {
    this.from = from;
    this.antiseptics = catalog.medicationsOf(MedicationClass.ANTISEPTIC);
    List<List<Choice>> all = new ArrayList<>();
    for (Intervention intervention : interventions) {
      List<Choice> choices = choices(catalog, intervention);
      if (!choices.isEmpty()) {
        all.add(List.copyOf(choices));
      }
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException(
          "no valid plan can be built for interventions "
              + interventions.stream().map(Intervention::id).toList()
              + ": none has a target, modality and purpose for which the catalog holds a principal"
              + " medication given by a route the target takes");
    }
    this.byIntervention = List.copyOf(all);
  }

  /** Every feasible choice of an intervention, in the catalog's order of targets, modalities, purposes. */
  static List<Choice> choices(HipCatalog catalog, Intervention intervention) {
    List<Condition> indicated = catalog.indicationsOf(intervention);
    List<Condition> offLabel =
        catalog.conditions().stream().filter(c -> !intervention.indications().contains(c.id())).toList();
    List<Choice> choices = new ArrayList<>();
    for (Target target : catalog.targetsOf(intervention)) {
      Set<Route> routes = TreatmentPlan.routesFor(target);
      List<Medication> allowed =
          catalog.medications().stream()
              .filter(m -> intervention.allows(m.medicationClass()))
              .filter(m -> routes.isEmpty() || m.routes().stream().anyMatch(routes::contains))
              .toList();
      List<Medication> principal =
          allowed.stream()
              .filter(m -> intervention.principalMedicationClasses().contains(m.medicationClass()))
              .toList();
      List<Medication> anesthetics =
          allowed.stream().filter(m -> m.medicationClass() == MedicationClass.LOCAL_ANESTHETIC).toList();
      for (GuidanceModality modality : catalog.modalitiesOf(intervention)) {
        for (Purpose purpose : intervention.purposes()) {
          boolean needling = intervention.kind() == InterventionKind.NEEDLING;
          boolean feasible =
              needling
                  || (!principal.isEmpty()
                      && (purpose != Purpose.DIAGNOSTIC_AND_THERAPEUTIC || !anesthetics.isEmpty()));
          if (feasible) {
            choices.add(
                new Choice(
                    intervention,
                    target,
                    modality,
                    purpose,
                    principal,
                    anesthetics,
                    allowed,
                    indicated,
                    offLabel));
          }
        }
      }
    }
    return choices;
  }

  @Override
  public TreatmentPlan next(RandomGenerator random, int size) {
    Draw.checkSize(size);
    List<Choice> choices = Draw.pick(random, byIntervention);
    Choice choice = Draw.pick(random, choices);
    Intervention intervention = choice.intervention();
    boolean offLabel = Draw.oneIn(random, 10) && !choice.offLabel().isEmpty();
    Condition condition = Draw.pick(random, offLabel ? choice.offLabel() : choice.indicated());
    TreatmentPlan.Builder plan =
        TreatmentPlan.builder()
            .condition(condition)
            .intervention(intervention)
            .target(choice.target())
            .side(Side.values()[random.nextInt(Side.values().length)])
            .purpose(choice.purpose())
            .modality(choice.modality());
    if (intervention.kind() != InterventionKind.NEEDLING) {
      plan.components(components(random, size, choice));
    }
    int antiseptic = random.nextInt(antiseptics.size() + 1);
    if (antiseptic < antiseptics.size()) {
      plan.antiseptic(antiseptics.get(antiseptic));
    }
    plan.plannedDate(from.plusDays(Draw.upTo(random, DATE_SPAN_DAYS)));
    int maxSessions = Math.max(1, intervention.sessionPattern().sessions().max());
    int sessions = 1 + random.nextInt(Math.min(maxSessions, size + 1));
    if (sessions > 1) {
      plan.sessions(sessions).sessionInterval(interval(random));
    }
    return plan.build();
  }

  private static List<MedicationComponent> components(RandomGenerator random, int size, Choice choice) {
    int extra = Draw.upTo(random, size);
    List<Medication> chosen = new ArrayList<>();
    chosen.add(Draw.pick(random, choice.principal()));
    if (choice.purpose() == Purpose.DIAGNOSTIC_AND_THERAPEUTIC
        && chosen.get(0).medicationClass() != MedicationClass.LOCAL_ANESTHETIC) {
      chosen.add(Draw.pick(random, choice.anesthetics()));
    }
    List<Medication> rest = new ArrayList<>(choice.allowed());
    rest.removeAll(chosen);
    for (int i = 0; i < extra && !rest.isEmpty(); i++) {
      chosen.add(Draw.take(random, rest));
    }
    List<MedicationComponent> components = new ArrayList<>(chosen.size());
    for (Medication medication : chosen) {
      components.add(
          random.nextInt(2) == 0
              ? MedicationComponent.of(medication)
              : MedicationComponent.of(medication, dose(random, medication)));
    }
    return components;
  }

  private static Dose dose(RandomGenerator random, Medication medication) {
    String unit = medication.medicationClass() == MedicationClass.CORTICOSTEROID ? "mg" : "mL";
    return Dose.of(BigDecimal.valueOf(1 + random.nextInt(400), 1), unit);
  }

  private static Period interval(RandomGenerator random) {
    return switch (random.nextInt(3)) {
      case 0 -> Period.ofDays(1 + random.nextInt(14));
      case 1 -> Period.ofWeeks(1 + random.nextInt(4));
      default -> Period.ofMonths(1 + random.nextInt(3));
    };
  }
}
