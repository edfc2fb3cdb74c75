package org.hipkit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hipkit.check.Cases.DAY;
import static org.hipkit.profile.Presence.ABSENT;
import static org.hipkit.profile.Presence.PRESENT;
import static org.hipkit.profile.Presence.UNKNOWN;

import java.util.List;
import org.hipkit.anatomy.Side;
import org.hipkit.profile.HipSurgery;
import org.hipkit.profile.HipSurgeryKind;
import org.hipkit.profile.PatientProfile;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;

/**
 * The tri-state helpers the standard rules share, on fact lists of every length: a flag names every
 * present fact in the order the rule reads them, an indeterminate result every unknown one.
 */
class AssessTest {

  private static final List<Fact> THREE = List.of(Fact.FEVER, Fact.SYSTEMIC_INFECTION, Fact.OSTEOPOROSIS);

  private static CheckContext context(PatientProfile.Builder profile) {
    return CheckContext.of(profile.build(), Cases.steroidInjection().build(), Protocol.standard(), DAY);
  }

  private static List<Fact> basis(Outcome outcome) {
    return outcome.facts().stream().map(FactValue::fact).toList();
  }

  @Test
  void anyPresent_namesEveryPresentFact_inOrder() {
    CheckContext twoOfThree = context(Cases.allAbsent().fever(PRESENT).osteoporosis(PRESENT));
    CheckContext allThree = context(Cases.allAbsent().fever(PRESENT).systemicInfection(PRESENT).osteoporosis(PRESENT));
    CheckContext lastOnly = context(Cases.allAbsent().osteoporosis(PRESENT).fever(UNKNOWN));

    assertThat(basis(Assess.anyPresent(twoOfThree, THREE))).containsExactly(Fact.FEVER, Fact.OSTEOPOROSIS);
    assertThat(basis(Assess.anyPresent(allThree, THREE)))
        .containsExactly(Fact.FEVER, Fact.SYSTEMIC_INFECTION, Fact.OSTEOPOROSIS);
    assertThat(Assess.anyPresent(lastOnly, THREE).facts())
        .containsExactly(new FactValue(Fact.OSTEOPOROSIS, PRESENT));
    assertThat(Assess.anyPresent(allThree, THREE).facts()).allMatch(v -> v.value() == PRESENT);
  }

  @Test
  void anyPresent_withNothingPresent_clearsOnlyWhenAllAreAbsent() {
    CheckContext clear = context(Cases.allAbsent());
    CheckContext twoUnknown = context(Cases.allAbsent().fever(UNKNOWN).osteoporosis(UNKNOWN));

    assertThat(Assess.anyPresent(clear, THREE)).isEqualTo(Outcome.notFlagged());
    assertThat(Assess.anyPresent(twoUnknown, THREE).missing()).containsExactly(Fact.FEVER, Fact.OSTEOPOROSIS);
    assertThat(Assess.anyPresent(twoUnknown, List.of(Fact.OSTEOPOROSIS)).missing()).containsExactly(Fact.OSTEOPOROSIS);
  }

  @Test
  void allPresent_flagsOnlyWhenEveryFactIsPresent_onListsOfAnyLength() {
    CheckContext allThree = context(Cases.allAbsent().fever(PRESENT).systemicInfection(PRESENT).osteoporosis(PRESENT));
    CheckContext oneAbsent = context(Cases.allAbsent().fever(PRESENT).osteoporosis(PRESENT));
    CheckContext oneUnknown =
        context(Cases.allAbsent().fever(PRESENT).systemicInfection(UNKNOWN).osteoporosis(UNKNOWN));

    assertThat(basis(Assess.allPresent(allThree, THREE)))
        .containsExactly(Fact.FEVER, Fact.SYSTEMIC_INFECTION, Fact.OSTEOPOROSIS);
    assertThat(basis(Assess.allPresent(allThree, List.of(Fact.OSTEOPOROSIS)))).containsExactly(Fact.OSTEOPOROSIS);
    assertThat(basis(Assess.allPresent(allThree, List.of(Fact.OSTEOPOROSIS, Fact.FEVER))))
        .containsExactly(Fact.OSTEOPOROSIS, Fact.FEVER);
    assertThat(Assess.allPresent(oneAbsent, THREE)).isEqualTo(Outcome.notFlagged());
    assertThat(Assess.allPresent(oneUnknown, THREE).missing())
        .containsExactly(Fact.SYSTEMIC_INFECTION, Fact.OSTEOPOROSIS);
    assertThat(Assess.allPresent(context(Cases.allAbsent().fever(UNKNOWN).osteoporosis(ABSENT)), THREE))
        .isEqualTo(Outcome.notFlagged());
  }

  @Test
  void aPresentProblemWithoutDetails_cannotBePlaced() {
    CheckContext skin = context(Cases.allAbsent().skinProblem(PRESENT));
    CheckContext surgery = context(Cases.allAbsent().hipSurgery(PRESENT));

    assertThat(Assess.skinAtSite(skin)).isEqualTo(Outcome.indeterminate(Fact.SKIN_PROBLEM_LOCATIONS));
    assertThat(Assess.surgeryOnPlanSide(surgery, List.of())).isEqualTo(Outcome.indeterminate(Fact.HIP_SURGERY_DETAILS));
  }

  @Test
  void surgeryOnPlanSide_withAnUnknownSide_isIndeterminate_onTheOtherSide_clear() {
    CheckContext unknownSide =
        context(
            Cases.allAbsent()
                .hipSurgery(PRESENT)
                .addHipSurgery(HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, java.util.Optional.empty(), java.util.Optional.of(DAY))));
    CheckContext otherSide =
        context(Cases.allAbsent().hipSurgery(PRESENT).addHipSurgery(HipSurgery.of(HipSurgeryKind.ARTHROPLASTY, Side.LEFT, DAY)));
    CheckContext otherKind =
        context(Cases.allAbsent().hipSurgery(PRESENT).addHipSurgery(HipSurgery.of(HipSurgeryKind.ARTHROSCOPY, Side.RIGHT, DAY)));

    assertThat(Assess.surgeryOnPlanSide(unknownSide, List.of())).isEqualTo(Outcome.indeterminate(Fact.HIP_SURGERY_DETAILS));
    assertThat(Assess.surgeryOnPlanSide(otherSide, List.of())).isEqualTo(Outcome.notFlagged());
    assertThat(Assess.surgeryOnPlanSide(otherKind, List.of(HipSurgeryKind.ARTHROPLASTY))).isEqualTo(Outcome.notFlagged());
    assertThat(Assess.surgeryOnPlanSide(otherKind, List.of()).status()).isEqualTo(Status.FLAGGED);
  }
}
