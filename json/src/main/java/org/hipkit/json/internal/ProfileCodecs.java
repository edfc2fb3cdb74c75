package org.hipkit.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.hipkit.anatomy.Region;
import org.hipkit.error.InvalidValueException;
import org.hipkit.medication.MedicationClass;
import org.hipkit.profile.AllergenKind;
import org.hipkit.profile.Allergy;
import org.hipkit.profile.Control;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.HipSurgery;
import org.hipkit.profile.HipSurgeryKind;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.profile.SkinProblem;
import org.hipkit.profile.SkinProblemKind;

/** The codecs of the {@code hipkit.profile} document. */
public final class ProfileCodecs {

  private ProfileCodecs() {}

  /** {@code present}, {@code absent} or {@code unknown}. */
  public static final Codec<Presence> PRESENCE = Codecs.enumCodec(Presence.class, Presence::code);

  /** A region code such as {@code lateral}. */
  public static final Codec<Region> REGION = Codecs.enumCodec(Region.class, Region::code);

  /** A medication class code such as {@code corticosteroid}. */
  public static final Codec<MedicationClass> MEDICATION_CLASS =
      Codecs.enumCodec(MedicationClass.class, MedicationClass::code);

  /** {@code {"value": 2.4, "unit": "{INR}", "date": ..., "code"?: {...}}}. */
  public static final ObjectCodec<Measurement> MEASUREMENT;

  /** {@code {"control": "controlled", "date": ..., "note"?: ...}}. */
  public static final ObjectCodec<ControlStatement> CONTROL_STATEMENT;

  /** {@code {"kind": "allergy-group", "allergen": "iodine"}}. */
  public static final ObjectCodec<Allergy> ALLERGY;

  /** {@code {"kind": "open-wound", "region"?: "lateral", "side"?: "right"}}. */
  public static final ObjectCodec<SkinProblem> SKIN_PROBLEM;

  /** {@code {"kind": "arthroplasty", "side"?: "right", "date"?: ...}}. */
  public static final ObjectCodec<HipSurgery> HIP_SURGERY;

  /** The {@code hipkit.profile/1} document. */
  public static final DocumentCodec<PatientProfile> PROFILE;

  /** One screening fact: its JSON name, its getter and its builder setter. */
  private record Fact(
      String name,
      Function<PatientProfile, Presence> getter,
      BiConsumer<PatientProfile.Builder, Presence> setter) {}

  /** The screening facts, in the order of {@link PatientProfile}'s accessors. */
  private static final List<Fact> FACTS =
      List.of(
          new Fact("fever", PatientProfile::fever, PatientProfile.Builder::fever),
          new Fact("severeAcutePain", PatientProfile::severeAcutePain, PatientProfile.Builder::severeAcutePain),
          new Fact(
              "suspectedJointInfection",
              PatientProfile::suspectedJointInfection,
              PatientProfile.Builder::suspectedJointInfection),
          new Fact("systemicInfection", PatientProfile::systemicInfection, PatientProfile.Builder::systemicInfection),
          new Fact("skinProblem", PatientProfile::skinProblem, PatientProfile.Builder::skinProblem),
          new Fact("bloodThinnerUse", PatientProfile::bloodThinnerUse, PatientProfile.Builder::bloodThinnerUse),
          new Fact("bleedingDisorder", PatientProfile::bleedingDisorder, PatientProfile.Builder::bleedingDisorder),
          new Fact("allergy", PatientProfile::allergy, PatientProfile.Builder::allergy),
          new Fact("diabetes", PatientProfile::diabetes, PatientProfile.Builder::diabetes),
          new Fact("hipSurgery", PatientProfile::hipSurgery, PatientProfile.Builder::hipSurgery),
          new Fact("suspectedFracture", PatientProfile::suspectedFracture, PatientProfile.Builder::suspectedFracture),
          new Fact(
              "rapidlyWorseningPain",
              PatientProfile::rapidlyWorseningPain,
              PatientProfile.Builder::rapidlyWorseningPain),
          new Fact("otherRedFlags", PatientProfile::otherRedFlags, PatientProfile.Builder::otherRedFlags),
          new Fact("pregnancy", PatientProfile::pregnancy, PatientProfile.Builder::pregnancy),
          new Fact(
              "cannotTolerateProcedure",
              PatientProfile::cannotTolerateProcedure,
              PatientProfile.Builder::cannotTolerateProcedure),
          new Fact("painMainlyNonHip", PatientProfile::painMainlyNonHip, PatientProfile.Builder::painMainlyNonHip),
          new Fact("osteoporosis", PatientProfile::osteoporosis, PatientProfile.Builder::osteoporosis),
          new Fact("persistentPain", PatientProfile::persistentPain, PatientProfile.Builder::persistentPain),
          new Fact(
              "physicianEvaluated",
              PatientProfile::physicianEvaluated,
              PatientProfile.Builder::physicianEvaluated));

  static {
    ObjectCodec.Builder<Measurement> measurement = ObjectCodec.builder("a measurement");
    var value = measurement.required("value", Codecs.DECIMAL, Measurement::value);
    var unit = measurement.required("unit", Codecs.STRING, Measurement::unit);
    var date = measurement.required("date", Codecs.DATE, Measurement::date);
    var code = measurement.optional("code", CommonCodecs.STANDARD_CODE, Measurement::code);
    MEASUREMENT =
        measurement.build(
            v ->
                Measurement.builder()
                    .value(v.get(value))
                    .unit(v.get(unit))
                    .date(v.get(date))
                    .code(v.optional(code))
                    .build());

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

    ObjectCodec.Builder<Allergy> allergy = ObjectCodec.builder("an allergy");
    var allergenKind =
        allergy.required("kind", Codecs.enumCodec(AllergenKind.class, AllergenKind::code), Allergy::kind);
    var allergen = allergy.required("allergen", Codecs.STRING, Allergy::allergen);
    ALLERGY =
        allergy.build(
            v -> {
              String a = v.get(allergen);
              return switch (v.get(allergenKind)) {
                case MEDICATION -> Allergy.toMedication(a);
                case MEDICATION_CLASS -> Allergy.toClass(medicationClass(a));
                case ALLERGY_GROUP -> Allergy.toGroup(a);
              };
            });

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

    ObjectCodec.Builder<PatientProfile> profile = DocumentCodec.body("profile", 1);
    List<ObjectCodec.Field<PatientProfile, Presence>> facts = new ArrayList<>();
    for (Fact fact : FACTS) {
      facts.add(profile.defaulted(fact.name(), PRESENCE, fact.getter()));
    }
    var skinProblems = profile.list("skinProblems", SKIN_PROBLEM, PatientProfile::skinProblems);
    var bloodThinners =
        profile.list("bloodThinners", PlanCodecs.MEDICATION_REF, PatientProfile::bloodThinners);
    var inr = profile.optional("inr", MEASUREMENT, PatientProfile::inr);
    var anticoagulationControl =
        profile.optional(
            "anticoagulationControl", CONTROL_STATEMENT, PatientProfile::anticoagulationControl);
    var allergies = profile.list("allergies", ALLERGY, PatientProfile::allergies);
    var hba1c = profile.optional("hba1c", MEASUREMENT, PatientProfile::hba1c);
    var diabetesControl =
        profile.optional("diabetesControl", CONTROL_STATEMENT, PatientProfile::diabetesControl);
    var hipSurgeries = profile.list("hipSurgeries", HIP_SURGERY, PatientProfile::hipSurgeries);
    PROFILE =
        DocumentCodec.of(
            "profile",
            1,
            profile.build(
                v -> {
                  PatientProfile.Builder b = PatientProfile.builder();
                  for (int i = 0; i < FACTS.size(); i++) {
                    var field = facts.get(i);
                    if (v.has(field)) {
                      FACTS.get(i).setter().accept(b, v.get(field));
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
                }),
            Map.of());
  }

  /**
   * Returns the names of the screening facts, in writing order.
   *
   * @return the fact names
   */
  public static List<String> factNames() {
    return FACTS.stream().map(Fact::name).toList();
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
}
