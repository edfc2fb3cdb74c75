package org.hipkit.json.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.json.DocumentType;
import org.hipkit.json.HipJson;
import org.hipkit.json.HipJsonException;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.json.JsonLimits;
import org.hipkit.json.ReadResult;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of every document kind the json module reads: whatever the bytes, a read returns a
 * valid value or throws {@link HipJsonException}, nothing else, and never hangs.
 *
 * <p>Each input is read as UTF-8 bytes (an {@link InputStream}) and as the {@link String} those
 * bytes decode to, by a strict instance (through the typed methods such as {@link
 * HipJson#readPlan(String)}), a lenient one and a strict one with tight {@link JsonLimits}. Then:
 *
 * <ul>
 *   <li>a value is never null; written out and read back it is equal, and writing it again gives
 *       the same text;
 *   <li>a {@link HipJsonException} names this kind's format, a problem, a reason and a well-formed
 *       JSON Pointer, and is not the last-resort wrapping of a programming error (a {@link
 *       NullPointerException}, {@link IndexOutOfBoundsException}, {@link ClassCastException},
 *       {@link IllegalStateException} and the like anywhere in its causes, or the reason the read
 *       gives to an exception no codec anticipated);
 *   <li>the readings agree: bytes that are not UTF-8 are refused, and bytes that are give the same
 *       outcome as the text they decode to;
 *       strict success implies lenient success with the same value and nothing ignored, and lenient
 *       success differs from strict only by ignored unknown fields; what the tight instance reads,
 *       the standard one reads too, equal.
 * </ul>
 *
 * <p>Any other exception or {@link Error} fails the test, and so does an input that takes longer
 * than the {@link Timeout} below: JUnit enforces it per saved input in regression mode, and Jazzer
 * passes it to libFuzzer as {@code -timeout} when fuzzing. Without {@code JAZZER_FUZZ} (every
 * ordinary build), each test replays the inputs saved in {@code JsonReadFuzzTestInputs/<method>/}
 * under the test resources. How to fuzz: {@code docs/reliability.md}, section Fuzzing.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class JsonReadFuzzTest {

  /** Inputs longer than this are skipped: the seeds are all smaller, and small inputs fuzz fast. */
  static final int MAX_INPUT_BYTES = 32 * 1024;

  private static final HipJson STRICT = HipJson.standard();
  private static final HipJson LENIENT = HipJson.builder().lenient(true).build();
  private static final HipJson TIGHT =
      HipJson.builder()
          .limits(
              JsonLimits.builder()
                  .maxDocumentLength(8_192)
                  .maxNestingDepth(8)
                  .maxStringLength(300)
                  .maxNameLength(40)
                  .maxNumberLength(12)
                  .maxArrayLength(16)
                  .build())
          .build();

  private static final Pattern POINTER = Pattern.compile("(/([^/~]|~[01])*)*");

  /** Exceptions that mean a bug in hipkit when they turn up as the cause of a failed read. */
  private static final List<Class<? extends Throwable>> PROGRAMMING_ERRORS =
      List.of(
          NullPointerException.class,
          IndexOutOfBoundsException.class,
          ClassCastException.class,
          IllegalStateException.class,
          UnsupportedOperationException.class,
          ArrayStoreException.class,
          NegativeArraySizeException.class,
          ConcurrentModificationException.class,
          NoSuchElementException.class);

  /** The reason HipJson gives a runtime exception that escaped every codec. */
  private static final String UNANTICIPATED = "the value could not be read: ";

  @FuzzTest
  void plan(byte[] input) {
    check(Kind.PLAN, input);
  }

  @FuzzTest
  void profile(byte[] input) {
    check(Kind.PROFILE, input);
  }

  @FuzzTest
  void protocol(byte[] input) {
    check(Kind.PROTOCOL, input);
  }

  @FuzzTest
  void catalog(byte[] input) {
    check(Kind.CATALOG, input);
  }

  @FuzzTest
  void report(byte[] input) {
    check(Kind.REPORT, input);
  }

  @FuzzTest
  void course(byte[] input) {
    check(Kind.COURSE, input);
  }

  @FuzzTest
  void schedule(byte[] input) {
    check(Kind.SCHEDULE, input);
  }

  // ---- the invariant

  /**
   * A document kind with its typed strict reads and what makes two of its values equal (a catalog
   * has no {@code equals}: its entries do).
   */
  record Kind<T>(
      DocumentType<T> type,
      BiFunction<HipJson, String, T> readText,
      BiFunction<HipJson, InputStream, T> readBytes,
      Function<T, Object> identity) {

    static final Kind<?> PLAN =
        new Kind<>(DocumentType.PLAN, HipJson::readPlan, HipJson::readPlan, v -> v);
    static final Kind<?> PROFILE =
        new Kind<>(DocumentType.PROFILE, HipJson::readProfile, HipJson::readProfile, v -> v);
    static final Kind<?> PROTOCOL =
        new Kind<>(DocumentType.PROTOCOL, HipJson::readProtocol, HipJson::readProtocol, v -> v);
    static final Kind<?> CATALOG =
        new Kind<HipCatalog>(
            DocumentType.CATALOG,
            HipJson::readCatalog,
            HipJson::readCatalog,
            c -> List.copyOf(c.entries()));
    static final Kind<?> REPORT =
        new Kind<>(DocumentType.REPORT, HipJson::readReport, HipJson::readReport, v -> v);
    static final Kind<?> COURSE =
        new Kind<>(DocumentType.COURSE, HipJson::readCourse, HipJson::readCourse, v -> v);
    static final Kind<?> SCHEDULE =
        new Kind<>(DocumentType.SCHEDULE, HipJson::readSchedule, HipJson::readSchedule, v -> v);
  }

  /** What one read gave: a value and the fields it ignored, or the exception it threw. */
  record Outcome<T>(
      String how, @Nullable T value, List<String> ignored, @Nullable HipJsonException failure) {

    boolean ok() {
      return value != null;
    }

    Problem problem() {
      return Objects.requireNonNull(failure).problem();
    }

    @Override
    public String toString() {
      return how + ": " + (ok() ? "read, ignored " + ignored : failure.getMessage());
    }
  }

  /** A read that yields a result or throws. */
  private interface Read<T> {
    ReadResult<T> run();
  }

  /** A typed read, which yields just the value or throws. */
  private interface TypedRead<T> {
    T run();
  }

  static <T> void check(Kind<T> kind, byte[] input) {
    if (input.length > MAX_INPUT_BYTES) {
      return;
    }
    DocumentType<T> type = kind.type();
    String text = new String(input, StandardCharsets.UTF_8);
    boolean validUtf8 = Arrays.equals(text.getBytes(StandardCharsets.UTF_8), input);

    Outcome<T> strictText = typed(kind, "strict text", () -> kind.readText().apply(STRICT, text));
    Outcome<T> strictBytes =
        typed(kind, "strict bytes", () -> kind.readBytes().apply(STRICT, stream(input)));
    Outcome<T> lenientText = read(kind, "lenient text", () -> LENIENT.read(type, text));
    Outcome<T> lenientBytes = read(kind, "lenient bytes", () -> LENIENT.read(type, stream(input)));
    Outcome<T> tightText = read(kind, "tight text", () -> TIGHT.read(type, text));

    // A value read at all must survive writing and reading back.
    for (Outcome<T> o : List.of(strictText, strictBytes, lenientText, lenientBytes, tightText)) {
      if (o.ok()) {
        roundTrip(kind, o);
        break; // the agreements below carry the check over to the others
      }
    }

    if (validUtf8) {
      agree(kind, strictText, strictBytes);
      agree(kind, lenientText, lenientBytes);
    } else {
      // A document is UTF-8: bytes that are not are refused, whatever else they hold.
      require(!strictBytes.ok(), "bytes that are not UTF-8 were read", strictBytes, strictText);
      require(!lenientBytes.ok(), "bytes that are not UTF-8 were read", lenientBytes, lenientText);
    }
    strictAndLenient(kind, strictText, lenientText);
    strictAndLenient(kind, strictBytes, lenientBytes);
    if (tightText.ok()) {
      require(strictText.ok(), "the tight instance read what the standard one refused", tightText, strictText);
      sameValue(kind, tightText, strictText);
    }
  }

  /** Runs one typed read; only {@link HipJsonException} may escape it, and it must be well-formed. */
  private static <T> Outcome<T> typed(Kind<T> kind, String how, TypedRead<T> read) {
    T value;
    try {
      value = read.run();
    } catch (HipJsonException e) {
      wellFormed(kind, how, e);
      return new Outcome<>(how, null, List.of(), e);
    }
    if (value == null) {
      throw new AssertionError(how + ": the read returned null");
    }
    return new Outcome<>(how, value, List.of(), null);
  }

  private static InputStream stream(byte[] input) {
    return new ByteArrayInputStream(input);
  }

  /** Runs one read; only {@link HipJsonException} may escape it, and it must be well-formed. */
  private static <T> Outcome<T> read(Kind<T> kind, String how, Read<T> read) {
    ReadResult<T> result;
    try {
      result = read.run();
    } catch (HipJsonException e) {
      wellFormed(kind, how, e);
      return new Outcome<>(how, null, List.of(), e);
    }
    if (result == null || result.value() == null || result.ignoredFields() == null) {
      throw new AssertionError(how + ": the read returned no value");
    }
    return new Outcome<>(how, result.value(), result.ignoredFields(), null);
  }

  private static void wellFormed(Kind<?> kind, String how, HipJsonException e) {
    String where = how + ": " + e.getMessage();
    if (!kind.type().format().equals(e.document())) {
      throw new AssertionError(where + ": names document " + e.document(), e);
    }
    if (e.problem() == null) {
      throw new AssertionError(where + ": no problem", e);
    }
    if (e.reason() == null || e.reason().isBlank()) {
      throw new AssertionError(where + ": no reason", e);
    }
    if (e.pointer() == null || !POINTER.matcher(e.pointer()).matches()) {
      throw new AssertionError(where + ": malformed pointer '" + e.pointer() + "'", e);
    }
    if (e.reason().startsWith(UNANTICIPATED)) {
      throw new AssertionError(where + ": an exception no codec anticipated", e);
    }
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      for (Class<? extends Throwable> bug : PROGRAMMING_ERRORS) {
        if (bug.isInstance(c)) {
          throw new AssertionError(where + ": wraps a programming error", e);
        }
      }
    }
  }

  private static <T> void roundTrip(Kind<T> kind, Outcome<T> o) {
    DocumentType<T> type = kind.type();
    T value = o.value();
    String written = STRICT.write(type, value);
    T again;
    try {
      again = STRICT.read(type, written).value();
    } catch (HipJsonException e) {
      throw new AssertionError(o.how() + ": a value read cannot be read back once written: " + written, e);
    }
    if (!Objects.equals(kind.identity().apply(again), kind.identity().apply(value))) {
      throw new AssertionError(o.how() + ": read back unequal: " + value + " vs " + again);
    }
    String rewritten = STRICT.write(type, again);
    if (!rewritten.equals(written)) {
      throw new AssertionError(o.how() + ": written differently the second time:\n" + written + "\n" + rewritten);
    }
  }

  /** Two reads of the same document that must give the same outcome. */
  private static <T> void agree(Kind<T> kind, Outcome<T> a, Outcome<T> b) {
    require(a.ok() == b.ok(), "text and bytes disagree", a, b);
    if (a.ok()) {
      sameValue(kind, a, b);
      require(
          a.ignored().equals(b.ignored()),
          "text and bytes ignore different fields",
          a,
          b);
    } else {
      // Jackson's parsers check limits at different moments: its text parser checks the length of
      // a number that ends the input only when the number is used, its byte parser at once. A
      // document that breaks a limit and something else may be refused for either.
      require(
          a.problem() == b.problem()
              || a.problem() == Problem.LIMIT_EXCEEDED
              || b.problem() == Problem.LIMIT_EXCEEDED,
          "text and bytes fail differently",
          a,
          b);
    }
  }

  private static <T> void strictAndLenient(Kind<T> kind, Outcome<T> strict, Outcome<T> lenient) {
    if (strict.ok()) {
      require(lenient.ok(), "lenient refused what strict read", strict, lenient);
      require(lenient.ignored().isEmpty(), "lenient ignored fields strict accepted", strict, lenient);
      sameValue(kind, strict, lenient);
    } else if (lenient.ok()) {
      require(
          !lenient.ignored().isEmpty() && strict.problem() == Problem.UNKNOWN_FIELD,
          "lenient read what strict refused, not just by ignoring unknown fields",
          strict,
          lenient);
    }
  }

  private static <T> void sameValue(Kind<T> kind, Outcome<T> a, Outcome<T> b) {
    require(
        Objects.equals(kind.identity().apply(a.value()), kind.identity().apply(b.value())),
        "different values",
        a,
        b);
  }

  private static void require(boolean condition, String what, Outcome<?> a, Outcome<?> b) {
    if (!condition) {
      AssertionError error = new AssertionError(what + "\n  " + a + "\n  " + b);
      if (a.failure() != null) {
        error.addSuppressed(a.failure());
      }
      if (b.failure() != null) {
        error.addSuppressed(b.failure());
      }
      throw error;
    }
  }
}
