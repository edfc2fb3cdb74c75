package org.hipkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipkit.catalog.HipCatalog;
import org.hipkit.json.HipJson;
import org.hipkit.plan.TreatmentPlan;
import org.junit.jupiter.api.Test;

class SaveAndLoadTest {

  @Test
  void the_saved_plan_loads_equal_and_a_typo_is_located() {
    TreatmentPlan plan = SaveAndLoad.plan(HipCatalog.standard());
    HipJson json = HipJson.standard();
    String text = json.writePlan(plan);

    assertThat(json.readPlan(text)).isEqualTo(plan);
    assertThat(SaveAndLoad.errorFor(json, text.replace("\"betamethasone\"", "\"betametasone\"")))
        .startsWith("/components/0/medication (line 1, column ")
        .contains("betametasone")
        .contains("betamethasone");
  }

  @Test
  void main_prints_the_document_and_the_error() {
    String out = Console.capture(() -> SaveAndLoad.main(new String[0]));

    assertThat(out).startsWith("{\"format\":\"hipkit.plan/1\"").contains("loaded equal: true");
  }
}
