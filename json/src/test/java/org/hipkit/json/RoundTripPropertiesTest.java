package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties over generated plans, profiles and protocols: writing then reading gives the value
 * back, writing is deterministic, and every written document validates against its schema.
 */
class RoundTripPropertiesTest {

  private static final long SEED = 20261123L;
  private static final int EXAMPLES = 300;
  private static final HipJson COMPACT = HipJson.standard();
  private static final HipJson PRETTY = HipJson.builder().prettyPrint(true).build();

  private static <T> void roundTrips(DocumentType<T> type, Gen<T> values) {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(values)
        .checkAssert(
            value -> {
              String compact = COMPACT.write(type, value);
              String pretty = PRETTY.write(type, value);

              assertThat(COMPACT.read(type, compact).value()).isEqualTo(value);
              assertThat(COMPACT.read(type, pretty).value()).isEqualTo(value);
              assertThat(COMPACT.read(type, new ByteArrayInputStream(compact.getBytes(StandardCharsets.UTF_8))).value())
                  .isEqualTo(value);
              assertThat(COMPACT.write(type, value)).isEqualTo(compact);
              assertThat(COMPACT.write(type, COMPACT.read(type, compact).value())).isEqualTo(compact);
              assertThat(FixtureTest.minify(pretty)).isEqualTo(compact);
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              COMPACT.write(type, value, out);
              assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(compact);
              assertThat(Fixtures.schemaErrors(type, compact)).isEmpty();
            });
  }

  @Test
  void plans() {
    roundTrips(DocumentType.PLAN, TestGenerators.gen(TestGenerators::plan, 4));
  }

  @Test
  void profiles() {
    roundTrips(DocumentType.PROFILE, TestGenerators.gen(TestGenerators::profile, 4));
  }

  @Test
  void protocols() {
    roundTrips(DocumentType.PROTOCOL, TestGenerators.gen(TestGenerators::protocol, 4));
  }
}
