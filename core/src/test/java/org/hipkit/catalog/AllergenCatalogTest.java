package org.hipkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.hipkit.error.InvalidValueException;
import org.hipkit.error.UnknownIdException;
import org.hipkit.medication.AllergyGroup;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.profile.Allergy;
import org.junit.jupiter.api.Test;

/** Allergy groups as catalog entries, the alias table, and allergens resolved against both. */
class AllergenCatalogTest {

  private static final HipCatalog STANDARD = HipCatalog.standard();

  @Test
  void allergyGroups_areEntries_whoseMembersTheCatalogDerives() {
    assertThat(STANDARD.allergyGroups())
        .extracting(AllergyGroup::id)
        .containsExactly(
            "amide-local-anesthetic", "corticosteroid", "iodinated-contrast", "iodine", "chlorhexidine-products");
    AllergyGroup amides = STANDARD.allergyGroup("amide-local-anesthetic");
    assertThat(STANDARD.findEntry("amide-local-anesthetic")).containsSame(amides);
    assertThat(STANDARD.membersOf(amides))
        .extracting(Medication::id)
        .containsExactly("lidocaine", "bupivacaine", "prilocaine");
    assertThat(STANDARD.membersOf(STANDARD.allergyGroup("chlorhexidine-products")))
        .extracting(Medication::id)
        .containsExactly("chlorhexidine");
    for (AllergyGroup group : STANDARD.allergyGroups()) {
      assertThat(STANDARD.membersOf(group)).as(group.id()).isNotEmpty();
      assertThat(group.sources()).isNotEmpty();
    }
    assertThat(STANDARD.findAllergyGroup("amide-local-anesthetics")).isEmpty();
  }

  @Test
  void aMedicationNamingAGroupTheCatalogLacks_isRefusedWithTheNearestIds() {
    Medication plural =
        Medication.builder()
            .from(STANDARD.medication("lidocaine"))
            .allergyGroups(List.of("amide-local-anesthetics"))
            .build();
    assertThatThrownBy(() -> HipCatalog.builder().addAll(STANDARD).replace(plural).build())
        .isInstanceOfSatisfying(
            UnknownIdException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("allergy group");
              assertThat(e.id()).isEqualTo("amide-local-anesthetics");
              assertThat(e.nearest()).startsWith("amide-local-anesthetic");
            });
  }

  @Test
  void standardAliases_resolveOtherNamesOfMedications_andSayAnAliasWasUsed() {
    Resolved<Medication> lignocaine = STANDARD.resolveMedication("lignocaine");
    assertThat(lignocaine.value()).isSameAs(STANDARD.medication("lidocaine"));
    assertThat(lignocaine.alias()).hasValue("lignocaine");
    assertThat(lignocaine.id()).isEqualTo("lidocaine");
    assertThat(STANDARD.resolveMedication("xylocaine").value().id()).isEqualTo("lidocaine");
    assertThat(STANDARD.resolveMedication("paracetamol").value().id()).isEqualTo("acetaminophen");
    Resolved<Medication> byId = STANDARD.resolveMedication("lidocaine");
    assertThat(byId.alias()).isEmpty();
    assertThat(byId).hasToString("lidocaine");
    assertThat(lignocaine).hasToString("lignocaine (alias of lidocaine)");
    assertThat(STANDARD.resolveAllergyGroup("amide-local-anaesthetic").value().id())
        .isEqualTo("amide-local-anesthetic");
    // Lookups by id never consult aliases.
    assertThat(STANDARD.findMedication("lignocaine")).isEmpty();
    assertThatThrownBy(() -> STANDARD.medication("xylocaine")).isInstanceOf(UnknownIdException.class);
  }

  @Test
  void everyStandardAlias_namesAMedicationOrGroup_andNoId() {
    STANDARD.aliases().forEach((alias, id) -> {
      assertThat(STANDARD.findEntry(alias)).as(alias).isEmpty();
      assertThat(STANDARD.findMedication(id).isPresent() || STANDARD.findAllergyGroup(id).isPresent())
          .as(alias + " -> " + id)
          .isTrue();
    });
  }

  @Test
  void aResolveOfAnUnknownText_namesTheNearestIdsAndAliases() {
    assertThatThrownBy(() -> STANDARD.resolveMedication("lidocain"))
        .isInstanceOfSatisfying(
            UnknownIdException.class, e -> assertThat(e.nearest()).startsWith("lidocaine"));
    assertThatThrownBy(() -> STANDARD.resolveMedication("xylocain"))
        .isInstanceOfSatisfying(
            UnknownIdException.class, e -> assertThat(e.nearest()).startsWith("xylocaine"));
    assertThatThrownBy(() -> STANDARD.resolveAllergyGroup("amide-local-anesthetics"))
        .isInstanceOfSatisfying(
            UnknownIdException.class, e -> assertThat(e.nearest()).startsWith("amide-local-anesthetic"));
  }

  @Test
  void aClinicAddsAliases_throughTheBuilder() {
    HipCatalog clinic = HipCatalog.builder().addAll(STANDARD).alias("lido", "lidocaine").build();

    assertThat(clinic.resolveMedication("lido").value().id()).isEqualTo("lidocaine");
    assertThat(Allergy.resolve("lido", clinic).alias()).hasValue("lido");
    assertThat(Allergy.parse("lido", clinic)).isEqualTo(Allergy.toMedication(STANDARD.medication("lidocaine")));
    assertThatThrownBy(() -> Allergy.parse("lido", STANDARD)).isInstanceOf(UnknownIdException.class);
    assertThat(HipCatalog.builder().addAliases(Map.of("lido", "lidocaine")).alias("lido", "lidocaine"))
        .isNotNull();
  }

  @Test
  void anAlias_mayNotShadowAnIdOrAClassCode_norNameTwoIds_norNameAnUnknownId() {
    assertThatThrownBy(() -> HipCatalog.builder().addAll(STANDARD).alias("bupivacaine", "lidocaine").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("HipCatalog.aliases")
        .hasMessageContaining("must not shadow the id of an entry");
    assertThatThrownBy(() -> HipCatalog.builder().addAll(STANDARD).alias("nsaid", "ibuprofen").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must not shadow a medication class code");
    assertThatThrownBy(() -> HipCatalog.builder().addAll(STANDARD).alias("lignocaine", "bupivacaine"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("already names 'lidocaine'");
    assertThatThrownBy(() -> HipCatalog.builder().addAll(STANDARD).alias("lido", "lidocain").build())
        .isInstanceOfSatisfying(
            UnknownIdException.class, e -> assertThat(e.nearest()).startsWith("lidocaine"));
    assertThatThrownBy(() -> HipCatalog.builder().addAll(STANDARD).alias("Lido", "lidocaine").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("HipCatalog.aliases");
  }

  @Test
  void allergens_resolveByIdGroupAliasOrClass() {
    assertThat(Allergy.parse("lignocaine", STANDARD))
        .isEqualTo(Allergy.toMedication(STANDARD.medication("lidocaine")));
    assertThat(Allergy.parse("xylocaine", STANDARD))
        .isEqualTo(Allergy.toMedication(STANDARD.medication("lidocaine")));
    assertThat(Allergy.resolve("xylocaine", STANDARD).alias()).hasValue("xylocaine");
    assertThat(Allergy.resolve("lidocaine", STANDARD).alias()).isEmpty();
    assertThat(Allergy.parse("iodine", STANDARD)).isEqualTo(Allergy.toGroup(STANDARD.allergyGroup("iodine")));
    assertThat(Allergy.parse("amide-local-anaesthetic", STANDARD))
        .isEqualTo(Allergy.toGroup(STANDARD.allergyGroup("amide-local-anesthetic")));
    // A group's id wins over the class code it shares; both cover the same medications here.
    assertThat(Allergy.parse("corticosteroid", STANDARD))
        .isEqualTo(Allergy.toGroup(STANDARD.allergyGroup("corticosteroid")));
    assertThat(Allergy.parse("nsaid", STANDARD)).isEqualTo(Allergy.toClass(MedicationClass.NSAID));
  }

  @Test
  void anAllergenNamingNothing_isRefusedWithTheNearestIdsAliasesAndCodes() {
    assertThatThrownBy(() -> Allergy.parse("lidocain", STANDARD))
        .isInstanceOfSatisfying(
            UnknownIdException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("allergen");
              assertThat(e.nearest()).startsWith("lidocaine");
            });
    assertThatThrownBy(() -> Allergy.parse("amide-local-anesthetics", STANDARD))
        .isInstanceOfSatisfying(
            UnknownIdException.class, e -> assertThat(e.nearest()).startsWith("amide-local-anesthetic"));
    assertThatThrownBy(() -> Allergy.parse("lignocain", STANDARD))
        .isInstanceOfSatisfying(
            UnknownIdException.class, e -> assertThat(e.nearest()).startsWith("lignocaine"));
    assertThatThrownBy(() -> Allergy.parse("nsaids", STANDARD))
        .isInstanceOfSatisfying(UnknownIdException.class, e -> assertThat(e.nearest()).contains("nsaid"));
  }

  @Test
  void resolvedLookups_areValues_equalWhenTheSameTextFoundTheSameEntry() {
    Resolved<Medication> lignocaine = STANDARD.resolveMedication("lignocaine");
    Medication lidocaine = STANDARD.medication("lidocaine");

    assertThat(lignocaine.text()).isEqualTo("lignocaine");
    assertThat(lignocaine)
        .isEqualTo(STANDARD.resolveMedication("lignocaine"))
        .hasSameHashCodeAs(STANDARD.resolveMedication("lignocaine"))
        .isEqualTo(Resolved.of(lidocaine, "lignocaine", "lidocaine"))
        // Found through another text, or by id: not the same lookup.
        .isNotEqualTo(STANDARD.resolveMedication("xylocaine"))
        .isNotEqualTo(STANDARD.resolveMedication("lidocaine"))
        .isNotEqualTo(Resolved.of(lidocaine, "lignocaine", "lignocaine"))
        .isNotEqualTo(Resolved.of(STANDARD.medication("bupivacaine"), "lignocaine", "lidocaine"))
        .isNotEqualTo("lignocaine (alias of lidocaine)");
    assertThat(lignocaine.hashCode()).isNotEqualTo(STANDARD.resolveMedication("xylocaine").hashCode());
  }
}
