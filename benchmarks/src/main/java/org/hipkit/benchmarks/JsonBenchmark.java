package org.hipkit.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.hipkit.json.HipJson;
import org.hipkit.plan.TreatmentPlan;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures reading and writing a plan document with {@link HipJson#standard()}, beside plain
 * Jackson 3 binding of a bean of the same shape and beside HAPI FHIR R4 reading and writing a
 * resource that carries the same information.
 *
 * <p>Data: the {@linkplain Scenarios#documentPlan() document plan} (three weekly injections, three
 * components, every field of the plan document used), {@value #PLAN_BYTES} bytes of compact JSON
 * as hipkit writes it. Baselines:
 *
 * <ul>
 *   <li>{@link PlainPlan}, bound by a {@link JsonMapper} with Jackson's defaults through an {@link
 *       ObjectReader} and {@link ObjectWriter} made once. It reads the very bytes hipkit reads and
 *       writes the very bytes hipkit writes (a test in this module checks both), but binds ids as
 *       strings, looks nothing up and checks nothing.
 *   <li>HAPI FHIR R4: the {@link FhirPlan} mapping of the same plan to a {@code ServiceRequest}
 *       with contained {@code MedicationRequest}s, read and written by HAPI's JSON parser, from a
 *       {@link FhirContext} and an {@link IParser} made once (the parser is not thread-safe; the
 *       benchmark runs on one thread). The resource's compact JSON, {@value #FHIR_BYTES} bytes, is
 *       longer than hipkit's, since FHIR spells out code systems, extension URLs and the elements
 *       it requires.
 * </ul>
 *
 * <p>Input and output are UTF-8 bytes for all three, through the same kind of stream: each read
 * parses a new {@link ByteArrayInputStream} over bytes made once in the set-up (hipkit's own for
 * hipkit and the bean, FHIR's for FHIR), as a server reads a request body; each write encodes into
 * one {@link ByteArrayOutputStream}, reset before every write, as a server writes a response body.
 * HAPI writes only to a {@link Writer}: it gets one {@link OutputStreamWriter} over that stream,
 * made once and flushed after every write, so that it allocates no new encoder buffer per write.
 * Bytes rather than strings because that is what crosses a network or a disk, and because hipkit
 * reads bytes through a stream only.
 *
 * <p>What each read returns differs in kind: hipkit resolves every id against the standard catalog
 * and builds a validated, immutable {@link TreatmentPlan}; the bean holds the ids as strings beside
 * a parsed date, period and decimals; HAPI builds its model objects without resolving codes. Each
 * write starts from the value its read returns.
 *
 * <p>Why: plans are saved and loaded, sent between services and, in clinics, exchanged as FHIR; the
 * typed, checked reading should cost little more than plain binding, and much less than a FHIR
 * exchange of the same plan. Goals: hipkit's read within 1.3x and its write within 1.2x of the
 * bean's; hipkit at least 5x faster than HAPI FHIR R4 in both (a ratio of 0.2 or less).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JsonBenchmark -prof gc}; settings in
 * {@link Settings}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = Settings.FORKS,
    jvmArgsAppend = {Settings.XMS, Settings.XMX, Settings.QUIET_SLF4J})
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.ITERATION_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.ITERATION_SECONDS)
public class JsonBenchmark {

  /** The length of the plan document, as hipkit and the bean write it (checked by a test). */
  public static final int PLAN_BYTES = 463;

  /** The length of the FHIR resource, as HAPI writes it (checked by a test). */
  public static final int FHIR_BYTES = 2032;

  private HipJson json;
  private ObjectReader pojoReader;
  private ObjectWriter pojoWriter;
  private IParser fhirParser;

  private TreatmentPlan plan;
  private PlainPlan plainPlan;
  private ServiceRequest fhirPlan;

  private byte[] planBytes;
  private byte[] fhirBytes;

  private ByteArrayOutputStream out;
  private Writer fhirOut;

  /** Makes the readers, writers, values and documents once per fork, outside the measurement. */
  @Setup
  public void setUp() {
    json = HipJson.standard();
    JsonMapper mapper = PlainPlan.mapper();
    pojoReader = mapper.readerFor(PlainPlan.class);
    pojoWriter = mapper.writerFor(PlainPlan.class);
    fhirParser = FhirContext.forR4().newJsonParser();

    plan = Scenarios.documentPlan();
    out = new ByteArrayOutputStream(1024);
    json.writePlan(plan, out);
    planBytes = out.toByteArray();
    plainPlan = pojoReader.readValue(planBytes);
    String fhirText = fhirParser.encodeResourceToString(FhirPlan.of(plan));
    fhirBytes = fhirText.getBytes(StandardCharsets.UTF_8);
    fhirPlan = fhirParser.parseResource(ServiceRequest.class, new ByteArrayInputStream(fhirBytes));
    fhirOut = new OutputStreamWriter(out, StandardCharsets.UTF_8);
  }

  /**
   * Returns the plan document's bytes, as hipkit writes them; the bean reads the same bytes.
   *
   * @return the bytes, shared
   */
  byte[] planBytes() {
    return planBytes;
  }

  /**
   * Returns the FHIR resource's bytes, as HAPI writes them.
   *
   * @return the bytes, shared
   */
  byte[] fhirBytes() {
    return fhirBytes;
  }

  /**
   * Returns what the last write wrote.
   *
   * @return a copy of the bytes
   */
  byte[] written() {
    return out.toByteArray();
  }

  /**
   * Reads the plan with hipkit.
   *
   * @return the plan
   */
  @Benchmark
  public TreatmentPlan readPlan() {
    return json.readPlan(new ByteArrayInputStream(planBytes));
  }

  /**
   * Writes the plan with hipkit.
   *
   * @return the number of bytes written
   */
  @Benchmark
  public int writePlan() {
    out.reset();
    json.writePlan(plan, out);
    return out.size();
  }

  /**
   * The baseline of {@link #readPlan()}: reads the same bytes into the bean.
   *
   * @return the bean
   */
  @Benchmark
  public PlainPlan readPlanPojo() {
    return pojoReader.readValue(new ByteArrayInputStream(planBytes));
  }

  /**
   * The baseline of {@link #writePlan()}: writes the bean, the same bytes.
   *
   * @return the number of bytes written
   */
  @Benchmark
  public int writePlanPojo() {
    out.reset();
    pojoWriter.writeValue(out, plainPlan);
    return out.size();
  }

  /**
   * The FHIR comparison of {@link #readPlan()}: reads the service request.
   *
   * @return the request
   */
  @Benchmark
  public ServiceRequest readPlanFhir() {
    return fhirParser.parseResource(ServiceRequest.class, new ByteArrayInputStream(fhirBytes));
  }

  /**
   * The FHIR comparison of {@link #writePlan()}: writes the service request.
   *
   * @return the number of bytes written
   */
  @Benchmark
  public int writePlanFhir() {
    out.reset();
    try {
      fhirParser.encodeResourceToWriter(fhirPlan, fhirOut);
      fhirOut.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size();
  }
}
