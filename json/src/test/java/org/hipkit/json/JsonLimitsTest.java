package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hipkit.error.InvalidValueException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonLimits} as a value: its builder refuses limits that are not positive, naming the
 * setting, and two limits are equal exactly when every setting is. The limits enforced on read are
 * in {@link LimitsTest}.
 */
class JsonLimitsTest {

  /** One change of one setting each, away from the defaults. */
  private static final List<UnaryOperator<JsonLimits.Builder>> ONE_SETTING_CHANGED =
      List.of(
          b -> b.maxDocumentLength(10_000_001L),
          b -> b.maxNestingDepth(65),
          b -> b.maxStringLength(100_001),
          b -> b.maxNameLength(1_001),
          b -> b.maxNumberLength(101),
          b -> b.maxArrayLength(10_001));

  @Test
  void builder_setsEverySetting_andChains() {
    JsonLimits limits =
        JsonLimits.builder()
            .maxDocumentLength(1_000)
            .maxNestingDepth(5)
            .maxStringLength(200)
            .maxNameLength(30)
            .maxNumberLength(12)
            .maxArrayLength(7)
            .build();

    assertThat(limits.maxDocumentLength()).isEqualTo(1_000);
    assertThat(limits.maxNestingDepth()).isEqualTo(5);
    assertThat(limits.maxStringLength()).isEqualTo(200);
    assertThat(limits.maxNameLength()).isEqualTo(30);
    assertThat(limits.maxNumberLength()).isEqualTo(12);
    assertThat(limits.maxArrayLength()).isEqualTo(7);
  }

  @Test
  void builder_acceptsOne_theSmallestPositiveLimit() {
    JsonLimits limits =
        JsonLimits.builder()
            .maxDocumentLength(1)
            .maxNestingDepth(1)
            .maxStringLength(1)
            .maxNameLength(1)
            .maxNumberLength(1)
            .maxArrayLength(1)
            .build();

    assertThat(limits)
        .hasToString(
            "JsonLimits[maxDocumentLength=1, maxNestingDepth=1, maxStringLength=1, maxNameLength=1,"
                + " maxNumberLength=1, maxArrayLength=1]");
  }

  @Test
  void builder_refusesZero_namingTheSetting() {
    assertThatThrownBy(() -> JsonLimits.builder().maxDocumentLength(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid JsonLimits.maxDocumentLength: must be positive (was 0)");
    assertThatThrownBy(() -> JsonLimits.builder().maxNestingDepth(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid JsonLimits.maxNestingDepth: must be positive (was 0)");
    assertThatThrownBy(() -> JsonLimits.builder().maxStringLength(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid JsonLimits.maxStringLength: must be positive (was 0)");
    assertThatThrownBy(() -> JsonLimits.builder().maxNameLength(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid JsonLimits.maxNameLength: must be positive (was 0)");
    assertThatThrownBy(() -> JsonLimits.builder().maxNumberLength(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid JsonLimits.maxNumberLength: must be positive (was 0)");
    assertThatThrownBy(() -> JsonLimits.builder().maxArrayLength(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid JsonLimits.maxArrayLength: must be positive (was 0)");
  }

  @Test
  void builder_refusesNegativeLimits_namingTheSetting() {
    assertThatThrownBy(() -> JsonLimits.builder().maxDocumentLength(Long.MIN_VALUE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid JsonLimits.maxDocumentLength: must be positive (was -9223372036854775808)");
    assertThatThrownBy(() -> JsonLimits.builder().maxNestingDepth(-1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid JsonLimits.maxNestingDepth: must be positive (was -1)");
    assertThatThrownBy(() -> JsonLimits.builder().maxStringLength(-1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid JsonLimits.maxStringLength: must be positive (was -1)");
    assertThatThrownBy(() -> JsonLimits.builder().maxNameLength(Integer.MIN_VALUE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid JsonLimits.maxNameLength: must be positive (was -2147483648)");
    assertThatThrownBy(() -> JsonLimits.builder().maxNumberLength(-1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid JsonLimits.maxNumberLength: must be positive (was -1)");
    assertThatThrownBy(() -> JsonLimits.builder().maxArrayLength(-1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid JsonLimits.maxArrayLength: must be positive (was -1)");
  }

  @Test
  void builder_keepsItsSettings_whenAValueIsRefused() {
    JsonLimits.Builder builder = JsonLimits.builder().maxNestingDepth(8);

    assertThatThrownBy(() -> builder.maxNestingDepth(0)).isInstanceOf(InvalidValueException.class);

    assertThat(builder.build().maxNestingDepth()).isEqualTo(8);
  }

  @Test
  void builder_canBeReused_eachBuildCopiesTheCurrentSettings() {
    JsonLimits.Builder builder = JsonLimits.builder().maxArrayLength(3);
    JsonLimits first = builder.build();

    JsonLimits second = builder.maxArrayLength(4).build();

    assertThat(first.maxArrayLength()).isEqualTo(3);
    assertThat(second.maxArrayLength()).isEqualTo(4);
  }

  @Test
  void equalLimits_areEqual_andHashAlike() {
    JsonLimits built = JsonLimits.builder().build();
    JsonLimits custom = JsonLimits.builder().maxNestingDepth(10).maxNameLength(50).build();
    JsonLimits sameCustom = JsonLimits.builder().maxNameLength(50).maxNestingDepth(10).build();

    assertThat(built).isEqualTo(JsonLimits.defaults()).hasSameHashCodeAs(JsonLimits.defaults());
    assertThat(custom).isEqualTo(sameCustom).hasSameHashCodeAs(sameCustom);
    assertThat(custom).isEqualTo(custom);
  }

  @Test
  void limitsThatDifferInOneSetting_areNotEqual() {
    for (UnaryOperator<JsonLimits.Builder> change : ONE_SETTING_CHANGED) {
      JsonLimits changed = change.apply(JsonLimits.builder()).build();

      assertThat(changed).as(changed.toString()).isNotEqualTo(JsonLimits.defaults());
      assertThat(JsonLimits.defaults()).as(changed.toString()).isNotEqualTo(changed);
    }
    assertThat(JsonLimits.defaults().equals(null)).isFalse();
    assertThat(JsonLimits.defaults().equals(JsonLimits.defaults().toString())).isFalse();
  }

  /** Not required by the contract, but limits are small values used as keys: every setting counts. */
  @Test
  void hashCode_tellsApartLimitsThatDifferInOneSetting() {
    for (UnaryOperator<JsonLimits.Builder> change : ONE_SETTING_CHANGED) {
      JsonLimits changed = change.apply(JsonLimits.builder()).build();

      assertThat(changed.hashCode()).as(changed.toString()).isNotEqualTo(JsonLimits.defaults().hashCode());
    }
  }

  @Test
  void toString_namesEverySetting() {
    assertThat(JsonLimits.defaults())
        .hasToString(
            "JsonLimits[maxDocumentLength=10000000, maxNestingDepth=64, maxStringLength=100000,"
                + " maxNameLength=1000, maxNumberLength=100, maxArrayLength=10000]");
  }
}
