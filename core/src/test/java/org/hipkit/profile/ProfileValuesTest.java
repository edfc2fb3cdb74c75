package org.hipkit.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.hipkit.anatomy.Region;
import org.hipkit.anatomy.Side;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.error.InvalidValueException;
import org.hipkit.medication.MedicationClass;
import org.junit.jupiter.api.Test;

/**
 * A profile states details only beside a present fact, names only blood thinners as blood
 * thinners, and its parts print the way reports show them.
 */
class ProfileValuesTest {

  private static final HipCatalog CATALOG = HipCatalog.standard();
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private static void invalid(PatientProfile.Builder builder, String field) {
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid PatientProfile." + field + ":");
  }

  @Test
  void details_needTheirFactPresent() {
    SkinProblem wound = SkinProblem.of(SkinProblemKind.OPEN_WOUND, Region.LATERAL, Side.LEFT);

    invalid(PatientProfile.builder().skinProblem(Presence.ABSENT).addSkinProblem(wound), "skinProblems");
    invalid(PatientProfile.builder().addSkinProblem(wound), "skinProblems");
    invalid(PatientProfile.builder().addBloodThinner(CATALOG.medication("aspirin")), "bloodThinners");
    invalid(PatientProfile.builder().allergy(Presence.ABSENT).addAllergy(Allergy.toMedication(CATALOG.medication("lidocaine"))), "allergies");
    invalid(
        PatientProfile.builder().addHipSurgery(HipSurgery.undated(HipSurgeryKind.ARTHROSCOPY, Side.LEFT)),
        "hipSurgeries");
    assertThatThrownBy(() -> PatientProfile.builder().addSkinProblem(wound).build())
        .hasMessageContaining("must be empty unless skinProblem is present (skinProblem is unknown)");
    assertThat(PatientProfile.builder().skinProblem(Presence.PRESENT).addSkinProblem(wound).build().skinProblems())
        .containsExactly(wound);
  }

  @Test
  void bloodThinners_areAnticoagulantsOrAntiplatelets() {
    invalid(
        PatientProfile.builder().bloodThinnerUse(Presence.PRESENT).addBloodThinner(CATALOG.medication("lidocaine")),
        "bloodThinners");
    assertThatThrownBy(
            () -> PatientProfile.builder().bloodThinnerUse(Presence.PRESENT).addBloodThinner(CATALOG.medication("ibuprofen")).build())
        .hasMessageEndingWith("(was ibuprofen (nsaid))");
    assertThat(
            PatientProfile.builder()
                .bloodThinnerUse(Presence.PRESENT)
                .addBloodThinners(CATALOG.medication("warfarin"), CATALOG.medication("aspirin"))
                .build()
                .bloodThinners())
        .hasSize(2);
  }

  @Test
  void unknownProfile_statesNothing() {
    PatientProfile unknown = PatientProfile.unknown();

    assertThat(unknown.fever()).isEqualTo(Presence.UNKNOWN);
    assertThat(unknown.physicianEvaluated()).isEqualTo(Presence.UNKNOWN);
    assertThat(unknown.inr()).isEmpty();
    assertThat(unknown.allergies()).isEmpty();
  }

  @Test
  void measurements_areDatedDecimalsWithAUnit() {
    Measurement inr = Measurement.inr("2.4", DAY);

    assertThat(inr.unit()).isEqualTo("{INR}");
    assertThat(inr.analyte()).isEqualTo(Analyte.INR);
    assertThat(inr.code()).hasValue(Measurement.INR_CODE);
    assertThat(inr).hasToString("2.4 {INR} on 2026-12-01");
    assertThat(Measurement.hba1cPercent("7.1", DAY)).hasToString("7.1 % on 2026-12-01");
    assertThatThrownBy(() -> Measurement.inr("-0.1", DAY))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid Measurement.value: must be a physiologically possible inr");
    assertThatThrownBy(() -> Measurement.inr("high", DAY))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid Measurement.value: must be a decimal number");
    assertThatThrownBy(
            () ->
                Measurement.builder()
                    .analyte(Analyte.INR)
                    .value(java.math.BigDecimal.ONE)
                    .unit(" ")
                    .date(DAY)
                    .build())
        .hasMessageStartingWith("Invalid Measurement.unit:");
  }

  @Test
  void detailsPrintWhatIsKnown_andSayWhatIsNot() {
    assertThat(SkinProblem.of(SkinProblemKind.INFECTION, Region.ANTERIOR, Side.RIGHT)).hasToString("infection at anterior (right)");
    assertThat(SkinProblem.unlocated(SkinProblemKind.DERMATITIS))
        .hasToString("dermatitis at unknown region (unknown side)");
    assertThat(SkinProblem.of(SkinProblemKind.OPEN_WOUND, Optional.of(Region.LATERAL), Optional.empty()))
        .hasToString("open-wound at lateral (unknown side)");
    assertThat(HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, Side.LEFT, DAY)).hasToString("arthroplasty (left, 2026-12-01)");
    assertThat(HipSurgery.undated(HipSurgeryKind.OTHER, Side.RIGHT)).hasToString("other (right, unknown date)");
    assertThat(HipSurgery.of(HipSurgeryKind.ARTHROSCOPY, Optional.empty(), Optional.of(DAY)))
        .hasToString("arthroscopy (unknown side, 2026-12-01)");
    assertThat(ControlStatement.of(Control.CONTROLLED, DAY)).hasToString("controlled on 2026-12-01");
    assertThat(ImmutableControlStatement.builder().control(Control.NOT_CONTROLLED).date(DAY).note("per Dr A").build())
        .hasToString("not-controlled on 2026-12-01 (per Dr A)");
    assertThat(Allergy.toMedication(CATALOG.medication("lidocaine"))).hasToString("medication:lidocaine");
    assertThat(Allergy.toClass(MedicationClass.CORTICOSTEROID)).hasToString("medication-class:corticosteroid");
    assertThat(Allergy.toGroup(CATALOG.allergyGroup("iodine"))).hasToString("allergy-group:iodine");
  }

  @Test
  void allergies_matchByIdClassOrGroup() {
    assertThat(Allergy.toMedication(CATALOG.medication("lidocaine")).matches(CATALOG.medication("lidocaine"))).isTrue();
    assertThat(Allergy.toMedication(CATALOG.medication("lidocaine")).matches(CATALOG.medication("bupivacaine"))).isFalse();
    assertThat(Allergy.toClass(MedicationClass.LOCAL_ANESTHETIC).matches(CATALOG.medication("bupivacaine"))).isTrue();
    assertThat(Allergy.toClass(MedicationClass.LOCAL_ANESTHETIC).matches(CATALOG.medication("triamcinolone"))).isFalse();
    assertThat(Allergy.toGroup(CATALOG.allergyGroup("iodinated-contrast")).matches(CATALOG.medication("contrast-dye"))).isTrue();
    assertThat(Allergy.toGroup(CATALOG.allergyGroup("iodinated-contrast")).matches(CATALOG.medication("lidocaine"))).isFalse();
  }

  @Test
  void codes_areStable() {
    assertThat(Presence.PRESENT.code()).isEqualTo("present");
    assertThat(Control.NOT_CONTROLLED.code()).isEqualTo("not-controlled");
    assertThat(AllergenKind.ALLERGY_GROUP.code()).isEqualTo("allergy-group");
    assertThat(HipSurgeryKind.ARTHROPLASTY.code()).isEqualTo("arthroplasty");
    assertThat(SkinProblemKind.OTHER_DISORDER.code()).isEqualTo("other-disorder");
  }

  @Test
  void aControlStatementsNote_isKept_andMustNotBeBlank() {
    assertThat(ControlStatement.of(Control.CONTROLLED, DAY, "INR clinic letter").note()).contains("INR clinic letter");
    assertThatThrownBy(() -> ControlStatement.of(Control.CONTROLLED, DAY, " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ControlStatement")
        .hasMessageContaining("note");
  }

  @Test
  void datesOfOperationsAndStatements_fallInTheYears1900To2200() {
    LocalDate typo = LocalDate.of(20026, 12, 1);

    assertThatThrownBy(() -> HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, Side.LEFT, typo))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid HipSurgery.date: must fall in the years 1900 to 2200");
    assertThatThrownBy(() -> ControlStatement.of(Control.CONTROLLED, LocalDate.of(1899, 12, 31)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid ControlStatement.date: must fall in the years 1900 to 2200");
    assertThat(HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, Side.LEFT, LocalDate.of(1900, 1, 1)).date())
        .hasValue(LocalDate.of(1900, 1, 1));
    assertThat(ControlStatement.of(Control.CONTROLLED, LocalDate.of(2200, 12, 31)).date())
        .isEqualTo(LocalDate.of(2200, 12, 31));
  }

  @Test
  void anAllergy_holdsExactlyTheAllergenItsKindNames() {
    // The factories cannot mix kinds up; the value itself still refuses a mix, however it is built.
    assertThatThrownBy(() -> ImmutableAllergy.builder().kind(AllergenKind.MEDICATION).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid Allergy.kind: must hold exactly the allergen its kind names (was medication)");
    assertThatThrownBy(
            () ->
                ImmutableAllergy.builder()
                    .kind(AllergenKind.MEDICATION_CLASS)
                    .medication(CATALOG.medication("lidocaine"))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid Allergy.kind:");
  }
}
