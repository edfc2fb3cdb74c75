package org.hipkit.json.internal;

import java.util.Optional;
import java.util.function.BiFunction;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.error.InvalidValueException;
import org.hipkit.error.UnknownIdException;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.quantity.CountRange;
import org.hipkit.quantity.Frequency;
import org.hipkit.quantity.RangeBasis;
import org.hipkit.quantity.TimeRange;
import org.hipkit.quantity.TimeUnit;
import org.hipkit.source.CatalogEntry;
import org.hipkit.source.EvidenceGrade;
import org.hipkit.source.Source;
import org.hipkit.source.SourceType;
import org.hipkit.source.StandardCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** The codecs of values shared by several document kinds: sources, codes, quantities, ids. */
public final class CommonCodecs {

  private CommonCodecs() {}

  /** A time unit as its code: {@code min}, {@code h}, {@code d}, {@code wk}, {@code mo}, {@code a}. */
  public static final Codec<TimeUnit> TIME_UNIT = Codecs.enumCodec(TimeUnit.class, TimeUnit::code);

  /** {@code stated} or {@code interpreted}. */
  public static final Codec<RangeBasis> RANGE_BASIS =
      Codecs.enumCodec(RangeBasis.class, RangeBasis::code);

  /** A source's type as its code, such as {@code guideline}. */
  public static final Codec<SourceType> SOURCE_TYPE =
      Codecs.enumCodec(SourceType.class, SourceType::code);

  /** An evidence grade as its code: {@code high}, {@code moderate}, {@code low}, {@code ungraded}. */
  public static final Codec<EvidenceGrade> EVIDENCE_GRADE =
      Codecs.enumCodec(EvidenceGrade.class, EvidenceGrade::code);

  /**
   * {@code {"key": ..., "title": ..., "label"?, "authors"?, "published"?, "year"?, "identifier"?,
   * "type"?, "grade"?}}.
   */
  public static final ObjectCodec<Source> SOURCE;

  /** {@code {"system": uri, "code": ..., "display": ...}}. */
  public static final ObjectCodec<StandardCode> STANDARD_CODE;

  /** {@code {"low": 24, "high": 48, "unit": "h", "phrase"?: ..., "basis": "stated"}}. */
  public static final ObjectCodec<TimeRange> TIME_RANGE;

  /** {@code {"min": 1, "max": 2}}. */
  public static final ObjectCodec<CountRange> COUNT_RANGE;

  /** {@code {"min": 1, "max": 2, "per": "wk"}}. */
  public static final ObjectCodec<Frequency> FREQUENCY;

  static {
    ObjectCodec.Builder<Source> source = ObjectCodec.builder("a source");
    var key = source.required("key", Codecs.STRING, Source::key);
    var title = source.required("title", Codecs.STRING, Source::title);
    // The bibliographic fields are written only when they say more than the key and title, so a
    // source built from those two alone is written exactly as in every earlier format.
    var label =
        source.optional(
            "label", Codecs.STRING, s -> s.label().equals(s.title()) ? Optional.empty() : Optional.of(s.label()));
    var authors = source.optional("authors", Codecs.STRING, Source::authors);
    var published = source.optional("published", Codecs.STRING, Source::published);
    var year =
        source.optional(
            "year", Codecs.INT, s -> s.year().isPresent() ? Optional.of(s.year().getAsInt()) : Optional.empty());
    var identifier = source.optional("identifier", Codecs.STRING, Source::identifier);
    var type =
        source.optional(
            "type",
            SOURCE_TYPE,
            s -> s.type() == SourceType.UNSPECIFIED ? Optional.empty() : Optional.of(s.type()));
    var grade =
        source.optional(
            "grade",
            EVIDENCE_GRADE,
            s -> s.grade() == EvidenceGrade.UNGRADED ? Optional.empty() : Optional.of(s.grade()));
    SOURCE =
        source.build(
            v -> {
              Source.Builder b = Source.builder().key(v.get(key)).title(v.get(title));
              v.optional(label).ifPresent(b::label);
              v.optional(authors).ifPresent(b::authors);
              v.optional(published).ifPresent(b::published);
              v.optional(year).ifPresent(b::year);
              v.optional(identifier).ifPresent(b::identifier);
              v.optional(type).ifPresent(b::type);
              v.optional(grade).ifPresent(b::grade);
              return b.build();
            });

    ObjectCodec.Builder<StandardCode> code = ObjectCodec.builder("a standard code");
    var system = code.required("system", Codecs.STRING, StandardCode::system);
    var value = code.required("code", Codecs.STRING, StandardCode::code);
    var display = code.required("display", Codecs.STRING, StandardCode::display);
    STANDARD_CODE = code.build(v -> StandardCode.of(v.get(system), v.get(value), v.get(display)));

    ObjectCodec.Builder<TimeRange> range = ObjectCodec.builder("a time range");
    var low = range.required("low", Codecs.LONG, TimeRange::low);
    var high = range.required("high", Codecs.LONG, TimeRange::high);
    var unit = range.required("unit", TIME_UNIT, TimeRange::unit);
    var phrase = range.optional("phrase", Codecs.STRING, TimeRange::phrase);
    var basis = range.required("basis", RANGE_BASIS, TimeRange::basis);
    TIME_RANGE =
        range.build(
            v -> {
              long l = v.get(low);
              long h = v.get(high);
              TimeUnit u = v.get(unit);
              if (v.get(basis) == RangeBasis.INTERPRETED) {
                if (!v.has(phrase)) {
                  throw new InvalidValueException(
                      "TimeRange",
                      "phrase",
                      "is required when the range is interpreted from a phrase",
                      "empty");
                }
                return TimeRange.interpreted(l, h, u, v.get(phrase));
              }
              return v.has(phrase) ? TimeRange.stated(l, h, u, v.get(phrase)) : TimeRange.of(l, h, u);
            });

    ObjectCodec.Builder<CountRange> count = ObjectCodec.builder("a count range");
    var min = count.required("min", Codecs.INT, CountRange::min);
    var max = count.required("max", Codecs.INT, CountRange::max);
    COUNT_RANGE = count.build(v -> CountRange.of(v.get(min), v.get(max)));

    ObjectCodec.Builder<Frequency> frequency = ObjectCodec.builder("a frequency");
    var fmin = frequency.required("min", Codecs.INT, f -> f.count().min());
    var fmax = frequency.required("max", Codecs.INT, f -> f.count().max());
    var per = frequency.required("per", TIME_UNIT, Frequency::per);
    FREQUENCY = frequency.build(v -> Frequency.of(v.get(fmin), v.get(fmax), v.get(per)));
  }

  /**
   * Words the failure of a catalog lookup, naming the nearest known ids.
   *
   * @param e the lookup's exception
   * @return the reason
   */
  public static String unknownId(UnknownIdException e) {
    return "unknown " + e.kind() + " id '" + Codecs.clip(e.id()) + "' in the catalog in use"
        + (e.nearest().isEmpty()
            ? " (no known id is close to it)"
            : "; nearest known ids: " + String.join(", ", e.nearest()));
  }

  /**
   * Returns the codec of a catalog entry referenced by id: written as the id, read by looking the
   * id up in the read's catalog.
   *
   * @param lookup the catalog lookup, which throws {@link UnknownIdException} for unknown ids
   * @param <E> the entry type
   * @return the codec
   */
  public static <E extends CatalogEntry> Codec<E> ref(BiFunction<HipCatalog, String, E> lookup) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator g, E value) {
        g.writeString(value.id());
      }

      @Override
      public E read(JsonParser p, ReadState state) {
        String id = Codecs.STRING.read(p, state);
        try {
          return lookup.apply(state.catalog(), id);
        } catch (UnknownIdException e) {
          throw ReadProblem.here(p, Problem.UNKNOWN_ID, unknownId(e));
        }
      }
    };
  }
}
