package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.hipkit.testkit.Generator;
import org.hipkit.testkit.HipGenerators;
import org.hipkit.testkit.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

/**
 * Properties over generated values of every kind but the catalog (whose one value is the standard
 * catalog, {@link CatalogRoundTripTest}): writing then reading gives the value back, writing is
 * deterministic, and every written document validates against its schema. Values come from the
 * shared testkit, through {@link TestGenerators} where JSON needs more.
 */
class RoundTripPropertiesTest {

  private static final long SEED = 20261123L;
  private static final int EXAMPLES = 300;
  private static final int SIZE = 4;
  private static final HipJson COMPACT = HipJson.standard();
  private static final HipJson PRETTY = HipJson.builder().prettyPrint(true).build();

  private static <T> void roundTrips(DocumentType<T> type, Generator<T> values, int examples) {
    roundTrips(type, values, examples, SIZE);
  }

  private static <T> void roundTrips(DocumentType<T> type, Generator<T> values, int examples, int size) {
    qt().withFixedSeed(SEED)
        .withExamples(examples)
        .forAll(QuickTheoriesGens.of(values, size))
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
    roundTrips(DocumentType.PLAN, TestGenerators.plans(), EXAMPLES);
  }

  @Test
  void profiles() {
    roundTrips(DocumentType.PROFILE, TestGenerators.profiles(), EXAMPLES);
  }

  @Test
  void protocols() {
    roundTrips(DocumentType.PROTOCOL, HipGenerators.protocols(), EXAMPLES);
  }

  @Test
  void reports() {
    // Size 8: findings need several risk facts with their details, which small profiles rarely hold.
    roundTrips(DocumentType.REPORT, TestGenerators.reports(), EXAMPLES, QuickTheoriesGens.DEFAULT_SIZE);
  }

  @Test
  void reportsOfTheStandardChecker() {
    roundTrips(DocumentType.REPORT, HipGenerators.reports(), EXAMPLES / 3);
  }

  @Test
  void courses() {
    roundTrips(DocumentType.COURSE, TestGenerators.courses(), EXAMPLES / 3);
  }

  @Test
  void schedules() {
    roundTrips(DocumentType.SCHEDULE, TestGenerators.schedules(), EXAMPLES / 3);
  }
}
