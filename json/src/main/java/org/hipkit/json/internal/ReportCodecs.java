package org.hipkit.json.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipkit.anatomy.Side;
import org.hipkit.check.CheckContext;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.check.DataProblem;
import org.hipkit.check.Concern;
import org.hipkit.check.Fact;
import org.hipkit.check.FactValue;
import org.hipkit.check.Outcome;
import org.hipkit.check.Rule;
import org.hipkit.check.RuleDescription;
import org.hipkit.check.RuleResult;
import org.hipkit.check.StaleFact;
import org.hipkit.check.Status;
import org.hipkit.check.Summary;
import org.hipkit.check.ThresholdValue;
import org.hipkit.error.InvalidValueException;
import org.hipkit.intervention.Purpose;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.json.internal.ProfileCodecs.MeasurementFields;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.Allergy;
import org.hipkit.profile.Analyte;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.HipSurgery;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.profile.SkinProblem;
import org.hipkit.protocol.Protocol;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The codecs of the {@code hipkit.report} document: the plan, the protocol, the date, the summary
 * and every rule's result.
 *
 * <p>A report is derived knowledge, and reading checks everything the document can be checked
 * against: each rule is looked up in the read's {@linkplain ReadState#checker() checker} and must
 * have the version the result was made with; a rule whose scope does not cover the plan can only be
 * not applicable; a finding's thresholds are the protocol's; and the summary is the one the results
 * give. The same rules, less the lookup, are the report's write check.
 */
public final class ReportCodecs {

  private ReportCodecs() {}

  /** A fact as its code, such as {@code skin-problem-locations}. */
  public static final Codec<Fact> FACT = Codecs.enumCodec(Fact.class, Fact::code);

  /** A status as its code, such as {@code not-applicable}. */
  public static final Codec<Status> STATUS = Codecs.enumCodec(Status.class, Status::code);

  /** A level of concern as its code, such as {@code none-found}. */
  public static final Codec<Concern> CONCERN = Codecs.enumCodec(Concern.class, Concern::code);

  /** A rule by id, resolved against the read's checker. */
  public static final Codec<RuleDescription> RULE_REF =
      new Codec<>() {
        @Override
        public void write(JsonGenerator g, RuleDescription value) {
          g.writeString(value.id());
        }

        @Override
        public RuleDescription read(JsonParser p, ReadState state) {
          String id = Codecs.STRING.read(p, state);
          List<Rule> rules = state.checker().rules();
          for (int i = 0, n = rules.size(); i < n; i++) {
            RuleDescription description = rules.get(i).description();
            if (description.id().equals(id)) {
              return description;
            }
          }
          List<String> known = new ArrayList<>();
          rules.forEach(rule -> known.add(rule.description().id()));
          List<String> nearest = Codecs.nearest(id, known);
          throw ReadProblem.here(
              p,
              Problem.UNKNOWN_ID,
              "unknown rule id '" + Codecs.clip(id) + "' in the checker in use"
                  + (nearest.isEmpty()
                      ? " (no known id is close to it)"
                      : "; nearest known ids: " + String.join(", ", nearest)));
        }
      };

  /**
   * The shapes a fact's value takes. Each is written under its own field name beside {@code
   * fact}, so that the name says the shape and a reader needs no field order.
   */
  enum Shape {
    PRESENCE("presence", "a presence code"),
    MEASUREMENT("measurement", "a measurement"),
    STATEMENT("statement", "a control statement"),
    SKIN_PROBLEM("skinProblem", "a skin problem"),
    HIP_SURGERY("hipSurgery", "a hip surgery"),
    ALLERGY("allergy", "an allergy"),
    ID("id", "a catalog id"),
    IDS("ids", "a list of catalog ids"),
    SIDE("side", "a side code"),
    PURPOSE("purpose", "a purpose code");

    final String field;
    final String description;

    Shape(String field, String description) {
      this.field = field;
      this.description = description;
    }

    boolean accepts(Object value) {
      return switch (this) {
        case PRESENCE -> value instanceof Presence;
        case MEASUREMENT -> value instanceof Measurement;
        case STATEMENT -> value instanceof ControlStatement;
        case SKIN_PROBLEM -> value instanceof SkinProblem;
        case HIP_SURGERY -> value instanceof HipSurgery;
        case ALLERGY -> value instanceof Allergy allergy && allergy.isResolved();
        case ID -> value instanceof String;
        case IDS -> value instanceof List<?> list && list.stream().allMatch(e -> e instanceof String);
        case SIDE -> value instanceof String code && SIDES.containsKey(code);
        case PURPOSE -> value instanceof String code && PURPOSES.containsKey(code);
      };
    }
  }

  private static final Map<String, Side> SIDES = new HashMap<>();
  private static final Map<String, Purpose> PURPOSES = new HashMap<>();

  static {
    for (Side side : Side.values()) {
      SIDES.put(side.code(), side);
    }
    for (Purpose purpose : Purpose.values()) {
      PURPOSES.put(purpose.code(), purpose);
    }
  }

  /**
   * Returns the shapes the value of a fact may take: one for every fact but {@code
   * plan-components}, which is one medication id when a rule names one component, or a list of ids.
   *
   * @param fact the fact
   * @return the shapes, in the order they are tried when writing
   */
  static List<Shape> shapes(Fact fact) {
    if (fact.isScreeningFact()) {
      return List.of(Shape.PRESENCE);
    }
    return switch (fact) {
      case SKIN_PROBLEM_LOCATIONS -> List.of(Shape.SKIN_PROBLEM);
      case BLOOD_THINNERS -> List.of(Shape.IDS);
      case INR, HBA1C -> List.of(Shape.MEASUREMENT);
      case ANTICOAGULATION_CONTROL, DIABETES_CONTROL -> List.of(Shape.STATEMENT);
      case ALLERGIES -> List.of(Shape.ALLERGY);
      case HIP_SURGERY_DETAILS -> List.of(Shape.HIP_SURGERY);
      case PLAN_CONDITION, PLAN_INTERVENTION, PLAN_TARGET, PLAN_MODALITY, PLAN_ANTISEPTIC ->
          List.of(Shape.ID);
      case PLAN_COMPONENTS -> List.of(Shape.ID, Shape.IDS);
      case PLAN_SIDE -> List.of(Shape.SIDE);
      case PLAN_PURPOSE -> List.of(Shape.PURPOSE);
      // The screening facts, answered above from ScreeningFact's table; a test pins every fact's shapes.
      default -> List.of(Shape.PRESENCE);
    };
  }

  /** The shape a fact value is written in, or null when its value has none of its fact's shapes. */
  static @Nullable Shape shapeOf(FactValue value) {
    for (Shape shape : shapes(value.fact())) {
      if (shape.accepts(value.value())) {
        // A measurement of another analyte than its fact's would read back as the fact's.
        if (value.value() instanceof Measurement m && m.analyte() != analyte(value.fact())) {
          return null;
        }
        return shape;
      }
    }
    return null;
  }

  private static <V> Optional<V> as(FactValue value, Shape shape, Class<V> type) {
    return shapeOf(value) == shape ? Optional.of(type.cast(value.value())) : Optional.empty();
  }

  /** The protocol's thresholds by name, whose values give each threshold's type. */
  private static final Map<String, Object> THRESHOLDS = Protocol.standard().thresholds();

  /** A number read where its type is known only later, with whether its text was an integer. */
  private record ReadNumber(BigDecimal value, boolean integral) {}

  /** A threshold's value: an integer, a decimal, a boolean or a period. */
  private static final Codec<Object> SCALAR =
      new Codec<>() {
        @Override
        public void write(JsonGenerator g, Object value) {
          if (value instanceof Integer i) {
            g.writeNumber(i.intValue());
          } else if (value instanceof BigDecimal d) {
            Codecs.DECIMAL.write(g, d);
          } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
          } else if (value instanceof Period period) {
            Codecs.PERIOD.write(g, period);
          } else {
            throw new IllegalArgumentException("a threshold cannot be a " + value.getClass().getName());
          }
        }

        @Override
        public Object read(JsonParser p, ReadState state) {
          JsonToken t = p.currentToken();
          if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return new ReadNumber(Codecs.DECIMAL.read(p, state), t == JsonToken.VALUE_NUMBER_INT);
          }
          if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE || t == JsonToken.VALUE_STRING) {
            return t == JsonToken.VALUE_STRING ? p.getString() : Codecs.BOOLEAN.read(p, state);
          }
          throw ReadProblem.wrongType(p, "a number, a boolean or a period string");
        }
      };

  /** {@code {"fact": "inr", "measurement": {...}}}: a fact's code and its value under its shape. */
  public static final ObjectCodec<FactValue> FACT_VALUE;

  /** {@code {"name": "maxInr", "value": 3.0}}. */
  public static final ObjectCodec<ThresholdValue> THRESHOLD;

  /** {@code {"level": "caution", "incomplete": false, "flagged": 1, "indeterminate": 0}}. */
  public static final ObjectCodec<Summary> SUMMARY;

  /** {@code {"rule": ..., "version": 1, "status": ..., "facts"?, "thresholds"?, "missing"?}}. */
  public static final ObjectCodec<RuleResult> RESULT;

  /** {@code {"fact": "inr", "date": "2026-11-28", "maxAgeDays": 7}}. */
  public static final ObjectCodec<StaleFact> STALE_FACT;

  /** {@code {"fact": "inr", "date": "2026-12-04", "judgedOn": "2026-12-01"}}. */
  public static final ObjectCodec<DataProblem> DATA_PROBLEM;

  /** The {@code hipkit.report/2} document, which also reads {@code hipkit.report/1}. */
  public static final DocumentCodec<CheckReport> REPORT;

  /** A report's results as read, with the checker they were resolved against. */
  private record Results(List<RuleResult> list, Checker checker) {}

  private static final Codec<List<RuleResult>> RESULT_LIST;

  /** Stands in for the checker of results being written, which writing does not use. */
  private static final Checker NO_CHECKER = Checker.builder().rules(List.of()).build();

  /** The results of a report; reading keeps the read's checker beside them. */
  private static final Codec<Results> RESULTS;

  static {
    ObjectCodec.Builder<FactValue> f = ObjectCodec.builder("a fact");
    var fact = f.required("fact", FACT, FactValue::fact);
    Map<Shape, ObjectCodec.Field<FactValue, ?>> fields = new EnumMap<>(Shape.class);
    fields.put(
        Shape.PRESENCE,
        f.optional("presence", ProfileCodecs.PRESENCE, v -> as(v, Shape.PRESENCE, Presence.class)));
    fields.put(
        Shape.MEASUREMENT,
        f.optional(
            "measurement",
            ProfileCodecs.MEASUREMENT_FIELDS,
            v -> as(v, Shape.MEASUREMENT, Measurement.class).map(MeasurementFields::of)));
    fields.put(
        Shape.STATEMENT,
        f.optional(
            "statement",
            ProfileCodecs.CONTROL_STATEMENT,
            v -> as(v, Shape.STATEMENT, ControlStatement.class)));
    fields.put(
        Shape.SKIN_PROBLEM,
        f.optional(
            "skinProblem", ProfileCodecs.SKIN_PROBLEM, v -> as(v, Shape.SKIN_PROBLEM, SkinProblem.class)));
    fields.put(
        Shape.HIP_SURGERY,
        f.optional(
            "hipSurgery", ProfileCodecs.HIP_SURGERY, v -> as(v, Shape.HIP_SURGERY, HipSurgery.class)));
    fields.put(
        Shape.ALLERGY,
        // Format 1 of the report knows only resolved allergens; a finding never rests on another.
        f.optional("allergy", ProfileCodecs.ALLERGY_1, v -> as(v, Shape.ALLERGY, Allergy.class)));
    fields.put(Shape.ID, f.optional("id", Codecs.STRING, v -> as(v, Shape.ID, String.class)));
    fields.put(
        Shape.IDS,
        f.optional(
            "ids",
            Codecs.listOf(Codecs.STRING),
            v -> as(v, Shape.IDS, List.class).map(ReportCodecs::strings)));
    fields.put(
        Shape.SIDE,
        f.optional("side", PlanCodecs.SIDE, v -> as(v, Shape.SIDE, String.class).map(SIDES::get)));
    fields.put(
        Shape.PURPOSE,
        f.optional(
            "purpose", PlanCodecs.PURPOSE, v -> as(v, Shape.PURPOSE, String.class).map(PURPOSES::get)));
    FACT_VALUE = f.build(v -> factValue(v, v.get(fact), fields));

    ObjectCodec.Builder<ThresholdValue> t = ObjectCodec.builder("a threshold");
    var name = t.required("name", Codecs.STRING, ThresholdValue::name);
    var value = t.required("value", SCALAR, ThresholdValue::value);
    THRESHOLD = t.build(v -> threshold(v.get(name), v.get(value)));

    ObjectCodec.Builder<Summary> s = ObjectCodec.builder("a summary");
    var level = s.required("level", CONCERN, Summary::level);
    var incomplete = s.required("incomplete", Codecs.BOOLEAN, Summary::incomplete);
    var flagged = s.required("flagged", Codecs.INT, Summary::flagged);
    var indeterminate = s.required("indeterminate", Codecs.INT, Summary::indeterminate);
    SUMMARY =
        s.build(
            v -> new Summary(v.get(level), v.get(incomplete), v.get(flagged), v.get(indeterminate)));

    ObjectCodec.Builder<RuleResult> r = ObjectCodec.builder("a rule result");
    var rule = r.required("rule", RULE_REF, RuleResult::rule);
    var version = r.required("version", Codecs.INT, x -> x.rule().version());
    var status = r.required("status", STATUS, RuleResult::status);
    var facts =
        r.optional(
            "facts",
            Codecs.listOf(FACT_VALUE),
            x -> x.status() == Status.FLAGGED ? Optional.of(x.outcome().facts()) : Optional.empty());
    var thresholds =
        r.optional(
            "thresholds",
            Codecs.listOf(THRESHOLD),
            x ->
                x.status() == Status.FLAGGED
                    ? Optional.of(x.outcome().thresholds())
                    : Optional.empty());
    var missing =
        r.optional(
            "missing",
            Codecs.listOf(FACT),
            x ->
                x.status() == Status.INDETERMINATE
                    ? Optional.of(x.outcome().missing())
                    : Optional.empty());
    RESULT =
        r.build(
            v -> {
              RuleDescription description = v.get(rule);
              int written = v.get(version);
              if (written != description.version()) {
                throw new InvalidAt(
                    "/version",
                    Problem.UNSUPPORTED_VERSION,
                    "this result was made by version " + written + " of rule '" + description.id()
                        + "', but the checker in use has version " + description.version()
                        + "; a result can only be read with the version of the rule that made it");
              }
              Status st = v.get(status);
              only(v, facts, st, Status.FLAGGED, "facts");
              only(v, thresholds, st, Status.FLAGGED, "thresholds");
              only(v, missing, st, Status.INDETERMINATE, "missing facts");
              Outcome outcome =
                  switch (st) {
                    case FLAGGED -> {
                      needs(v, facts, "facts", "the facts that triggered it");
                      needs(v, thresholds, "thresholds", "the thresholds it used ([] for none)");
                      yield Outcome.flagged(v.get(facts), v.get(thresholds));
                    }
                    case INDETERMINATE -> {
                      needs(v, missing, "missing", "the facts that would settle it");
                      yield Outcome.indeterminate(v.get(missing));
                    }
                    case NOT_FLAGGED -> Outcome.notFlagged();
                    case NOT_APPLICABLE -> Outcome.notApplicable();
                  };
              return new RuleResult(description, outcome);
            });

    ObjectCodec.Builder<StaleFact> sf = ObjectCodec.builder("a stale fact");
    var staleFact = sf.required("fact", FACT, StaleFact::fact);
    var staleDate = sf.required("date", Codecs.DATE, StaleFact::date);
    var maxAge = sf.required("maxAgeDays", Codecs.INT, StaleFact::maxAgeDays);
    STALE_FACT = sf.build(v -> new StaleFact(v.get(staleFact), v.get(staleDate), v.get(maxAge)));

    ObjectCodec.Builder<DataProblem> dp = ObjectCodec.builder("a data problem");
    var problemFact = dp.required("fact", FACT, DataProblem::fact);
    var problemDate = dp.required("date", Codecs.DATE, DataProblem::date);
    var judgedOn = dp.required("judgedOn", Codecs.DATE, DataProblem::judgedOn);
    DATA_PROBLEM =
        dp.build(v -> new DataProblem(v.get(problemFact), v.get(problemDate), v.get(judgedOn)));

    RESULT_LIST = Codecs.listOf(RESULT);
    RESULTS =
        new Codec<>() {
          @Override
          public void write(JsonGenerator g, Results value) {
            RESULT_LIST.write(g, value.list());
          }

          @Override
          public Results read(JsonParser p, ReadState state) {
            return new Results(RESULT_LIST.read(p, state), state.checker());
          }
        };

    ObjectCodec.Builder<CheckReport> report = DocumentCodec.body("report", 2);
    var plan = report.required("plan", PlanCodecs.PLAN_OBJECT, CheckReport::plan);
    var protocol = report.required("protocol", ProtocolCodecs.PROTOCOL_OBJECT, CheckReport::protocol);
    var asOf = report.required("asOf", Codecs.DATE, CheckReport::asOf);
    var stale = report.required("staleFacts", Codecs.listOf(STALE_FACT), CheckReport::staleFacts);
    var problems =
        report.required("dataProblems", Codecs.listOf(DATA_PROBLEM), CheckReport::dataProblems);
    var summary = report.required("summary", SUMMARY, CheckReport::summary);
    var results = report.required("results", RESULTS, x -> new Results(x.results(), NO_CHECKER));
    ObjectCodec<CheckReport> body =
        report.build(
            v ->
                report(
                    v.get(plan),
                    v.get(protocol),
                    v.get(asOf),
                    v.get(stale),
                    v.get(problems),
                    v.get(summary),
                    v.get(results),
                    false));

    ObjectCodec.Builder<CheckReport> first = DocumentCodec.body("report", 1);
    var plan1 = first.required("plan", PlanCodecs.PLAN_OBJECT, CheckReport::plan);
    var protocol1 = first.required("protocol", ProtocolCodecs.PROTOCOL_OBJECT, CheckReport::protocol);
    var asOf1 = first.required("asOf", Codecs.DATE, CheckReport::asOf);
    var summary1 = first.required("summary", SUMMARY, CheckReport::summary);
    var results1 = first.required("results", RESULTS, x -> new Results(x.results(), NO_CHECKER));
    ObjectCodec<CheckReport> version1 =
        first.build(
            v ->
                report(
                    v.get(plan1),
                    v.get(protocol1),
                    v.get(asOf1),
                    List.of(),
                    List.of(),
                    v.get(summary1),
                    v.get(results1),
                    true));
    REPORT =
        DocumentCodec.of(
            "report",
            2,
            body,
            Map.of(1, DocumentCodec.upgrader(version1, DocumentCodec.format("report", 1))),
            ReportCodecs::checkWritable);
  }


  @SuppressWarnings("unchecked")
  private static List<String> strings(List<?> list) {
    return (List<String>) list;
  }

  private static FactValue factValue(
      ObjectCodec.Values v, Fact fact, Map<Shape, ObjectCodec.Field<FactValue, ?>> fields) {
    Shape found = null;
    for (Map.Entry<Shape, ObjectCodec.Field<FactValue, ?>> e : fields.entrySet()) {
      if (v.has(e.getValue())) {
        if (found != null) {
          throw new InvalidAt(
              "/" + e.getKey().field,
              Problem.INVALID_VALUE,
              "a fact has one value, here both '" + found.field + "' and '" + e.getKey().field
                  + "'");
        }
        found = e.getKey();
      }
    }
    List<Shape> allowed = shapes(fact);
    if (found == null) {
      throw new InvalidAt(
          "",
          Problem.MISSING_FIELD,
          "missing the value of fact '" + fact.code() + "': " + describe(allowed));
    }
    if (!allowed.contains(found)) {
      throw new InvalidAt(
          "/" + found.field,
          Problem.INVALID_VALUE,
          "fact '" + fact.code() + "' takes " + describe(allowed) + ", not '" + found.field + "'");
    }
    Object value = v.get(fields.get(found));
    Object modelValue =
        switch (found) {
          case MEASUREMENT -> measurement(fact, (MeasurementFields) value);
          case IDS -> List.copyOf(strings((List<?>) value));
          case SIDE -> ((Side) value).code();
          case PURPOSE -> ((Purpose) value).code();
          default -> value;
        };
    return new FactValue(fact, modelValue);
  }

  /** The analyte a measurement fact holds: the fact names it, so a document never writes it. */
  private static @Nullable Analyte analyte(Fact fact) {
    return switch (fact) {
      case INR -> Analyte.INR;
      case HBA1C -> Analyte.HBA1C;
      default -> null;
    };
  }

  /** Builds a fact's measurement once the fact is known, refusing at the field that is wrong. */
  private static Measurement measurement(Fact fact, MeasurementFields fields) {
    try {
      // Only inr and hba1c take a measurement (shapes), so the fact is one of them.
      return fields.measurement(fact == Fact.INR ? Analyte.INR : Analyte.HBA1C);
    } catch (InvalidValueException e) {
      throw new InvalidAt("/measurement/" + e.field(), e);
    }
  }

  private static String describe(List<Shape> shapes) {
    StringBuilder text = new StringBuilder();
    for (Shape shape : shapes) {
      if (text.length() > 0) {
        text.append(" or ");
      }
      text.append(shape.description).append(" ('").append(shape.field).append("')");
    }
    return text.toString();
  }

  private static ThresholdValue threshold(String name, Object read) {
    Object template = THRESHOLDS.get(name);
    if (template == null) {
      throw new InvalidAt(
          "/name",
          Problem.INVALID_VALUE,
          "must be the name of a protocol threshold, one of " + String.join(", ", THRESHOLDS.keySet())
              + " (was '" + Codecs.clip(name) + "')");
    }
    String kind = kind(template);
    if (template instanceof Integer) {
      if (read instanceof ReadNumber n && n.integral()) {
        try {
          return new ThresholdValue(name, n.value().intValueExact());
        } catch (ArithmeticException e) {
          throw new InvalidAt(
              "/value",
              Problem.INVALID_VALUE,
              "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                  + " (was " + n.value().toPlainString() + ")");
        }
      }
    } else if (template instanceof BigDecimal) {
      if (read instanceof ReadNumber n) {
        return new ThresholdValue(name, n.value());
      }
    } else if (template instanceof Boolean) {
      if (read instanceof Boolean b) {
        return new ThresholdValue(name, b);
      }
    } else if (read instanceof String text) {
      try {
        return new ThresholdValue(name, Period.parse(text));
      } catch (DateTimeException | ArithmeticException e) {
        throw new InvalidAt(
            "/value",
            Problem.INVALID_VALUE,
            "must be an ISO-8601 period such as P3M, P6W or P1Y2M10D (was '" + Codecs.clip(text)
                + "')");
      }
    }
    throw new InvalidAt(
        "/value",
        Problem.WRONG_TYPE,
        "threshold '" + name + "' is " + kind + ", so this must be " + kind + ", not "
            + describeRead(read));
  }

  private static String kind(Object template) {
    if (template instanceof Integer) {
      return "an integer";
    }
    if (template instanceof BigDecimal) {
      return "a number";
    }
    if (template instanceof Boolean) {
      return "a boolean";
    }
    return "a period";
  }

  private static String describeRead(Object read) {
    if (read instanceof ReadNumber n) {
      return n.integral() ? "an integer" : "a decimal number";
    }
    return read instanceof Boolean ? "a boolean" : "a string";
  }

  private static void only(
      ObjectCodec.Values v, ObjectCodec.Field<?, ?> field, Status status, Status owner, String what) {
    if (status != owner && v.has(field)) {
      throw new InvalidAt(
          "/" + field.name(),
          Problem.INVALID_VALUE,
          "only a result with status " + owner.code() + " has " + what + " (status is "
              + status.code() + ")");
    }
  }

  private static void needs(ObjectCodec.Values v, ObjectCodec.Field<?, ?> field, String name, String what) {
    if (!v.has(field)) {
      throw new InvalidAt(
          "",
          Problem.MISSING_FIELD,
          "missing field '" + name + "': a result with this status names " + what);
    }
  }

  /** A broken rule of a report: where below the result, and what. */
  private record Flaw(String pointer, String reason) {}

  /**
   * Checks one result against its rule and the report's plan and protocol: a rule is not applicable
   * exactly when its scope does not cover the plan; a finding's facts and an indeterminate result's
   * missing facts are facts the rule reads; a finding's thresholds are thresholds the rule uses, with
   * the protocol's values. With {@code writing}, also that each fact's value has one of the fact's
   * shapes.
   */
  private static @Nullable Flaw flaw(
      RuleResult result, TreatmentPlan plan, Protocol protocol, boolean writing) {
    RuleDescription rule = result.rule();
    boolean inScope = rule.scope().matches(plan);
    if (result.status() != Status.NOT_APPLICABLE && !inScope) {
      return new Flaw(
          "/status",
          "rule '" + rule.id() + "' applies to " + rule.scope() + ", not to this plan, so its status"
              + " can only be not-applicable (was " + result.status().code() + ")");
    }
    if (result.status() == Status.NOT_APPLICABLE && inScope) {
      return new Flaw(
          "/status",
          "rule '" + rule.id() + "' applies to " + rule.scope() + ", which covers this plan, so the"
              + " checker evaluated it and it cannot be not-applicable");
    }
    List<FactValue> facts = result.outcome().facts();
    for (int i = 0; i < facts.size(); i++) {
      FactValue fact = facts.get(i);
      if (writing && shapeOf(fact) == null) {
        return new Flaw(
            "/facts/" + i,
            "fact '" + fact.fact().code() + "' takes " + describe(shapes(fact.fact()))
                + ", not " + (fact.value() == null ? "null" : "a " + fact.value().getClass().getName()
                + " (" + Codecs.clip(String.valueOf(fact.value())) + ")"));
      }
      if (!rule.reads().contains(fact.fact())) {
        return new Flaw(
            "/facts/" + i + "/fact",
            notRead(rule, fact.fact(), "a finding's basis holds only facts its rule reads"));
      }
    }
    List<Fact> missing = result.outcome().missing();
    for (int i = 0; i < missing.size(); i++) {
      if (!rule.reads().contains(missing.get(i))) {
        return new Flaw(
            "/missing/" + i,
            notRead(rule, missing.get(i), "only facts a rule reads can settle it"));
      }
    }
    Map<String, Object> values = protocol.thresholds();
    List<ThresholdValue> thresholds = result.outcome().thresholds();
    for (int i = 0; i < thresholds.size(); i++) {
      ThresholdValue threshold = thresholds.get(i);
      Object expected = values.get(threshold.name());
      if (expected == null) {
        return new Flaw(
            "/thresholds/" + i + "/name",
            "'" + threshold.name() + "' is not a protocol threshold; thresholds are "
                + String.join(", ", values.keySet()));
      }
      if (!rule.thresholds().contains(threshold.name())) {
        return new Flaw(
            "/thresholds/" + i + "/name",
            "rule '" + rule.id() + "' does not use threshold '" + threshold.name() + "'; it uses "
                + (rule.thresholds().isEmpty() ? "none" : String.join(", ", rule.thresholds())));
      }
      if (!expected.equals(threshold.value())) {
        String value = threshold.value() instanceof BigDecimal d ? d.toPlainString() : String.valueOf(threshold.value());
        String protocolValue = expected instanceof BigDecimal d ? d.toPlainString() : String.valueOf(expected);
        return new Flaw(
            "/thresholds/" + i + "/value",
            "threshold '" + threshold.name() + "' is " + protocolValue + " in the report's protocol '"
                + protocol.id() + "', not " + value + "; a finding records the thresholds of the"
                + " protocol it was checked under");
      }
    }
    return null;
  }

  private static String notRead(RuleDescription rule, Fact fact, String why) {
    StringBuilder reads = new StringBuilder();
    for (Fact read : rule.reads()) {
      reads.append(reads.length() == 0 ? "" : ", ").append(read.code());
    }
    return "rule '" + rule.id() + "' does not read fact '" + fact.code() + "'; " + why + " (it reads "
        + reads + ")";
  }

  /**
   * Builds a report read from a document, after checking everything the document can be checked
   * against: each result against its rule, the plan and the protocol; the results of rules that read
   * only the plan against the rule evaluated again; the stale facts and data problems against the
   * dates and the results; that every rule of the reader's checker has a result; and the summary
   * against the results. A {@code hipkit.report/1} document is then upgraded: see {@link
   * #upgrade}.
   */
  private static CheckReport report(
      TreatmentPlan plan,
      Protocol protocol,
      LocalDate asOf,
      List<StaleFact> stale,
      List<DataProblem> problems,
      Summary written,
      Results read,
      boolean version1) {
    List<RuleResult> results = read.list();
    LocalDate procedureDate = plan.plannedDate();
    long dated = 0L;
    for (int j = 0; j < stale.size(); j++) {
      String broken = CheckReport.staleFlaw(stale.get(j), protocol, asOf, procedureDate);
      if (broken != null) {
        throw new InvalidAt(
            "/staleFacts/" + j,
            Problem.INVALID_VALUE,
            "a stale fact " + broken + " (was " + stale.get(j) + ")");
      }
    }
    for (int j = 0; j < problems.size(); j++) {
      String broken = CheckReport.problemFlaw(problems.get(j), asOf, procedureDate);
      if (broken != null) {
        throw new InvalidAt(
            "/dataProblems/" + j,
            Problem.INVALID_VALUE,
            "a data problem " + broken + " (was " + problems.get(j) + ")");
      }
      dated |= bit(problems.get(j).fact());
    }
    Map<String, Integer> seen = new HashMap<>();
    long readByApplicable = 0L;
    CheckContext planOnly = null;
    for (int i = 0; i < results.size(); i++) {
      RuleResult result = results.get(i);
      Integer first = seen.putIfAbsent(result.rule().id(), i);
      if (first != null) {
        throw new InvalidAt(
            "/results/" + i + "/rule",
            Problem.INVALID_VALUE,
            "a second result of rule '" + result.rule().id() + "' (the first is /results/" + first
                + "); a report holds one result per rule");
      }
      Flaw flaw = flaw(result, plan, protocol, false);
      if (flaw != null) {
        throw new InvalidAt("/results/" + i + flaw.pointer(), Problem.INVALID_VALUE, flaw.reason());
      }
      if (result.status() == Status.NOT_APPLICABLE) {
        continue;
      }
      List<Fact> reads = result.rule().reads();
      long mask = 0L;
      boolean onlyPlan = true;
      for (Fact fact : reads) {
        mask |= bit(fact);
        onlyPlan &= fact.isPlanElement();
      }
      readByApplicable |= mask;
      if (result.status() == Status.NOT_FLAGGED && (mask & dated) != 0L) {
        throw new InvalidAt(
            "/results/" + i + "/status",
            Problem.INVALID_VALUE,
            "rule '" + result.rule().id() + "' reads a fact the report lists as wrongly dated,"
                + " so it cannot be not-flagged");
      }
      if (onlyPlan) {
        if (planOnly == null) {
          planOnly = CheckContext.of(PatientProfile.unknown(), plan, protocol, asOf);
        }
        Outcome expected = rule(read.checker(), result.rule().id()).evaluate(planOnly);
        Outcome found = result.outcome();
        if (!found.equals(expected)) {
          String field =
              expected.status() != found.status()
                  ? "/status"
                  : !expected.facts().equals(found.facts())
                      ? "/facts"
                      : !expected.thresholds().equals(found.thresholds()) ? "/thresholds" : "/missing";
          throw new InvalidAt(
              "/results/" + i + field,
              Problem.INVALID_VALUE,
              "rule '" + result.rule().id() + "' reads only the plan, which gives " + expected
                  + " (was " + found + "); a result that follows from the plan cannot be changed"
                  + " on its own");
        }
      }
    }
    for (int j = 0; j < stale.size(); j++) {
      notReadByApplicable("/staleFacts/" + j, stale.get(j).fact(), readByApplicable);
    }
    for (int j = 0; j < problems.size(); j++) {
      notReadByApplicable("/dataProblems/" + j, problems.get(j).fact(), readByApplicable);
    }
    List<String> lacking = new ArrayList<>();
    for (Rule rule : read.checker().rules()) {
      if (!seen.containsKey(rule.description().id())) {
        lacking.add(rule.description().id());
      }
    }
    if (!lacking.isEmpty()) {
      throw new InvalidAt(
          "/results",
          Problem.INVALID_VALUE,
          "the report has no result of " + lacking.size() + " rule(s) of the checker in use: "
              + Codecs.clip(String.join(", ", lacking)) + "; a report is read with the checker that"
              + " made it, and a report without every rule's result could read clear on what was"
              + " never checked");
    }
    CheckReport report = CheckReport.of(plan, protocol, asOf, stale, problems, results);
    Summary derived = report.summary();
    if (version1 && derived.flagged() + derived.indeterminate() == 0 && !derived.isClear()) {
      // hipkit.report/1 called a report in which nothing was assessed clear; accept what it wrote.
      derived = new Summary(Concern.NONE_FOUND, false, 0, 0);
    }
    checkSummary(derived, written);
    return version1 ? upgrade(report) : report;
  }

  /**
   * Upgrades a {@code hipkit.report/1} report, which has one date, {@code asOf}, on which it judged
   * every fact. It becomes a report made on {@code asOf} for the procedure on the plan's planned
   * date, without stale facts or data problems (version 1 did not record them). When the two dates
   * are one day, as for every check made without a date, it means exactly what it meant. When they
   * differ, its facts were judged on the wrong day, so no rule that reads a dated fact can stay
   * clear: a not-flagged result of such a rule becomes indeterminate, naming the dated facts it
   * reads.
   */
  private static CheckReport upgrade(CheckReport report) {
    if (report.asOf().equals(report.procedureDate())) {
      return report;
    }
    List<RuleResult> results = new ArrayList<>(report.results());
    for (int i = 0; i < results.size(); i++) {
      RuleResult result = results.get(i);
      if (result.status() == Status.NOT_FLAGGED) {
        List<Fact> dated = result.rule().reads().stream().filter(Fact::isDated).toList();
        if (!dated.isEmpty()) {
          results.set(i, new RuleResult(result.rule(), Outcome.indeterminate(dated)));
        }
      }
    }
    return CheckReport.of(report.plan(), report.protocol(), report.asOf(), results);
  }

  private static long bit(Fact fact) {
    return 1L << fact.ordinal();
  }

  private static void notReadByApplicable(String pointer, Fact fact, long readByApplicable) {
    if ((readByApplicable & bit(fact)) == 0L) {
      throw new InvalidAt(
          pointer + "/fact",
          Problem.INVALID_VALUE,
          "no rule that applies to the plan reads fact '" + fact.code() + "'; a report judges only"
              + " the facts its rules read");
    }
  }

  private static Rule rule(Checker checker, String id) {
    for (Rule rule : checker.rules()) {
      if (rule.description().id().equals(id)) {
        return rule;
      }
    }
    throw new IllegalStateException("rule '" + id + "' was resolved against another checker");
  }

  private static void checkSummary(Summary derived, Summary written) {
    if (!derived.equals(written)) {
      String field;
      Object expected;
      Object found;
      if (derived.level() != written.level()) {
        field = "level";
        expected = "'" + derived.level().code() + "'";
        found = "'" + written.level().code() + "'";
      } else if (derived.incomplete() != written.incomplete()) {
        field = "incomplete";
        expected = derived.incomplete();
        found = written.incomplete();
      } else if (derived.flagged() != written.flagged()) {
        field = "flagged";
        expected = derived.flagged();
        found = written.flagged();
      } else {
        field = "indeterminate";
        expected = derived.indeterminate();
        found = written.indeterminate();
      }
      throw new InvalidAt(
          "/summary/" + field,
          Problem.INVALID_VALUE,
          "the summary does not follow from the results, which give " + field + " " + expected
              + " (was " + found + "); a report's summary is derived from its results and cannot"
              + " be changed on its own");
    }
  }

  /** The report's write check: what reading would refuse is not written. */
  private static void checkWritable(CheckReport report) {
    List<RuleResult> results = report.results();
    for (int i = 0; i < results.size(); i++) {
      Flaw flaw = flaw(results.get(i), report.plan(), report.protocol(), true);
      if (flaw != null) {
        throw new IllegalArgumentException(
            "The report cannot be written as a hipkit.report document: at /results/" + i
                + flaw.pointer() + ", " + flaw.reason());
      }
    }
  }
}
