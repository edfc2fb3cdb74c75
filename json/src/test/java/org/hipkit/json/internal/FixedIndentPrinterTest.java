package org.hipkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;

/**
 * The one indented layout, on shapes the hipkit documents do not all have: empty objects and arrays,
 * nesting deeper than the printer's cache of indents, and several root values.
 */
class FixedIndentPrinterTest {

  private static final JsonFactory FACTORY = new JsonFactory();

  private static String print(Consumer<JsonGenerator> writes) {
    ObjectWriteContext context =
        new ObjectWriteContext.Base() {
          @Override
          public @Nullable PrettyPrinter getPrettyPrinter() {
            return new FixedIndentPrinter();
          }
        };
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(context, out)) {
      writes.accept(g);
    }
    return out.toString();
  }

  @Test
  void emptyObjectsAndArrays_stayOnOneLine() {
    assertThat(print(g -> g.writeStartObject().writeEndObject())).isEqualTo("{}");
    assertThat(print(g -> g.writeStartArray().writeEndArray())).isEqualTo("[]");
    assertThat(
            print(
                g ->
                    g.writeStartObject()
                        .writeName("a")
                        .writeStartObject()
                        .writeEndObject()
                        .writeName("b")
                        .writeStartArray()
                        .writeEndArray()
                        .writeEndObject()))
        .isEqualTo("{\n  \"a\": {},\n  \"b\": []\n}");
  }

  @Test
  void membersAndElements_eachOnTheirOwnLine_twoSpacesPerLevel() {
    String printed =
        print(
            g ->
                g.writeStartObject()
                    .writeName("a")
                    .writeNumber(1)
                    .writeName("b")
                    .writeStartArray()
                    .writeString("x")
                    .writeStartObject()
                    .writeName("c")
                    .writeBoolean(true)
                    .writeEndObject()
                    .writeEndArray()
                    .writeEndObject());

    assertThat(printed)
        .isEqualTo(
            """
            {
              "a": 1,
              "b": [
                "x",
                {
                  "c": true
                }
              ]
            }""");
  }

  @Test
  void deepNesting_isIndentedBeyondTheCachedLevels() {
    int depth = 20;

    String printed =
        print(
            g -> {
              for (int i = 0; i < depth; i++) {
                g.writeStartArray();
              }
              g.writeNumber(7);
              for (int i = 0; i < depth; i++) {
                g.writeEndArray();
              }
            });

    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      expected.append("  ".repeat(i)).append("[\n");
    }
    expected.append("  ".repeat(depth)).append("7");
    for (int i = depth - 1; i >= 0; i--) {
      expected.append("\n").append("  ".repeat(i)).append("]");
    }
    assertThat(printed).isEqualTo(expected.toString());
  }

  @Test
  void deepNesting_ofObjects_isIndentedTheSameWay() {
    String printed =
        print(
            g -> {
              for (int i = 0; i < 17; i++) {
                g.writeStartObject().writeName("k");
              }
              g.writeNull();
              for (int i = 0; i < 17; i++) {
                g.writeEndObject();
              }
            });

    String[] lines = printed.split("\n");
    assertThat(lines).hasSize(2 * 17 + 1);
    assertThat(lines[16]).isEqualTo("  ".repeat(16) + "\"k\": {");
    assertThat(lines[17]).isEqualTo("  ".repeat(17) + "\"k\": null");
    assertThat(lines[18]).isEqualTo("  ".repeat(16) + "}");
  }

  @Test
  void rootValues_areSeparatedByALineFeed() {
    String printed =
        print(
            g -> {
              g.writeStartObject().writeEndObject();
              g.writeStartArray().writeNumber(1).writeEndArray();
            });

    assertThat(printed).isEqualTo("{}\n[\n  1\n]");
  }
}
