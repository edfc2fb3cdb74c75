package org.hipkit.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.hipkit.anatomy.Region;
import org.hipkit.anatomy.Side;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.medication.AllergyGroup;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.profile.Allergy;
import org.hipkit.profile.Analyte;
import org.hipkit.profile.Control;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.HipSurgery;
import org.hipkit.profile.HipSurgeryKind;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.SkinProblem;
import org.hipkit.profile.SkinProblemKind;

/**
 * The details that go with a present screening fact, and dated measurements and statements, drawn
 * from one catalog. Dates lie on or before a reference date and shrink toward it.
 */
final class Details {

  /** INR ages up to twice the standard protocol's 7 days, so that about half are stale. */
  static final int INR_MAX_AGE_DAYS = 14;
  /** HbA1c ages up to twice the standard protocol's 90 days. */
  static final int HBA1C_MAX_AGE_DAYS = 180;
  /** Statement ages up to twice the standard protocol's 30 days. */
  static final int STATEMENT_MAX_AGE_DAYS = 60;
  /** Operations up to two years back, so that some fall within the standard 90 days. */
  static final int SURGERY_MAX_AGE_DAYS = 730;

  private final List<Medication> medications;
  private final List<Medication> bloodThinners;
  private final List<MedicationClass> classes;
  private final List<AllergyGroup> groups;

  /**
   * Allergens as people write them when hipkit cannot resolve them: foreign substances, misspelt
   * or plural names of catalog entries, and phrases. The first is the simplest.
   */
  private static final List<String> UNRESOLVED =
      List.of(
          "penicillin",
          "lidocain",
          "amide-local-anesthetics",
          "sulfa drugs",
          "latex",
          "the anesthetic the dentist used",
          "Xylocaine?",
          "strong painkillers (per patient)");

  Details(HipCatalog catalog) {
    this.medications = catalog.medications();
    this.bloodThinners =
        medications.stream()
            .filter(
                m ->
                    m.medicationClass() == MedicationClass.ANTICOAGULANT
                        || m.medicationClass() == MedicationClass.ANTIPLATELET)
            .toList();
    List<MedicationClass> present = new ArrayList<>();
    for (MedicationClass c : MedicationClass.values()) {
      if (medications.stream().anyMatch(m -> m.medicationClass() == c)) {
        present.add(c);
      }
    }
    this.classes = List.copyOf(present);
    this.groups = catalog.allergyGroups();
  }

  List<Medication> bloodThinnerChoices() {
    return bloodThinners;
  }

  SkinProblem skinProblem(RandomGenerator random) {
    SkinProblemKind kind = SkinProblemKind.values()[random.nextInt(SkinProblemKind.values().length)];
    Optional<Region> region =
        Draw.oneIn(random, 5)
            ? Optional.empty()
            : Optional.of(Region.values()[random.nextInt(Region.values().length)]);
    Optional<Side> side = side(random);
    return SkinProblem.of(kind, region, side);
  }

  Allergy allergy(RandomGenerator random) {
    int kind = random.nextInt(4);
    if (kind == 1 && !classes.isEmpty()) {
      return Allergy.toClass(Draw.pick(random, classes));
    }
    if (kind == 2 && !groups.isEmpty()) {
      return Allergy.toGroup(Draw.pick(random, groups));
    }
    if (kind == 3 || medications.isEmpty()) {
      return unresolved(random);
    }
    return Allergy.toMedication(Draw.pick(random, medications));
  }

  /** An allergen recorded in a clinician's words, which the catalog does not resolve. */
  static Allergy unresolved(RandomGenerator random) {
    return Allergy.unresolved(Draw.pick(random, UNRESOLVED));
  }

  HipSurgery hipSurgery(RandomGenerator random, LocalDate reference) {
    HipSurgeryKind kind = HipSurgeryKind.values()[random.nextInt(HipSurgeryKind.values().length)];
    Optional<Side> side = side(random);
    Optional<LocalDate> date =
        Draw.oneIn(random, 5)
            ? Optional.empty()
            : Optional.of(reference.minusDays(Draw.upTo(random, SURGERY_MAX_AGE_DAYS)));
    return HipSurgery.of(kind, side, date);
  }

  /**
   * An INR from 0.8 to 5.0; one in ten at an edge of the plausible range (0.5 or 20), so that the
   * bounds hipkit accepts are drawn too.
   */
  static Measurement inr(RandomGenerator random, LocalDate reference) {
    BigDecimal value =
        Draw.oneIn(random, 10)
            ? edge(random, Analyte.INR)
            : BigDecimal.valueOf(8 + random.nextInt(43), 1); // 0.8 to 5.0
    return Measurement.inr(value.toPlainString(), reference.minusDays(Draw.upTo(random, INR_MAX_AGE_DAYS)));
  }

  /** The edges of the plausible HbA1c range in mmol/mol: its percent bounds, converted back. */
  private static final List<String> HBA1C_MMOL_EDGES = List.of("3.75", "249.8");

  /**
   * An HbA1c in percent (4.5 to 12.0) or, as often, in mmol/mol (26 to 108, about the same); one in
   * ten at an edge of the plausible range, in either unit.
   */
  static Measurement hba1c(RandomGenerator random, LocalDate reference) {
    LocalDate date = reference.minusDays(Draw.upTo(random, HBA1C_MAX_AGE_DAYS));
    boolean atEdge = Draw.oneIn(random, 10);
    if (random.nextBoolean()) {
      BigDecimal percent =
          atEdge ? edge(random, Analyte.HBA1C) : BigDecimal.valueOf(45 + random.nextInt(76), 1);
      return Measurement.hba1cPercent(percent.toPlainString(), date);
    }
    String mmolPerMol =
        atEdge ? Draw.pick(random, HBA1C_MMOL_EDGES) : String.valueOf(26 + random.nextInt(83));
    return Measurement.hba1cMmolPerMol(mmolPerMol, date);
  }

  private static BigDecimal edge(RandomGenerator random, Analyte analyte) {
    return random.nextBoolean() ? analyte.lowest() : analyte.highest();
  }

  static ControlStatement statement(RandomGenerator random, LocalDate reference) {
    Control control = Control.values()[random.nextInt(Control.values().length)];
    return ControlStatement.of(control, reference.minusDays(Draw.upTo(random, STATEMENT_MAX_AGE_DAYS)));
  }

  /** Up to {@code max} elements, without repeats; zero means the details are not known. */
  static <T> List<T> listOf(RandomGenerator random, int max, java.util.function.Function<RandomGenerator, T> element) {
    int count = Draw.upTo(random, max);
    List<T> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      T value = element.apply(random);
      if (!list.contains(value)) {
        list.add(value);
      }
    }
    return list;
  }

  private static Optional<Side> side(RandomGenerator random) {
    return Draw.oneIn(random, 5)
        ? Optional.empty()
        : Optional.of(Side.values()[random.nextInt(Side.values().length)]);
  }
}
