package org.hipkit.json.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import org.hipkit.error.InvalidValueException;
import org.hipkit.error.UnknownIdException;
import org.hipkit.json.HipJsonException.Problem;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The codec of a JSON object: ordered field descriptors and a constructor function.
 *
 * <p>Writing emits the fields in descriptor order, leaving out absent optional fields. Reading
 * matches each name against the descriptors, rejects a repeated name, rejects an unknown name in
 * strict mode or records its pointer and skips its value in lenient mode, reads each value into its
 * slot, checks that the required fields are there, and calls the constructor. A model exception
 * from the constructor becomes a {@link ReadProblem} located at the field it names, or at the
 * object.
 *
 * @param <T> the type of value
 */
public final class ObjectCodec<T> implements Codec<T> {

  /** Builds the matchers; name matching does not depend on the parser's factory. */
  private static final JsonFactory MATCHERS = new JsonFactory();

  private final String typeName;
  private final Field<T, ?>[] fields;
  private final PropertyNameMatcher matcher;
  private final Function<Values, T> constructor;

  private ObjectCodec(String typeName, List<Field<T, ?>> fields, Function<Values, T> constructor) {
    this.typeName = typeName;
    @SuppressWarnings("unchecked")
    Field<T, ?>[] array = (Field<T, ?>[]) fields.toArray(new Field<?, ?>[0]);
    this.fields = array;
    List<Named> names = new ArrayList<>();
    for (Field<T, ?> f : fields) {
      names.add(Named.fromString(f.name));
    }
    this.matcher = MATCHERS.constructNameMatcher(names, false);
    this.constructor = constructor;
  }

  /**
   * Starts the codec of an object type.
   *
   * @param typeName the name used in messages, such as {@code dose}
   * @param <T> the type of value
   * @return a builder
   */
  public static <T> Builder<T> builder(String typeName) {
    return new Builder<>(typeName);
  }

  /**
   * Returns the names of the fields, in writing order.
   *
   * @return the field names
   */
  public List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    for (Field<T, ?> f : fields) {
      names.add(f.name);
    }
    return names;
  }

  /** Returns how many fields the object has, the size of its slot array. */
  int fieldCount() {
    return fields.length;
  }

  @Override
  public void write(JsonGenerator g, T value) {
    g.writeStartObject(value);
    for (Field<T, ?> f : fields) {
      f.write(g, value);
    }
    g.writeEndObject();
  }

  @Override
  public T read(JsonParser p, ReadState state) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw ReadProblem.wrongType(p, "an object (" + typeName + ")");
    }
    Object[] slots = new Object[fields.length];
    readMembers(p, state, slots, p.nextNameMatch(matcher));
    return finish(p, slots);
  }

  /**
   * Matches the next name of the object being read against this codec's fields.
   *
   * @param p the parser, before a name or the end of the object
   * @return the field index, or one of the {@link PropertyNameMatcher} {@code MATCH_} constants
   */
  int nextField(JsonParser p) {
    return p.nextNameMatch(matcher);
  }

  /**
   * Reads the members of an object into slots, from a name already matched to its end.
   *
   * @param p the parser, on a property name or the end of the object
   * @param state the read state
   * @param slots the slots, one per field; filled ones count as already read
   * @param first the match result of the current name
   */
  void readMembers(JsonParser p, ReadState state, Object[] slots, int first) {
    Set<String> unknown = null;
    int index = first;
    while (index != PropertyNameMatcher.MATCH_END_OBJECT) {
      if (index >= 0) {
        if (slots[index] != null) {
          throw Codecs.duplicate(p);
        }
        p.nextToken();
        slots[index] = fields[index].codec.read(p, state);
      } else if (index == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
        String name = p.currentName();
        if (!state.lenient()) {
          throw ReadProblem.here(p, Problem.UNKNOWN_FIELD, unknownField(name));
        }
        if (unknown == null) {
          unknown = new HashSet<>();
        }
        if (!unknown.add(name)) {
          throw Codecs.duplicate(p);
        }
        state.ignore(ReadProblem.pointerHere(p));
        p.nextToken();
        Codecs.skip(p, state);
      } else {
        throw ReadProblem.wrongType(p, "a field name or the end of the object");
      }
      index = p.nextNameMatch(matcher);
    }
  }

  /**
   * Checks the required fields and builds the value, with the parser on the object's end.
   *
   * @param p the parser, on the object's closing brace
   * @param slots the values read
   * @return the value
   */
  T finish(JsonParser p, Object[] slots) {
    List<String> missing = null;
    for (Field<T, ?> f : fields) {
      if (f.mode == Mode.REQUIRED && slots[f.index] == null) {
        if (missing == null) {
          missing = new ArrayList<>();
        }
        missing.add(f.name);
      }
    }
    if (missing != null) {
      throw ReadProblem.behind(
          p,
          ReadProblem.pointerHere(p),
          Problem.MISSING_FIELD,
          (missing.size() == 1
                  ? "missing required field '" + missing.get(0) + "'"
                  : "missing required fields " + quoted(missing))
              + " of " + typeName + " (required: " + quoted(requiredNames()) + ")",
          null);
    }
    try {
      return constructor.apply(new Values(slots));
    } catch (ReadProblem e) {
      throw e;
    } catch (InvalidAt e) {
      throw ReadProblem.behind(
          p, ReadProblem.pointerHere(p) + e.relativePointer(), e.problem(),
          String.valueOf(e.getMessage()), e.getCause());
    } catch (InvalidValueException e) {
      String pointer = ReadProblem.pointerHere(p);
      Field<T, ?> f = field(e.field());
      if (f != null && slots[f.index] != null) {
        pointer = pointer + "/" + f.name;
      }
      throw ReadProblem.behind(p, pointer, Problem.INVALID_VALUE, String.valueOf(e.getMessage()), e);
    } catch (UnknownIdException e) {
      throw ReadProblem.behind(
          p, ReadProblem.pointerHere(p), Problem.UNKNOWN_ID, CommonCodecs.unknownId(e), e);
    } catch (RuntimeException e) {
      throw ReadProblem.behind(
          p,
          ReadProblem.pointerHere(p),
          Problem.INVALID_VALUE,
          typeName + " cannot be built: " + e.getMessage(),
          e);
    }
  }

  private @Nullable Field<T, ?> field(String name) {
    for (Field<T, ?> f : fields) {
      if (f.name.equals(name)) {
        return f;
      }
    }
    return null;
  }

  private List<String> requiredNames() {
    List<String> names = new ArrayList<>();
    for (Field<T, ?> f : fields) {
      if (f.mode == Mode.REQUIRED) {
        names.add(f.name);
      }
    }
    return names;
  }

  private String unknownField(String name) {
    String nearest = null;
    int best = Integer.MAX_VALUE;
    for (Field<T, ?> f : fields) {
      int d = distance(name, f.name);
      if (d < best) {
        best = d;
        nearest = f.name;
      }
    }
    String hint =
        nearest != null && best <= Math.max(2, name.length() / 3)
            ? "; did you mean '" + nearest + "'?"
            : "";
    return "unknown field '" + Codecs.clip(name) + "' in " + typeName + hint + " (known fields: "
        + quoted(fieldNames()) + ")";
  }

  private static String quoted(List<String> names) {
    StringJoiner joined = new StringJoiner(", ");
    for (String n : names) {
      joined.add("'" + n + "'");
    }
    return joined.toString();
  }

  /** Levenshtein distance, for "did you mean" hints; "too far" for names longer than 64. */
  static int distance(String a, String b) {
    if (a.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** How a field behaves when it is absent. */
  enum Mode {
    /** Always written; reading fails without it. */
    REQUIRED,
    /** Written only when present; absent reads as empty. */
    OPTIONAL,
    /** Always written; absent reads as the model's default (an empty list for lists). */
    DEFAULTED
  }

  /**
   * One field of an object: its name, whether it is required, its value codec and its getter.
   *
   * @param <T> the type of the object
   * @param <V> the type of the field's value
   */
  public static final class Field<T, V> {
    final int index;
    final String name;
    final SerializedString key;
    final Mode mode;
    final Codec<V> codec;
    final Function<T, @Nullable V> getter;

    Field(int index, String name, Mode mode, Codec<V> codec, Function<T, @Nullable V> getter) {
      this.index = index;
      this.name = name;
      this.key = new SerializedString(name);
      this.mode = mode;
      this.codec = codec;
      this.getter = getter;
    }

    void write(JsonGenerator g, T object) {
      V value = getter.apply(object);
      if (value != null) {
        g.writeName(key);
        codec.write(g, value);
      }
    }

    /**
     * Returns the field's name.
     *
     * @return the JSON name
     */
    public String name() {
      return name;
    }
  }

  /** The values read for one object, handed to its constructor function. */
  public static final class Values {
    private final Object[] slots;

    Values(Object[] slots) {
      this.slots = slots;
    }

    /**
     * Returns the value of a required field, or of a field known to be present.
     *
     * @param field the field
     * @param <V> the value type
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public <V> V get(Field<?, V> field) {
      Object value = slots[field.index];
      if (value == null) {
        throw new IllegalStateException("field '" + field.name + "' was not read");
      }
      return (V) value;
    }

    /**
     * Tells whether a field was present.
     *
     * @param field the field
     * @return true when the document held it
     */
    public boolean has(Field<?, ?> field) {
      return slots[field.index] != null;
    }

    /**
     * Returns the value of a field that may be absent.
     *
     * @param field the field
     * @param <V> the value type
     * @return the value, or empty
     */
    @SuppressWarnings("unchecked")
    public <V> Optional<V> optional(Field<?, V> field) {
      return Optional.ofNullable((V) slots[field.index]);
    }

    /**
     * Returns the elements of a list field, empty when it was absent.
     *
     * @param field the field
     * @param <E> the element type
     * @return the list
     */
    @SuppressWarnings("unchecked")
    public <E> List<E> list(Field<?, List<E>> field) {
      Object value = slots[field.index];
      return value == null ? List.of() : (List<E>) value;
    }
  }

  /**
   * Collects the fields of an object codec in writing order.
   *
   * @param <T> the type of value
   */
  public static final class Builder<T> {
    private final String typeName;
    private final List<Field<T, ?>> fields = new ArrayList<>();

    private Builder(String typeName) {
      this.typeName = typeName;
    }

    private <V> Field<T, V> add(String name, Mode mode, Codec<V> codec, Function<T, @Nullable V> getter) {
      for (Field<T, ?> f : fields) {
        if (f.name.equals(name)) {
          throw new IllegalArgumentException("field '" + name + "' declared twice in " + typeName);
        }
      }
      Field<T, V> field = new Field<>(fields.size(), name, mode, codec, getter);
      fields.add(field);
      return field;
    }

    /**
     * Adds a field that is always written and must be present.
     *
     * @param name the JSON name
     * @param codec the value codec
     * @param getter the getter
     * @param <V> the value type
     * @return the field, a handle for the constructor function
     */
    public <V> Field<T, V> required(String name, Codec<V> codec, Function<T, V> getter) {
      return add(name, Mode.REQUIRED, codec, getter::apply);
    }

    /**
     * Adds a field that is written only when the value has it.
     *
     * @param name the JSON name
     * @param codec the value codec
     * @param getter the getter
     * @param <V> the value type
     * @return the field
     */
    public <V> Field<T, V> optional(String name, Codec<V> codec, Function<T, Optional<V>> getter) {
      return add(name, Mode.OPTIONAL, codec, v -> getter.apply(v).orElse(null));
    }

    /**
     * Adds a field that is always written and reads as the model's default when absent.
     *
     * @param name the JSON name
     * @param codec the value codec
     * @param getter the getter
     * @param <V> the value type
     * @return the field
     */
    public <V> Field<T, V> defaulted(String name, Codec<V> codec, Function<T, V> getter) {
      return add(name, Mode.DEFAULTED, codec, getter::apply);
    }

    /**
     * Adds a list field that is always written and reads as empty when absent.
     *
     * @param name the JSON name
     * @param element the element codec
     * @param getter the getter
     * @param <E> the element type
     * @return the field
     */
    public <E> Field<T, List<E>> list(String name, Codec<E> element, Function<T, List<E>> getter) {
      return add(name, Mode.DEFAULTED, Codecs.listOf(element), getter::apply);
    }

    /**
     * Builds the codec.
     *
     * @param constructor builds the value from the fields read; may throw the model's exceptions
     * @return the codec
     */
    public ObjectCodec<T> build(Function<Values, T> constructor) {
      return new ObjectCodec<>(typeName, fields, constructor);
    }
  }
}
