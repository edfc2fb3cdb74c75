package org.hipkit.json.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import org.hipkit.error.MessageText;
import org.hipkit.json.HipJsonException.Problem;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;

/** The codecs of scalars, enums and lists, shared by every document kind. */
public final class Codecs {

  private Codecs() {}

  /** Any JSON string. */
  public static final Codec<String> STRING =
      new Codec<>() {
        @Override
        public void write(JsonGenerator g, String value) {
          g.writeString(value);
        }

        @Override
        public String read(JsonParser p, ReadState state) {
          if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw ReadProblem.wrongType(p, "a string");
          }
          return p.getString();
        }
      };

  /** A JSON integer in the range of {@code int}. */
  public static final Codec<Integer> INT =
      new Codec<>() {
        @Override
        public void write(JsonGenerator g, Integer value) {
          g.writeNumber(value.intValue());
        }

        @Override
        public Integer read(JsonParser p, ReadState state) {
          if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw ReadProblem.wrongType(p, "an integer");
          }
          if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw ReadProblem.here(
                p,
                Problem.INVALID_VALUE,
                "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                    + " (was " + p.getString() + ")");
          }
          return p.getIntValue();
        }
      };

  /** A JSON integer in the range of {@code long}. */
  public static final Codec<Long> LONG =
      new Codec<>() {
        @Override
        public void write(JsonGenerator g, Long value) {
          g.writeNumber(value.longValue());
        }

        @Override
        public Long read(JsonParser p, ReadState state) {
          if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw ReadProblem.wrongType(p, "an integer");
          }
          JsonParser.NumberType type = p.getNumberType();
          if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw ReadProblem.here(
                p,
                Problem.INVALID_VALUE,
                "must be an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
                    + " (was " + p.getString() + ")");
          }
          return p.getLongValue();
        }
      };

  /** {@code true} or {@code false}. */
  public static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        public void write(JsonGenerator g, Boolean value) {
          g.writeBoolean(value);
        }

        @Override
        public Boolean read(JsonParser p, ReadState state) {
          JsonToken t = p.currentToken();
          if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
          }
          if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
          }
          throw ReadProblem.wrongType(p, "true or false");
        }
      };

  /**
   * An exact decimal: written as a plain JSON number without exponent, read into a {@link
   * BigDecimal} with the scale the text gives ({@code 3.0} stays {@code 3.0}). An exponent is
   * accepted on read and resolved; a value whose plain form would be longer than the number limit
   * is refused, so that {@code 1e999999999} cannot blow up when written back.
   */
  public static final Codec<BigDecimal> DECIMAL =
      new Codec<>() {
        @Override
        public void write(JsonGenerator g, BigDecimal value) {
          g.writeNumber(plain(value));
        }

        @Override
        public BigDecimal read(JsonParser p, ReadState state) {
          JsonToken t = p.currentToken();
          if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw ReadProblem.wrongType(p, "a number");
          }
          BigDecimal value;
          try {
            value = p.getDecimalValue();
          } catch (NumberFormatException | ArithmeticException e) {
            // An exponent beyond what BigDecimal holds, such as 1e9999999999 (found by fuzzing).
            throw tooLong(p, state);
          }
          int scale = value.scale();
          long plainDigits = (long) value.precision() - scale;
          if (scale > state.maxNumberLength() || plainDigits > state.maxNumberLength()) {
            throw tooLong(p, state);
          }
          return scale < 0 ? value.setScale(0) : value;
        }

        private ReadProblem tooLong(JsonParser p, ReadState state) {
          return ReadProblem.here(
              p,
              Problem.LIMIT_EXCEEDED,
              "number is too long: written out without exponent it would need more than "
                  + state.maxNumberLength()
                  + " digits (the number length limit)");
        }
      };

  /**
   * A decimal's plain text, without exponent. {@link BigDecimal#toString()} gives the same text
   * whenever its scale is not negative and its adjusted exponent is at least -6, and it caches it:
   * the doses of a catalog or a plan are written without making a new string each time.
   */
  static String plain(BigDecimal value) {
    return value.scale() >= 0 && value.precision() - value.scale() > -6
        ? value.toString()
        : value.toPlainString();
  }

  /** An ISO-8601 calendar date such as {@code 2026-12-01}, as {@link LocalDate} writes it. */
  public static final Codec<LocalDate> DATE =
      new Codec<>() {
        @Override
        public void write(JsonGenerator g, LocalDate value) {
          g.writeString(value.toString());
        }

        @Override
        public LocalDate read(JsonParser p, ReadState state) {
          String text = STRING.read(p, state);
          try {
            return Temporals.date(text);
          } catch (DateTimeException | ArithmeticException e) {
            throw ReadProblem.here(
                p,
                Problem.INVALID_VALUE,
                "must be an ISO-8601 date such as 2026-12-01 (was '" + clip(text) + "')");
          }
        }
      };

  /**
   * An ISO-8601 date-time with its offset and, unless the zone is a fixed offset, its zone id, as
   * {@link DateTimeFormatter#ISO_ZONED_DATE_TIME} writes it: {@code 2026-12-01T09:00:00Z[Europe/London]},
   * {@code 2026-07-01T09:00:00+01:00[Europe/London]}, {@code 2026-12-01T09:00:00+05:30}. Seconds are
   * always written, a fraction of a second only when there is one. On read the offset must be one
   * the zone has at that local date-time, so that the text names exactly one moment.
   */
  public static final Codec<ZonedDateTime> ZONED_DATE_TIME =
      new Codec<>() {
        @Override
        public void write(JsonGenerator g, ZonedDateTime value) {
          g.writeString(DateTimeFormatter.ISO_ZONED_DATE_TIME.format(value));
        }

        @Override
        public ZonedDateTime read(JsonParser p, ReadState state) {
          String text = STRING.read(p, state);
          TemporalAccessor parsed;
          ZonedDateTime value;
          try {
            parsed = DateTimeFormatter.ISO_ZONED_DATE_TIME.parse(text);
            value = ZonedDateTime.from(parsed);
          } catch (DateTimeException | ArithmeticException e) {
            throw ReadProblem.here(
                p,
                Problem.INVALID_VALUE,
                "must be an ISO-8601 date-time with offset and zone such as"
                    + " 2026-12-01T09:00:00Z[Europe/London] (was '" + clip(text) + "')");
          }
          LocalDateTime local = LocalDateTime.from(parsed);
          ZoneOffset offset = ZoneOffset.from(parsed);
          if (!value.getZone().getRules().isValidOffset(local, offset)) {
            throw ReadProblem.here(
                p,
                Problem.INVALID_VALUE,
                "the offset " + offset + " is not one that " + value.getZone() + " has at " + local
                    + " (was '" + clip(text) + "')");
          }
          return value;
        }
      };

  /**
   * An ISO-8601 period such as {@code P3M} or {@code P42D}, as {@link Period} writes it; the week
   * form {@code P6W} is read as 42 days.
   */
  public static final Codec<Period> PERIOD =
      new Codec<>() {
        @Override
        public void write(JsonGenerator g, Period value) {
          g.writeString(value.toString());
        }

        @Override
        public Period read(JsonParser p, ReadState state) {
          String text = STRING.read(p, state);
          try {
            return Temporals.period(text);
          } catch (DateTimeException | ArithmeticException e) {
            throw ReadProblem.here(
                p,
                Problem.INVALID_VALUE,
                "must be an ISO-8601 period such as P3M, P6W or P1Y2M10D (was '" + clip(text) + "')");
          }
        }
      };

  /**
   * Returns the codec of an enum written as its lower-kebab code.
   *
   * @param type the enum class
   * @param code the function giving a constant's code
   * @param <E> the enum type
   * @return the codec
   */
  public static <E extends Enum<E>> Codec<E> enumCodec(Class<E> type, Function<E, String> code) {
    return new EnumCodec<>(type, code, List.of(type.getEnumConstants()));
  }

  /**
   * Returns the codec of an enum of which an older format version knows only some constants: it
   * reads only their codes, and writes any constant by its code.
   *
   * @param type the enum class
   * @param code the code of each constant
   * @param accepted the constants a document may name, in the order messages list them
   * @param <E> the enum type
   * @return the codec
   */
  public static <E extends Enum<E>> Codec<E> enumCodec(
      Class<E> type, Function<E, String> code, List<E> accepted) {
    return new EnumCodec<>(type, code, accepted);
  }

  /**
   * Returns the codec of a list: written as an array in list order, read in document order.
   *
   * @param element the codec of the elements
   * @param <E> the element type
   * @return the codec
   */
  public static <E> Codec<List<E>> listOf(Codec<E> element) {
    return new ListCodec<>(element);
  }

  /**
   * Returns the codec of a set of enum constants: written as an array in declaration order, read
   * from an array that must not repeat a constant.
   *
   * @param element the codec of the constants
   * @param type the enum class
   * @param <E> the enum type
   * @return the codec
   */
  public static <E extends Enum<E>> Codec<Set<E>> enumSetOf(Codec<E> element, Class<E> type) {
    return new EnumSetCodec<>(element, type);
  }

  /**
   * Skips the value at the parser's current token, checking duplicate keys, string lengths and
   * array lengths on the way, so that ignored content meets the same rules as read content. It
   * keeps its own stack rather than recursing, so that no nesting depth can exhaust the thread's.
   *
   * @param p the parser, on the value's first token
   * @param state the read state
   */
  public static void skip(JsonParser p, ReadState state) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      p.getString(); // materialised so that the string length limit applies to ignored text too
      return;
    }
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return;
    }
    // One entry per open container: the names seen so far in an object, the count of an array.
    ArrayDeque<Object> open = new ArrayDeque<>();
    open.push(t == JsonToken.START_OBJECT ? new HashSet<String>() : new int[1]);
    while (!open.isEmpty()) {
      JsonToken next = p.nextToken();
      Object level = open.peek();
      if (next == null) {
        throw ReadProblem.here(p, Problem.MALFORMED_JSON, "the input ends inside an object or array");
      } else if (next == JsonToken.END_OBJECT || next == JsonToken.END_ARRAY) {
        open.pop();
      } else if (next == JsonToken.PROPERTY_NAME) {
        @SuppressWarnings("unchecked")
        Set<String> names = (Set<String>) level;
        if (!names.add(p.currentName())) {
          throw duplicate(p);
        }
      } else {
        if (level instanceof int[] count && ++count[0] > state.maxArrayLength()) {
          throw tooLong(p, state);
        }
        if (next == JsonToken.START_OBJECT) {
          open.push(new HashSet<String>());
        } else if (next == JsonToken.START_ARRAY) {
          open.push(new int[1]);
        } else if (next == JsonToken.VALUE_STRING) {
          p.getString();
        }
      }
    }
  }

  static ReadProblem duplicate(JsonParser p) {
    return ReadProblem.here(
        p,
        Problem.DUPLICATE_KEY,
        "duplicate key '" + clip(String.valueOf(p.currentName())) + "': a field may appear only once");
  }

  static ReadProblem tooLong(JsonParser p, ReadState state) {
    return ReadProblem.here(
        p,
        Problem.LIMIT_EXCEEDED,
        "array is too long: it holds more than " + state.maxArrayLength()
            + " elements (the array length limit)");
  }

  /**
   * Returns up to three of the known ids nearest to an unknown one by edit distance, nearest first,
   * ties alphabetically; ids that share nothing with it are left out (the rule of the catalog's own
   * lookups).
   *
   * @param id the unknown id
   * @param known the known ids
   * @return the nearest ids, possibly none
   */
  public static List<String> nearest(String id, Iterable<String> known) {
    record Scored(String id, int distance) {}
    List<Scored> scored = new ArrayList<>();
    int cutoff = Math.max(3, id.length() / 2);
    for (String candidate : known) {
      int d = ObjectCodec.distance(id, candidate);
      if (d <= cutoff || candidate.contains(id) || id.contains(candidate)) {
        scored.add(new Scored(candidate, d));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::id));
    return scored.stream().limit(3).map(Scored::id).toList();
  }

  /**
   * Shortens text for a message and escapes its control characters, as {@link MessageText} does
   * for every message hipkit writes.
   *
   * @param text the text
   * @return the text, cut to at most 80 characters and on one line
   */
  public static String clip(String text) {
    return MessageText.shown(text, 80);
  }

  /** An enum written as its code. */
  private static final class EnumCodec<E extends Enum<E>> implements Codec<E> {
    private final SerializedString[] written;
    private final Map<String, E> byCode;
    private final String choices;

    EnumCodec(Class<E> type, Function<E, String> code, List<E> accepted) {
      E[] constants = type.getEnumConstants();
      this.written = new SerializedString[constants.length];
      this.byCode = new HashMap<>();
      for (E constant : constants) {
        written[constant.ordinal()] = new SerializedString(code.apply(constant));
      }
      StringJoiner joined = new StringJoiner(", ");
      for (E constant : accepted) {
        String c = code.apply(constant);
        byCode.put(c, constant);
        joined.add(c);
      }
      this.choices = joined.toString();
    }

    @Override
    public void write(JsonGenerator g, E value) {
      g.writeString(written[value.ordinal()]);
    }

    @Override
    public E read(JsonParser p, ReadState state) {
      String text = STRING.read(p, state);
      E value = byCode.get(text);
      if (value == null) {
        throw ReadProblem.here(
            p, Problem.INVALID_VALUE, "must be one of " + choices + " (was '" + clip(text) + "')");
      }
      return value;
    }
  }

  /** A list as an array. */
  private static final class ListCodec<E> implements Codec<List<E>> {
    private final Codec<E> element;

    ListCodec(Codec<E> element) {
      this.element = element;
    }

    @Override
    public void write(JsonGenerator g, List<E> value) {
      g.writeStartArray(value, value.size());
      for (int i = 0, n = value.size(); i < n; i++) {
        element.write(g, value.get(i));
      }
      g.writeEndArray();
    }

    @Override
    public List<E> read(JsonParser p, ReadState state) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw ReadProblem.wrongType(p, "an array");
      }
      List<E> list = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (list.size() >= state.maxArrayLength()) {
          throw tooLong(p, state);
        }
        list.add(element.read(p, state));
      }
      return list;
    }
  }

  /** A set of enum constants as an array. */
  private static final class EnumSetCodec<E extends Enum<E>> implements Codec<Set<E>> {
    private final Codec<E> element;
    private final Class<E> type;
    private final E[] constants;

    EnumSetCodec(Codec<E> element, Class<E> type) {
      this.element = element;
      this.type = type;
      this.constants = type.getEnumConstants();
    }

    @Override
    public void write(JsonGenerator g, Set<E> value) {
      g.writeStartArray(value, value.size());
      for (E constant : constants) {
        if (value.contains(constant)) {
          element.write(g, constant);
        }
      }
      g.writeEndArray();
    }

    @Override
    public Set<E> read(JsonParser p, ReadState state) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw ReadProblem.wrongType(p, "an array");
      }
      Set<E> set = EnumSet.noneOf(type);
      while (p.nextToken() != JsonToken.END_ARRAY) {
        E constant = element.read(p, state);
        if (!set.add(constant)) {
          throw ReadProblem.here(
              p, Problem.INVALID_VALUE, "must not repeat an element (repeated '" + p.getString() + "')");
        }
      }
      return set;
    }
  }
}
