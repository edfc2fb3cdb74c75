package org.hipkit.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import org.hipkit.anatomy.Region;
import org.hipkit.anatomy.Side;
import org.hipkit.anatomy.Target;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.intervention.Intervention;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.intervention.Purpose;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
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
import org.hipkit.protocol.Protocol;
import org.hipkit.quantity.Dose;
import org.hipkit.source.CodeSystem;
import org.hipkit.source.StandardCode;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Generators of valid plans, profiles and protocols for the property tests of this module.
 *
 * <p>Each generator is a function of a seeded {@link RandomGenerator} and a size (the most elements
 * of a generated list), the shape the shared testkit uses, so that these can be swapped for the
 * testkit's generators; {@link #gen} adapts one to QuickTheories, which then reproduces a failure
 * from its seed. Every generated value is valid by construction against the standard catalog.
 */
final class TestGenerators {

  private static final HipCatalog CATALOG = HipCatalog.standard();

  /** Units and texts chosen to exercise escaping: quotes, backslashes, controls, non-ASCII, emoji. */
  private static final List<String> UNITS =
      List.of("mg", "mL", "%", "{INR}", "mg/mL", "µmol/L", "units \"IU\"", "a\\b", "line\nfeed", "😀 dose");

  private static final List<String> GROUPS =
      List.of("iodine", "iodinated-contrast", "amide-local-anesthetic", "corticosteroid", "latex");

  private TestGenerators() {}

  /**
   * Adapts a generator to QuickTheories: the randomness source gives a seed, the seed a value.
   *
   * @param generator the generator
   * @param size the size handed to it
   * @param <T> the type of value
   * @return the QuickTheories generator
   */
  static <T> Gen<T> gen(BiFunction<RandomGenerator, Integer, T> generator, int size) {
    return in -> generator.apply(new SplittableRandom(in.next(Constraint.none())), size);
  }

  /** Returns valid treatment plans built from the standard catalog. */
  static TreatmentPlan plan(RandomGenerator r, int size) {
    while (true) {
      Intervention intervention = pick(r, CATALOG.interventions());
      List<Target> targets = new ArrayList<>(CATALOG.targetsOf(intervention));
      Collections.shuffle(targets, new java.util.Random(r.nextLong()));
      for (Target target : targets) {
        Optional<TreatmentPlan> plan = plan(r, size, intervention, target);
        if (plan.isPresent()) {
          return plan.get();
        }
      }
    }
  }

  private static Optional<TreatmentPlan> plan(
      RandomGenerator r, int size, Intervention intervention, Target target) {
    Purpose purpose = pick(r, intervention.purposes());
    List<MedicationComponent> components = new ArrayList<>();
    if (intervention.kind() != InterventionKind.NEEDLING) {
      List<Medication> eligible = new ArrayList<>();
      for (Medication m : CATALOG.medications()) {
        boolean routeOk =
            TreatmentPlan.routesFor(target).isEmpty()
                || m.routes().stream().anyMatch(TreatmentPlan.routesFor(target)::contains);
        if (intervention.allows(m.medicationClass()) && routeOk) {
          eligible.add(m);
        }
      }
      List<Medication> principal =
          eligible.stream()
              .filter(m -> intervention.principalMedicationClasses().contains(m.medicationClass()))
              .toList();
      if (principal.isEmpty()) {
        return Optional.empty();
      }
      List<Medication> chosen = new ArrayList<>();
      chosen.add(pick(r, principal));
      if (purpose == Purpose.DIAGNOSTIC_AND_THERAPEUTIC) {
        List<Medication> anesthetics =
            eligible.stream().filter(m -> m.medicationClass() == MedicationClass.LOCAL_ANESTHETIC).toList();
        if (anesthetics.isEmpty()) {
          purpose = Purpose.THERAPEUTIC;
        } else {
          Medication a = pick(r, anesthetics);
          if (!chosen.contains(a)) {
            chosen.add(a);
          }
        }
      }
      int extra = r.nextInt(Math.min(size, eligible.size()) + 1);
      for (int i = 0; i < extra; i++) {
        Medication m = pick(r, eligible);
        if (!chosen.contains(m)) {
          chosen.add(m);
        }
      }
      Collections.shuffle(chosen, new java.util.Random(r.nextLong()));
      for (Medication m : chosen) {
        components.add(
            r.nextBoolean()
                ? MedicationComponent.of(m, Dose.of(positiveDecimal(r), pick(r, UNITS)))
                : MedicationComponent.of(m));
      }
    }
    TreatmentPlan.Builder b =
        TreatmentPlan.builder()
            .condition(pick(r, CATALOG.conditions()))
            .intervention(intervention)
            .target(target)
            .side(pick(r, List.of(Side.values())))
            .purpose(purpose)
            .addAllComponents(components)
            .modality(pick(r, CATALOG.modalitiesOf(intervention)))
            .plannedDate(date(r));
    if (r.nextBoolean()) {
      b.antiseptic(pick(r, CATALOG.medicationsOf(MedicationClass.ANTISEPTIC)));
    }
    if (r.nextInt(3) == 0) {
      b.sessions(2 + r.nextInt(5)).sessionInterval(positivePeriod(r));
    } else if (r.nextBoolean()) {
      b.sessions(1).sessionInterval(positivePeriod(r));
    }
    return Optional.of(b.build());
  }

  /** Returns valid patient profiles; details appear only beside a present fact. */
  static PatientProfile profile(RandomGenerator r, int size) {
    PatientProfile.Builder b = PatientProfile.builder();
    b.fever(presence(r)).severeAcutePain(presence(r)).suspectedJointInfection(presence(r));
    b.systemicInfection(presence(r)).bleedingDisorder(presence(r)).diabetes(presence(r));
    b.suspectedFracture(presence(r)).rapidlyWorseningPain(presence(r)).otherRedFlags(presence(r));
    b.pregnancy(presence(r)).cannotTolerateProcedure(presence(r)).painMainlyNonHip(presence(r));
    b.osteoporosis(presence(r)).persistentPain(presence(r)).physicianEvaluated(presence(r));
    Presence skin = presence(r);
    b.skinProblem(skin);
    if (skin == Presence.PRESENT) {
      for (int i = r.nextInt(size + 1); i > 0; i--) {
        b.addSkinProblem(
            SkinProblem.of(
                pick(r, List.of(SkinProblemKind.values())),
                maybe(r, () -> pick(r, List.of(Region.values()))),
                maybe(r, () -> pick(r, List.of(Side.values())))));
      }
    }
    Presence thinners = presence(r);
    b.bloodThinnerUse(thinners);
    if (thinners == Presence.PRESENT) {
      List<Medication> all = new ArrayList<>(CATALOG.medicationsOf(MedicationClass.ANTICOAGULANT));
      all.addAll(CATALOG.medicationsOf(MedicationClass.ANTIPLATELET));
      for (int i = r.nextInt(size + 1); i > 0; i--) {
        b.addBloodThinner(pick(r, all));
      }
    }
    Presence allergy = presence(r);
    b.allergy(allergy);
    if (allergy == Presence.PRESENT) {
      for (int i = r.nextInt(size + 1); i > 0; i--) {
        b.addAllergy(
            switch (r.nextInt(3)) {
              case 0 -> Allergy.toMedication(pick(r, CATALOG.medications()).id());
              case 1 -> Allergy.toClass(pick(r, List.of(MedicationClass.values())));
              default -> Allergy.toGroup(pick(r, GROUPS));
            });
      }
    }
    Presence surgery = presence(r);
    b.hipSurgery(surgery);
    if (surgery == Presence.PRESENT) {
      for (int i = r.nextInt(size + 1); i > 0; i--) {
        b.addHipSurgery(
            HipSurgery.of(
                pick(r, List.of(HipSurgeryKind.values())),
                maybe(r, () -> pick(r, List.of(Side.values()))),
                maybe(r, () -> date(r))));
      }
    }
    maybe(r, () -> measurement(r)).ifPresent(b::inr);
    maybe(r, () -> measurement(r)).ifPresent(b::hba1c);
    maybe(r, () -> statement(r)).ifPresent(b::anticoagulationControl);
    maybe(r, () -> statement(r)).ifPresent(b::diabetesControl);
    return b.build();
  }

  /** Returns valid protocols with every threshold drawn at random. */
  static Protocol protocol(RandomGenerator r, int size) {
    Protocol.Builder b = Protocol.builder();
    if (r.nextBoolean()) {
      b.id("clinic-" + r.nextInt(1000) + (r.nextBoolean() ? "-" + r.nextInt(10) : ""));
    }
    return b.maxInr(positiveDecimal(r))
        .inrMaxAgeDays(r.nextInt(0, 400))
        .maxHba1cPercent(new BigDecimal(BigInteger.valueOf(r.nextLong(1, 1000)), r.nextInt(1, 3)))
        .hba1cMaxAgeDays(r.nextInt(0, 400))
        .statementMaxAgeDays(r.nextInt(0, 400))
        .minDaysSinceArthroplasty(r.nextInt(0, 4000))
        .landmarkAcceptableForIntraArticular(r.nextBoolean())
        .minRepeatInjectionInterval(r.nextInt(4) == 0 ? Period.ZERO : positivePeriod(r))
        .followUpInterval(positivePeriod(r))
        .build();
  }

  private static Measurement measurement(RandomGenerator r) {
    Measurement.Builder b =
        Measurement.builder()
            .value(new BigDecimal(BigInteger.valueOf(r.nextLong(0, 100_000)), r.nextInt(0, 4)))
            .unit(pick(r, UNITS))
            .date(date(r));
    if (r.nextBoolean()) {
      b.code(
          r.nextBoolean()
              ? Measurement.INR_CODE
              : StandardCode.of(CodeSystem.LOINC, "x-" + r.nextInt(100), "Display \"" + pick(r, UNITS) + "\""));
    }
    return b.build();
  }

  private static ControlStatement statement(RandomGenerator r) {
    Control control = pick(r, List.of(Control.values()));
    return r.nextBoolean()
        ? ControlStatement.of(control, date(r))
        : ControlStatement.of(control, date(r), pick(r, List.of("Dr. Ruiz", "anticoagulation clinic")));
  }

  private static Presence presence(RandomGenerator r) {
    return pick(r, List.of(Presence.values()));
  }

  private static BigDecimal positiveDecimal(RandomGenerator r) {
    return new BigDecimal(BigInteger.valueOf(r.nextLong(1, 10_000_000)), r.nextInt(0, 5));
  }

  private static Period positivePeriod(RandomGenerator r) {
    return switch (r.nextInt(4)) {
      case 0 -> Period.ofDays(r.nextInt(1, 120));
      case 1 -> Period.ofWeeks(r.nextInt(1, 30));
      case 2 -> Period.ofMonths(r.nextInt(1, 24));
      default -> Period.of(r.nextInt(0, 3), r.nextInt(0, 12), r.nextInt(1, 31));
    };
  }

  private static LocalDate date(RandomGenerator r) {
    return LocalDate.of(1950, 1, 1).plusDays(r.nextInt(0, 40_000));
  }

  private static <T> Optional<T> maybe(RandomGenerator r, java.util.function.Supplier<T> value) {
    return r.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }

  static <T> T pick(RandomGenerator r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
