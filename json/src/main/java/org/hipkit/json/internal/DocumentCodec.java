package org.hipkit.json.internal;

import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hipkit.json.HipJsonException.Problem;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The codec of a whole document: an object whose first field is {@code "format":
 * "hipkit.<kind>/<major>"}, followed by the fields of its value.
 *
 * <p>The format comes first so that a streaming reader knows the kind and version before it reads
 * anything else. A document of the current major version is read by the body codec. A newer major
 * version is refused. An older major version is read by the {@link Upgrader} registered for it,
 * which reads the old shape and returns a current value, such as a {@code hipkit.profile/1}
 * document read into today's profile ({@link #upgrading}) or a {@code hipkit.report/1} document
 * read into a current report.
 *
 * <p>A kind whose values can hold what the format cannot represent (such as a check report whose
 * rule put a value of its own making into a finding) has a <em>write check</em>, which refuses such a
 * value with an {@link IllegalArgumentException} before anything is written, so that every document
 * written reads back equal.
 *
 * @param <T> the type of value
 */
public final class DocumentCodec<T> implements Codec<T> {

  private static final Pattern FORMAT =
      Pattern.compile("hipkit\\.([a-z][a-z0-9-]*)/(0|[1-9][0-9]{0,8})");

  private final String kind;
  private final int version;
  private final String format;
  private final ObjectCodec<T> body;
  private final Map<Integer, Upgrader<T>> upgraders;
  private final Consumer<T> writeCheck;

  private DocumentCodec(
      String kind,
      int version,
      ObjectCodec<T> body,
      Map<Integer, Upgrader<T>> upgraders,
      Consumer<T> writeCheck) {
    if (!body.fieldNames().get(0).equals("format")) {
      throw new IllegalArgumentException("the first field of a document must be 'format'");
    }
    this.kind = kind;
    this.version = version;
    this.format = format(kind, version);
    this.body = body;
    this.upgraders = Map.copyOf(upgraders);
    this.writeCheck = writeCheck;
  }

  /**
   * Starts the body codec of a document, with its {@code format} field already declared.
   *
   * @param kind the document kind, such as {@code plan}
   * @param version the current major version
   * @param <T> the type of value
   * @return a builder whose first field is {@code format}
   */
  public static <T> ObjectCodec.Builder<T> body(String kind, int version) {
    ObjectCodec.Builder<T> b = ObjectCodec.builder("a hipkit." + kind + " document");
    String format = format(kind, version);
    b.required("format", Codecs.STRING, v -> format);
    return b;
  }

  /**
   * Creates the codec of a document kind.
   *
   * @param kind the document kind
   * @param version the current major version
   * @param body the codec of the current version, from {@link #body}
   * @param upgraders the readers of older major versions, by major version
   * @param <T> the type of value
   * @return the codec
   */
  public static <T> DocumentCodec<T> of(
      String kind, int version, ObjectCodec<T> body, Map<Integer, Upgrader<T>> upgraders) {
    return new DocumentCodec<>(kind, version, body, upgraders, value -> {});
  }

  /**
   * Creates the codec of a document kind whose values are checked before they are written.
   *
   * @param kind the document kind
   * @param version the current major version
   * @param body the codec of the current version, from {@link #body}
   * @param upgraders the readers of older major versions, by major version
   * @param writeCheck throws {@link IllegalArgumentException} for a value the format cannot
   *     represent
   * @param <T> the type of value
   * @return the codec
   */
  public static <T> DocumentCodec<T> of(
      String kind,
      int version,
      ObjectCodec<T> body,
      Map<Integer, Upgrader<T>> upgraders,
      Consumer<T> writeCheck) {
    return new DocumentCodec<>(kind, version, body, upgraders, writeCheck);
  }

  /**
   * Returns the upgrader that reads the rest of an old document with the body codec of its major
   * version, from {@link #body}, whose constructor returns a current value.
   *
   * @param oldBody the body codec of the old version, which is only read, never written
   * @param <T> the type of value
   * @return the upgrader
   */
  public static <T> Upgrader<T> upgrading(ObjectCodec<T> oldBody) {
    return (p, state) -> {
      Object[] slots = new Object[oldBody.fieldCount()];
      slots[0] = Codecs.STRING.read(p, state);
      oldBody.readMembers(p, state, slots, oldBody.nextField(p));
      return oldBody.finish(p, slots);
    };
  }

  /**
   * Returns the format string of a kind and major version.
   *
   * @param kind the kind
   * @param version the major version
   * @return such as {@code hipkit.plan/1}
   */
  public static String format(String kind, int version) {
    return "hipkit." + kind + "/" + version;
  }

  /**
   * Returns the document kind.
   *
   * @return such as {@code plan}
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the major version this codec writes.
   *
   * @return the version
   */
  public int version() {
    return version;
  }

  /**
   * Returns the format string this codec writes.
   *
   * @return such as {@code hipkit.plan/1}
   */
  public String format() {
    return format;
  }

  /**
   * Returns the codec of the current version's fields.
   *
   * @return the body codec
   */
  public ObjectCodec<T> body() {
    return body;
  }

  /**
   * Writes a document, after the kind's write check.
   *
   * @param g the generator
   * @param value the value
   * @throws IllegalArgumentException if the value holds something the format cannot represent
   */
  @Override
  public void write(JsonGenerator g, T value) {
    writeCheck.accept(value);
    body.write(g, value);
  }

  @Override
  public T read(JsonParser p, ReadState state) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw ReadProblem.wrongType(p, "an object (a hipkit." + kind + " document)");
    }
    int first = body.nextField(p);
    if (first != 0) {
      // Missing, or under another name ("fromat"): the same problem at the same place, /format.
      String found =
          first == PropertyNameMatcher.MATCH_END_OBJECT
              ? "the document is empty"
              : "found '" + Codecs.clip(String.valueOf(p.currentName())) + "' first";
      throw ReadProblem.behind(
          p,
          "/format",
          Problem.MISSING_FIELD,
          "missing required field 'format': a hipkit document starts with \"format\": \""
              + format + "\" (" + found + ")",
          null);
    }
    p.nextToken();
    String text = Codecs.STRING.read(p, state);
    int major = text.equals(format) ? version : major(p, text);
    if (major < version) {
      Upgrader<T> upgrader = upgraders.get(major);
      if (upgrader == null) {
        throw ReadProblem.here(
            p,
            Problem.UNSUPPORTED_VERSION,
            format(kind, major) + " is no longer read; this hipkit-json reads " + format);
      }
      return upgrader.readAfterFormat(p, state);
    }
    Object[] slots = new Object[body.fieldCount()];
    slots[0] = text;
    body.readMembers(p, state, slots, body.nextField(p));
    return body.finish(p, slots);
  }

  private int major(JsonParser p, String text) {
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      Problem problem = text.startsWith("hipkit.") ? Problem.INVALID_VALUE : Problem.WRONG_KIND;
      throw ReadProblem.here(
          p,
          problem,
          "format must be 'hipkit.<kind>/<major version>', here '" + format + "' (was '"
              + Codecs.clip(text) + "')");
    }
    String found = m.group(1);
    if (!found.equals(kind)) {
      throw ReadProblem.here(
          p,
          Problem.WRONG_KIND,
          "this is a hipkit." + found + " document, not a hipkit." + kind
              + " document; read it as a " + found);
    }
    int major = Integer.parseInt(m.group(2));
    if (major > version) {
      throw ReadProblem.here(
          p,
          Problem.UNSUPPORTED_VERSION,
          text + " is newer than this hipkit-json, which reads " + format
              + " and older; upgrade hipkit-json to read it");
    }
    if (major < 1) {
      throw ReadProblem.here(
          p, Problem.INVALID_VALUE, "the major version must be 1 or more (was '" + text + "')");
    }
    return major;
  }

  /**
   * Returns an upgrader that reads the rest of an old document with the body codec of its version,
   * whose constructor turns the old fields into a current value.
   *
   * @param oldBody the body codec of the old version, from {@link #body}
   * @param oldFormat the old format string, such as {@code hipkit.report/1}
   * @param <T> the type of value
   * @return the upgrader
   */
  public static <T> Upgrader<T> upgrader(ObjectCodec<T> oldBody, String oldFormat) {
    return (p, state) -> {
      Object[] slots = new Object[oldBody.fieldCount()];
      slots[0] = oldFormat;
      oldBody.readMembers(p, state, slots, oldBody.nextField(p));
      return oldBody.finish(p, slots);
    };
  }

  /**
   * Reads a document of an older major version into a current value: the slot for format
   * upgrades. It starts with the parser on the format value and ends on the document's closing
   * brace.
   *
   * @param <T> the type of value
   */
  @FunctionalInterface
  public interface Upgrader<T> {
    /**
     * Reads the rest of an old document and returns the current value it stands for.
     *
     * @param p the parser, on the format value
     * @param state the read state
     * @return the value
     */
    T readAfterFormat(JsonParser p, ReadState state);
  }
}
