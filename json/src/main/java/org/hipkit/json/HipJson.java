package org.hipkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.course.Course;
import org.hipkit.course.Schedule;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.json.internal.FixedIndentPrinter;
import org.hipkit.json.internal.ReadProblem;
import org.hipkit.json.internal.ReadState;
import org.hipkit.json.internal.Utf8;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;
import org.hipkit.protocol.Protocol;
import org.hipkit.error.InvalidValueException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.BufferRecycler;

/**
 * Reads and writes hipkit's values as JSON documents in the versioned hipkit format, such as a
 * treatment plan saved as {@code {"format": "hipkit.plan/1", ...}} and loaded back.
 *
 * <pre>{@code
 * HipJson json = HipJson.standard();
 * String text = json.writePlan(plan);
 * TreatmentPlan loaded = json.readPlan(text);   // equal to plan
 * }</pre>
 *
 * <p>Writing is deterministic: the same value gives the same bytes, compact by default or in one
 * fixed indented layout ({@link Builder#prettyPrint(boolean)}). Catalog entries are written by id
 * and read back by looking the id up in the {@linkplain Builder#catalog(HipCatalog) catalog}, the
 * standard one unless configured; the rules of a check report likewise in the {@linkplain
 * Builder#checker(Checker) checker}.
 *
 * <p>Reports, courses and schedules are derived values, and reading one checks it against what it
 * derives from: a report's summary against its results, a course's items against the course its
 * plan and protocol give, a schedule's date-times against its start.
 *
 * <p>Reading fails with a {@link HipJsonException}, and only with it, for any input that is not a
 * valid document: it names the JSON Pointer, line and column of the offending place and a reason
 * a person can act on. No partly built value is ever returned. The typed methods such as {@link
 * #readPlan(String)} return just the value, so they always read strictly: an unknown field fails.
 * A {@linkplain Builder#lenient(boolean) lenient} instance ignores unknown fields in {@link
 * #read(DocumentType, String)}, which hands back the JSON Pointers of what it ignored in a {@link
 * ReadResult}, so that nothing is dropped silently.
 *
 * <p>An instance is built once and shared; it is immutable and thread-safe. The format is described
 * in {@code docs/json-format.md}.
 */
public final class HipJson {

  /** The first buffer's size when a stream does not say how much it holds. */
  private static final int FIRST_CHUNK = 8192;

  private final HipCatalog catalog;
  private final Checker checker;
  private final boolean lenient;
  private final boolean prettyPrint;
  private final JsonLimits limits;
  private final JsonFactory factory;
  private final ObjectWriteContext writeContext;

  private HipJson(Builder b) {
    this.catalog = b.catalog == null ? HipCatalog.standard() : b.catalog;
    this.checker = b.checker == null ? Checker.standard() : b.checker;
    this.lenient = b.lenient;
    this.prettyPrint = b.prettyPrint;
    this.limits = b.limits;
    this.factory = factory(limits);
    this.writeContext = new WriteContext(factory, prettyPrint);
  }

  /**
   * Returns the shared instance: standard catalog and checker, strict, compact, default limits.
   *
   * @return the standard instance
   */
  public static HipJson standard() {
    return StandardHolder.STANDARD;
  }

  /**
   * Returns a new builder with the standard settings.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the catalog that ids are resolved against when reading.
   *
   * @return the catalog
   */
  public HipCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the checker that the rules of a report are resolved against when reading.
   *
   * @return the checker
   */
  public Checker checker() {
    return checker;
  }

  /**
   * Tells whether {@link #read(DocumentType, String)} ignores unknown fields.
   *
   * @return true when lenient
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Tells whether documents are written in the indented layout.
   *
   * @return true for indented output, false for compact output
   */
  public boolean isPrettyPrint() {
    return prettyPrint;
  }

  /**
   * Returns the limits reads enforce.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Returns a Jackson module that reads and writes the same documents with this instance's catalog,
   * checker and limits, for registering on a mapper of one's own.
   *
   * @return a new module
   */
  public HipJsonModule module() {
    return new HipJsonModule(catalog, checker, limits);
  }

  // ---- plans

  /**
   * Writes a treatment plan as a {@code hipkit.plan/1} document.
   *
   * @param plan the plan
   * @return the JSON text
   */
  public String writePlan(TreatmentPlan plan) {
    return write(DocumentType.PLAN, plan);
  }

  /**
   * Writes a treatment plan as a {@code hipkit.plan/1} document in UTF-8; the stream is flushed,
   * not closed.
   *
   * @param plan the plan
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void writePlan(TreatmentPlan plan, OutputStream out) {
    write(DocumentType.PLAN, plan, out);
  }

  /**
   * Reads a treatment plan, strictly, resolving its ids against the catalog.
   *
   * @param json a {@code hipkit.plan} document
   * @return the plan
   * @throws HipJsonException if the text is not a valid plan document
   */
  public TreatmentPlan readPlan(String json) {
    return readText(DocumentType.PLAN, json, false).value();
  }

  /**
   * Reads a treatment plan from UTF-8 bytes, strictly; the stream is read to its end, not closed.
   *
   * @param in a {@code hipkit.plan} document
   * @return the plan
   * @throws HipJsonException if the bytes are not a valid plan document or cannot be read
   */
  public TreatmentPlan readPlan(InputStream in) {
    return readBytes(DocumentType.PLAN, in, false).value();
  }

  // ---- profiles

  /**
   * Writes a patient profile as a {@code hipkit.profile/2} document, every screening fact included.
   *
   * @param profile the profile
   * @return the JSON text
   */
  public String writeProfile(PatientProfile profile) {
    return write(DocumentType.PROFILE, profile);
  }

  /**
   * Writes a patient profile as a {@code hipkit.profile/2} document in UTF-8; the stream is
   * flushed, not closed.
   *
   * @param profile the profile
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void writeProfile(PatientProfile profile, OutputStream out) {
    write(DocumentType.PROFILE, profile, out);
  }

  /**
   * Reads a patient profile, strictly; a fact the document leaves out is unknown.
   *
   * @param json a {@code hipkit.profile} document
   * @return the profile
   * @throws HipJsonException if the text is not a valid profile document
   */
  public PatientProfile readProfile(String json) {
    return readText(DocumentType.PROFILE, json, false).value();
  }

  /**
   * Reads a patient profile from UTF-8 bytes, strictly; the stream is read to its end, not closed.
   *
   * @param in a {@code hipkit.profile} document
   * @return the profile
   * @throws HipJsonException if the bytes are not a valid profile document or cannot be read
   */
  public PatientProfile readProfile(InputStream in) {
    return readBytes(DocumentType.PROFILE, in, false).value();
  }

  // ---- protocols

  /**
   * Writes a protocol as a {@code hipkit.protocol/1} document, every threshold included.
   *
   * @param protocol the protocol
   * @return the JSON text
   */
  public String writeProtocol(Protocol protocol) {
    return write(DocumentType.PROTOCOL, protocol);
  }

  /**
   * Writes a protocol as a {@code hipkit.protocol/1} document in UTF-8; the stream is flushed, not
   * closed.
   *
   * @param protocol the protocol
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void writeProtocol(Protocol protocol, OutputStream out) {
    write(DocumentType.PROTOCOL, protocol, out);
  }

  /**
   * Reads a protocol, strictly; a threshold the document leaves out keeps hipkit's default.
   *
   * @param json a {@code hipkit.protocol} document
   * @return the protocol
   * @throws HipJsonException if the text is not a valid protocol document
   */
  public Protocol readProtocol(String json) {
    return readText(DocumentType.PROTOCOL, json, false).value();
  }

  /**
   * Reads a protocol from UTF-8 bytes, strictly; the stream is read to its end, not closed.
   *
   * @param in a {@code hipkit.protocol} document
   * @return the protocol
   * @throws HipJsonException if the bytes are not a valid protocol document or cannot be read
   */
  public Protocol readProtocol(InputStream in) {
    return readBytes(DocumentType.PROTOCOL, in, false).value();
  }

  // ---- catalogs

  /**
   * Writes a whole catalog as a {@code hipkit.catalog/2} document, every entry in full.
   *
   * @param catalog the catalog
   * @return the JSON text
   */
  public String writeCatalog(HipCatalog catalog) {
    return write(DocumentType.CATALOG, catalog);
  }

  /**
   * Writes a whole catalog as a {@code hipkit.catalog/2} document in UTF-8; the stream is flushed,
   * not closed.
   *
   * @param catalog the catalog
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void writeCatalog(HipCatalog catalog, OutputStream out) {
    write(DocumentType.CATALOG, catalog, out);
  }

  /**
   * Reads a whole catalog, strictly; its entries reference each other, not this instance's catalog.
   *
   * @param json a {@code hipkit.catalog} document
   * @return the catalog, consistent by construction
   * @throws HipJsonException if the text is not a valid catalog document
   */
  public HipCatalog readCatalog(String json) {
    return readText(DocumentType.CATALOG, json, false).value();
  }

  /**
   * Reads a whole catalog from UTF-8 bytes, strictly; the stream is read to its end, not closed.
   *
   * @param in a {@code hipkit.catalog} document
   * @return the catalog
   * @throws HipJsonException if the bytes are not a valid catalog document or cannot be read
   */
  public HipCatalog readCatalog(InputStream in) {
    return readBytes(DocumentType.CATALOG, in, false).value();
  }

  // ---- check reports

  /**
   * Writes a check report as a {@code hipkit.report/2} document: the plan, the protocol, the date
   * the check was made, the facts stale by the procedure, the data problems, the summary and every
   * rule's result.
   *
   * @param report the report
   * @return the JSON text
   * @throws InvalidValueException if a result holds what the format cannot represent, such as a
   *     finding's fact whose value has none of that fact's shapes (see {@code docs/json-format.md})
   */
  public String writeReport(CheckReport report) {
    return write(DocumentType.REPORT, report);
  }

  /**
   * Writes a check report as a {@code hipkit.report/2} document in UTF-8; the stream is flushed,
   * not closed.
   *
   * @param report the report
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   * @throws InvalidValueException if a result holds what the format cannot represent; nothing is
   *     written then
   */
  public void writeReport(CheckReport report, OutputStream out) {
    write(DocumentType.REPORT, report, out);
  }

  /**
   * Reads a check report, strictly: the plan's ids resolve against the catalog, the rules against
   * the checker (each with the version the result was made by), every rule of the checker must have
   * a result, results that follow from the plan alone (scope, rules that read only the plan) must be
   * the ones the plan gives, a result holds only facts and thresholds its rule uses, and the summary
   * must be the one the results give. A {@code hipkit.report/1} document is upgraded (see {@code
   * docs/json-format.md}).
   *
   * @param json a {@code hipkit.report} document
   * @return the report
   * @throws HipJsonException if the text is not a valid report document
   */
  public CheckReport readReport(String json) {
    return readText(DocumentType.REPORT, json, false).value();
  }

  /**
   * Reads a check report from UTF-8 bytes, strictly; the stream is read to its end, not closed.
   *
   * @param in a {@code hipkit.report} document
   * @return the report
   * @throws HipJsonException if the bytes are not a valid report document or cannot be read
   */
  public CheckReport readReport(InputStream in) {
    return readBytes(DocumentType.REPORT, in, false).value();
  }

  // ---- courses

  /**
   * Writes the expected course of a plan as a {@code hipkit.course/1} document: the plan, the
   * protocol, every item and every note.
   *
   * @param course the course
   * @return the JSON text
   */
  public String writeCourse(Course course) {
    return write(DocumentType.COURSE, course);
  }

  /**
   * Writes a course as a {@code hipkit.course/1} document in UTF-8; the stream is flushed, not
   * closed.
   *
   * @param course the course
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void writeCourse(Course course, OutputStream out) {
    write(DocumentType.COURSE, course, out);
  }

  /**
   * Reads a course, strictly: the course is rebuilt from the document's plan and protocol, and the
   * document's items and notes must be the rebuilt ones.
   *
   * @param json a {@code hipkit.course} document
   * @return the course, equal to {@code Course.of(plan, protocol)}
   * @throws HipJsonException if the text is not a valid course document, or lists other items or
   *     notes than its plan and protocol give
   */
  public Course readCourse(String json) {
    return readText(DocumentType.COURSE, json, false).value();
  }

  /**
   * Reads a course from UTF-8 bytes, strictly; the stream is read to its end, not closed.
   *
   * @param in a {@code hipkit.course} document
   * @return the course
   * @throws HipJsonException if the bytes are not a valid course document or cannot be read
   */
  public Course readCourse(InputStream in) {
    return readBytes(DocumentType.COURSE, in, false).value();
  }

  // ---- schedules

  /**
   * Writes a schedule as a {@code hipkit.schedule/1} document: the plan, the protocol, the zoned
   * start, every item with its four date-times, and the course's notes.
   *
   * @param schedule the schedule
   * @return the JSON text
   */
  public String writeSchedule(Schedule schedule) {
    return write(DocumentType.SCHEDULE, schedule);
  }

  /**
   * Writes a schedule as a {@code hipkit.schedule/1} document in UTF-8; the stream is flushed, not
   * closed.
   *
   * @param schedule the schedule
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void writeSchedule(Schedule schedule, OutputStream out) {
    write(DocumentType.SCHEDULE, schedule, out);
  }

  /**
   * Reads a schedule, strictly: it is rebuilt from the document's plan, protocol and start, and the
   * document's items, date-times and notes must be the rebuilt ones.
   *
   * @param json a {@code hipkit.schedule} document
   * @return the schedule, equal to {@code Course.of(plan, protocol).schedule(start)}
   * @throws HipJsonException if the text is not a valid schedule document, or differs from the
   *     schedule its plan, protocol and start give
   */
  public Schedule readSchedule(String json) {
    return readText(DocumentType.SCHEDULE, json, false).value();
  }

  /**
   * Reads a schedule from UTF-8 bytes, strictly; the stream is read to its end, not closed.
   *
   * @param in a {@code hipkit.schedule} document
   * @return the schedule
   * @throws HipJsonException if the bytes are not a valid schedule document or cannot be read
   */
  public Schedule readSchedule(InputStream in) {
    return readBytes(DocumentType.SCHEDULE, in, false).value();
  }

  // ---- any kind

  /**
   * Writes a value as a document of the given kind.
   *
   * @param type the document kind
   * @param value the value
   * @param <T> the type of value
   * @return the JSON text
   * @throws InvalidValueException if the value holds what the format cannot represent (only a
   *     report can)
   */
  public <T> String write(DocumentType<T> type, T value) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    // The same path as Jackson's own writeValueAsString: a recycled buffer, no extra copy.
    BufferRecycler recycler = factory._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
      try (JsonGenerator g = factory.createGenerator(writeContext, out)) {
        writeDocument(g, type, value);
      }
      return out.getAndClear();
    } catch (JacksonException e) {
      throw writeFailure(e);
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * Writes a value as a document of the given kind, in UTF-8; the stream is flushed, not closed.
   *
   * @param type the document kind
   * @param value the value
   * @param out the stream
   * @param <T> the type of value
   * @throws UncheckedIOException if the stream fails
   * @throws InvalidValueException if the value holds what the format cannot represent (only a
   *     report can); nothing is written then
   */
  public <T> void write(DocumentType<T> type, T value, OutputStream out) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = factory.createGenerator(writeContext, out, JsonEncoding.UTF8)) {
      writeDocument(g, type, value);
    } catch (JacksonException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Reads a document of the given kind, leniently if this instance is lenient, and returns the
   * value with the pointers of the fields it ignored and of the references it read through an
   * alias of the catalog (such as an allergy to {@code lignocaine}).
   *
   * @param type the document kind
   * @param json the document
   * @param <T> the type of value
   * @return the value, the ignored fields (none in strict mode) and the aliases used
   * @throws HipJsonException if the text is not a valid document of that kind
   */
  public <T> ReadResult<T> read(DocumentType<T> type, String json) {
    return readText(type, json, lenient);
  }

  /**
   * Reads a document of the given kind from UTF-8 bytes, leniently if this instance is lenient;
   * the stream is read to its end, not closed.
   *
   * @param type the document kind
   * @param in the document
   * @param <T> the type of value
   * @return the value, the ignored fields (none in strict mode) and the aliases used
   * @throws HipJsonException if the bytes are not a valid document of that kind or cannot be read
   */
  public <T> ReadResult<T> read(DocumentType<T> type, InputStream in) {
    return readBytes(type, in, lenient);
  }

  // ---- internals

  private <T> void writeDocument(JsonGenerator g, DocumentType<T> type, T value) {
    try {
      type.codec().write(g, value);
    } catch (IllegalArgumentException e) {
      // A write check refused the value before anything was written; callers get hipkit's type.
      throw unwritable(type, e.getMessage(), e);
    }
    if (prettyPrint) {
      g.writeRaw('\n');
    }
  }

  private static RuntimeException writeFailure(JacksonException e) {
    if (e.getCause() instanceof IOException io) {
      return new UncheckedIOException(io);
    }
    return unwritable(null, e.getMessage(), e);
  }

  private static InvalidValueException unwritable(
      @Nullable DocumentType<?> type, String reason, Throwable cause) {
    InvalidValueException failure =
        new InvalidValueException(
            type == null ? "document" : type.valueType().getSimpleName(),
            "value",
            "must hold only what the " + (type == null ? "JSON" : type.format()) + " format can represent",
            reason);
    failure.initCause(cause);
    return failure;
  }

  private <T> ReadResult<T> readText(DocumentType<T> type, String json, boolean lenient) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(json, "json");
    if (json.length() > limits.maxDocumentLength()) {
      throw tooLarge(type, json.length() + " characters");
    }
    return parse(
        type,
        lenient,
        () -> factory.createParser(ObjectReadContext.empty(), json),
        pointer -> locate(() -> factory.createParser(ObjectReadContext.empty(), json), pointer));
  }

  private <T> ReadResult<T> readBytes(DocumentType<T> type, InputStream in, boolean lenient) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(in, "in");
    long max = limits.maxDocumentLength();
    byte[] bytes;
    try {
      bytes = readAtMost(in, (int) Math.min(max + 1, Integer.MAX_VALUE - 8));
    } catch (IOException | RuntimeException e) {
      throw Failures.input(e, type.format());
    }
    if (bytes.length > max) {
      throw tooLarge(type, "more than " + max + " bytes");
    }
    // Before Jackson: it may take a name with invalid bytes for one it has seen (see Utf8).
    int invalid = Utf8.firstInvalid(bytes);
    if (invalid >= 0) {
      throw Failures.notUtf8(type.format(), bytes, invalid, pointerOfByte(bytes, invalid));
    }
    return parse(
        type,
        lenient,
        () -> factory.createParser(ObjectReadContext.empty(), bytes),
        pointer -> locate(() -> factory.createParser(ObjectReadContext.empty(), bytes), pointer));
  }

  /**
   * Reads a stream to its end, or to {@code limit} bytes, whichever comes first. The first buffer
   * has the size the stream says is available, so an in-memory or buffered document is usually read
   * into an array of exactly its length, with no chunk to allocate and no copy (unlike {@link
   * InputStream#readNBytes(int)}, which allocates 8 KB chunks and copies out of them).
   */
  static byte[] readAtMost(InputStream in, int limit) throws IOException {
    int announced = Math.min(Math.max(in.available(), 0), limit);
    byte[] buffer = new byte[announced > 0 ? announced : Math.min(FIRST_CHUNK, limit)];
    int length = 0;
    while (length < limit) {
      if (length == buffer.length) {
        // Full: if the stream ends here, the buffer is the document as it is.
        int next = in.read();
        if (next < 0) {
          return buffer;
        }
        long grown = Math.max(2L * buffer.length, FIRST_CHUNK);
        buffer = Arrays.copyOf(buffer, (int) Math.min(grown, limit));
        buffer[length++] = (byte) next;
        continue;
      }
      int read = in.read(buffer, length, buffer.length - length);
      if (read < 0) {
        break;
      }
      length += read;
    }
    return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
  }

  private HipJsonException tooLarge(DocumentType<?> type, String size) {
    return Failures.of(
        ReadProblem.unlocated(
            "",
            Problem.LIMIT_EXCEEDED,
            "the document is too large: " + size + ", more than the limit of "
                + limits.maxDocumentLength() + " (JsonLimits.maxDocumentLength)",
            null),
        type.format(),
        null);
  }

  /** Opens a parser on the source. */
  private interface Opener {
    JsonParser open();
  }

  private <T> ReadResult<T> parse(
      DocumentType<T> type, boolean lenient, Opener opener, Failures.Relocator relocator) {
    ReadState state =
        new ReadState(catalog, checker, lenient, limits.maxArrayLength(), limits.maxNumberLength());
    JsonParser p = null;
    try {
      p = opener.open();
      if (p.nextToken() == null) {
        throw ReadProblem.unlocated(
            "", Problem.MALFORMED_JSON, "the input is empty: it holds no JSON value", null);
      }
      T value = type.codec().read(p, state);
      JsonToken extra = p.nextToken();
      if (extra != null) {
        throw ReadProblem.here(
            p,
            Problem.MALFORMED_JSON,
            "found " + ReadProblem.describe(extra)
                + " after the end of the document; the input must hold one JSON object only");
      }
      return new ReadResult<>(value, state.ignoredFields(), state.aliasesUsed());
    } catch (ReadProblem e) {
      throw Failures.of(e, type.format(), relocator);
    } catch (JacksonException e) {
      throw Failures.of(e, p, type.format());
    } catch (RuntimeException e) {
      throw Failures.unexpected(e, p, type.format());
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (RuntimeException ignored) {
          // closing an in-memory source cannot lose data
        }
      }
    }
  }

  /**
   * Finds the JSON Pointer of the place that holds a byte: the string value it is in, or the object
   * or array whose field name or punctuation it is in, as far as the JSON before it can be parsed.
   */
  private String pointerOfByte(byte[] bytes, int offset) {
    String pointer = "";
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes)) {
      while (true) {
        JsonToken t;
        try {
          t = p.nextToken();
        } catch (JacksonException e) {
          return containerPointer(p); // stopped in a name, or between values
        }
        if (t == null || p.currentTokenLocation().getByteOffset() > offset) {
          return pointer; // the byte is in the token before, or after it
        }
        if (t == JsonToken.PROPERTY_NAME) {
          pointer = containerPointer(p);
        } else {
          pointer = ReadProblem.pointerHere(p);
          if (t == JsonToken.VALUE_STRING) {
            p.getString(); // decodes the string: fails if the byte is in it
          }
        }
      }
    } catch (RuntimeException e) {
      return pointer;
    }
  }

  /** Returns the JSON Pointer of the object or array the parser is in, not of its current member. */
  private static String containerPointer(JsonParser p) {
    TokenStreamContext context = p.streamReadContext();
    TokenStreamContext parent = context == null ? null : context.getParent();
    return parent == null ? "" : parent.pathAsPointer().toString();
  }

  /** Finds the first token at a pointer, for a failure the parser noticed only after passing it. */
  private static @Nullable TokenStreamLocation locate(Opener opener, String pointer) {
    try (JsonParser p = opener.open()) {
      while (p.nextToken() != null) {
        if (p.streamReadContext().pathAsPointer().toString().equals(pointer)) {
          return p.currentTokenLocation();
        }
      }
    } catch (RuntimeException e) {
      // the document breaks further on; fall back to where the failure was noticed
    }
    return null;
  }

  private static JsonFactory factory(JsonLimits limits) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentLength())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxNumberLength(limits.maxNumberLength())
            .build();
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        // Set explicitly: the wire format is defined by hipkit, not by Jackson's defaults.
        .disable(TokenStreamFactory.Feature.CHARSET_DETECTION)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // the codecs detect duplicates
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(
            JsonReadFeature.ALLOW_JAVA_COMMENTS,
            JsonReadFeature.ALLOW_YAML_COMMENTS,
            JsonReadFeature.ALLOW_SINGLE_QUOTES,
            JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
            JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
            JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
            JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
            JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
            JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
            JsonReadFeature.ALLOW_MISSING_VALUES,
            JsonReadFeature.ALLOW_TRAILING_COMMA,
            JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS,
            JsonReadFeature.ALLOW_RS_CONTROL_CHAR)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
        .enable(JsonWriteFeature.QUOTE_PROPERTY_NAMES)
        .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(
            JsonWriteFeature.ESCAPE_FORWARD_SLASHES,
            JsonWriteFeature.ESCAPE_NON_ASCII,
            JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS,
            JsonWriteFeature.WRITE_NAN_AS_STRINGS)
        .build();
  }

  /** Supplies the generator with the fixed indented layout, a fresh printer per document. */
  private static final class WriteContext extends ObjectWriteContext.Base {
    private final JsonFactory factory;
    private final boolean prettyPrint;

    WriteContext(JsonFactory factory, boolean prettyPrint) {
      this.factory = factory;
      this.prettyPrint = prettyPrint;
    }

    @Override
    public @Nullable PrettyPrinter getPrettyPrinter() {
      return prettyPrint ? new FixedIndentPrinter() : null;
    }

    @Override
    public boolean hasPrettyPrinter() {
      return prettyPrint;
    }

    @Override
    public TokenStreamFactory tokenStreamFactory() {
      return factory;
    }
  }

  /** Builds the standard instance on first use. */
  private static final class StandardHolder {
    static final HipJson STANDARD = builder().build();
  }

  /**
   * Builds {@link HipJson} instances. A builder may be reused: {@link #build()} copies the current
   * settings.
   */
  public static final class Builder {
    private @Nullable HipCatalog catalog;
    private @Nullable Checker checker;
    private boolean lenient;
    private boolean prettyPrint;
    private JsonLimits limits = JsonLimits.defaults();

    private Builder() {}

    /**
     * Sets the catalog that plans and profiles resolve their ids against.
     *
     * @param catalog the catalog; default {@link HipCatalog#standard()}
     * @return this builder
     */
    public Builder catalog(HipCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Sets the checker whose rules the results of a report resolve against: each result names a
     * rule by id and version, and reading refuses an id the checker lacks or a version it does not
     * have.
     *
     * @param checker the checker; default {@link Checker#standard()}
     * @return this builder
     */
    public Builder checker(Checker checker) {
      this.checker = Objects.requireNonNull(checker, "checker");
      return this;
    }

    /**
     * Sets whether {@link HipJson#read(DocumentType, String)} ignores unknown fields, reporting
     * their pointers in the {@link ReadResult}, instead of failing on them. The typed methods such
     * as {@link HipJson#readPlan(String)} cannot report what they ignore and stay strict.
     *
     * @param lenient true to ignore and report unknown fields; default false
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * Sets whether documents are written in the fixed indented layout (two spaces per level, one
     * member per line, a final line feed) instead of compactly.
     *
     * @param prettyPrint true for the indented layout; default false
     * @return this builder
     */
    public Builder prettyPrint(boolean prettyPrint) {
      this.prettyPrint = prettyPrint;
      return this;
    }

    /**
     * Sets the limits reads enforce.
     *
     * @param limits the limits; default {@link JsonLimits#defaults()}
     * @return this builder
     */
    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return a thread-safe instance to share
     */
    public HipJson build() {
      return new HipJson(this);
    }
  }
}
