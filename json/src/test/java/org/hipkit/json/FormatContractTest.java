package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hipkit.json.internal.Documents;
import org.hipkit.json.internal.ProfileCodecs;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/json-format.md that are not about one document: names follow the model,
 * absent fields read as the documented defaults, output is deterministic, the API is safe to share.
 */
class FormatContractTest {

  private static final HipJson JSON = HipJson.standard();

  @Test
  void documentTypes_nameTheirFormats() {
    assertThat(DocumentType.values().stream().map(DocumentType::format))
        .containsExactly("hipkit.plan/1", "hipkit.profile/1", "hipkit.protocol/1", "hipkit.catalog/1");
    assertThat(DocumentType.PLAN.valueType()).isEqualTo(TreatmentPlan.class);
    assertThat(DocumentType.PLAN.kind()).isEqualTo("plan");
    assertThat(DocumentType.PLAN.version()).isEqualTo(1);
    assertThat(DocumentType.PLAN).hasToString("hipkit.plan/1");
  }

  @Test
  void protocol_writesEveryThresholdByItsName_inTheModelsOrder() {
    List<String> expected = new ArrayList<>(List.of("format", "id"));
    expected.addAll(Protocol.standard().thresholds().keySet());

    assertThat(Documents.PROTOCOL.body().fieldNames()).isEqualTo(expected);
  }

  @Test
  void profile_writesEveryScreeningFact() {
    List<String> facts =
        Arrays.stream(PatientProfile.class.getMethods())
            .filter(m -> m.getReturnType() == Presence.class && m.getParameterCount() == 0)
            .filter(m -> !Modifier.isStatic(m.getModifiers()))
            .map(Method::getName)
            .toList();

    assertThat(ProfileCodecs.factNames()).containsExactlyInAnyOrderElementsOf(facts);
  }

  @Test
  void profile_missingFactsReadAsUnknown_missingListsAsEmpty() {
    PatientProfile read = JSON.readProfile("{\"format\": \"hipkit.profile/1\", \"diabetes\": \"present\"}");

    assertThat(read).isEqualTo(PatientProfile.builder().diabetes(Presence.PRESENT).build());
    assertThat(read.fever()).isEqualTo(Presence.UNKNOWN);
    assertThat(read.allergies()).isEmpty();
  }

  @Test
  void protocol_missingThresholdsReadAsTheDefaults() {
    Protocol read = JSON.readProtocol("{\"format\": \"hipkit.protocol/1\", \"maxInr\": 2.5}");

    assertThat(read).isEqualTo(Protocol.builder().maxInr(new BigDecimal("2.5")).build());
    assertThat(JSON.readProtocol("{\"format\": \"hipkit.protocol/1\"}")).isEqualTo(Protocol.standard());
  }

  @Test
  void plan_missingSessionsReadsAsOne_missingComponentsAsNone() {
    String needling =
        "{\"format\": \"hipkit.plan/1\", \"condition\": \"myofascial-hip-pain\", \"intervention\":"
            + " \"dry-needling\", \"target\": \"gluteal-trigger-points\", \"side\": \"left\","
            + " \"purpose\": \"therapeutic\", \"modality\": \"landmark\", \"plannedDate\": \"2026-12-01\"}";

    TreatmentPlan plan = JSON.readPlan(needling);

    assertThat(plan.sessions()).isEqualTo(1);
    assertThat(plan.components()).isEmpty();
    assertThat(JSON.writePlan(plan)).contains("\"components\":[]").endsWith("\"sessions\":1}");
  }

  @Test
  void decimals_keepTheirScale_andAreWrittenPlain() {
    Protocol protocol = Protocol.builder().maxInr(new BigDecimal("2.50")).maxHba1cPercent(new BigDecimal("1E+1")).build();

    String written = JSON.writeProtocol(protocol);

    assertThat(written).contains("\"maxInr\":2.50").contains("\"maxHba1cPercent\":10,");
    assertThat(JSON.readProtocol(written).maxInr()).isEqualTo(new BigDecimal("2.50"));
  }

  @Test
  void strings_areEscapedTheSameWayEverywhere() {
    Protocol protocol = Protocol.standard();
    String text = Fixtures.text("catalog.json");

    assertThat(text).contains("https://example.org/clinic-codes").contains("\u2014");
    assertThat(JSON.writeProtocol(protocol)).doesNotContain("\\/");
  }

  @Test
  void prettyOutput_endsWithALineFeed_compactOutputDoesNot() {
    assertThat(Fixtures.PRETTY.writeProtocol(Protocol.standard())).endsWith("}\n").doesNotContain("\r");
    assertThat(JSON.writeProtocol(Protocol.standard())).endsWith("}").doesNotContain("\n");
  }

  @Test
  void oneInstance_isSafeToShareBetweenThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(
            pool.submit(
                () ->
                    Fixtures.PRETTY.readPlan(Fixtures.PRETTY.writePlan(Fixtures.plan())).equals(Fixtures.plan())
                        && Fixtures.PRETTY.writeProfile(Fixtures.profile()).equals(Fixtures.text("profile.json"))));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void nullArguments_areProgrammingErrors() {
    assertThatThrownBy(() -> JSON.readPlan((String) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JSON.writePlan(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void publicTypes_areFinal() {
    for (Class<?> type :
        List.of(HipJson.class, HipJsonModule.class, HipJsonException.class, JsonLimits.class, ReadResult.class, DocumentType.class)) {
      assertThat(Modifier.isFinal(type.getModifiers())).as(type.getSimpleName()).isTrue();
    }
  }
}
