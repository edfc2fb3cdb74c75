package org.hipkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baselines of {@link JsonBenchmark} read and write what hipkit reads and writes, so that a
 * ratio against them compares the same document: the bean reads hipkit's bytes and writes them back
 * unchanged, and the FHIR resource carries every piece of the plan through a round trip. The tests
 * call the benchmark methods themselves.
 */
class JsonBaselinesTest {

  /** The document plan as the JSON module's plan.json fixture spells it. */
  private static final String DOCUMENT =
      """
      {
        "format": "hipkit.plan/1",
        "condition": "hip-osteoarthritis",
        "intervention": "hyaluronic-acid-injection",
        "target": "intra-articular-hip",
        "side": "left",
        "purpose": "therapeutic",
        "components": [
          {"medication": "hyaluronic-acid", "dose": {"amount": 2.5, "unit": "mL"}},
          {"medication": "lidocaine", "dose": {"amount": 20, "unit": "mg"}},
          {"medication": "contrast-dye"}
        ],
        "modality": "fluoroscopy",
        "antiseptic": "povidone-iodine",
        "plannedDate": "2026-12-01",
        "sessions": 3,
        "sessionInterval": "P7D"
      }
      """;

  private static final JsonMapper TREES = JsonMapper.builder().build();

  private final TreatmentPlan plan = Scenarios.documentPlan();
  private JsonBenchmark bench;

  @BeforeEach
  void setUp() {
    bench = new JsonBenchmark();
    bench.setUp();
  }

  @Test
  void hipkit_readsAndWritesTheDocumentPlan() {
    assertThat(TREES.readTree(bench.planBytes())).isEqualTo(TREES.readTree(DOCUMENT));
    assertThat(bench.readPlan()).isEqualTo(plan);
    bench.writePlan();
    assertThat(bench.written()).isEqualTo(bench.planBytes());
  }

  @Test
  void pojo_readsHipkitsBytes_andWritesTheSameJson() {
    PlainPlan pojo = bench.readPlanPojo();
    assertThat(pojo.getFormat()).isEqualTo("hipkit.plan/1");
    assertThat(pojo.getCondition()).isEqualTo(plan.condition().id());
    assertThat(pojo.getSide()).isEqualTo(PlainPlan.Side.LEFT);
    assertThat(pojo.getComponents()).hasSize(3);
    assertThat(pojo.getComponents().get(0).getDose().getAmount()).isEqualByComparingTo("2.5");
    assertThat(pojo.getComponents().get(2).getDose()).isNull();
    assertThat(pojo.getPlannedDate()).isEqualTo(plan.plannedDate());
    assertThat(pojo.getSessions()).isEqualTo(3);
    assertThat(pojo.getSessionInterval()).isEqualTo(plan.sessionInterval().orElseThrow());

    bench.writePlanPojo();
    byte[] written = bench.written();
    assertThat(TREES.readTree(written)).isEqualTo(TREES.readTree(bench.planBytes()));
    // Stronger than the tree: the same bytes, field order included, so both write the same output.
    assertThat(new String(written, StandardCharsets.UTF_8))
        .isEqualTo(new String(bench.planBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void fhir_roundTrips_andCarriesEveryPieceOfThePlan() {
    ServiceRequest read = bench.readPlanFhir();
    assertThat(facts(read)).isEqualTo(facts(plan));

    bench.writePlanFhir();
    assertThat(bench.written()).isEqualTo(bench.fhirBytes());
    String encoded = FhirContext.forR4().newJsonParser().encodeResourceToString(FhirPlan.of(plan));
    assertThat(encoded.getBytes(StandardCharsets.UTF_8)).isEqualTo(bench.fhirBytes());
  }

  @Test
  void documentLengths_areTheOnesTheJavadocStates() {
    assertThat(bench.planBytes()).hasSize(JsonBenchmark.PLAN_BYTES);
    assertThat(bench.fhirBytes()).hasSize(JsonBenchmark.FHIR_BYTES);
  }

  /** Every piece of information of a plan, by name, as the plan document holds it. */
  private static Map<String, String> facts(TreatmentPlan plan) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("condition", plan.condition().id());
    f.put("intervention", plan.intervention().id());
    f.put("target", plan.target().id());
    f.put("side", plan.side().code());
    f.put("purpose", plan.purpose().code());
    int n = 0;
    for (MedicationComponent c : plan.components()) {
      n++;
      f.put("component " + n + " medication", c.medication().id());
      f.put(
          "component " + n + " dose",
          c.dose().map(d -> d.amount().toPlainString() + " " + d.unit()).orElse("none"));
    }
    f.put("modality", plan.modality().id());
    f.put("antiseptic", plan.antiseptic().map(a -> a.id()).orElse("none"));
    f.put("plannedDate", plan.plannedDate().toString());
    f.put("sessions", Integer.toString(plan.sessions()));
    f.put("sessionInterval", plan.sessionInterval().map(Object::toString).orElse("none"));
    return f;
  }

  /** The same pieces read back from a service request, each from where FhirPlan maps it. */
  private static Map<String, String> facts(ServiceRequest r) {
    Map<String, String> f = new LinkedHashMap<>();
    assertThat(r.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.DRAFT);
    assertThat(r.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.PLAN);
    f.put("condition", code("condition", single(r.getReasonCode())));
    f.put("intervention", code("intervention", r.getCode()));
    CodeableConcept bodySite = single(r.getBodySite());
    f.put("target", code("target", bodySite));
    Extension laterality = single(bodySite.getExtensionsByUrl(FhirPlan.LATERALITY));
    f.put("side", ((CodeType) laterality.getValue()).getValue());
    f.put("purpose", code("purpose", single(r.getCategory())));
    assertThat(r.getContained()).hasSameSizeAs(r.getSupportingInfo());
    int n = 0;
    for (Reference ref : r.getSupportingInfo()) {
      n++;
      MedicationRequest m = (MedicationRequest) contained(r, ref);
      assertThat(m.getStatus()).isEqualTo(MedicationRequest.MedicationRequestStatus.DRAFT);
      assertThat(m.getIntent()).isEqualTo(MedicationRequest.MedicationRequestIntent.PLAN);
      f.put("component " + n + " medication", code("medication", m.getMedicationCodeableConcept()));
      String dose = "none";
      if (m.hasDosageInstruction()) {
        Quantity q = single(single(m.getDosageInstruction()).getDoseAndRate()).getDoseQuantity();
        dose = q.getValue().toPlainString() + " " + q.getUnit();
      }
      f.put("component " + n + " dose", dose);
    }
    f.put("modality", code("modality", concept(single(r.getExtensionsByUrl(FhirPlan.MODALITY)))));
    List<Extension> antiseptic = r.getExtensionsByUrl(FhirPlan.ANTISEPTIC);
    f.put(
        "antiseptic",
        antiseptic.isEmpty() ? "none" : code("medication", concept(single(antiseptic))));
    Timing.TimingRepeatComponent repeat = ((Timing) r.getOccurrence()).getRepeat();
    f.put("plannedDate", repeat.getBoundsPeriod().getStartElement().getValueAsString());
    f.put("sessions", Integer.toString(repeat.getCount()));
    String interval = "none";
    if (repeat.hasPeriod()) {
      assertThat(repeat.getFrequency()).isEqualTo(1);
      assertThat(repeat.getPeriodUnit()).isEqualTo(Timing.UnitsOfTime.D);
      interval = "P" + repeat.getPeriod().toPlainString() + "D";
    }
    f.put("sessionInterval", interval);
    return f;
  }

  private static Resource contained(ServiceRequest r, Reference ref) {
    assertThat(ref.getReference()).startsWith("#");
    String id = ref.getReference().substring(1);
    for (Resource c : r.getContained()) {
      if (c.getIdElement().getIdPart().replace("#", "").equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no contained resource " + ref.getReference());
  }

  private static CodeableConcept concept(Extension e) {
    return (CodeableConcept) e.getValue();
  }

  private static String code(String kind, CodeableConcept concept) {
    Coding coding = single(concept.getCoding());
    assertThat(coding.getSystem()).isEqualTo(FhirPlan.system(kind));
    return coding.getCode();
  }

  private static <T> T single(List<T> list) {
    assertThat(list).hasSize(1);
    return list.get(0);
  }
}
