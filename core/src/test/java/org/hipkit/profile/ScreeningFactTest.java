package org.hipkit.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The screening-fact table against the profile it describes: every tri-state accessor is in the
 * table under its name, and reading or setting a fact through the table is reading or setting it
 * through the profile's own methods.
 */
class ScreeningFactTest {

  private static final List<Presence> VALUES = List.of(Presence.values());

  @Test
  void everyTriStateAccessorOfTheProfile_isInTheTable_inItsOrder() {
    List<String> accessors =
        Arrays.stream(PatientProfile.class.getDeclaredMethods())
            .filter(m -> m.getReturnType() == Presence.class && m.getParameterCount() == 0)
            .map(Method::getName)
            .toList();

    assertThat(ScreeningFact.all().stream().map(ScreeningFact::propertyName).toList())
        .containsExactlyInAnyOrderElementsOf(accessors)
        .hasSize(19);
    assertThat(ScreeningFact.all()).containsExactly(ScreeningFact.values());
  }

  @Test
  void theTablesSetterAndGetter_areTheProfilesAccessorAndBuilderSetter_factByFact() throws Exception {
    for (ScreeningFact fact : ScreeningFact.all()) {
      Method accessor = PatientProfile.class.getMethod(fact.propertyName());
      Method setter = PatientProfile.Builder.class.getMethod(fact.propertyName(), Presence.class);
      for (Presence value : VALUES) {
        // Set through the table: the accessor reads it, and no other fact changed.
        PatientProfile viaTable = fact.setIn(PatientProfile.builder(), value).build();
        assertThat(accessor.invoke(viaTable)).as(fact.code()).isEqualTo(value);
        for (ScreeningFact other : ScreeningFact.all()) {
          assertThat(other.in(viaTable))
              .as(fact + " set, " + other + " read")
              .isEqualTo(other == fact ? value : Presence.UNKNOWN);
        }
        // Set through the builder's own setter: the table reads it.
        PatientProfile.Builder builder = PatientProfile.builder();
        setter.invoke(builder, value);
        assertThat(fact.in(builder.build())).as(fact.code()).isEqualTo(value);
      }
    }
  }

  @Test
  void in_readsWhatTheAccessorsRead_forManyProfiles() throws Exception {
    SplittableRandom random = new SplittableRandom(13);
    for (int n = 0; n < 200; n++) {
      PatientProfile.Builder builder = PatientProfile.builder();
      for (ScreeningFact fact : ScreeningFact.all()) {
        fact.setIn(builder, VALUES.get(random.nextInt(VALUES.size())));
      }
      PatientProfile profile = builder.build();
      PatientProfile copy = PatientProfile.builder().from(profile).build();
      for (ScreeningFact fact : ScreeningFact.all()) {
        Object accessed = PatientProfile.class.getMethod(fact.propertyName()).invoke(profile);
        assertThat(fact.in(profile)).as(fact.code()).isEqualTo(accessed);
        assertThat(fact.in(copy)).as(fact.code()).isEqualTo(accessed);
      }
      assertThat(copy).isEqualTo(profile).hasSameHashCodeAs(profile).hasToString(profile.toString());
    }
  }

  @Test
  void names_deriveBothWireSpellingsFromTheConstant() {
    assertThat(ScreeningFact.SEVERE_ACUTE_PAIN.code()).isEqualTo("severe-acute-pain");
    assertThat(ScreeningFact.SEVERE_ACUTE_PAIN.propertyName()).isEqualTo("severeAcutePain");
    assertThat(ScreeningFact.PAIN_MAINLY_NON_HIP.propertyName()).isEqualTo("painMainlyNonHip");
    for (ScreeningFact fact : ScreeningFact.all()) {
      assertThat(fact.code()).isEqualTo(fact.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      assertThat(fact.propertyName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT))
          .isEqualTo(fact.code());
      assertThat(fact.description()).as(fact.code()).startsWith("Whether ").endsWith(".");
    }
  }

  @Test
  void everyFactButPhysicianEvaluated_isARisk() {
    for (ScreeningFact fact : ScreeningFact.all()) {
      boolean risk = fact != ScreeningFact.PHYSICIAN_EVALUATED;
      assertThat(fact.isRisk()).as(fact.code()).isEqualTo(risk);
      assertThat(fact.riskValue()).as(fact.code()).isEqualTo(risk ? Presence.PRESENT : Presence.ABSENT);
    }
  }
}
