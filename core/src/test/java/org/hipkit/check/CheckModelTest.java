package org.hipkit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hipkit.catalog.StandardSources.THERAPEUTIC_HIP_INJECTION;
import static org.hipkit.check.Cases.CATALOG;
import static org.hipkit.check.Cases.DAY;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hipkit.anatomy.Region;
import org.hipkit.anatomy.TargetKind;
import org.hipkit.error.InvalidValueException;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.intervention.Purpose;
import org.hipkit.medication.MedicationClass;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.Control;
import org.hipkit.profile.ControlStatement;
import org.hipkit.profile.Measurement;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.profile.ScreeningFact;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;

/**
 * The values checks are made of: outcomes, rule descriptions, scopes, facts, summaries, and the
 * context a rule reads, with the tri-state and dating rules they enforce.
 */
class CheckModelTest {

  private static final TreatmentPlan STEROID = Cases.steroidInjection().build();
  private static final TreatmentPlan ACUPUNCTURE = Cases.acupuncture().build();

  private static RuleDescription.Builder description() {
    return RuleDescription.builder()
        .id("clinic-rule")
        .title("A clinic's own rule")
        .addReads(Fact.FEVER)
        .severity(Severity.PRECAUTION)
        .concern(Concern.CAUTION)
        .action("Think again.")
        .rationale("Because the clinic says so.")
        .addSources(THERAPEUTIC_HIP_INJECTION);
  }

  // ---------------------------------------------------------------------------------------------
  // Outcome

  @Test
  void flagged_keepsItsBasis_andIsEqualToTheSameBasis() {
    FactValue fever = new FactValue(Fact.FEVER, Presence.PRESENT);
    ThresholdValue limit = new ThresholdValue("maxInr", new BigDecimal("3.0"));

    Outcome outcome = Outcome.flagged(List.of(fever), List.of(limit));

    assertThat(outcome.status()).isEqualTo(Status.FLAGGED);
    assertThat(outcome.facts()).containsExactly(fever);
    assertThat(outcome.thresholds()).containsExactly(limit);
    assertThat(outcome.missing()).isEmpty();
    assertThat(outcome).isEqualTo(Outcome.flagged(List.of(fever), List.of(limit)));
    assertThat(outcome).hasSameHashCodeAs(Outcome.flagged(List.of(fever), List.of(limit)));
    assertThat(outcome).isNotEqualTo(Outcome.flagged(fever));
    assertThat(outcome).isNotEqualTo(Outcome.flagged(new FactValue(Fact.FEVER, Presence.ABSENT)));
    assertThat(outcome).isNotEqualTo(Outcome.indeterminate(Fact.FEVER));
    assertThat(outcome).isNotEqualTo("flagged");
    assertThat(outcome).hasToString("flagged [fever = present] against [maxInr = 3.0]");
    assertThat(Outcome.flagged(fever)).hasToString("flagged [fever = present]");
  }

  @Test
  void hashCode_combinesEveryPart() {
    FactValue fever = new FactValue(Fact.FEVER, Presence.PRESENT);
    ThresholdValue limit = new ThresholdValue("maxInr", 3);

    assertThat(Outcome.flagged(List.of(fever), List.of(limit)).hashCode())
        .isNotEqualTo(Outcome.flagged(fever).hashCode())
        .isEqualTo(
            ((Status.FLAGGED.hashCode() * 31 + List.of(fever).hashCode()) * 31 + List.of(limit).hashCode()) * 31
                + List.of().hashCode());
    assertThat(Outcome.indeterminate(Fact.FEVER).hashCode())
        .isNotEqualTo(Outcome.indeterminate(Fact.DIABETES).hashCode());
  }

  @Test
  void indeterminate_namesTheMissingFacts_inOrder() {
    Outcome one = Outcome.indeterminate(Fact.INR);
    Outcome two = Outcome.indeterminate(Fact.INR, Fact.ANTICOAGULATION_CONTROL);

    assertThat(one.status()).isEqualTo(Status.INDETERMINATE);
    assertThat(one.missing()).containsExactly(Fact.INR);
    assertThat(one.facts()).isEmpty();
    assertThat(one.thresholds()).isEmpty();
    assertThat(one).isEqualTo(Outcome.indeterminate(List.of(Fact.INR)));
    assertThat(two.missing()).containsExactly(Fact.INR, Fact.ANTICOAGULATION_CONTROL);
    assertThat(two).isEqualTo(Outcome.indeterminate(List.of(Fact.INR, Fact.ANTICOAGULATION_CONTROL)));
    assertThat(two).isNotEqualTo(Outcome.indeterminate(Fact.ANTICOAGULATION_CONTROL, Fact.INR));
    assertThat(two).hasToString("indeterminate, needs [INR, ANTICOAGULATION_CONTROL]");
    for (Fact fact : Fact.values()) {
      assertThat(Outcome.indeterminate(fact).missing()).containsExactly(fact);
    }
  }

  @Test
  void outcomesWithoutABasis_areRefused() {
    assertThatThrownBy(() -> Outcome.flagged(List.of(), List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Outcome.facts");
    assertThatThrownBy(Outcome::flagged).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Outcome.indeterminate(List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Outcome.missing");
    assertThatThrownBy(Outcome::indeterminate).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void sharedOutcomes_sayWhatTheyAre() {
    assertThat(Outcome.notFlagged().status()).isEqualTo(Status.NOT_FLAGGED);
    assertThat(Outcome.notApplicable().status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(Outcome.notFlagged()).hasToString("not-flagged").isNotEqualTo(Outcome.notApplicable());
    assertThat(Outcome.notApplicable()).hasToString("not-applicable");
  }

  @Test
  void withThresholds_addsToACopy() {
    FactValue fever = new FactValue(Fact.FEVER, Presence.PRESENT);
    ThresholdValue a = new ThresholdValue("a", 1);
    ThresholdValue b = new ThresholdValue("b", 2);
    Outcome original = Outcome.flagged(List.of(fever), List.of(a));

    Outcome more = original.withThresholds(b);

    assertThat(more.thresholds()).containsExactly(a, b);
    assertThat(more.facts()).containsExactly(fever);
    assertThat(more.status()).isEqualTo(Status.FLAGGED);
    assertThat(original.thresholds()).containsExactly(a);
  }

  // ---------------------------------------------------------------------------------------------
  // Rule descriptions

  @Test
  void description_defaultsToVersionOneAndAnyPlan() {
    RuleDescription d = description().build();

    assertThat(d.version()).isEqualTo(1);
    assertThat(d.scope()).isSameAs(Scope.any());
    assertThat(d).hasToString("clinic-rule v1");
    assertThat(description().version(3).build()).hasToString("clinic-rule v3");
  }

  @Test
  void description_refusesWhatARuleCannotBe() {
    assertInvalid(description().id("Clinic Rule"), "id");
    assertInvalid(description().title(" "), "name");
    assertInvalid(description().rationale(""), "description");
    assertInvalid(description().sources(List.of()), "sources");
    assertInvalid(description().version(0), "version");
    assertInvalid(description().reads(List.of()), "reads");
    assertInvalid(description().action(" "), "action");
    assertInvalid(description().concern(Concern.INCOMPLETE), "concern");
    assertInvalid(description().concern(Concern.NONE_FOUND), "concern");
    assertThat(description().concern(Concern.AVOID).build().concern()).isEqualTo(Concern.AVOID);
  }

  private static void assertInvalid(RuleDescription.Builder builder, String field) {
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid RuleDescription." + field + ":");
  }

  // ---------------------------------------------------------------------------------------------
  // Scopes

  @Test
  void scope_any_matchesEveryPlan() {
    assertThat(Scope.any().matches(STEROID)).isTrue();
    assertThat(Scope.any().matches(ACUPUNCTURE)).isTrue();
    assertThat(Scope.any()).hasToString("any plan");
    assertThat(Scope.builder().build()).isEqualTo(Scope.any());
  }

  @Test
  void scope_ofAKind_matchesOnlyThatKind() {
    Scope injection = Scope.of(InterventionKind.INJECTION);

    assertThat(injection.interventionKinds()).containsExactly(InterventionKind.INJECTION);
    assertThat(injection.matches(STEROID)).isTrue();
    assertThat(injection.matches(ACUPUNCTURE)).isFalse();
    assertThat(injection).hasToString("injection");
  }

  @Test
  void scope_restrictsByTargetPurposeRadiationAndMedication() {
    Scope intraArticular = Scope.builder().addTargetKind(TargetKind.INTRA_ARTICULAR).build();
    Scope diagnostic = Scope.builder().addPurpose(Purpose.DIAGNOSTIC_AND_THERAPEUTIC).build();
    Scope radiation = Scope.builder().ionizingRadiationOnly(true).build();
    Scope steroid = Scope.builder().addMedicationClass(MedicationClass.CORTICOSTEROID).build();
    Scope contrastOrGel =
        Scope.builder()
            .addMedicationClasses(MedicationClass.CONTRAST_AGENT, MedicationClass.VISCOSUPPLEMENT)
            .build();
    TreatmentPlan fluoroscopy = Cases.steroidInjection().modality(CATALOG.modality("fluoroscopy")).build();
    TreatmentPlan bursa = Cases.steroidInjection().target(CATALOG.target("lateral-hip")).build();

    assertThat(intraArticular.matches(STEROID)).isTrue();
    assertThat(intraArticular.matches(bursa)).isFalse();
    assertThat(diagnostic.matches(STEROID)).isFalse();
    assertThat(diagnostic.matches(Cases.steroidInjection().purpose(Purpose.DIAGNOSTIC_AND_THERAPEUTIC).build()))
        .isTrue();
    assertThat(radiation.ionizingRadiationOnly()).isTrue();
    assertThat(Scope.any().ionizingRadiationOnly()).isFalse();
    assertThat(radiation.matches(STEROID)).isFalse();
    assertThat(radiation.matches(fluoroscopy)).isTrue();
    assertThat(steroid.matches(STEROID)).isTrue();
    assertThat(steroid.matches(ACUPUNCTURE)).isFalse();
    assertThat(contrastOrGel.matches(STEROID)).isFalse();
    assertThat(
            contrastOrGel.matches(
                Cases.steroidInjection()
                    .addComponent(MedicationComponent.of(CATALOG.medication("contrast-dye")))
                    .build()))
        .isTrue();
  }

  @Test
  void scope_describesItselfInWords() {
    Scope scope =
        Scope.builder()
            .addInterventionKind(InterventionKind.INJECTION)
            .addMedicationClass(MedicationClass.CORTICOSTEROID)
            .addTargetKind(TargetKind.INTRA_ARTICULAR)
            .addPurpose(Purpose.THERAPEUTIC)
            .ionizingRadiationOnly(true)
            .build();

    assertThat(scope)
        .hasToString(
            "injection; injecting corticosteroid; target intra-articular; purpose therapeutic;"
                + " modality with ionizing radiation");
    assertThat(Scope.builder().addPurpose(Purpose.THERAPEUTIC).build()).hasToString("purpose therapeutic");
  }

  // ---------------------------------------------------------------------------------------------
  // Facts, values, summaries

  @Test
  void screeningFacts_areTheTriStateFactsOfAProfile() {
    List<Fact> screening = Arrays.stream(Fact.values()).filter(Fact::isScreeningFact).toList();

    assertThat(screening)
        .hasSize(19)
        .contains(Fact.FEVER, Fact.PHYSICIAN_EVALUATED, Fact.PERSISTENT_PAIN)
        .doesNotContain(Fact.INR, Fact.ALLERGIES, Fact.PLAN_SIDE, Fact.HIP_SURGERY_DETAILS);
    assertThat(Fact.FEVER.isRisk()).isTrue();
    assertThat(Fact.PHYSICIAN_EVALUATED.isRisk()).isFalse();
    assertThat(Fact.INR.isRisk()).isFalse();
    assertThat(Arrays.stream(Fact.values()).filter(Fact::isRisk).count()).isEqualTo(18);
  }

  @Test
  void presenceIn_readsEachScreeningFactOfAProfile() {
    PatientProfile profile = Cases.allAbsent().fever(Presence.PRESENT).diabetes(Presence.UNKNOWN).build();

    assertThat(Fact.FEVER.presenceIn(profile)).hasValue(Presence.PRESENT);
    assertThat(Fact.DIABETES.presenceIn(profile)).hasValue(Presence.UNKNOWN);
    assertThat(Fact.OSTEOPOROSIS.presenceIn(profile)).hasValue(Presence.ABSENT);
    assertThat(Fact.PHYSICIAN_EVALUATED.presenceIn(profile)).hasValue(Presence.PRESENT);
    assertThat(Fact.HBA1C.presenceIn(profile)).isEmpty();
    for (Fact fact : Fact.values()) {
      assertThat(fact.presenceIn(PatientProfile.unknown()))
          .isEqualTo(fact.isScreeningFact() ? Optional.of(Presence.UNKNOWN) : Optional.empty());
    }
  }

  @Test
  void screeningFacts_areTheProfilesTable_oneFactOfTheSameNameEach() {
    List<Fact> screening = Arrays.stream(Fact.values()).filter(Fact::isScreeningFact).toList();

    assertThat(screening.stream().map(f -> f.screeningFact().orElseThrow()).toList())
        .isEqualTo(ScreeningFact.all());
    for (Fact fact : Fact.values()) {
      fact.screeningFact()
          .ifPresent(
              s -> {
                assertThat(s.name()).isEqualTo(fact.name());
                assertThat(fact.code()).isEqualTo(s.code());
                assertThat(fact.description()).isEqualTo(s.description());
                assertThat(fact.isRisk()).isEqualTo(s.isRisk());
              });
      assertThat(fact.description()).as(fact.name()).isNotBlank().endsWith(".");
    }
    assertThat(Fact.INR.screeningFact()).isEmpty();
  }

  @Test
  void presenceIn_readsTheOneFactThatWasSet() {
    for (ScreeningFact changed : ScreeningFact.all()) {
      PatientProfile profile = changed.setIn(PatientProfile.builder(), Presence.ABSENT).build();
      for (Fact fact : Fact.values()) {
        Optional<Presence> expected =
            fact.screeningFact().map(s -> s == changed ? Presence.ABSENT : Presence.UNKNOWN);
        assertThat(fact.presenceIn(profile)).as(changed + " set, " + fact + " read").isEqualTo(expected);
      }
    }
  }

  @Test
  void codes_areStableKebabCase() {
    assertThat(Fact.SEVERE_ACUTE_PAIN.code()).isEqualTo("severe-acute-pain");
    assertThat(Status.NOT_FLAGGED.code()).isEqualTo("not-flagged");
    assertThat(Concern.NONE_FOUND.code()).isEqualTo("none-found");
    assertThat(Severity.PLAN_REVIEW.code()).isEqualTo("plan-review");
    for (Enum<?>[] values :
        List.<Enum<?>[]>of(Fact.values(), Status.values(), Concern.values(), Severity.values())) {
      for (Enum<?> e : values) {
        String code =
            e instanceof Fact f ? f.code()
                : e instanceof Status s ? s.code()
                : e instanceof Concern c ? c.code()
                : ((Severity) e).code();
        assertThat(code).isEqualTo(e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      }
    }
  }

  @Test
  void basisValues_printAsNameEqualsValue() {
    assertThat(new FactValue(Fact.FEVER, Presence.PRESENT)).hasToString("fever = present");
    assertThat(new FactValue(Fact.PLAN_SIDE, "left")).hasToString("plan-side = left");
    assertThat(new ThresholdValue("inrMaxAgeDays", 7)).hasToString("inrMaxAgeDays = 7");
  }

  @Test
  void summary_isClearOnlyWhenNothingWasFound() {
    assertThat(new Summary(Concern.NONE_FOUND, false, 0, 0).isClear()).isTrue();
    assertThat(new Summary(Concern.INCOMPLETE, true, 0, 1).isClear()).isFalse();
    assertThat(new Summary(Concern.CAUTION, false, 1, 0).isClear()).isFalse();
    assertThat(new Summary(Concern.CAUTION, false, 1, 0)).hasToString("caution: 1 flagged, 0 indeterminate");
    assertThat(new Summary(Concern.INCOMPLETE, true, 0, 1)).hasToString("incomplete: 0 flagged, 1 indeterminate");
    assertThat(new Summary(Concern.MODIFY, true, 2, 3)).hasToString("modify (incomplete): 2 flagged, 3 indeterminate");
  }

  // ---------------------------------------------------------------------------------------------
  // Check context

  private static CheckContext context(PatientProfile profile) {
    return CheckContext.of(profile, STEROID, Protocol.standard(), DAY);
  }

  @Test
  void context_holdsTheCase() {
    PatientProfile profile = Cases.allAbsent().build();
    CheckContext context = CheckContext.of(profile, STEROID, Protocol.standard(), DAY);

    assertThat(context.profile()).isSameAs(profile);
    assertThat(context.plan()).isSameAs(STEROID);
    assertThat(context.protocol()).isSameAs(Protocol.standard());
    assertThat(context.asOf()).isEqualTo(DAY);
    assertThat(context.presence(Fact.FEVER)).isEqualTo(Presence.ABSENT);
    assertThatThrownBy(() -> context.presence(Fact.INR))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid CheckContext.fact: must be a tri-state screening fact (was inr)");
  }

  @Test
  void isCurrent_includesTheCheckDayAndTheLastDay_andExcludesTheFuture() {
    CheckContext context = context(Cases.allAbsent().build());

    assertThat(context.daysSince(DAY.minusDays(7))).isEqualTo(7);
    assertThat(context.daysSince(DAY.plusDays(2))).isEqualTo(-2);
    assertThat(context.isCurrent(DAY, 7)).isTrue();
    assertThat(context.isCurrent(DAY, 0)).isTrue();
    assertThat(context.isCurrent(DAY.minusDays(7), 7)).isTrue();
    assertThat(context.isCurrent(DAY.minusDays(8), 7)).isFalse();
    assertThat(context.isCurrent(DAY.plusDays(1), 7)).isFalse();
  }

  @Test
  void current_keepsOnlyACurrentMeasurementOrStatement() {
    CheckContext context = context(Cases.allAbsent().build());
    Measurement fresh = Measurement.inr("2.0", DAY.minusDays(7));
    Measurement stale = Measurement.inr("2.0", DAY.minusDays(8));
    ControlStatement lastDay = ControlStatement.of(Control.CONTROLLED, DAY.minusDays(30));
    ControlStatement old = ControlStatement.of(Control.CONTROLLED, DAY.minusDays(31));

    assertThat(context.current(Optional.of(fresh), 7)).containsSame(fresh);
    assertThat(context.current(Optional.of(stale), 7)).isEmpty();
    assertThat(context.current(Optional.empty(), 7)).isEmpty();
    assertThat(context.currentStatement(Optional.of(lastDay))).containsSame(lastDay);
    assertThat(context.currentStatement(Optional.of(old))).isEmpty();
    assertThat(context.currentStatement(Optional.empty())).isEmpty();
    assertThat(context.currentStatement(Optional.of(ControlStatement.of(Control.CONTROLLED, DAY.plusDays(1)))))
        .isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Where a needle enters the skin

  @Test
  void skinRegionServes_theFrontOrSideForTheJoint_andTheTargetsOwnRegionOtherwise() {
    var joint = CATALOG.target("intra-articular-hip");
    var lateral = CATALOG.target("lateral-hip");

    assertThat(Assess.skinRegionServes(joint, Region.ANTERIOR)).isTrue();
    assertThat(Assess.skinRegionServes(joint, Region.LATERAL)).isTrue();
    assertThat(Assess.skinRegionServes(joint, Region.INTRA_ARTICULAR)).isTrue();
    assertThat(Assess.skinRegionServes(joint, Region.POSTERIOR)).isFalse();
    assertThat(Assess.skinRegionServes(joint, Region.MEDIAL)).isFalse();
    assertThat(lateral.region()).isEqualTo(Region.LATERAL);
    assertThat(Assess.skinRegionServes(lateral, Region.LATERAL)).isTrue();
    assertThat(Assess.skinRegionServes(lateral, Region.ANTERIOR)).isFalse();
  }
}
