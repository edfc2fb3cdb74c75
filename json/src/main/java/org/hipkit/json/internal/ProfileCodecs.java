package org.hipkit.json.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hipkit.anatomy.Region;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.catalog.Resolved;
import org.hipkit.error.InvalidValueException;
import org.hipkit.error.UnknownIdException;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.medication.AllergyGroup;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.profile.AllergenKind;
import org.hipkit.profile.Analyte;
import org.hipkit.profile.Allergy;
import org.hipkit.profile.Control;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.HipSurgery;
import org.hipkit.profile.HipSurgeryKind;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.profile.ScreeningFact;
import org.hipkit.profile.SkinProblem;
import org.hipkit.profile.SkinProblemKind;
import org.hipkit.source.StandardCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The codecs of the {@code hipkit.profile} document: version 2, and version 1 read through an
 * upgrader. Version 2 added the {@code unresolved} allergen kind.
 */
public final class ProfileCodecs {

  private ProfileCodecs() {}

  /** {@code present}, {@code absent} or {@code unknown}. */
  public static final Codec<Presence> PRESENCE = Codecs.enumCodec(Presence.class, Presence::code);

  /** A region code such as {@code lateral}. */
  public static final Codec<Region> REGION = Codecs.enumCodec(Region.class, Region::code);

  /** A medication class code such as {@code corticosteroid}. */
  public static final Codec<MedicationClass> MEDICATION_CLASS =
      Codecs.enumCodec(MedicationClass.class, MedicationClass::code);

  /**
   * A measurement's fields as written, before the analyte is known: a report's fact may name it
   * ({@code "fact": "inr"}) after its measurement, so the measurement is built once both are read.
   *
   * @param value the value, in the unit
   * @param unit the unit as written
   * @param date the date it was taken
   * @param code the standard code, if written
   */
  public record MeasurementFields(
      BigDecimal value, String unit, LocalDate date, Optional<StandardCode> code) {

    /**
     * Returns the fields of a measurement.
     *
     * @param m the measurement
     * @return its fields
     */
    public static MeasurementFields of(Measurement m) {
      return new MeasurementFields(m.value(), m.unit(), m.date(), m.code());
    }

    /**
     * Builds the measurement of an analyte from these fields.
     *
     * @param analyte what was measured
     * @return the measurement
     * @throws InvalidValueException naming the field, for a unit the analyte does not have or an
     *     implausible value
     */
    public Measurement measurement(Analyte analyte) {
      return Measurement.builder()
          .analyte(analyte)
          .value(value)
          .unit(unit)
          .date(date)
          .code(code)
          .build();
    }
  }

  /** {@code {"value": 2.4, "unit": "{INR}", "date": ..., "code"?: {...}}}, of any analyte. */
  public static final ObjectCodec<MeasurementFields> MEASUREMENT_FIELDS =
      measurementCodec(Function.identity(), Function.identity());

  /** An INR: {@code {"value": 2.4, "unit": "{INR}", "date": ..., "code"?: {...}}}. */
  public static final ObjectCodec<Measurement> INR_MEASUREMENT = measurementCodec(Analyte.INR);

  /** An HbA1c: {@code {"value": 58, "unit": "mmol/mol", "date": ..., "code"?: {...}}}. */
  public static final ObjectCodec<Measurement> HBA1C_MEASUREMENT = measurementCodec(Analyte.HBA1C);

  /** {@code {"control": "controlled", "date": ..., "note"?: ...}}. */
  public static final ObjectCodec<ControlStatement> CONTROL_STATEMENT;

  /**
   * An allergy of the current profile: {@code {"kind": "allergy-group", "allergen": "iodine"}}, or
   * {@code {"kind": "unresolved", "allergen": "<the clinician's words>"}}. Medication and group
   * allergens are resolved against the read's catalog by id or alias.
   */
  public static final Codec<Allergy> ALLERGY;

  /**
   * An allergy as version 1 documents hold it (profiles, and the facts of reports): the kinds
   * {@code medication}, {@code medication-class} and {@code allergy-group} only, resolved as
   * {@link #ALLERGY} resolves them. Group ids are those of version 1: a group renamed since is read
   * under its old id and written under it, so that a version 1 report writes back as it was.
   */
  public static final Codec<Allergy> ALLERGY_1;

  /**
   * Allergy group ids of format 1 that the catalog has renamed: a group may no longer share the id
   * of a medication, now that groups are catalog entries.
   */
  public static final Map<String, String> GROUPS_RENAMED_SINCE_1 =
      Map.of("chlorhexidine", "chlorhexidine-products");

  /** {@code {"kind": "open-wound", "region"?: "lateral", "side"?: "right"}}. */
  public static final ObjectCodec<SkinProblem> SKIN_PROBLEM;

  /** {@code {"kind": "arthroplasty", "side"?: "right", "date"?: ...}}. */
  public static final ObjectCodec<HipSurgery> HIP_SURGERY;

  /** The {@code hipkit.profile/2} document, which also reads {@code hipkit.profile/1}. */
  public static final DocumentCodec<PatientProfile> PROFILE;

  /**
   * The screening facts, in writing order, each under its {@linkplain ScreeningFact#propertyName()
   * lower-camel name}.
   */
  private static final List<ScreeningFact> FACTS = ScreeningFact.all();

  /**
   * The measurement codec of one analyte: the analyte is the place's (a profile's {@code inr} or
   * {@code hba1c}), never written, and a unit or value it refuses is reported at that field.
   */
  private static ObjectCodec<Measurement> measurementCodec(Analyte analyte) {
    return measurementCodec(MeasurementFields::of, fields -> fields.measurement(analyte));
  }

  private static <T> ObjectCodec<T> measurementCodec(
      Function<T, MeasurementFields> fields, Function<MeasurementFields, T> constructor) {
    ObjectCodec.Builder<T> measurement = ObjectCodec.builder("a measurement");
    var value = measurement.required("value", Codecs.DECIMAL, m -> fields.apply(m).value());
    var unit = measurement.required("unit", Codecs.STRING, m -> fields.apply(m).unit());
    var date = measurement.required("date", Codecs.DATE, m -> fields.apply(m).date());
    var code =
        measurement.optional("code", CommonCodecs.STANDARD_CODE, m -> fields.apply(m).code());
    return measurement.build(
        v ->
            constructor.apply(
                new MeasurementFields(v.get(value), v.get(unit), v.get(date), v.optional(code))));
  }

  static {
    ObjectCodec.Builder<ControlStatement> statement = ObjectCodec.builder("a control statement");
    var control =
        statement.required(
            "control", Codecs.enumCodec(Control.class, Control::code), ControlStatement::control);
    var statementDate = statement.required("date", Codecs.DATE, ControlStatement::date);
    var note = statement.optional("note", Codecs.STRING, ControlStatement::note);
    CONTROL_STATEMENT =
        statement.build(
            v -> {
              if (v.has(note)) {
                return ControlStatement.of(v.get(control), v.get(statementDate), v.get(note));
              }
              return ControlStatement.of(v.get(control), v.get(statementDate));
            });

    ALLERGY = new AllergyCodec(Codecs.enumCodec(AllergenKind.class, AllergenKind::code), Map.of());
    ALLERGY_1 =
        new AllergyCodec(
            Codecs.enumCodec(
                AllergenKind.class,
                AllergenKind::code,
                List.of(AllergenKind.MEDICATION, AllergenKind.MEDICATION_CLASS, AllergenKind.ALLERGY_GROUP)),
            GROUPS_RENAMED_SINCE_1);

    ObjectCodec.Builder<SkinProblem> skin = ObjectCodec.builder("a skin problem");
    var skinKind =
        skin.required("kind", Codecs.enumCodec(SkinProblemKind.class, SkinProblemKind::code), SkinProblem::kind);
    var region = skin.optional("region", REGION, SkinProblem::region);
    var skinSide = skin.optional("side", PlanCodecs.SIDE, SkinProblem::side);
    SKIN_PROBLEM =
        skin.build(v -> SkinProblem.of(v.get(skinKind), v.optional(region), v.optional(skinSide)));

    ObjectCodec.Builder<HipSurgery> surgery = ObjectCodec.builder("a hip surgery");
    var surgeryKind =
        surgery.required("kind", Codecs.enumCodec(HipSurgeryKind.class, HipSurgeryKind::code), HipSurgery::kind);
    var surgerySide = surgery.optional("side", PlanCodecs.SIDE, HipSurgery::side);
    var surgeryDate = surgery.optional("date", Codecs.DATE, HipSurgery::date);
    HIP_SURGERY =
        surgery.build(
            v -> HipSurgery.of(v.get(surgeryKind), v.optional(surgerySide), v.optional(surgeryDate)));

    PROFILE =
        DocumentCodec.of(
            "profile",
            2,
            profile(DocumentCodec.body("profile", 2), ALLERGY),
            Map.of(1, DocumentCodec.upgrading(profile(DocumentCodec.body("profile", 1), ALLERGY_1))));
  }

  /** Adds the fields of a profile, after {@code format}, and builds the codec. */
  private static ObjectCodec<PatientProfile> profile(
      ObjectCodec.Builder<PatientProfile> profile, Codec<Allergy> allergy) {
    List<ObjectCodec.Field<PatientProfile, Presence>> facts = new ArrayList<>();
    for (ScreeningFact fact : FACTS) {
      facts.add(profile.defaulted(fact.propertyName(), PRESENCE, fact::in));
    }
    var skinProblems = profile.list("skinProblems", SKIN_PROBLEM, PatientProfile::skinProblems);
    var bloodThinners =
        profile.list("bloodThinners", PlanCodecs.MEDICATION_REF, PatientProfile::bloodThinners);
    var inr = profile.optional("inr", INR_MEASUREMENT, PatientProfile::inr);
    var anticoagulationControl =
        profile.optional(
            "anticoagulationControl", CONTROL_STATEMENT, PatientProfile::anticoagulationControl);
    var allergies = profile.list("allergies", allergy, PatientProfile::allergies);
    var hba1c = profile.optional("hba1c", HBA1C_MEASUREMENT, PatientProfile::hba1c);
    var diabetesControl =
        profile.optional("diabetesControl", CONTROL_STATEMENT, PatientProfile::diabetesControl);
    var hipSurgeries = profile.list("hipSurgeries", HIP_SURGERY, PatientProfile::hipSurgeries);
    return profile.build(
        v -> {
          PatientProfile.Builder b = PatientProfile.builder();
          for (int i = 0; i < FACTS.size(); i++) {
            var field = facts.get(i);
            if (v.has(field)) {
              FACTS.get(i).setIn(b, v.get(field));
            }
          }
          return b.addAllSkinProblems(v.list(skinProblems))
              .addAllBloodThinners(v.list(bloodThinners))
              .inr(v.optional(inr))
              .anticoagulationControl(v.optional(anticoagulationControl))
              .addAllAllergies(v.list(allergies))
              .hba1c(v.optional(hba1c))
              .diabetesControl(v.optional(diabetesControl))
              .addAllHipSurgeries(v.list(hipSurgeries))
              .build();
        });
  }

  /**
   * Returns the names of the screening facts, in writing order.
   *
   * @return the fact names
   */
  public static List<String> factNames() {
    return FACTS.stream().map(ScreeningFact::propertyName).toList();
  }

  private static MedicationClass medicationClass(String code) {
    for (MedicationClass c : MedicationClass.values()) {
      if (c.code().equals(code)) {
        return c;
      }
    }
    List<String> codes = new ArrayList<>();
    for (MedicationClass c : MedicationClass.values()) {
      codes.add(c.code());
    }
    throw new InvalidValueException(
        "Allergy",
        "allergen",
        "must be a medication class code when the kind is medication-class, one of "
            + String.join(", ", codes),
        Codecs.clip(code));
  }

  /** An allergy's two fields as the document holds them, before they are resolved. */
  private record RawAllergy(AllergenKind kind, String allergen) {}

  /**
   * Reads an allergy's kind and allergen, then resolves the allergen against the read's catalog:
   * a medication or group by id or alias (an alias use is recorded), a class by its code, and an
   * unresolved allergen by the model's checks of its text. A failure is reported at the allergen.
   */
  private static final class AllergyCodec implements Codec<Allergy> {
    private final ObjectCodec<RawAllergy> raw;
    private final Map<String, String> renamedGroups;
    private final Map<String, String> formerGroups;

    AllergyCodec(Codec<AllergenKind> kinds, Map<String, String> renamedGroups) {
      ObjectCodec.Builder<RawAllergy> b = ObjectCodec.builder("an allergy");
      var kind = b.required("kind", kinds, RawAllergy::kind);
      var allergen = b.required("allergen", Codecs.STRING, RawAllergy::allergen);
      this.raw = b.build(v -> new RawAllergy(v.get(kind), v.get(allergen)));
      this.renamedGroups = renamedGroups;
      Map<String, String> former = new java.util.HashMap<>();
      renamedGroups.forEach((old, renamed) -> former.put(renamed, old));
      this.formerGroups = Map.copyOf(former);
    }

    @Override
    public void write(JsonGenerator g, Allergy value) {
      String allergen = value.allergen();
      if (value.kind() == AllergenKind.ALLERGY_GROUP) {
        allergen = formerGroups.getOrDefault(allergen, allergen);
      }
      raw.write(g, new RawAllergy(value.kind(), allergen));
    }

    @Override
    public Allergy read(JsonParser p, ReadState state) {
      RawAllergy r = raw.read(p, state);
      String pointer = ReadProblem.pointerHere(p) + "/allergen";
      String text = r.allergen();
      try {
        return switch (r.kind()) {
          case MEDICATION -> {
            Resolved<Medication> m = state.catalog().resolveMedication(text);
            noteAlias(state, pointer, m);
            yield Allergy.toMedication(m.value());
          }
          case MEDICATION_CLASS -> Allergy.toClass(medicationClass(text));
          case ALLERGY_GROUP -> {
            Resolved<AllergyGroup> group = group(state.catalog(), text);
            noteAlias(state, pointer, group);
            yield Allergy.toGroup(group.value());
          }
          case UNRESOLVED -> Allergy.unresolved(text);
        };
      } catch (UnknownIdException e) {
        throw ReadProblem.behind(p, pointer, Problem.UNKNOWN_ID, CommonCodecs.unknownId(e), e);
      } catch (InvalidValueException e) {
        throw ReadProblem.behind(p, pointer, Problem.INVALID_VALUE, String.valueOf(e.getMessage()), e);
      }
    }

    /** A group by id or alias, or by the id it was renamed to when the catalog lacks the old one. */
    private Resolved<AllergyGroup> group(HipCatalog catalog, String text) {
      try {
        return catalog.resolveAllergyGroup(text);
      } catch (UnknownIdException e) {
        String renamed = renamedGroups.get(text);
        if (renamed == null) {
          throw e;
        }
        return Resolved.of(catalog.allergyGroup(renamed), text, renamed);
      }
    }

    private static void noteAlias(ReadState state, String pointer, Resolved<?> resolved) {
      if (resolved.alias().isPresent()) {
        state.aliasUsed(pointer, resolved.text(), resolved.id());
      }
    }
  }
}
