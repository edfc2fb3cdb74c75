package org.hipkit.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.quantity.Dose;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Timing;

/**
 * The HAPI FHIR R4 comparison of {@link JsonBenchmark}: a treatment plan as a FHIR {@code
 * ServiceRequest} carrying the same information as the {@code hipkit.plan/1} document.
 *
 * <p>Why {@code ServiceRequest}: a hipkit plan is a procedure that is planned, not done, and {@code
 * ServiceRequest} with intent {@code plan} is FHIR's resource for that. {@code Procedure} records
 * a procedure that has been or is being done; {@code CarePlan} would put the procedure one level
 * down in an activity and has no body site.
 *
 * <p>The mapping, element by element:
 *
 * <ul>
 *   <li>{@code status} {@code draft} and {@code intent} {@code plan}: required by FHIR, implied by
 *       a hipkit plan;
 *   <li>condition: {@code reasonCode}; intervention: {@code code}; target: {@code bodySite};
 *       purpose: {@code category};
 *   <li>side: an extension {@value #LATERALITY} on the body site, {@code valueCode} {@code left}
 *       or {@code right}, since R4 has no laterality element;
 *   <li>each component: a contained {@code MedicationRequest} (status {@code draft}, intent
 *       {@code plan}) with the medication as {@code medicationCodeableConcept} and the dose, if
 *       any, as a {@code Quantity} (value and unit) in {@code
 *       dosageInstruction.doseAndRate.doseQuantity}; referenced, in order, from {@code
 *       supportingInfo}, since FHIR requires a contained resource to be referenced;
 *   <li>modality and antiseptic: extensions {@value #MODALITY} and {@value #ANTISEPTIC}, each
 *       with a {@code valueCodeableConcept};
 *   <li>date, sessions and interval: {@code occurrenceTiming}, whose {@code repeat} starts on the
 *       date ({@code boundsPeriod.start}) and runs {@code count} sessions, once ({@code
 *       frequency} 1) every {@code period} {@code periodUnit}.
 * </ul>
 *
 * <p>Every code is hipkit's own id under a hipkit code system ({@value #SYSTEM}{@code <kind>}),
 * with no display: the plan document carries ids only, and no standard code is claimed for a
 * concept that has not been checked against its source. The plan has no patient, so the request has
 * no {@code subject}; HAPI's parser does not require one.
 */
public final class FhirPlan {

  /** The prefix of the code systems, followed by the kind: {@code condition}, {@code target}... */
  public static final String SYSTEM = "https://hipkit.org/fhir/CodeSystem/";

  /** The URL of the extension on the body site that holds the side. */
  public static final String LATERALITY = "https://hipkit.org/fhir/StructureDefinition/laterality";

  /** The URL of the extension that holds the guidance modality. */
  public static final String MODALITY =
      "https://hipkit.org/fhir/StructureDefinition/guidance-modality";

  /** The URL of the extension that holds the antiseptic. */
  public static final String ANTISEPTIC = "https://hipkit.org/fhir/StructureDefinition/antiseptic";

  private FhirPlan() {}

  /**
   * Maps a plan to a service request.
   *
   * @param plan the plan
   * @return a new request with its components contained
   * @throws IllegalArgumentException if the session interval mixes years, months and days, which
   *     one FHIR period unit cannot hold
   */
  public static ServiceRequest of(TreatmentPlan plan) {
    ServiceRequest request = new ServiceRequest();
    request.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT);
    request.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
    request.addCategory(code("purpose", plan.purpose().code()));
    request.setCode(code("intervention", plan.intervention().id()));
    request.addReasonCode(code("condition", plan.condition().id()));
    CodeableConcept bodySite = code("target", plan.target().id());
    bodySite.addExtension(LATERALITY, new CodeType(plan.side().code()));
    request.addBodySite(bodySite);

    int n = 0;
    for (MedicationComponent component : plan.components()) {
      MedicationRequest medication = new MedicationRequest();
      medication.setId("component-" + ++n);
      medication.setStatus(MedicationRequest.MedicationRequestStatus.DRAFT);
      medication.setIntent(MedicationRequest.MedicationRequestIntent.PLAN);
      medication.setMedication(code("medication", component.medication().id()));
      if (component.dose().isPresent()) {
        Dose dose = component.dose().get();
        Dosage dosage = medication.addDosageInstruction();
        Quantity quantity = new Quantity().setValue(dose.amount()).setUnit(dose.unit());
        dosage.addDoseAndRate().setDose(quantity);
      }
      request.addContained(medication);
      request.addSupportingInfo(new Reference("#" + medication.getId()));
    }

    request.addExtension(MODALITY, code("modality", plan.modality().id()));
    plan.antiseptic().ifPresent(a -> request.addExtension(ANTISEPTIC, code("medication", a.id())));

    Timing timing = new Timing();
    Timing.TimingRepeatComponent repeat = timing.getRepeat();
    // FHIR's Period (a start and an end), not java.time's.
    repeat.setBounds(new org.hl7.fhir.r4.model.Period().setStartElement(date(plan.plannedDate())));
    repeat.setCount(plan.sessions());
    plan.sessionInterval()
        .ifPresent(
            interval -> {
              repeat.setFrequency(1);
              if (interval.getYears() == 0 && interval.getMonths() == 0) {
                repeat.setPeriod(BigDecimal.valueOf(interval.getDays()));
                repeat.setPeriodUnit(Timing.UnitsOfTime.D);
              } else if (interval.getYears() == 0 && interval.getDays() == 0) {
                repeat.setPeriod(BigDecimal.valueOf(interval.getMonths()));
                repeat.setPeriodUnit(Timing.UnitsOfTime.MO);
              } else if (interval.getMonths() == 0 && interval.getDays() == 0) {
                repeat.setPeriod(BigDecimal.valueOf(interval.getYears()));
                repeat.setPeriodUnit(Timing.UnitsOfTime.A);
              } else {
                throw new IllegalArgumentException(
                    "sessionInterval must be whole days, months or years for FHIR: " + interval);
              }
            });
    request.setOccurrence(timing);
    return request;
  }

  /**
   * Returns the code system of a kind of hipkit id.
   *
   * @param kind such as {@code condition}
   * @return the system URI
   */
  public static String system(String kind) {
    return SYSTEM + kind;
  }

  private static CodeableConcept code(String kind, String id) {
    return new CodeableConcept().addCoding(new Coding(system(kind), id, null));
  }

  private static DateTimeType date(LocalDate date) {
    return new DateTimeType(date.toString());
  }
}
