package org.hipkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hipkit.json.internal.CodecIo.problem;
import static org.hipkit.json.internal.CodecIo.read;
import static org.hipkit.json.internal.CodecIo.write;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.medication.Medication;
import org.hipkit.quantity.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The shared value codecs: enums by code, lists, sets of enum constants, integers in the range of
 * {@code long}, decimals within the number limit, catalog references, and the helpers that word
 * their reasons. The codecs made by the factory methods are made in each test.
 */
class CodecsTest {

  @Test
  void enumCodec_writesAndReadsTheCode() {
    Codec<TimeUnit> units = Codecs.enumCodec(TimeUnit.class, TimeUnit::code);

    assertThat(write(units, TimeUnit.WEEKS)).isEqualTo("\"wk\"");
    assertThat(read(units, "\"mo\"")).isEqualTo(TimeUnit.MONTHS);
  }

  @Test
  void enumCodec_refusesAnotherCode_listingTheChoices() {
    ReadProblem e = problem(Codecs.enumCodec(TimeUnit.class, TimeUnit::code), "\"weeks\"");

    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.reason()).isEqualTo("must be one of min, h, d, wk, mo, a (was 'weeks')");
    assertThat(problem(Codecs.enumCodec(TimeUnit.class, TimeUnit::code), "7").problem())
        .isEqualTo(Problem.WRONG_TYPE);
  }

  @Test
  void listOf_writesAndReadsInOrder() {
    Codec<List<Integer>> list = Codecs.listOf(Codecs.INT);

    assertThat(write(list, List.of(3, 1, 2))).isEqualTo("[3,1,2]");
    assertThat(write(list, List.of())).isEqualTo("[]");
    assertThat(read(list, "[3, 1, 2]")).containsExactly(3, 1, 2);
    assertThat(read(list, "[]")).isEmpty();
  }

  @Test
  void listOf_holdsUpToTheArrayLimit() {
    Codec<List<Integer>> list = Codecs.listOf(Codecs.INT);

    assertThat(read(list, "[1, 2]", CodecIo.state(2, 100))).containsExactly(1, 2);
    ReadProblem e = problem(list, "[1, 2, 3]", CodecIo.state(2, 100));

    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.pointer()).isEqualTo("/2");
    assertThat(e.reason()).isEqualTo("array is too long: it holds more than 2 elements (the array length limit)");
    assertThat(problem(list, "{}").reason()).isEqualTo("must be an array, not an object");
  }

  @Test
  void enumSetOf_writesInDeclarationOrder() {
    Codec<Set<TimeUnit>> set = Codecs.enumSetOf(Codecs.enumCodec(TimeUnit.class, TimeUnit::code), TimeUnit.class);

    assertThat(write(set, Set.of(TimeUnit.YEARS, TimeUnit.MINUTES, TimeUnit.DAYS))).isEqualTo("[\"min\",\"d\",\"a\"]");
    assertThat(read(set, "[\"a\", \"min\"]")).isEqualTo(EnumSet.of(TimeUnit.MINUTES, TimeUnit.YEARS));
    assertThat(read(set, "[]")).isEmpty();
  }

  @Test
  void enumSetOf_refusesARepeatedConstant() {
    Codec<Set<TimeUnit>> set = Codecs.enumSetOf(Codecs.enumCodec(TimeUnit.class, TimeUnit::code), TimeUnit.class);

    ReadProblem e = problem(set, "[\"d\", \"h\", \"d\"]");

    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo("/2");
    assertThat(e.reason()).isEqualTo("must not repeat an element (repeated 'd')");
    assertThat(problem(set, "\"d\"").problem()).isEqualTo(Problem.WRONG_TYPE);
  }

  @Test
  void long_holdsTheWholeRangeOfLong() {
    assertThat(read(Codecs.LONG, "9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    assertThat(read(Codecs.LONG, "-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    assertThat(read(Codecs.LONG, "7")).isEqualTo(7L);
    assertThat(write(Codecs.LONG, Long.MAX_VALUE)).isEqualTo("9223372036854775807");
  }

  @Test
  void long_refusesIntegersBeyondIt_andOtherNumbers() {
    ReadProblem tooLarge = problem(Codecs.LONG, "9223372036854775808");

    assertThat(tooLarge.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(tooLarge.reason())
        .isEqualTo(
            "must be an integer from -9223372036854775808 to 9223372036854775807 (was"
                + " 9223372036854775808)");
    assertThat(problem(Codecs.LONG, "1.0").reason()).isEqualTo("must be an integer, not a decimal number");
    assertThat(problem(Codecs.LONG, "\"1\"").problem()).isEqualTo(Problem.WRONG_TYPE);
  }

  @Test
  void decimal_keepsTheScaleOfItsText_andResolvesExponents() {
    assertThat(read(Codecs.DECIMAL, "3.0")).isEqualTo(new BigDecimal("3.0"));
    assertThat(read(Codecs.DECIMAL, "25e-1")).isEqualTo(new BigDecimal("2.5"));
    assertThat(read(Codecs.DECIMAL, "2E3")).isEqualTo(new BigDecimal("2000"));
    assertThat(write(Codecs.DECIMAL, read(Codecs.DECIMAL, "2E3"))).isEqualTo("2000");
    assertThat(write(Codecs.DECIMAL, new BigDecimal("1E-3"))).isEqualTo("0.001");
  }

  @Test
  void decimal_writtenOut_holdsUpToTheNumberLimit() {
    ReadState five = CodecIo.state(100, 5);

    assertThat(read(Codecs.DECIMAL, "0.00001", five)).isEqualTo(new BigDecimal("0.00001"));
    assertThat(read(Codecs.DECIMAL, "99999", five)).isEqualTo(new BigDecimal("99999"));
    assertThat(read(Codecs.DECIMAL, "1e4", five)).isEqualTo(new BigDecimal("10000"));
    for (String tooLong : List.of("1e-6", "1e5", "0.000001", "123456")) {
      ReadProblem e = problem(Codecs.DECIMAL, tooLong, five);

      assertThat(e.problem()).as(tooLong).isEqualTo(Problem.LIMIT_EXCEEDED);
      assertThat(e.reason())
          .isEqualTo(
              "number is too long: written out without exponent it would need more than 5 digits"
                  + " (the number length limit)");
    }
  }

  @Test
  void catalogReference_isWrittenAsTheId_andResolvedInTheReadsCatalog() {
    Codec<Medication> medications = CommonCodecs.ref(HipCatalog::medication);
    Medication lidocaine = HipCatalog.standard().medication("lidocaine");

    assertThat(write(medications, lidocaine)).isEqualTo("\"lidocaine\"");
    assertThat(read(medications, "\"lidocaine\"")).isEqualTo(lidocaine);
  }

  @Test
  void catalogReference_toAnUnknownId_namesTheNearestKnownIds() {
    ReadProblem e = problem(CommonCodecs.ref(HipCatalog::medication), "\"lidocain\"");

    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_ID);
    assertThat(e.reason())
        .isEqualTo(
            "unknown medication id 'lidocain' in the catalog in use; nearest known ids: lidocaine,"
                + " prilocaine");
  }

  @Test
  void nearest_ordersByDistance_thenAlphabetically_andKeepsThree() {
    List<String> known = List.of("delta", "beta", "gamma", "alpha", "betas");

    assertThat(Codecs.nearest("betaa", known)).containsExactly("beta", "betas", "delta");
    assertThat(Codecs.nearest("zeta", List.of("theta", "beta", "eta"))).containsExactly("beta", "eta", "theta");
  }

  @Test
  void nearest_leavesOutIdsThatShareNothing_butKeepsOnesThatContainTheId() {
    assertThat(Codecs.nearest("x", List.of("abcdef", "y", "box-of-things"))).containsExactly("y", "box-of-things");
    assertThat(Codecs.nearest("lido", List.of("lidocaine", "warfarin"))).containsExactly("lidocaine");
    assertThat(Codecs.nearest("qqqqqqqq", List.of("lidocaine"))).isEmpty();
  }

  @Test
  void clip_keepsUpTo80Characters() {
    assertThat(Codecs.clip("a".repeat(80))).isEqualTo("a".repeat(80));
    assertThat(Codecs.clip("a".repeat(81))).isEqualTo("a".repeat(80) + "...(1 more characters)");
    assertThat(Codecs.clip("a\nb")).isEqualTo("a\\u000Ab");
  }
}
