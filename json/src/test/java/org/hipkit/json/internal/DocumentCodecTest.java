package org.hipkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.Checker;
import org.hipkit.json.HipJsonException.Problem;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The version policy of {@link DocumentCodec}, shown on a made-up kind at version 2 with an
 * upgrader for version 1: the slot every real kind will use when its format changes.
 */
class DocumentCodecTest {

  /** The value of the made-up kind: a name, called "title" in version 1. */
  record Note(String name) {}

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final DocumentCodec<Note> NOTE;

  static {
    ObjectCodec.Builder<Note> body = DocumentCodec.body("note", 2);
    var name = body.required("name", Codecs.STRING, Note::name);
    ObjectCodec.Builder<Note> old = ObjectCodec.builder("a hipkit.note/1 document");
    var title = old.required("title", Codecs.STRING, Note::name);
    ObjectCodec<Note> version1 = old.build(v -> new Note(v.get(title)));
    NOTE =
        DocumentCodec.of(
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

  private static Note read(String json) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      Note note = NOTE.read(p, new ReadState(HipCatalog.standard(), Checker.standard(), false, 100, 100));
      assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
      return note;
    }
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
    java.io.StringWriter out = new java.io.StringWriter();
    try (var g = FACTORY.createGenerator(tools.jackson.core.ObjectWriteContext.empty(), out)) {
      NOTE.write(g, new Note("a"));
    }

    assertThat(out).hasToString("{\"format\":\"hipkit.note/2\",\"name\":\"a\"}");
  }
}
