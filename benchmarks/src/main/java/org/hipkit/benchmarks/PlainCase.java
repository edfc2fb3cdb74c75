package org.hipkit.benchmarks;

import java.time.LocalDate;
import java.util.List;
import org.hipkit.anatomy.TargetKind;
import org.hipkit.guidance.ContrastUse;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.intervention.Purpose;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.Allergy;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.HipSurgery;
import org.hipkit.profile.HipSurgeryKind;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.profile.SkinProblem;
import org.hipkit.protocol.Protocol;

/**
 * The facts of one check case as plain fields (ints, booleans, doubles, strings, arrays), the input
 * of the hand-coded {@link PlainCheck} baseline.
 *
 * <p>It is converted once from a profile, a plan, a protocol and a date, outside the measured code,
 * so that the baseline measures only the evaluation. Presences are {@link #ABSENT}, {@link #PRESENT}
 * or {@link #UNKNOWN}; a missing side, region or date is {@code -1} or {@link #NO_DAY}.
 */
public final class PlainCase {

  /** The fact was checked and does not hold. */
  public static final int ABSENT = 0;
  /** The fact holds. */
  public static final int PRESENT = 1;
  /** The fact is not known. */
  public static final int UNKNOWN = 2;
  /** No date. */
  public static final long NO_DAY = Long.MIN_VALUE;
  /** A control statement that says "controlled". */
  public static final int CONTROLLED = 0;
  /** A control statement that says "not controlled". */
  public static final int NOT_CONTROLLED = 1;
  /** An allergy to one medication. */
  public static final int ALLERGY_MEDICATION = 0;
  /** An allergy to a medication class. */
  public static final int ALLERGY_CLASS = 1;
  /** An allergy to an allergy group. */
  public static final int ALLERGY_GROUP = 2;

  /** A medication as plain fields. */
  public static final class Med {
    final String id;
    final String classCode;
    final int classOrdinal;
    final String[] allergyGroups;

    Med(Medication m) {
      id = m.id();
      classCode = m.medicationClass().code();
      classOrdinal = m.medicationClass().ordinal();
      allergyGroups = m.allergyGroups().toArray(new String[0]);
    }
  }

  // profile
  int fever;
  int severeAcutePain;
  int suspectedJointInfection;
  int systemicInfection;
  int skinProblem;
  int bloodThinnerUse;
  int bleedingDisorder;
  int allergy;
  int diabetes;
  int hipSurgery;
  int suspectedFracture;
  int rapidlyWorseningPain;
  int otherRedFlags;
  int pregnancy;
  int cannotTolerateProcedure;
  int painMainlyNonHip;
  int osteoporosis;
  int persistentPain;
  int physicianEvaluated;
  int[] skinSides;
  int[] skinRegions;
  boolean[] thinnerIsAnticoagulant;
  double inr;
  long inrDay = NO_DAY;
  int anticoagulationControl = -1;
  long anticoagulationControlDay = NO_DAY;
  int[] allergyKinds;
  String[] allergens;
  /** The HbA1c in percent, converted as the rule converts one in mmol/mol. */
  double hba1c;
  long hba1cDay = NO_DAY;
  int diabetesControl = -1;
  long diabetesControlDay = NO_DAY;
  boolean[] surgeryIsArthroplasty;
  int[] surgerySides;
  long[] surgeryDays;

  // plan
  boolean injection;
  boolean needling;
  int side;
  boolean intraArticular;
  int targetRegion;
  boolean therapeutic;
  boolean imaging;
  boolean ionizingRadiation;
  boolean noContrast;
  Med[] components;
  Med antiseptic;
  String conditionId;
  String[] indications;

  // protocol and date
  double maxInr;
  int inrMaxAgeDays;
  double maxHba1cPercent;
  int hba1cMaxAgeDays;
  int statementMaxAgeDays;
  int minDaysSinceArthroplasty;
  boolean landmarkAcceptable;
  long asOfDay;

  private PlainCase() {}

  /**
   * Converts a case to plain fields.
   *
   * @param profile the patient profile
   * @param plan the treatment plan
   * @param protocol the protocol whose thresholds apply
   * @param asOf the date the check is made as of
   * @return the plain case
   */
  public static PlainCase of(
      PatientProfile profile, TreatmentPlan plan, Protocol protocol, LocalDate asOf) {
    PlainCase c = new PlainCase();
    c.fever = code(profile.fever());
    c.severeAcutePain = code(profile.severeAcutePain());
    c.suspectedJointInfection = code(profile.suspectedJointInfection());
    c.systemicInfection = code(profile.systemicInfection());
    c.skinProblem = code(profile.skinProblem());
    c.bloodThinnerUse = code(profile.bloodThinnerUse());
    c.bleedingDisorder = code(profile.bleedingDisorder());
    c.allergy = code(profile.allergy());
    c.diabetes = code(profile.diabetes());
    c.hipSurgery = code(profile.hipSurgery());
    c.suspectedFracture = code(profile.suspectedFracture());
    c.rapidlyWorseningPain = code(profile.rapidlyWorseningPain());
    c.otherRedFlags = code(profile.otherRedFlags());
    c.pregnancy = code(profile.pregnancy());
    c.cannotTolerateProcedure = code(profile.cannotTolerateProcedure());
    c.painMainlyNonHip = code(profile.painMainlyNonHip());
    c.osteoporosis = code(profile.osteoporosis());
    c.persistentPain = code(profile.persistentPain());
    c.physicianEvaluated = code(profile.physicianEvaluated());

    List<SkinProblem> skin = profile.skinProblems();
    c.skinSides = new int[skin.size()];
    c.skinRegions = new int[skin.size()];
    for (int i = 0; i < skin.size(); i++) {
      c.skinSides[i] = skin.get(i).side().map(Enum::ordinal).orElse(-1);
      c.skinRegions[i] = skin.get(i).region().map(Enum::ordinal).orElse(-1);
    }
    List<Medication> thinners = profile.bloodThinners();
    c.thinnerIsAnticoagulant = new boolean[thinners.size()];
    for (int i = 0; i < thinners.size(); i++) {
      c.thinnerIsAnticoagulant[i] =
          thinners.get(i).medicationClass() == MedicationClass.ANTICOAGULANT;
    }
    if (profile.inr().isPresent()) {
      Measurement inr = profile.inr().get();
      c.inr = inr.value().doubleValue();
      c.inrDay = inr.date().toEpochDay();
    }
    if (profile.anticoagulationControl().isPresent()) {
      ControlStatement s = profile.anticoagulationControl().get();
      c.anticoagulationControl = s.control().ordinal();
      c.anticoagulationControlDay = s.date().toEpochDay();
    }
    List<Allergy> allergies = profile.allergies();
    c.allergyKinds = new int[allergies.size()];
    c.allergens = new String[allergies.size()];
    for (int i = 0; i < allergies.size(); i++) {
      c.allergyKinds[i] = allergies.get(i).kind().ordinal();
      c.allergens[i] = allergies.get(i).allergen();
    }
    if (profile.hba1c().isPresent()) {
      Measurement hba1c = profile.hba1c().get();
      c.hba1c = hba1c.standardValue().doubleValue();
      c.hba1cDay = hba1c.date().toEpochDay();
    }
    if (profile.diabetesControl().isPresent()) {
      ControlStatement s = profile.diabetesControl().get();
      c.diabetesControl = s.control().ordinal();
      c.diabetesControlDay = s.date().toEpochDay();
    }
    List<HipSurgery> surgeries = profile.hipSurgeries();
    c.surgeryIsArthroplasty = new boolean[surgeries.size()];
    c.surgerySides = new int[surgeries.size()];
    c.surgeryDays = new long[surgeries.size()];
    for (int i = 0; i < surgeries.size(); i++) {
      HipSurgery s = surgeries.get(i);
      c.surgeryIsArthroplasty[i] = s.kind() == HipSurgeryKind.ARTHROPLASTY;
      c.surgerySides[i] = s.side().map(Enum::ordinal).orElse(-1);
      c.surgeryDays[i] = s.date().map(LocalDate::toEpochDay).orElse(NO_DAY);
    }

    c.injection = plan.intervention().kind() == InterventionKind.INJECTION;
    c.needling = plan.intervention().kind() == InterventionKind.NEEDLING;
    c.side = plan.side().ordinal();
    c.intraArticular = plan.target().kind() == TargetKind.INTRA_ARTICULAR;
    c.targetRegion = plan.target().region().ordinal();
    c.therapeutic = plan.purpose() == Purpose.THERAPEUTIC;
    c.imaging = plan.modality().imaging();
    c.ionizingRadiation = plan.modality().ionizingRadiation();
    c.noContrast = plan.modality().contrast() == ContrastUse.NONE;
    c.components = new Med[plan.components().size()];
    for (int i = 0; i < c.components.length; i++) {
      c.components[i] = new Med(plan.components().get(i).medication());
    }
    c.antiseptic = plan.antiseptic().map(Med::new).orElse(null);
    c.conditionId = plan.condition().id();
    c.indications = plan.intervention().indications().toArray(new String[0]);

    c.maxInr = protocol.maxInr().doubleValue();
    c.inrMaxAgeDays = protocol.inrMaxAgeDays();
    c.maxHba1cPercent = protocol.maxHba1cPercent().doubleValue();
    c.hba1cMaxAgeDays = protocol.hba1cMaxAgeDays();
    c.statementMaxAgeDays = protocol.statementMaxAgeDays();
    c.minDaysSinceArthroplasty = protocol.minDaysSinceArthroplasty();
    c.landmarkAcceptable = protocol.landmarkAcceptableForIntraArticular();
    c.asOfDay = asOf.toEpochDay();
    return c;
  }

  private static int code(Presence presence) {
    switch (presence) {
      case ABSENT:
        return ABSENT;
      case PRESENT:
        return PRESENT;
      default:
        return UNKNOWN;
    }
  }
}
