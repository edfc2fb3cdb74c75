package org.hipkit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hipkit.check.Cases.CATALOG;
import static org.hipkit.check.Cases.DAY;

import java.util.List;
import java.util.Optional;
import org.hipkit.error.InvalidValueException;
import org.hipkit.error.UnknownIdException;
import org.hipkit.medication.MedicationClass;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.AllergenKind;
import org.hipkit.profile.Allergy;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.junit.jupiter.api.Test;

/**
 * Allergies typed as the clinic's staff type them (issue 11): other names resolve through the
 * catalog's aliases, typos and wrong group ids are refused, and an allergen recorded unresolved can
 * never let an allergy rule read clear. Also issue 12: no known allergies clears every allergy rule.
 */
class AllergenRulesTest {

  private static final String LOCAL_ANESTHETIC = "injection-allergy-local-anesthetic";
  private static final TreatmentPlan LIDOCAINE_PLAN = Cases.steroidInjection().build();

  private static CheckReport check(Allergy... allergies) {
    PatientProfile profile =
        Cases.allAbsent().allergy(Presence.PRESENT).addAllergies(allergies).build();
    return Checker.standard().check(profile, LIDOCAINE_PLAN, DAY);
  }

  @Test
  void lignocaine_andXylocaine_flagTheLidocainePlan() {
    for (String text : List.of("lignocaine", "xylocaine")) {
      CheckReport report = check(Allergy.parse(text, CATALOG));
      assertThat(report.result(LOCAL_ANESTHETIC).status()).as(text).isEqualTo(Status.FLAGGED);
      assertThat(report.summary().level()).as(text).isEqualTo(Concern.MODIFY);
    }
  }

  @Test
  void lidocain_andAmideLocalAnesthetics_areRefused_namingTheNearestIds() {
    assertThatThrownBy(() -> Allergy.parse("lidocain", CATALOG))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("nearest known ids: lidocaine");
    assertThatThrownBy(() -> Allergy.parse("amide-local-anesthetics", CATALOG))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("nearest known ids: amide-local-anesthetic");
    // The amide group itself flags the lidocaine plan.
    assertThat(check(Allergy.parse("amide-local-anesthetic", CATALOG)).result(LOCAL_ANESTHETIC).status())
        .isEqualTo(Status.FLAGGED);
  }

  @Test
  void anUnresolvedAllergen_leavesTheLidocaineRuleIndeterminate_andTheSummaryIncomplete() {
    CheckReport report = check(Allergy.unresolved("lignocain (typed by the patient)"));

    RuleResult result = report.result(LOCAL_ANESTHETIC);
    assertThat(result.status()).isEqualTo(Status.INDETERMINATE);
    assertThat(result.outcome().missing()).containsExactly(Fact.ALLERGIES);
    assertThat(report.result("injection-allergy-corticosteroid").status()).isEqualTo(Status.INDETERMINATE);
    assertThat(report.result("injection-allergy-antiseptic").status()).isEqualTo(Status.INDETERMINATE);
    assertThat(report.summary().level()).isGreaterThanOrEqualTo(Concern.INCOMPLETE);
    assertThat(report.summary().isClear()).isFalse();
  }

  @Test
  void anUnresolvedAllergen_besideResolvedOnesThatDoNotMatch_staysIndeterminate() {
    CheckReport report =
        check(Allergy.toClass(MedicationClass.NSAID), Allergy.unresolved("the blue injection"));
    assertThat(report.result(LOCAL_ANESTHETIC).status()).isEqualTo(Status.INDETERMINATE);
    assertThat(report.result(LOCAL_ANESTHETIC).outcome().missing()).containsExactly(Fact.ALLERGIES);
  }

  @Test
  void aResolvedAllergyThatMatches_stillFlags_besideAnUnresolvedOne() {
    Allergy lidocaine = Allergy.parse("lidocaine", CATALOG);
    CheckReport report = check(Allergy.unresolved("the blue injection"), lidocaine);
    RuleResult result = report.result(LOCAL_ANESTHETIC);
    assertThat(result.status()).isEqualTo(Status.FLAGGED);
    assertThat(result.outcome().facts()).contains(new FactValue(Fact.ALLERGIES, lidocaine));
  }

  @Test
  void aFlagOnALaterComponent_winsOverAnIndeterminateEarlierOne() {
    TreatmentPlan twoAnesthetics =
        Cases.steroidInjection()
            .addComponent(org.hipkit.plan.MedicationComponent.of(CATALOG.medication("bupivacaine")))
            .build();
    PatientProfile profile =
        Cases.allAbsent()
            .allergy(Presence.PRESENT)
            .addAllergies(Allergy.unresolved("something at the dentist"), Allergy.parse("marcaine", CATALOG))
            .build();
    RuleResult result = Checker.standard().check(profile, twoAnesthetics, DAY).result(LOCAL_ANESTHETIC);
    assertThat(result.status()).isEqualTo(Status.FLAGGED);
    assertThat(result.outcome().facts())
        .contains(new FactValue(Fact.PLAN_COMPONENTS, "bupivacaine"));
  }

  @Test
  void noKnownAllergies_clearsEveryAllergyRule_whateverThePlanLeavesOut() {
    TreatmentPlan noAntiseptic = Cases.steroidInjection().antiseptic(Optional.empty()).build();
    PatientProfile none = Cases.allAbsent().allergy(Presence.ABSENT).build();

    CheckReport report = Checker.standard().check(none, noAntiseptic, DAY);

    for (RuleResult result : report.results()) {
      if (result.rule().id().startsWith("injection-allergy-") && result.status() != Status.NOT_APPLICABLE) {
        assertThat(result.status()).as(result.rule().id()).isEqualTo(Status.NOT_FLAGGED);
      }
    }
    assertThat(report.result("injection-allergy-antiseptic").status()).isEqualTo(Status.NOT_FLAGGED);
  }

  @Test
  void unresolvedText_isNotBlank_bounded_andFreeOfControlCharacters() {
    Allergy typed = Allergy.unresolved("Lignocain?? (per GP letter)");
    assertThat(typed.kind()).isEqualTo(AllergenKind.UNRESOLVED);
    assertThat(typed.allergen()).isEqualTo("Lignocain?? (per GP letter)");
    assertThat(typed.text()).hasValue("Lignocain?? (per GP letter)");
    assertThat(typed.isResolved()).isFalse();
    assertThat(typed.matches(CATALOG.medication("lidocaine"))).isFalse();
    assertThat(typed).hasToString("unresolved:Lignocain?? (per GP letter)");
    assertThat(Allergy.unresolved("x".repeat(Allergy.MAX_TEXT_LENGTH)).allergen()).hasSize(200);

    assertThatThrownBy(() -> Allergy.unresolved(" \t "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid Allergy.text: must not be blank");
    assertThatThrownBy(() -> Allergy.unresolved("x".repeat(Allergy.MAX_TEXT_LENGTH + 1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid Allergy.text: must have at most 200 characters");
    assertThatThrownBy(() -> Allergy.unresolved("lido\ncaine"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid Allergy.text: must not hold control characters")
        .hasMessageContaining("U+000A at index 4");
  }

  @Test
  void typedAllergies_holdTheirEntries() {
    Allergy group = Allergy.toGroup(CATALOG.allergyGroup("iodine"));
    assertThat(group.group()).hasValue(CATALOG.allergyGroup("iodine"));
    assertThat(group.medication()).isEmpty();
    assertThat(group.allergen()).isEqualTo("iodine");
    assertThat(group.matches(CATALOG.medication("povidone-iodine"))).isTrue();
    assertThat(group.matches(CATALOG.medication("contrast-dye"))).isFalse();
    Allergy cls = Allergy.toClass(MedicationClass.CORTICOSTEROID);
    assertThat(cls.medicationClass()).hasValue(MedicationClass.CORTICOSTEROID);
    assertThat(cls.isResolved()).isTrue();
  }
}
