package org.hipkit.json.internal;

import java.util.Map;
import org.hipkit.anatomy.Side;
import org.hipkit.anatomy.Target;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.condition.Condition;
import org.hipkit.guidance.GuidanceModality;
import org.hipkit.intervention.Intervention;
import org.hipkit.intervention.Purpose;
import org.hipkit.medication.Medication;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.quantity.Dose;

/** The codecs of the {@code hipkit.plan} document. */
public final class PlanCodecs {

  private PlanCodecs() {}

  /** A condition by id. */
  public static final Codec<Condition> CONDITION_REF = CommonCodecs.ref(HipCatalog::condition);

  /** An intervention by id. */
  public static final Codec<Intervention> INTERVENTION_REF =
      CommonCodecs.ref(HipCatalog::intervention);

  /** A target by id. */
  public static final Codec<Target> TARGET_REF = CommonCodecs.ref(HipCatalog::target);

  /** A guidance modality by id. */
  public static final Codec<GuidanceModality> MODALITY_REF = CommonCodecs.ref(HipCatalog::modality);

  /** A medication by id. */
  public static final Codec<Medication> MEDICATION_REF = CommonCodecs.ref(HipCatalog::medication);

  /** {@code left} or {@code right}. */
  public static final Codec<Side> SIDE = Codecs.enumCodec(Side.class, Side::code);

  /** {@code therapeutic} or {@code diagnostic-and-therapeutic}. */
  public static final Codec<Purpose> PURPOSE = Codecs.enumCodec(Purpose.class, Purpose::code);

  /** {@code {"amount": 40, "unit": "mg"}}. */
  public static final ObjectCodec<Dose> DOSE;

  /** {@code {"medication": "triamcinolone", "dose"?: {...}}}. */
  public static final ObjectCodec<MedicationComponent> COMPONENT;

  /** A plan inside another document: the fields of the plan document without {@code format}. */
  public static final ObjectCodec<TreatmentPlan> PLAN_OBJECT;

  /** The {@code hipkit.plan/1} document. */
  public static final DocumentCodec<TreatmentPlan> PLAN;

  static {
    ObjectCodec.Builder<Dose> dose = ObjectCodec.builder("a dose");
    var amount = dose.required("amount", Codecs.DECIMAL, Dose::amount);
    var unit = dose.required("unit", Codecs.STRING, Dose::unit);
    DOSE = dose.build(v -> Dose.of(v.get(amount), v.get(unit)));

    ObjectCodec.Builder<MedicationComponent> component =
        ObjectCodec.builder("a medication component");
    var medication = component.required("medication", MEDICATION_REF, MedicationComponent::medication);
    var componentDose = component.optional("dose", DOSE, MedicationComponent::dose);
    COMPONENT =
        component.build(
            v ->
                v.has(componentDose)
                    ? MedicationComponent.of(v.get(medication), v.get(componentDose))
                    : MedicationComponent.of(v.get(medication)));

    PLAN_OBJECT = plan(ObjectCodec.builder("a treatment plan"));
    PLAN = DocumentCodec.of("plan", 1, plan(DocumentCodec.body("plan", 1)), Map.of());
  }

  /** Adds the fields of a plan, after those already declared, and builds the codec. */
  private static ObjectCodec<TreatmentPlan> plan(ObjectCodec.Builder<TreatmentPlan> plan) {
    var condition = plan.required("condition", CONDITION_REF, TreatmentPlan::condition);
    var intervention = plan.required("intervention", INTERVENTION_REF, TreatmentPlan::intervention);
    var target = plan.required("target", TARGET_REF, TreatmentPlan::target);
    var side = plan.required("side", SIDE, TreatmentPlan::side);
    var purpose = plan.required("purpose", PURPOSE, TreatmentPlan::purpose);
    var components = plan.list("components", COMPONENT, TreatmentPlan::components);
    var modality = plan.required("modality", MODALITY_REF, TreatmentPlan::modality);
    var antiseptic = plan.optional("antiseptic", MEDICATION_REF, TreatmentPlan::antiseptic);
    var plannedDate = plan.required("plannedDate", Codecs.DATE, TreatmentPlan::plannedDate);
    var sessions = plan.defaulted("sessions", Codecs.INT, TreatmentPlan::sessions);
    var sessionInterval = plan.optional("sessionInterval", Codecs.PERIOD, TreatmentPlan::sessionInterval);
    return plan.build(
        v -> {
          TreatmentPlan.Builder b =
              TreatmentPlan.builder()
                  .condition(v.get(condition))
                  .intervention(v.get(intervention))
                  .target(v.get(target))
                  .side(v.get(side))
                  .purpose(v.get(purpose))
                  .addAllComponents(v.list(components))
                  .modality(v.get(modality))
                  .antiseptic(v.optional(antiseptic))
                  .plannedDate(v.get(plannedDate))
                  .sessionInterval(v.optional(sessionInterval));
          if (v.has(sessions)) {
            b.sessions(v.get(sessions));
          }
          return b.build();
        });
  }
}
