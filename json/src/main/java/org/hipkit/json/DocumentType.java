package org.hipkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckReport;
import org.hipkit.course.Course;
import org.hipkit.course.Schedule;
import org.hipkit.json.internal.DocumentCodec;
import org.hipkit.json.internal.Documents;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;
import org.hipkit.protocol.Protocol;
import org.jspecify.annotations.Nullable;

/**
 * A kind of hipkit JSON document and the Java type it holds, such as {@link #PLAN}, written with
 * {@code "format": "hipkit.plan/1"}.
 *
 * <p>Each kind has a major version, which its documents carry in their {@code format} field, and a
 * JSON Schema (draft 2020-12) shipped in the jar. See {@code docs/json-format.md} for the contract.
 * This class is immutable and thread-safe.
 *
 * @param <T> the type of value a document of this kind holds
 */
public final class DocumentType<T> {

  /** A treatment plan: {@code hipkit.plan/1}. */
  public static final DocumentType<TreatmentPlan> PLAN =
      new DocumentType<>(TreatmentPlan.class, Documents.PLAN);

  /** A patient profile: {@code hipkit.profile/2}; version 1 documents are read too. */
  public static final DocumentType<PatientProfile> PROFILE =
      new DocumentType<>(PatientProfile.class, Documents.PROFILE);

  /** A protocol: {@code hipkit.protocol/1}. */
  public static final DocumentType<Protocol> PROTOCOL =
      new DocumentType<>(Protocol.class, Documents.PROTOCOL);

  /** A whole catalog: {@code hipkit.catalog/2}; version 1 documents are read too. */
  public static final DocumentType<HipCatalog> CATALOG =
      new DocumentType<>(HipCatalog.class, Documents.CATALOG);

  /** A check report: {@code hipkit.report/2}; {@code hipkit.report/1} documents are read too. */
  public static final DocumentType<CheckReport> REPORT =
      new DocumentType<>(CheckReport.class, Documents.REPORT);

  /** The expected course of a plan: {@code hipkit.course/1}. */
  public static final DocumentType<Course> COURSE = new DocumentType<>(Course.class, Documents.COURSE);

  /** A course placed on a calendar: {@code hipkit.schedule/1}. */
  public static final DocumentType<Schedule> SCHEDULE =
      new DocumentType<>(Schedule.class, Documents.SCHEDULE);

  private static final List<DocumentType<?>> ALL =
      List.of(PLAN, PROFILE, PROTOCOL, CATALOG, REPORT, COURSE, SCHEDULE);

  private final Class<T> valueType;
  private final DocumentCodec<T> codec;
  private volatile @Nullable String schema;

  private DocumentType(Class<T> valueType, DocumentCodec<T> codec) {
    this.valueType = valueType;
    this.codec = codec;
  }

  /**
   * Returns every document kind, in the order of this class.
   *
   * @return an immutable list
   */
  public static List<DocumentType<?>> values() {
    return ALL;
  }

  /**
   * Returns the kind's name, as it appears in the format.
   *
   * @return such as {@code plan}
   */
  public String kind() {
    return codec.kind();
  }

  /**
   * Returns the major version this library writes, and the newest it reads.
   *
   * @return the version, such as 1
   */
  public int version() {
    return codec.version();
  }

  /**
   * Returns the value of the {@code format} field of documents of this kind.
   *
   * @return such as {@code hipkit.plan/1}
   */
  public String format() {
    return codec.format();
  }

  /**
   * Returns the Java type of the value a document holds.
   *
   * @return such as {@code TreatmentPlan.class}
   */
  public Class<T> valueType() {
    return valueType;
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of this kind's current version, as shipped in the jar.
   *
   * @return the schema text
   */
  public String schema() {
    String text = schema;
    if (text == null) {
      String name = "schema/" + kind() + "-" + version() + ".schema.json";
      try (InputStream in = DocumentType.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("the jar lacks " + name);
        }
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      schema = text;
    }
    return text;
  }

  DocumentCodec<T> codec() {
    return codec;
  }

  @Override
  public String toString() {
    return format();
  }
}
