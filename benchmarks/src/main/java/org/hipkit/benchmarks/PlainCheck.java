package org.hipkit.benchmarks;

import static org.hipkit.benchmarks.PlainCase.ABSENT;
import static org.hipkit.benchmarks.PlainCase.ALLERGY_CLASS;
import static org.hipkit.benchmarks.PlainCase.ALLERGY_MEDICATION;
import static org.hipkit.benchmarks.PlainCase.NOT_CONTROLLED;
import static org.hipkit.benchmarks.PlainCase.NO_DAY;
import static org.hipkit.benchmarks.PlainCase.PRESENT;

import java.util.ArrayList;
import java.util.List;
import org.hipkit.anatomy.Region;
import org.hipkit.medication.MedicationClass;

/**
 * The hand-coded baseline of {@link CheckBenchmark}: the flag conditions of hipkit's 29 standard
 * rules written as plain if-statements over the plain fields of a {@link PlainCase}, returning the
 * ids of the rules that flag, in rule order.
 *
 * <p>It reads the same facts, dates and thresholds as the standard rules and flags the same rules
 * (a test in this module checks that on generated cases), but it keeps no basis, names no missing
 * facts, builds no report and cannot be extended or reconfigured: it is the least work any
 * implementation of the same checks must do.
 */
public final class PlainCheck {

  private static final int CORTICOSTEROID = MedicationClass.CORTICOSTEROID.ordinal();
  private static final int LOCAL_ANESTHETIC = MedicationClass.LOCAL_ANESTHETIC.ordinal();
  private static final int CONTRAST = MedicationClass.CONTRAST_AGENT.ordinal();
  private static final int VISCOSUPPLEMENT = MedicationClass.VISCOSUPPLEMENT.ordinal();
  private static final int BIOLOGIC = MedicationClass.BIOLOGIC.ordinal();
  private static final int INTRA_ARTICULAR = Region.INTRA_ARTICULAR.ordinal();
  private static final int ANTERIOR = Region.ANTERIOR.ordinal();
  private static final int LATERAL = Region.LATERAL.ordinal();

  private PlainCheck() {}

  /**
   * Evaluates the standard rules' flag conditions.
   *
   * @param c the case
   * @return the ids of the rules that flag, in the standard rules' order
   */
  public static List<String> flagged(PlainCase c) {
    List<String> ids = new ArrayList<>();
    if (c.injection) {
      if (c.suspectedJointInfection == PRESENT) {
        ids.add("injection-suspected-joint-infection");
      }
      if (c.fever == PRESENT && c.severeAcutePain == PRESENT) {
        ids.add("injection-fever-with-severe-pain");
      }
      if (c.systemicInfection == PRESENT) {
        ids.add("injection-systemic-infection");
      }
      if (c.skinProblem == PRESENT && skinAtSite(c)) {
        ids.add("injection-skin-at-site");
      }
      if (c.bloodThinnerUse == PRESENT && anticoagulationOutOfControl(c)) {
        ids.add("injection-uncontrolled-anticoagulation");
      }
      if (c.bleedingDisorder == PRESENT) {
        ids.add("injection-bleeding-disorder");
      }
      if (c.bloodThinnerUse == PRESENT) {
        ids.add("injection-blood-thinner-bruising");
      }
      if (c.allergy == PRESENT) {
        if (allergicToComponent(c, LOCAL_ANESTHETIC)) {
          ids.add("injection-allergy-local-anesthetic");
        }
        if (allergicToComponent(c, CORTICOSTEROID)) {
          ids.add("injection-allergy-corticosteroid");
        }
        if (c.antiseptic != null && allergicTo(c, c.antiseptic)) {
          ids.add("injection-allergy-antiseptic");
        }
        if (allergicToComponent(c, CONTRAST)) {
          ids.add("injection-allergy-contrast");
        }
        if (allergicToComponent(c, VISCOSUPPLEMENT)) {
          ids.add("injection-allergy-viscosupplement");
        }
        if (allergicToComponent(c, BIOLOGIC)) {
          ids.add("injection-allergy-biologic");
        }
      }
      if (uses(c, CORTICOSTEROID) && glucoseOutOfControl(c)) {
        ids.add("injection-steroid-with-poorly-controlled-diabetes");
      }
      if (c.hipSurgery == PRESENT) {
        if (recentArthroplasty(c)) {
          ids.add("injection-recent-arthroplasty");
        }
        if (surgeryOnSide(c, true)) {
          ids.add("injection-prosthetic-hip");
        }
      }
      if (c.suspectedFracture == PRESENT
          || c.rapidlyWorseningPain == PRESENT
          || c.otherRedFlags == PRESENT) {
        ids.add("injection-red-flags");
      }
      if (c.ionizingRadiation && c.pregnancy == PRESENT) {
        ids.add("injection-pregnancy-radiation");
      }
      if (c.cannotTolerateProcedure == PRESENT) {
        ids.add("injection-cannot-tolerate-procedure");
      }
      if (c.therapeutic && c.painMainlyNonHip == PRESENT) {
        ids.add("injection-non-hip-pain-source");
      }
      if (c.intraArticular && !c.imaging && !c.landmarkAcceptable) {
        ids.add("plan-landmark-intra-articular");
      }
    }
    if (c.noContrast && uses(c, CONTRAST)) {
      ids.add("plan-contrast-without-fluoroscopy");
    }
    if (!indicated(c)) {
      ids.add("plan-condition-not-indicated");
    }
    if (c.needling) {
      if (c.fever == PRESENT || c.systemicInfection == PRESENT || c.suspectedJointInfection == PRESENT) {
        ids.add("needling-infection-signs");
      }
      if (c.skinProblem == PRESENT && skinAtSite(c)) {
        ids.add("needling-skin-at-site");
      }
      if (c.hipSurgery == PRESENT && surgeryOnSide(c, false)) {
        ids.add("needling-previous-hip-surgery");
      }
      if (c.osteoporosis == PRESENT) {
        ids.add("needling-osteoporosis");
      }
      if (c.physicianEvaluated == ABSENT
          && (c.severeAcutePain == PRESENT
              || c.rapidlyWorseningPain == PRESENT
              || c.persistentPain == PRESENT)) {
        ids.add("needling-pain-needs-physician");
      }
      if (c.bloodThinnerUse == PRESENT || c.bleedingDisorder == PRESENT) {
        ids.add("needling-bleeding-risk");
      }
    }
    return ids;
  }

  private static boolean current(PlainCase c, long day, int maxAgeDays) {
    if (day == NO_DAY) {
      return false;
    }
    long age = c.asOfDay - day;
    return age >= 0 && age <= maxAgeDays;
  }

  private static boolean skinAtSite(PlainCase c) {
    for (int i = 0; i < c.skinSides.length; i++) {
      int region = c.skinRegions[i];
      if (c.skinSides[i] != c.side || region < 0) {
        continue;
      }
      boolean serves =
          c.intraArticular
              ? region == ANTERIOR || region == LATERAL || region == INTRA_ARTICULAR
              : region == c.targetRegion;
      if (serves) {
        return true;
      }
    }
    return false;
  }

  private static boolean anticoagulationOutOfControl(PlainCase c) {
    if (c.anticoagulationControl == NOT_CONTROLLED
        && current(c, c.anticoagulationControlDay, c.statementMaxAgeDays)) {
      return true;
    }
    boolean anticoagulantPossible = c.thinnerIsAnticoagulant.length == 0;
    for (boolean anticoagulant : c.thinnerIsAnticoagulant) {
      anticoagulantPossible |= anticoagulant;
    }
    return anticoagulantPossible && current(c, c.inrDay, c.inrMaxAgeDays) && c.inr > c.maxInr;
  }

  private static boolean glucoseOutOfControl(PlainCase c) {
    if (c.diabetesControl == NOT_CONTROLLED
        && current(c, c.diabetesControlDay, c.statementMaxAgeDays)) {
      return true;
    }
    return current(c, c.hba1cDay, c.hba1cMaxAgeDays) && c.hba1c > c.maxHba1cPercent;
  }

  private static boolean recentArthroplasty(PlainCase c) {
    for (int i = 0; i < c.surgerySides.length; i++) {
      if (c.surgeryIsArthroplasty[i]
          && c.surgerySides[i] == c.side
          && c.surgeryDays[i] != NO_DAY
          && c.asOfDay - c.surgeryDays[i] < c.minDaysSinceArthroplasty) {
        return true;
      }
    }
    return false;
  }

  private static boolean surgeryOnSide(PlainCase c, boolean arthroplastyOnly) {
    for (int i = 0; i < c.surgerySides.length; i++) {
      if ((!arthroplastyOnly || c.surgeryIsArthroplasty[i]) && c.surgerySides[i] == c.side) {
        return true;
      }
    }
    return false;
  }

  private static boolean uses(PlainCase c, int medicationClass) {
    for (PlainCase.Med m : c.components) {
      if (m.classOrdinal == medicationClass) {
        return true;
      }
    }
    return false;
  }

  private static boolean allergicToComponent(PlainCase c, int medicationClass) {
    for (PlainCase.Med m : c.components) {
      if (m.classOrdinal == medicationClass && allergicTo(c, m)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allergicTo(PlainCase c, PlainCase.Med m) {
    for (int i = 0; i < c.allergens.length; i++) {
      String allergen = c.allergens[i];
      int kind = c.allergyKinds[i];
      if (kind == ALLERGY_MEDICATION) {
        if (allergen.equals(m.id)) {
          return true;
        }
      } else if (kind == ALLERGY_CLASS) {
        if (allergen.equals(m.classCode)) {
          return true;
        }
      } else {
        for (String group : m.allergyGroups) {
          if (allergen.equals(group)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean indicated(PlainCase c) {
    for (String indication : c.indications) {
      if (indication.equals(c.conditionId)) {
        return true;
      }
    }
    return false;
  }
}
