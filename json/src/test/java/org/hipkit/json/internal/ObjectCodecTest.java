package org.hipkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hipkit.json.internal.CodecIo.problem;
import static org.hipkit.json.internal.CodecIo.read;
import static org.hipkit.json.internal.CodecIo.write;

import java.util.List;
import java.util.Optional;
import org.hipkit.error.InvalidValueException;
import org.hipkit.json.HipJsonException.Problem;
import org.junit.jupiter.api.Test;

/**
 * {@link ObjectCodec} on a made-up type with one field of each kind: what is written, what absent
 * fields read as, and the problems a reader gets. The codecs are built in each test, as every
 * document kind builds its own.
 */
class ObjectCodecTest {

  /** A required name, an optional count, a weight that defaults to 1 and a list of tags. */
  record Item(String name, Optional<Integer> count, int weight, List<String> tags) {
    Item {
      if (weight < 0) {
        throw new InvalidValueException("Item", "weight", "must not be negative", weight);
      }
      if (name.isBlank()) {
        throw new IllegalStateException("a blank name");
      }
    }
  }

  private static ObjectCodec<Item> items() {
    ObjectCodec.Builder<Item> b = ObjectCodec.builder("an item");
    var name = b.required("name", Codecs.STRING, Item::name);
    var count = b.optional("count", Codecs.INT, Item::count);
    var weight = b.defaulted("weight", Codecs.INT, Item::weight);
    var tags = b.list("tags", Codecs.STRING, Item::tags);
    return b.build(
        v -> new Item(v.get(name), v.optional(count), v.has(weight) ? v.get(weight) : 1, v.list(tags)));
  }

  @Test
  void fieldNames_areInDeclarationOrder() {
    assertThat(items().fieldNames()).containsExactly("name", "count", "weight", "tags");
  }

  @Test
  void writes_everyFieldInDeclarationOrder_leavingOutAnAbsentOptionalOne() {
    assertThat(write(items(), new Item("a", Optional.of(2), 3, List.of("x", "y"))))
        .isEqualTo("{\"name\":\"a\",\"count\":2,\"weight\":3,\"tags\":[\"x\",\"y\"]}");
    assertThat(write(items(), new Item("a", Optional.empty(), 1, List.of())))
        .isEqualTo("{\"name\":\"a\",\"weight\":1,\"tags\":[]}");
  }

  @Test
  void reads_fieldsInAnyOrder() {
    assertThat(read(items(), "{\"tags\": [\"x\"], \"weight\": 3, \"count\": 2, \"name\": \"a\"}"))
        .isEqualTo(new Item("a", Optional.of(2), 3, List.of("x")));
  }

  @Test
  void reads_absentFields_asEmpty_orAsTheDefault() {
    assertThat(read(items(), "{\"name\": \"a\"}")).isEqualTo(new Item("a", Optional.empty(), 1, List.of()));
  }

  @Test
  void missingRequiredField_isNamed_withAllTheRequiredOnes() {
    ReadProblem e = problem(items(), "{\"weight\": 2}");

    assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD);
    assertThat(e.pointer()).isEmpty();
    assertThat(e.relocate()).isTrue();
    assertThat(e.reason()).isEqualTo("missing required field 'name' of an item (required: 'name')");
  }

  @Test
  void missingRequiredFields_areNamedTogether() {
    ObjectCodec.Builder<List<String>> b = ObjectCodec.builder("a pair");
    var first = b.required("first", Codecs.STRING, l -> l.get(0));
    var second = b.required("second", Codecs.STRING, l -> l.get(1));
    ObjectCodec<List<String>> pairs = b.build(v -> List.of(v.get(first), v.get(second)));

    assertThat(problem(pairs, "{}").reason())
        .isEqualTo("missing required fields 'first', 'second' of a pair (required: 'first', 'second')");
    assertThat(read(pairs, "{\"second\": \"b\", \"first\": \"a\"}")).containsExactly("a", "b");
  }

  @Test
  void unknownField_isRefusedWhenStrict_andSkippedAndRecordedWhenLenient() {
    String json = "{\"name\": \"a\", \"colour\": {\"r\": [1, 2]}, \"weigth\": 2}";
    ReadState lenient = CodecIo.lenient();

    ReadProblem strict = problem(items(), json);
    Item item = read(items(), json, lenient);

    assertThat(strict.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
    assertThat(strict.pointer()).isEqualTo("/colour");
    assertThat(strict.reason())
        .isEqualTo("unknown field 'colour' in an item (known fields: 'name', 'count', 'weight', 'tags')");
    assertThat(item).isEqualTo(new Item("a", Optional.empty(), 1, List.of()));
    assertThat(lenient.ignoredFields()).containsExactly("/colour", "/weigth");
  }

  @Test
  void unknownField_nearTwoFields_suggestsTheOneDeclaredFirst() {
    ObjectCodec.Builder<String> b = ObjectCodec.builder("a reference");
    var id = b.optional("id", Codecs.STRING, Optional::of);
    b.optional("ids", Codecs.listOf(Codecs.STRING), s -> Optional.empty());
    ObjectCodec<String> refs = b.build(v -> v.optional(id).orElse(""));

    assertThat(problem(refs, "{\"idz\": \"a\"}").reason())
        .isEqualTo("unknown field 'idz' in a reference; did you mean 'id'? (known fields: 'id', 'ids')");
  }

  @Test
  void repeatedKey_isRefused_alsoWhenIgnored() {
    ReadProblem known = problem(items(), "{\"name\": \"a\", \"name\": \"b\"}");
    ReadProblem unknown = problem(items(), "{\"name\": \"a\", \"x\": 1, \"x\": 2}", CodecIo.lenient());

    assertThat(known.problem()).isEqualTo(Problem.DUPLICATE_KEY);
    assertThat(known.pointer()).isEqualTo("/name");
    assertThat(known.reason()).isEqualTo("duplicate key 'name': a field may appear only once");
    assertThat(unknown.problem()).isEqualTo(Problem.DUPLICATE_KEY);
    assertThat(unknown.pointer()).isEqualTo("/x");
  }

  @Test
  void notAnObject_isTheWrongType() {
    ReadProblem e = problem(items(), "[\"a\"]");

    assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE);
    assertThat(e.reason()).isEqualTo("must be an object (an item), not an array");
  }

  @Test
  void aModelRuleBroken_isLocatedAtTheFieldItNames_whenPresent() {
    ReadProblem e = problem(items(), "{\"name\": \"a\", \"weight\": -1}");

    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo("/weight");
    assertThat(e.relocate()).isTrue();
    assertThat(e.reason()).isEqualTo("Invalid Item.weight: must not be negative (was -1)");
  }

  @Test
  void anyOtherFailureToBuild_isAnInvalidValue_ofTheObject() {
    ReadProblem e = problem(items(), "{\"name\": \" \"}");

    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEmpty();
    assertThat(e.reason()).isEqualTo("an item cannot be built: a blank name");
    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFieldDeclaredTwice_isRefused() {
    ObjectCodec.Builder<Item> b = ObjectCodec.builder("an item");
    b.required("name", Codecs.STRING, Item::name);
    b.optional("count", Codecs.INT, Item::count);

    assertThatThrownBy(() -> b.defaulted("name", Codecs.STRING, Item::name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field 'name' declared twice in an item");
  }

  @Test
  void distance_isTheLevenshteinDistance() {
    assertThat(ObjectCodec.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(ObjectCodec.distance("sessions", "sessions")).isZero();
    assertThat(ObjectCodec.distance("", "side")).isEqualTo(4);
    assertThat(ObjectCodec.distance("side", "")).isEqualTo(4);
    assertThat(ObjectCodec.distance("sidex", "side")).isEqualTo(1);
    assertThat(ObjectCodec.distance("sidexyz", "side")).isEqualTo(3);
    assertThat(ObjectCodec.distance("flaw", "lawn")).isEqualTo(2);
  }

  /** A name longer than 64 characters is too far from everything, without comparing. */
  @Test
  void distance_ofNamesUpTo64Characters_isComputed_longerOnesAreTooFar() {
    assertThat(ObjectCodec.distance("a".repeat(64), "a".repeat(60))).isEqualTo(4);
    assertThat(ObjectCodec.distance("a".repeat(65), "a".repeat(65))).isEqualTo(Integer.MAX_VALUE);
  }
}
