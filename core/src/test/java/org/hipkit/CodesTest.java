package org.hipkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.hipkit.anatomy.Depth;
import org.hipkit.anatomy.Region;
import org.hipkit.anatomy.Side;
import org.hipkit.anatomy.StructureKind;
import org.hipkit.anatomy.TargetKind;
import org.hipkit.condition.ConditionKind;
import org.hipkit.course.ItemKind;
import org.hipkit.guidance.Accuracy;
import org.hipkit.guidance.ContrastUse;
import org.hipkit.intervention.AlternativeCategory;
import org.hipkit.intervention.EvidenceDirection;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.intervention.Purpose;
import org.hipkit.intervention.RiskFrequency;
import org.hipkit.intervention.RiskSeverity;
import org.hipkit.intervention.Setting;
import org.hipkit.medication.MedicationClass;
import org.hipkit.medication.Route;
import org.hipkit.profile.AllergenKind;
import org.hipkit.profile.Control;
import org.hipkit.profile.HipSurgeryKind;
import org.hipkit.profile.SkinProblemKind;
import org.hipkit.source.CodeSystem;
import org.junit.jupiter.api.Test;

/**
 * Every enumerated value has a stable lower-kebab code, its constant's name in kebab case: JSON
 * documents and reports use the codes, so changing one is a breaking change.
 */
class CodesTest {

  private static <E extends Enum<E>> void kebabOfName(E[] values, Function<E, String> code) {
    for (E value : values) {
      assertThat(code.apply(value))
          .as(value.getDeclaringClass().getSimpleName() + "." + value.name())
          .isEqualTo(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
  }

  @Test
  void codes_areTheNamesInKebabCase() {
    kebabOfName(Depth.values(), Depth::code);
    kebabOfName(Region.values(), Region::code);
    kebabOfName(Side.values(), Side::code);
    kebabOfName(StructureKind.values(), StructureKind::code);
    kebabOfName(TargetKind.values(), TargetKind::code);
    kebabOfName(ConditionKind.values(), ConditionKind::code);
    kebabOfName(ItemKind.values(), ItemKind::code);
    kebabOfName(Accuracy.values(), Accuracy::code);
    kebabOfName(ContrastUse.values(), ContrastUse::code);
    kebabOfName(AlternativeCategory.values(), AlternativeCategory::code);
    kebabOfName(EvidenceDirection.values(), EvidenceDirection::code);
    kebabOfName(InterventionKind.values(), InterventionKind::code);
    kebabOfName(RiskFrequency.values(), RiskFrequency::code);
    kebabOfName(RiskSeverity.values(), RiskSeverity::code);
    kebabOfName(Setting.values(), Setting::code);
    kebabOfName(MedicationClass.values(), MedicationClass::code);
    kebabOfName(Route.values(), Route::code);
    kebabOfName(AllergenKind.values(), AllergenKind::code);
    kebabOfName(Control.values(), Control::code);
    kebabOfName(HipSurgeryKind.values(), HipSurgeryKind::code);
    kebabOfName(SkinProblemKind.values(), SkinProblemKind::code);
  }

  @Test
  void purposes_areNamedInKebabCaseToo() {
    assertThat(Arrays.stream(Purpose.values()).map(Purpose::code).toList())
        .containsExactly("therapeutic", "diagnostic-and-therapeutic");
  }

  @Test
  void sides_haveOpposites() {
    assertThat(Side.LEFT.opposite()).isEqualTo(Side.RIGHT);
    assertThat(Side.RIGHT.opposite()).isEqualTo(Side.LEFT);
  }

  @Test
  void routes_carryTheirEdqmStandardTerm_exceptOral() {
    assertThat(Route.INTRA_ARTICULAR.standardCode()).hasValueSatisfying(c -> {
      assertThat(c.system()).isEqualTo(CodeSystem.EDQM);
      assertThat(c.code()).isEqualTo("20024000");
      assertThat(c.display()).isEqualTo("Intraarticular use");
    });
    for (Route route : List.of(Route.INTRABURSAL, Route.PERIARTICULAR, Route.INFILTRATION, Route.CUTANEOUS)) {
      assertThat(route.standardCode()).as(route.code()).isPresent();
    }
    assertThat(Route.ORAL.standardCode()).isEmpty();
  }
}
