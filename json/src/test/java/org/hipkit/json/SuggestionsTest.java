package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hipkit.json.BadInputTest.failure;

import org.hipkit.json.HipJsonException.Problem;
import org.junit.jupiter.api.Test;

/**
 * The suggestions in a reason: "did you mean" for an unknown field when a field is near enough, and
 * the nearest known ids for an unknown rule id, nearest first and ties in alphabetical order.
 */
class SuggestionsTest {

  private static final HipJson JSON = HipJson.standard();
  private static final String PLAN = Fixtures.text("plan.json");
  private static final String REPORT = Fixtures.text("report.json");
  private static final String PLAN_FIELDS =
      " (known fields: 'format', 'condition', 'intervention', 'target', 'side', 'purpose', 'components',"
          + " 'modality', 'antiseptic', 'plannedDate', 'sessions', 'sessionInterval')";

  private static String unknownFieldReason(String field) {
    HipJsonException e = failure(() -> JSON.readPlan(PLAN.replace("\"sessions\"", "\"" + field + "\"")));
    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
    assertThat(e.pointer()).isEqualTo("/" + field);
    return e.reason();
  }

  @Test
  void unknownField_oneEditAway_namesTheField() {
    assertThat(unknownFieldReason("sesions"))
        .isEqualTo("unknown field 'sesions' in a hipkit.plan document; did you mean 'sessions'?" + PLAN_FIELDS);
  }

  /** Up to two edits, or a third of the name's length for longer names. */
  @Test
  void unknownField_asFarAsTheLimit_stillNamesTheField() {
    assertThat(unknownFieldReason("sesion"))
        .isEqualTo("unknown field 'sesion' in a hipkit.plan document; did you mean 'sessions'?" + PLAN_FIELDS);
    assertThat(unknownFieldReason("sessionsWXYZ")) // 12 characters, 4 edits from sessions
        .startsWith("unknown field 'sessionsWXYZ' in a hipkit.plan document; did you mean 'sessions'?");
  }

  @Test
  void unknownField_pastTheLimit_namesNoField() {
    assertThat(unknownFieldReason("sessionsVWXYZ")) // 13 characters, 5 edits from sessions
        .isEqualTo("unknown field 'sessionsVWXYZ' in a hipkit.plan document" + PLAN_FIELDS);
    assertThat(unknownFieldReason("sidexyz")) // 7 characters, 3 edits from side
        .isEqualTo("unknown field 'sidexyz' in a hipkit.plan document" + PLAN_FIELDS);
    assertThat(unknownFieldReason("lot")).isEqualTo("unknown field 'lot' in a hipkit.plan document" + PLAN_FIELDS);
  }

  @Test
  void unknownField_withAVeryLongName_isClipped_andNamesNoField() {
    String name = "sessions".repeat(12);

    assertThat(unknownFieldReason(name))
        .isEqualTo(
            "unknown field '" + name.substring(0, 80) + "...(16 more characters)' in a hipkit.plan document"
                + PLAN_FIELDS);
  }

  private static String unknownRuleReason(String id) {
    String text = REPORT.replace("\"injection-red-flags\"", "\"" + id + "\"");
    HipJsonException e = failure(() -> JSON.readReport(text));
    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_ID);
    assertThat(e.pointer()).isEqualTo("/results/16/rule");
    return e.reason();
  }

  @Test
  void unknownRule_namesTheNearestIdsFirst_notTheCheckersOrder() {
    assertThat(unknownRuleReason("needling-skin-at-sit"))
        .isEqualTo(
            "unknown rule id 'needling-skin-at-sit' in the checker in use; nearest known ids:"
                + " needling-skin-at-site, injection-skin-at-site, needling-osteoporosis");
    assertThat(unknownRuleReason("injection-allergy-contras"))
        .endsWith(
            "nearest known ids: injection-allergy-contrast, injection-allergy-biologic,"
                + " injection-allergy-antiseptic");
  }

  /** The checker holds contrast before biologic; as near as each other, they come alphabetically. */
  @Test
  void unknownRule_namesEquallyNearIdsAlphabetically() {
    assertThat(unknownRuleReason("injection-allergy-x"))
        .endsWith("nearest known ids: injection-allergy-biologic, injection-allergy-contrast, injection-red-flags");
  }

  @Test
  void unknownRule_farFromEveryId_namesNone() {
    assertThat(unknownRuleReason("zz"))
        .isEqualTo("unknown rule id 'zz' in the checker in use (no known id is close to it)");
  }
}
