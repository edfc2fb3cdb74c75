package org.hipkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.check.Concern;
import org.hipkit.check.RuleResult;
import org.hipkit.check.StandardRules;
import org.hipkit.check.Status;
import org.hipkit.error.InvalidValueException;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.Analyte;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of typed measurements over generated profiles (issue 11): a unit hipkit does not
 * understand is refused wherever a measurement sits, an HbA1c gives the same report in either unit,
 * and one over the limit flags a steroid plan in either unit.
 */
class MeasurementPropertiesTest {

  private static final HipCatalog CATALOG = HipCatalog.standard();
  private static final Checker CHECKER = Checker.standard();
  private static final String DIABETES =
      StandardRules.INJECTION_STEROID_WITH_POORLY_CONTROLLED_DIABETES.description().id();

  /** Units that are near misses of real ones, and arbitrary short texts. */
  private static Gen<String> foreignUnits() {
    Gen<String> nearMisses =
        arbitrary()
            .pick(
                "% ", " %", "%%", "percent", "mmol/L", "mmol/mol ", "mmol / mol", "MMOL/MOL", "1",
                "s", "sec", "{inr}", "{INR} ", "INR", "ratio", "", " ", "mg/dL");
    Gen<String> texts = strings().basicLatinAlphabet().ofLengthBetween(0, 10);
    return nearMisses.mix(texts, 50);
  }

  @Test
  void replacingAMeasurementsUnit_byOneHipkitDoesNotUnderstand_isRefused_namingTheUnit() {
    qt().withExamples(500)
        .forAll(QuickTheoriesGens.profiles(), foreignUnits())
        .assuming((profile, unit) -> profile.inr().isPresent() || profile.hba1c().isPresent())
        .checkAssert(
            (profile, unit) -> {
              for (Measurement m : List.of(profile.inr(), profile.hba1c()).stream().flatMap(Optional::stream).toList()) {
                if (m.analyte().accepts(unit)) {
                  continue;
                }
                assertThatThrownBy(() -> Measurement.builder().from(m).unit(unit).build())
                    .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> {
                          assertThat(e.field()).isEqualTo("unit");
                          assertThat(e.rule()).contains(String.join(", ", m.analyte().units()));
                        });
              }
            });
  }

  /** The mmol/mol value whose conversion gives back {@code percent}, to four decimals. */
  private static BigDecimal mmolPerMol(BigDecimal percent) {
    return percent
        .subtract(new BigDecimal("2.152"))
        .divide(new BigDecimal("0.09148"), 4, RoundingMode.HALF_UP);
  }

  @Test
  void replacingAnHba1cInPercent_byTheEquivalentInMmolPerMol_neverChangesTheReport() {
    Gen<Measurement> hba1cs = QuickTheoriesGens.of(HipGenerators.hba1cs(HipGenerators.REFERENCE_DATE));
    qt().withExamples(1000)
        .forAll(QuickTheoriesGens.cases(), hba1cs)
        .checkAssert(
            (generated, drawn) -> {
              // A case without an HbA1c gets one, current on the plan's date, so that every example
              // has one to replace.
              CheckCase c =
                  generated.profile().hba1c().isPresent()
                      ? generated
                      : generated.withProfile(
                          PatientProfile.builder()
                              .from(generated.profile())
                              .hba1c(Measurement.builder().from(drawn).date(generated.plan().plannedDate()).build())
                              .build());
              Measurement m = c.profile().hba1c().get();
              Measurement other =
                  m.unit().equals("%")
                      ? Measurement.builder().from(m).value(mmolPerMol(m.value())).unit("mmol/mol").build()
                      : Measurement.builder().from(m).value(m.standardValue()).unit("%").build();
              assertThat(other.standardValue()).isEqualByComparingTo(m.standardValue());
              CheckReport before = c.check(CHECKER);
              CheckReport after =
                  c.withProfile(PatientProfile.builder().from(c.profile()).hba1c(other).build())
                      .check(CHECKER);

              assertThat(after.summary().level()).isEqualTo(before.summary().level());
              assertThat(after.results().stream().map(RuleResult::status).toList())
                  .isEqualTo(before.results().stream().map(RuleResult::status).toList());
            });
  }

  /** Hundredths of a percent above the standard limit of 8.0, up to the plausible 25 %. */
  private static Gen<BigDecimal> percentsOverTheLimit() {
    return integers().between(801, 2500).map(i -> BigDecimal.valueOf(i, 2));
  }

  @Test
  void aGeneratedProfileWithAnHba1cOverTheLimit_inEitherUnit_flagsASteroidPlan() {
    Gen<TreatmentPlan> steroidPlans =
        QuickTheoriesGens.of(
            HipGenerators.plansFor(CATALOG, CATALOG.intervention("corticosteroid-injection")));
    qt().withExamples(500)
        .forAll(QuickTheoriesGens.profiles(), steroidPlans, percentsOverTheLimit(), arbitrary().pick("%", "mmol/mol"))
        .assuming((profile, plan, percent, unit) -> applies(plan))
        .checkAssert(
            (profile, plan, percent, unit) -> {
              String value = unit.equals("%") ? percent.toPlainString() : mmolPerMol(percent).toPlainString();
              Measurement hba1c = Measurement.of(Analyte.HBA1C, value, unit, plan.plannedDate());
              PatientProfile high = PatientProfile.builder().from(profile).hba1c(hba1c).build();

              CheckReport report = CHECKER.check(high, plan);

              assertThat(report.result(DIABETES).status()).as(hba1c.toString()).isEqualTo(Status.FLAGGED);
              assertThat(report.summary().level()).isGreaterThanOrEqualTo(Concern.MODIFY);
            });
  }

  private static boolean applies(TreatmentPlan plan) {
    return StandardRules.INJECTION_STEROID_WITH_POORLY_CONTROLLED_DIABETES
        .description()
        .scope()
        .matches(plan);
  }

  @Test
  void theGenerators_drawHba1cInBothUnits_andAtTheEdgesOfTheRanges() {
    Generator<Measurement> hba1cs = HipGenerators.hba1cs(HipGenerators.REFERENCE_DATE);
    Generator<Measurement> inrs = HipGenerators.inrs(HipGenerators.REFERENCE_DATE);
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.random.RandomGenerator random = new java.util.SplittableRandom(11);
    for (int i = 0; i < 2000; i++) {
      Measurement h = hba1cs.next(random, 8);
      Measurement inr = inrs.next(random, 8);
      seen.add(h.unit());
      if (h.standardValue().compareTo(Analyte.HBA1C.lowest()) == 0) {
        seen.add("hba1c-lowest-" + h.unit());
      }
      if (h.standardValue().compareTo(Analyte.HBA1C.highest()) == 0) {
        seen.add("hba1c-highest-" + h.unit());
      }
      if (inr.value().compareTo(Analyte.INR.lowest()) == 0) {
        seen.add("inr-lowest");
      }
      if (inr.value().compareTo(Analyte.INR.highest()) == 0) {
        seen.add("inr-highest");
      }
    }

    assertThat(seen)
        .contains(
            "%", "mmol/mol", "hba1c-lowest-%", "hba1c-highest-%", "hba1c-lowest-mmol/mol",
            "hba1c-highest-mmol/mol", "inr-lowest", "inr-highest");
  }
}
