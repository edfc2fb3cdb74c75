package org.hipkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hipkit.check.Fact;
import org.hipkit.json.DocumentType;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shapes of facts and thresholds, which the codec, the schema and the docs each state: the
 * schema's branches must be the codec's, fact by fact and threshold by threshold.
 */
class ReportCodecsTest {

  private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree(DocumentType.REPORT.schema());

  /** The value fields the schema allows beside each fact code. */
  private static Map<String, TreeSet<String>> schemaShapes() {
    Map<String, TreeSet<String>> shapes = new LinkedHashMap<>();
    for (JsonNode branch : SCHEMA.at("/$defs/fact/oneOf")) {
      JsonNode fact = branch.at("/properties/fact");
      List<String> codes = new ArrayList<>();
      if (fact.has("const")) {
        codes.add(fact.get("const").asString());
      } else {
        fact.get("enum").forEach(code -> codes.add(code.asString()));
      }
      for (String name : branch.get("properties").propertyNames()) {
        if (!name.equals("fact")) {
          codes.forEach(code -> shapes.computeIfAbsent(code, c -> new TreeSet<>()).add(name));
        }
      }
    }
    return shapes;
  }

  @Test
  void everyFact_hasTheSameShapesInTheSchemaAsInTheCodec() {
    Map<String, TreeSet<String>> schema = schemaShapes();

    for (Fact fact : Fact.values()) {
      TreeSet<String> codec = new TreeSet<>();
      ReportCodecs.shapes(fact).forEach(shape -> codec.add(shape.field));
      assertThat(schema.get(fact.code())).as(fact.code()).isEqualTo(codec);
    }
    assertThat(schema).hasSize(Fact.values().length);
  }

  @Test
  void staleFactsAndDataProblems_takeTheDatedFactsInTheSchema() {
    List<String> dated = new ArrayList<>();
    for (Fact fact : Fact.values()) {
      if (fact.isDated()) {
        dated.add(fact.code());
      }
    }
    List<String> aged = new ArrayList<>(dated);
    aged.remove(Fact.HIP_SURGERY_DETAILS.code());

    assertThat(codes("/$defs/dataProblem/properties/fact/enum")).isEqualTo(dated);
    assertThat(codes("/$defs/staleFact/properties/fact/enum")).isEqualTo(aged);
  }

  private static List<String> codes(String pointer) {
    List<String> codes = new ArrayList<>();
    SCHEMA.at(pointer).forEach(code -> codes.add(code.asString()));
    return codes;
  }

  @Test
  void everyThreshold_hasTheTypeOfItsProtocolAttribute() {
    Map<String, String> schema = new LinkedHashMap<>();
    for (JsonNode branch : SCHEMA.at("/$defs/threshold/oneOf")) {
      JsonNode name = branch.at("/properties/name");
      JsonNode value = branch.at("/properties/value");
      String type = value.has("type") ? value.get("type").asString() : value.get("$ref").asString();
      if (name.has("const")) {
        schema.put(name.get("const").asString(), type);
      } else {
        name.get("enum").forEach(n -> schema.put(n.asString(), type));
      }
    }

    Map<String, String> protocol = new LinkedHashMap<>();
    Protocol.standard()
        .thresholds()
        .forEach(
            (name, value) ->
                protocol.put(
                    name,
                    value instanceof Integer
                        ? "integer"
                        : value instanceof BigDecimal
                            ? "number"
                            : value instanceof Boolean ? "boolean" : value instanceof Period ? "#/$defs/period" : "?"));
    assertThat(schema).containsExactlyInAnyOrderEntriesOf(protocol);
  }
}
