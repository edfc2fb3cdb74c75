package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hipkit.catalog.HipCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written fixture files, one per document kind, against values built through the public
 * API: reading gives the value, writing gives the file back byte for byte.
 */
class FixtureTest {

  /** One fixture: its file, its kind, the value it stands for, and how to compare values. */
  record Case<T>(String file, DocumentType<T> type, Supplier<T> expected, Function<T, Object> comparable) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Case<?>> cases() {
    return Stream.of(
        new Case<>("plan.json", DocumentType.PLAN, Fixtures::plan, v -> v),
        new Case<>("profile.json", DocumentType.PROFILE, Fixtures::profile, v -> v),
        new Case<>("protocol.json", DocumentType.PROTOCOL, Fixtures::protocol, v -> v),
        new Case<>("catalog.json", DocumentType.CATALOG, Fixtures::catalog, FixtureTest::entries));
  }

  static List<Object> entries(HipCatalog catalog) {
    return List.of(List.copyOf(catalog.entries()), catalog.sources());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  <T> void readsIntoTheValueBuiltThroughTheApi(Case<T> c) {
    T read = Fixtures.JSON.read(c.type(), Fixtures.text(c.file())).value();

    assertThat(c.comparable().apply(read)).isEqualTo(c.comparable().apply(c.expected().get()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  <T> void readsTheSameFromBytes(Case<T> c) {
    T read =
        Fixtures.JSON.read(c.type(), new ByteArrayInputStream(Fixtures.bytes(c.file()))).value();

    assertThat(c.comparable().apply(read)).isEqualTo(c.comparable().apply(c.expected().get()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  <T> void writesTheFileBackByteIdentical(Case<T> c) {
    String written = Fixtures.PRETTY.write(c.type(), c.expected().get());

    assertThat(written).isEqualTo(Fixtures.text(c.file()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  <T> void writesTheSameBytesToAStream(Case<T> c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Fixtures.PRETTY.write(c.type(), c.expected().get(), out);

    assertThat(out.toByteArray()).isEqualTo(Fixtures.bytes(c.file()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  <T> void writesCompactlyByDefault_theFileWithoutItsLayout(Case<T> c) {
    String written = Fixtures.JSON.write(c.type(), c.expected().get());

    assertThat(written).isEqualTo(minify(Fixtures.text(c.file())));
  }

  @Test
  void typedMethods_readAndWriteTheSameDocuments() {
    HipJson json = Fixtures.PRETTY;

    assertThat(json.writePlan(Fixtures.plan())).isEqualTo(Fixtures.text("plan.json"));
    assertThat(json.writeProfile(Fixtures.profile())).isEqualTo(Fixtures.text("profile.json"));
    assertThat(json.writeProtocol(Fixtures.protocol())).isEqualTo(Fixtures.text("protocol.json"));
    assertThat(json.writeCatalog(Fixtures.catalog())).isEqualTo(Fixtures.text("catalog.json"));
    assertThat(json.readPlan(Fixtures.text("plan.json"))).isEqualTo(Fixtures.plan());
    assertThat(json.readProfile(Fixtures.text("profile.json"))).isEqualTo(Fixtures.profile());
    assertThat(json.readProtocol(Fixtures.text("protocol.json"))).isEqualTo(Fixtures.protocol());
    assertThat(entries(json.readCatalog(Fixtures.text("catalog.json"))))
        .isEqualTo(entries(Fixtures.catalog()));
  }

  @Test
  void typedStreamMethods_readAndWriteTheSameDocuments() {
    HipJson json = Fixtures.PRETTY;
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    json.writePlan(Fixtures.plan(), out);
    json.writeProfile(Fixtures.profile(), out);
    json.writeProtocol(Fixtures.protocol(), out);
    json.writeCatalog(Fixtures.catalog(), out);

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            Fixtures.text("plan.json")
                + Fixtures.text("profile.json")
                + Fixtures.text("protocol.json")
                + Fixtures.text("catalog.json"));
    assertThat(json.readPlan(new ByteArrayInputStream(Fixtures.bytes("plan.json"))))
        .isEqualTo(Fixtures.plan());
    assertThat(json.readProfile(new ByteArrayInputStream(Fixtures.bytes("profile.json"))))
        .isEqualTo(Fixtures.profile());
    assertThat(json.readProtocol(new ByteArrayInputStream(Fixtures.bytes("protocol.json"))))
        .isEqualTo(Fixtures.protocol());
    assertThat(entries(json.readCatalog(new ByteArrayInputStream(Fixtures.bytes("catalog.json")))))
        .isEqualTo(entries(Fixtures.catalog()));
  }

  @Test
  void readmePlan_roundTrips() {
    String json = HipJson.standard().writePlan(Fixtures.readmePlan());

    assertThat(json)
        .isEqualTo(
            "{\"format\":\"hipkit.plan/1\",\"condition\":\"hip-osteoarthritis\","
                + "\"intervention\":\"corticosteroid-injection\",\"target\":\"intra-articular-hip\","
                + "\"side\":\"right\",\"purpose\":\"therapeutic\",\"components\":["
                + "{\"medication\":\"triamcinolone\",\"dose\":{\"amount\":40,\"unit\":\"mg\"}},"
                + "{\"medication\":\"lidocaine\"}],\"modality\":\"ultrasound\","
                + "\"antiseptic\":\"chlorhexidine\",\"plannedDate\":\"2026-12-01\",\"sessions\":1}");
    assertThat(HipJson.standard().readPlan(json)).isEqualTo(Fixtures.readmePlan());
  }

  /** Removes the white space outside strings. */
  static String minify(String json) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
