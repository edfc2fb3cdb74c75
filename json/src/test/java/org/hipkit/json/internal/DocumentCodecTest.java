package org.hipkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringWriter;
import java.util.Map;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.Checker;
import org.hipkit.json.HipJsonException.Problem;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The version policy of {@link DocumentCodec}, shown on a made-up kind at version 2 with an
 * upgrader for version 1: the slot every real kind will use when its format changes.
 */
class DocumentCodecTest {

  /** The value of the made-up kind: a name, called "title" in version 1. */
  record Note(String name) {}

  private static final JsonFactory FACTORY = new JsonFactory();

  /** Built for each read, as a real kind builds its codec, so that the building is tested too. */
  private static DocumentCodec<Note> note() {
    ObjectCodec.Builder<Note> body = DocumentCodec.body("note", 2);
    var name = body.required("name", Codecs.STRING, Note::name);
    ObjectCodec.Builder<Note> old = ObjectCodec.builder("a hipkit.note/1 document");
    var title = old.required("title", Codecs.STRING, Note::name);
    ObjectCodec<Note> version1 = old.build(v -> new Note(v.get(title)));
    return DocumentCodec.of(
        "note",
        2,
        body.build(v -> new Note(v.get(name))),
        Map.of(
            1,
            (p, state) -> {
              Object[] slots = new Object[1];
              version1.readMembers(p, state, slots, version1.nextField(p));
              return version1.finish(p, slots);
            }));
  }

  /** Version 2 of the kind, without an upgrader for version 1, and with a write check. */
  private static DocumentCodec<Note> noteWithoutUpgrader() {
    ObjectCodec.Builder<Note> body = DocumentCodec.body("note", 2);
    var name = body.required("name", Codecs.STRING, Note::name);
    return DocumentCodec.of(
        "note",
        2,
        body.build(v -> new Note(v.get(name))),
        Map.of(),
        note -> {
          if (note.name().isEmpty()) {
            throw new IllegalArgumentException("a note needs a name");
          }
        });
  }

  private static Note read(String json) {
    return read(note(), json);
  }

  private static Note read(DocumentCodec<Note> codec, String json) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      Note note = codec.read(p, new ReadState(HipCatalog.standard(), Checker.standard(), false, 100, 100));
      assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
      return note;
    }
  }

  private static ReadProblem problem(String json) {
    return problem(note(), json);
  }

  private static ReadProblem problem(DocumentCodec<Note> codec, String json) {
    ReadProblem e = catchThrowableOfType(ReadProblem.class, () -> read(codec, json));
    assertThat(e).as("a ReadProblem").isNotNull();
    return e;
  }

  private static String write(DocumentCodec<Note> codec, Note note) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      codec.write(g, note);
    }
    return out.toString();
  }

  @Test
  void currentVersion_isReadByTheBody() {
    assertThat(read("{\"format\": \"hipkit.note/2\", \"name\": \"a\"}")).isEqualTo(new Note("a"));
  }

  @Test
  void olderVersion_isReadByItsUpgrader() {
    assertThat(read("{\"format\": \"hipkit.note/1\", \"title\": \"a\"}")).isEqualTo(new Note("a"));
  }

  @Test
  void olderVersion_keepsItsOwnStrictness() {
    ReadProblem e =
        catchThrowableOfType(ReadProblem.class, () -> read("{\"format\": \"hipkit.note/1\", \"name\": \"a\"}"));

    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
    assertThat(e.pointer()).isEqualTo("/name");
  }

  @Test
  void newerVersion_isRefused() {
    ReadProblem e =
        catchThrowableOfType(ReadProblem.class, () -> read("{\"format\": \"hipkit.note/3\", \"name\": \"a\"}"));

    assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_VERSION);
    assertThat(e.reason()).isEqualTo(
        "hipkit.note/3 is newer than this hipkit-json, which reads hipkit.note/2 and older;"
            + " upgrade hipkit-json to read it");
  }

  @Test
  void writes_theCurrentVersion() {
    assertThat(write(note(), new Note("a"))).isEqualTo("{\"format\":\"hipkit.note/2\",\"name\":\"a\"}");
  }

  @Test
  void format_isTheKindAndMajorVersion() {
    DocumentCodec<Note> codec = note();

    assertThat(DocumentCodec.format("plan", 1)).isEqualTo("hipkit.plan/1");
    assertThat(codec.format()).isEqualTo("hipkit.note/2");
    assertThat(codec.kind()).isEqualTo("note");
    assertThat(codec.version()).isEqualTo(2);
    assertThat(codec.body().fieldNames()).containsExactly("format", "name");
  }

  @Test
  void aBodyWhoseFirstFieldIsNotFormat_isRefused() {
    ObjectCodec.Builder<Note> body = ObjectCodec.builder("a hipkit.note document");
    var name = body.required("name", Codecs.STRING, Note::name);
    ObjectCodec<Note> codec = body.build(v -> new Note(v.get(name)));

    assertThatThrownBy(() -> DocumentCodec.of("note", 1, codec, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the first field of a document must be 'format'");
  }

  @Test
  void writeCheck_refusesAValue_beforeAnythingIsWritten() {
    StringWriter out = new StringWriter();

    assertThatThrownBy(
            () -> {
              try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
                noteWithoutUpgrader().write(g, new Note(""));
              }
            })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a note needs a name");
    assertThat(out.toString()).isEmpty();
    assertThat(write(noteWithoutUpgrader(), new Note("a"))).isEqualTo("{\"format\":\"hipkit.note/2\",\"name\":\"a\"}");
  }

  @Test
  void olderVersion_withoutAnUpgrader_isNoLongerRead() {
    ReadProblem e = problem(noteWithoutUpgrader(), "{\"format\": \"hipkit.note/1\", \"title\": \"a\"}");

    assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_VERSION);
    assertThat(e.pointer()).isEqualTo("/format");
    assertThat(e.reason()).isEqualTo("hipkit.note/1 is no longer read; this hipkit-json reads hipkit.note/2");
    assertThat(read(noteWithoutUpgrader(), "{\"format\": \"hipkit.note/2\", \"name\": \"a\"}"))
        .isEqualTo(new Note("a"));
  }

  @Test
  void anotherKind_isTheWrongKind() {
    ReadProblem e = problem("{\"format\": \"hipkit.memo/2\", \"name\": \"a\"}");

    assertThat(e.problem()).isEqualTo(Problem.WRONG_KIND);
    assertThat(e.pointer()).isEqualTo("/format");
    assertThat(e.reason())
        .isEqualTo("this is a hipkit.memo document, not a hipkit.note document; read it as a memo");
  }

  @Test
  void malformedFormats_areInvalid_orNotHipkitDocumentsAtAll() {
    for (String format :
        new String[] {"hipkit.note/02", "hipkit.note/v2", "hipkit.note/", "hipkit.Note/2", "hipkit.note",
          "hipkit.note/2.0", "hipkit.note/1234567890", "hipkit.note/-1"}) {
      ReadProblem e = problem("{\"format\": \"" + format + "\", \"name\": \"a\"}");

      assertThat(e.problem()).as(format).isEqualTo(Problem.INVALID_VALUE);
      assertThat(e.pointer()).isEqualTo("/format");
      assertThat(e.reason())
          .isEqualTo(
              "format must be 'hipkit.<kind>/<major version>', here 'hipkit.note/2' (was '" + format + "')");
    }
    for (String format : new String[] {"note/2", "acme.note/2", "HIPKIT.note/2", ""}) {
      assertThat(problem("{\"format\": \"" + format + "\", \"name\": \"a\"}").problem())
          .as(format)
          .isEqualTo(Problem.WRONG_KIND);
    }
  }

  @Test
  void majorVersionZero_isInvalid() {
    ReadProblem e = problem("{\"format\": \"hipkit.note/0\", \"name\": \"a\"}");

    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.reason()).isEqualTo("the major version must be 1 or more (was 'hipkit.note/0')");
  }

  @Test
  void formatMustBeTheFirstField_andPresent() {
    ReadProblem notFirst = problem("{\"name\": \"a\", \"format\": \"hipkit.note/2\"}");
    ReadProblem absent = problem("{}");
    ReadProblem notAString = problem("{\"format\": 2}");
    ReadProblem notAnObject = problem("[]");

    // Issue 11: missing or under another name, the format is one problem at one place.
    assertThat(notFirst.problem()).isEqualTo(Problem.MISSING_FIELD);
    assertThat(notFirst.pointer()).isEqualTo("/format");
    assertThat(notFirst.reason())
        .isEqualTo(
            "missing required field 'format': a hipkit document starts with \"format\": \"hipkit.note/2\""
                + " (found 'name' first)");
    assertThat(absent.problem()).isEqualTo(Problem.MISSING_FIELD);
    assertThat(absent.pointer()).isEqualTo("/format");
    assertThat(absent.reason())
        .isEqualTo(
            "missing required field 'format': a hipkit document starts with \"format\": \"hipkit.note/2\""
                + " (the document is empty)");
    assertThat(notAString.problem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(notAnObject.reason()).isEqualTo("must be an object (a hipkit.note document), not an array");
  }
}
