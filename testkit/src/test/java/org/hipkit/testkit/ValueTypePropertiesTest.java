package org.hipkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.error.InvalidValueException;
import org.hipkit.error.UnknownIdException;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.medication.AllergyGroup;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.Allergy;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.protocol.Protocol;
import org.hipkit.quantity.CountRange;
import org.hipkit.quantity.Dose;
import org.hipkit.quantity.TimeRange;
import org.hipkit.quantity.TimeUnit;
import org.hipkit.source.Source;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the value types (issue 2): invalid input is refused with an {@link
 * InvalidValueException} naming the type and the field, and equal inputs give equal values.
 */
class ValueTypePropertiesTest {

  private static final HipCatalog CATALOG = HipCatalog.standard();
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private static void assertRefused(ThrowingCallable build, String type, String field) {
    assertThatThrownBy(build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.type()).isEqualTo(type);
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.getMessage()).startsWith("Invalid " + type + "." + field + ": ");
            });
  }

  private static Gen<TimeUnit> units() {
    return arbitrary().enumValues(TimeUnit.class);
  }

  private static Gen<String> nonKebab() {
    return strings().basicLatinAlphabet().ofLengthBetween(0, 12).assuming(s -> !KEBAB.matcher(s).matches());
  }

  private static Gen<String> blank() {
    return arbitrary().pick("", " ", "  ", "\t", "\n", " \t ");
  }

  // ---- refused with a named error

  @Test
  void timeRange_withLowAboveHigh_isRefused_namingLow() {
    qt().forAll(longs().between(0, 1_000_000), longs().between(1, 1_000_000), units())
        .checkAssert((high, excess, unit) -> assertRefused(() -> TimeRange.of(high + excess, high, unit), "TimeRange", "low"));
  }

  @Test
  void timeRange_withNegativeLow_isRefused_namingLow() {
    qt().forAll(longs().between(-1_000_000, -1), longs().between(0, 1_000_000), units())
        .checkAssert((low, high, unit) -> assertRefused(() -> TimeRange.of(low, high, unit), "TimeRange", "low"));
  }

  @Test
  void countRange_withMinAboveMax_orNegativeMin_isRefused_namingMin() {
    qt().forAll(integers().between(0, 10_000), integers().between(1, 10_000))
        .checkAssert(
            (max, excess) -> {
              assertRefused(() -> CountRange.of(max + excess, max), "CountRange", "min");
              assertRefused(() -> CountRange.of(-excess, max), "CountRange", "min");
            });
  }

  @Test
  void dose_withAnAmountNotAboveZero_isRefused_namingAmount() {
    qt().forAll(integers().between(-100_000, 0), integers().between(0, 4))
        .checkAssert(
            (unscaled, scale) ->
                assertRefused(() -> Dose.of(BigDecimal.valueOf(unscaled, scale), "mg"), "Dose", "amount"));
  }

  @Test
  void dose_withABlankUnit_isRefused_namingUnit() {
    qt().forAll(integers().between(1, 100_000), blank())
        .checkAssert((amount, unit) -> assertRefused(() -> Dose.of(BigDecimal.valueOf(amount, 1), unit), "Dose", "unit"));
  }

  @Test
  void source_withABlankKey_orWhiteSpaceInTheKey_isRefused_namingKey() {
    qt().forAll(blank(), strings().basicLatinAlphabet().ofLengthBetween(0, 6))
        .checkAssert(
            (space, text) -> {
              assertRefused(() -> Source.of(space, "A title"), "Source", "key");
              assertRefused(() -> Source.of("key" + text + " " + text, "A title"), "Source", "key");
              assertRefused(() -> Source.of("key.md", space), "Source", "title");
            });
  }

  @Test
  void ids_thatAreNotKebabCase_areRefused_namingTheField() {
    Medication lidocaine = CATALOG.medication("lidocaine");
    qt().withExamples(300)
        .forAll(nonKebab())
        .checkAssert(
            id -> {
              assertRefused(
                  () -> AllergyGroup.builder().from(CATALOG.allergyGroup("iodine")).id(id).build(),
                  "AllergyGroup",
                  "id");
              assertThatThrownBy(() -> Allergy.parse(id, CATALOG)).isInstanceOf(UnknownIdException.class);
              assertRefused(() -> Protocol.builder().id(id).build(), "Protocol", "id");
              assertRefused(() -> Medication.builder().from(lidocaine).id(id).build(), "Medication", "id");
            });
  }

  @Test
  void measurement_withANegativeValue_isRefused_namingValue() {
    qt().forAll(integers().between(-100_000, -1))
        .checkAssert(
            v ->
                assertRefused(
                    () -> Measurement.inr(BigDecimal.valueOf(v, 1).toPlainString(), HipGenerators.REFERENCE_DATE),
                    "Measurement",
                    "value"));
  }

  @Test
  void plans_thatCannotExist_areRefused_namingTheField() {
    Medication warfarin = CATALOG.medication("warfarin");
    Medication lidocaine = CATALOG.medication("lidocaine");
    qt().withExamples(300)
        .forAll(QuickTheoriesGens.plans(), integers().between(-5, 0))
        .checkAssert(
            (plan, sessions) -> {
              assertRefused(() -> TreatmentPlan.builder().from(plan).sessions(sessions).build(), "TreatmentPlan", "sessions");
              assertRefused(
                  () -> TreatmentPlan.builder().from(plan).sessions(2).sessionInterval(java.util.Optional.empty()).build(),
                  "TreatmentPlan",
                  "sessionInterval");
              assertRefused(
                  () -> TreatmentPlan.builder().from(plan).sessions(2).sessionInterval(Period.ZERO).build(),
                  "TreatmentPlan",
                  "sessionInterval");
              assertRefused(() -> TreatmentPlan.builder().from(plan).antiseptic(warfarin).build(), "TreatmentPlan", "antiseptic");
              assertRefused(
                  () -> TreatmentPlan.builder().from(plan).addComponent(MedicationComponent.of(warfarin)).build(),
                  "TreatmentPlan",
                  "components");
              if (plan.intervention().kind() == InterventionKind.NEEDLING) {
                assertRefused(
                    () -> TreatmentPlan.builder().from(plan).addComponent(MedicationComponent.of(lidocaine)).build(),
                    "TreatmentPlan",
                    "components");
              } else {
                assertRefused(
                    () -> TreatmentPlan.builder().from(plan).components(List.of()).build(), "TreatmentPlan", "components");
              }
              CATALOG.targets().stream()
                  .filter(t -> !plan.intervention().targets().contains(t.id()))
                  .findFirst()
                  .ifPresent(
                      other ->
                          assertRefused(() -> TreatmentPlan.builder().from(plan).target(other).build(), "TreatmentPlan", "target"));
              CATALOG.modalities().stream()
                  .filter(m -> !plan.intervention().modalities().contains(m.id()))
                  .findFirst()
                  .ifPresent(
                      other ->
                          assertRefused(
                              () -> TreatmentPlan.builder().from(plan).modality(other).build(), "TreatmentPlan", "modality"));
            });
  }

  @Test
  void profiles_withDetailsOfAFactThatIsNotPresent_areRefused_namingTheDetails() {
    qt().withExamples(300)
        .forAll(QuickTheoriesGens.profiles())
        .checkAssert(
            profile -> {
              PatientProfile none = ScreeningFacts.with(profile, org.hipkit.check.Fact.BLOOD_THINNER_USE, org.hipkit.profile.Presence.ABSENT);
              assertRefused(
                  () -> PatientProfile.builder().from(none).addBloodThinner(CATALOG.medication("warfarin")).build(),
                  "PatientProfile",
                  "bloodThinners");
              assertRefused(
                  () ->
                      PatientProfile.builder()
                          .from(ScreeningFacts.with(profile, org.hipkit.check.Fact.BLOOD_THINNER_USE, org.hipkit.profile.Presence.PRESENT))
                          .addBloodThinner(CATALOG.medicationsOf(MedicationClass.CORTICOSTEROID).get(0))
                          .build(),
                  "PatientProfile",
                  "bloodThinners");
            });
  }

  @Test
  void protocols_withThresholdsOutOfRange_areRefused_namingTheThreshold() {
    qt().withExamples(200)
        .forAll(QuickTheoriesGens.protocols(), integers().between(-1000, -1))
        .checkAssert(
            (protocol, negative) -> {
              assertRefused(() -> Protocol.builder().from(protocol).maxInr(BigDecimal.valueOf(negative)).build(), "Protocol", "maxInr");
              assertRefused(() -> Protocol.builder().from(protocol).inrMaxAgeDays(negative).build(), "Protocol", "inrMaxAgeDays");
              assertRefused(
                  () -> Protocol.builder().from(protocol).minDaysSinceArthroplasty(negative).build(),
                  "Protocol",
                  "minDaysSinceArthroplasty");
              assertRefused(
                  () -> Protocol.builder().from(protocol).maxHba1cPercent(BigDecimal.valueOf(100 - negative)).build(),
                  "Protocol",
                  "maxHba1cPercent");
            });
  }

  // ---- equal inputs give equal values

  @Test
  void quantities_builtTwiceFromEqualInputs_areEqual() {
    // Up to 100: a time range holds at most a hundred years.
    qt().forAll(longs().between(0, 100), longs().between(0, 100), units())
        .checkAssert(
            (a, b, unit) -> {
              long low = Math.min(a, b);
              long high = Math.max(a, b);
              assertEqualValues(TimeRange.of(low, high, unit), TimeRange.of(low, high, unit));
              assertEqualValues(
                  TimeRange.interpreted(low, high, unit, "a few"), TimeRange.interpreted(low, high, unit, "a few"));
              assertEqualValues(CountRange.of((int) low, (int) high), CountRange.of((int) low, (int) high));
              assertEqualValues(Dose.of(BigDecimal.valueOf(high + 1, 1), "mg"), Dose.of(BigDecimal.valueOf(high + 1, 1), "mg"));
              assertEqualValues(Source.of("source-" + low, "Title " + high), Source.of("source-" + low, "Title " + high));
            });
  }

  @Test
  void plansProfilesAndProtocols_rebuiltFromTheirValues_areEqual() {
    qt().withExamples(300)
        .forAll(QuickTheoriesGens.cases(), QuickTheoriesGens.protocols())
        .checkAssert(
            (c, protocol) -> {
              assertEqualValues(TreatmentPlan.builder().from(c.plan()).build(), c.plan());
              assertEqualValues(PatientProfile.builder().from(c.profile()).build(), c.profile());
              assertEqualValues(Protocol.builder().from(protocol).build(), protocol);
              assertEqualValues(new CheckCase(c.profile(), c.plan()), c);
            });
  }

  private static void assertEqualValues(Object a, Object b) {
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).isEqualTo(b.toString());
  }
}
