package org.hipkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.hipkit.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The shared invariant checks, and the nearest-id suggestions of unknown-id errors. */
class RequireTest {

  @Test
  void kebabIds_areLowerCaseLettersAndDigitsJoinedBySingleHyphens() {
    for (String ok : List.of("a", "z", "0", "9", "hip-joint", "l4-l5", "001", "a-b-c", "x9", "z-z")) {
      assertThat(Require.isKebab(ok)).as(ok).isTrue();
    }
    for (String bad :
        List.of("", "-", "-hip", "hip-", "hip--joint", "a---b", "Hip", "hip joint", "hip_joint", "hïp", "a-B", "`", "{", "/", ":")) {
      assertThat(Require.isKebab(bad)).as(bad).isFalse();
    }
    assertThatThrownBy(() -> Require.kebabId("Hip", "T", "id"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid T.id: must be a lower-case kebab-case id such as 'hip-joint' (was Hip)");
    assertThatThrownBy(() -> Require.kebabIds(List.of("ok", "Not ok"), "T", "ids"))
        .hasMessageEndingWith("(was Not ok)");
  }

  @Test
  void checks_failWithTheirRule() {
    assertThatThrownBy(() -> Require.notBlank(" ", "T", "name")).hasMessage("Invalid T.name: must not be blank (was  )");
    assertThatThrownBy(() -> Require.notEmpty(List.of(), "T", "items")).hasMessage("Invalid T.items: must not be empty (was [])");
    assertThatThrownBy(() -> Require.entry("T", "id", " ", "Text.", List.of("s"))).hasMessageStartingWith("Invalid T.name:");
    assertThatThrownBy(() -> Require.entry("T", "id", "Name", "", List.of("s")))
        .hasMessageStartingWith("Invalid T.description:");
    assertThatThrownBy(() -> Require.entry("T", "an-id", "Name", "Text.", List.of()))
        .hasMessage("Invalid T.sources: must cite at least one source for 'an-id' (was [])");
    assertThatThrownBy(() -> Require.unique(List.of("a", "b", "a"), "T", "items"))
        .hasMessage("Invalid T.items: must not repeat an element (was a)");
    assertThatThrownBy(() -> Require.uniqueBy(List.of("ab", "ac"), s -> s.charAt(0), "T", "items"))
        .hasMessage("Invalid T.items: must not repeat an element (was a)");
    Require.unique(Set.of("a", "b"), "T", "items");
    Require.uniqueBy(List.of("ab", "bc"), s -> s.charAt(0), "T", "items");
    Require.entry("T", "an-id", "Name", "Text.", List.of("s"));
    Require.notEmpty(List.of(1), "T", "items");
  }

  @Test
  void nearest_suggestsUpToThreeCloseIds_closestFirst() {
    List<String> known = List.of("lidocaine", "bupivacaine", "prilocaine", "triamcinolone", "warfarin");

    assertThat(Nearest.ids("lidocain", known)).containsExactly("lidocaine", "prilocaine");
    assertThat(Nearest.ids("caine", known)).containsExactly("lidocaine", "prilocaine", "bupivacaine");
    assertThat(Nearest.ids("zzzzzzzz", known)).isEmpty();
    assertThat(Nearest.ids("warfarin-tablets", known)).containsExactly("warfarin");
    assertThat(Nearest.ids("abc", List.of("abd", "abc-def", "xbc", "aaa"))).containsExactly("abd", "xbc", "aaa");
  }

  @Test
  void distance_isTheEditDistance() {
    assertThat(Nearest.distance("", "")).isZero();
    assertThat(Nearest.distance("abc", "")).isEqualTo(3);
    assertThat(Nearest.distance("", "ab")).isEqualTo(2);
    assertThat(Nearest.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Nearest.distance("flaw", "lawn")).isEqualTo(2);
    assertThat(Nearest.distance("abc", "abc")).isZero();
    assertThat(Nearest.distance("ab", "ba")).isEqualTo(2);
  }

  /** Issue 11: refusing a 99,000-character id took 25 s in the quadratic nearest-id search. */
  @Test
  void nearest_boundsItsWork_forLongIdsAndManyCandidates() {
    List<String> known = new java.util.ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      known.add("medication-number-" + i);
    }
    long[] work = new long[1];
    assertThat(Nearest.ids("y".repeat(99_000), known, work)).isEmpty();
    assertThat(work[0]).isZero();

    work[0] = 0;
    assertThat(Nearest.ids("medication-number-12345", known, work)).contains("medication-number-1234");
    assertThat(work[0]).isLessThanOrEqualTo(Nearest.MAX_CELLS + 64L * 64);

    // Candidates of a very different length are passed over before any distance is computed.
    work[0] = 0;
    assertThat(Nearest.ids("abc", List.of("a".repeat(60), "abd"), work)).containsExactly("abd");
    assertThat(work[0]).isEqualTo(9);
  }

  @Test
  void ids_areAtMost64Characters() {
    Require.kebabId("a".repeat(64), "T", "id");
    assertThatThrownBy(() -> Require.kebabId("a".repeat(65), "T", "id"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid T.id: must be at most 64 characters long (was 65)");
  }

  @Test
  void texts_refuseControlCharacters() {
    Require.text("plain text, with punctuation: fine.", "T", "f");
    for (String bad : List.of("a\nb", "\u0000", "tab\t", "\u2028", "del\u007f")) {
      assertThatThrownBy(() -> Require.text(bad, "T", "f"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("must not hold control characters")
          .hasMessageNotContaining("\n");
    }
    assertThatThrownBy(() -> Require.texts(List.of("ok", "no\r"), "T", "f")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Require.plainText(" ", "T", "f")).hasMessageContaining("must not be blank");
  }

  @Test
  void periods_areBoundedWithoutOverflow() {
    Require.period(java.time.Period.ofYears(2), false, 24, "T", "p");
    Require.period(java.time.Period.ZERO, false, 24, "T", "p");
    assertThatThrownBy(() -> Require.period(java.time.Period.ZERO, true, 24, "T", "p"))
        .hasMessageContaining("must be positive");
    assertThatThrownBy(
            () -> Require.period(java.time.Period.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE), true, 24, "T", "p"))
        .hasMessageContaining("must be at most 24 months (P2Y)");
    assertThatThrownBy(() -> Require.period(java.time.Period.of(0, 0, Integer.MIN_VALUE), true, 24, "T", "p"))
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> Require.range(11, 0, 10, "T", "n")).hasMessageStartingWith("Invalid T.n: must be within 0-10 (was 11)");
  }

  @Test
  void plainText_refusesControlCharactersAsWellAsBlanks() {
    Require.plainText("A name", "T", "f");
    assertThatThrownBy(() -> Require.plainText("a\nb", "T", "f"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid T.f: must not hold control characters such as line breaks, tabs or NUL (found U+000A at index 1)");
  }

  @Test
  void nearest_considersIdsOfExactly64Characters_andNoLonger() {
    String id = "a".repeat(63) + "b";
    String known = "a".repeat(64);

    assertThat(Nearest.ids(id, List.of(known))).containsExactly(known);
    assertThat(Nearest.ids("a".repeat(63), List.of(known))).containsExactly(known);
    assertThat(Nearest.ids("a".repeat(64), List.of("a".repeat(65)))).isEmpty();
  }

  @Test
  void nearest_suggestsAnIdWhoseLengthDiffersByExactlyTheCutoff() {
    // "abc" allows 3 edits: "axbxcx" is 3 insertions away and 3 characters longer.
    assertThat(Nearest.ids("abc", List.of("axbxcx", "axbxcxx"))).containsExactly("axbxcx");
  }

  @Test
  void nearest_ranksIdsThatContainEachOther_byTheDifferenceOfTheirLengths() {
    // Both differ in length by more than the cutoff (5), so no distance is computed for either.
    assertThat(Nearest.ids("abcdefghij", List.of("abc", "abcdefghijxxxxxx")))
        .containsExactly("abcdefghijxxxxxx", "abc");
  }

  @Test
  void nearest_stopsComputingDistancesOnceTheBudgetIsSpent() {
    List<String> known = new java.util.ArrayList<>();
    // 400 comparisons of 50 by 50 characters spend the budget exactly.
    for (int i = 0; i < 400; i++) {
      known.add("b".repeat(50));
    }
    String close = "a".repeat(49) + "c";
    known.add(close);
    long[] work = new long[1];

    assertThat(Nearest.ids("a".repeat(50), known, work)).isEmpty();
    assertThat(work[0]).isEqualTo(Nearest.MAX_CELLS);
    assertThat(Nearest.ids("a".repeat(50), List.of(close))).containsExactly(close);
  }

  @Test
  void distance_withACutoff_isExactUpToTheCutoff() {
    assertThat(Nearest.distance("abc", "xyz", 3)).isEqualTo(3);
    assertThat(Nearest.distance("abc", "xyz", 2)).isEqualTo(Integer.MAX_VALUE);
    assertThat(Nearest.distance("kitten", "sitting", 3)).isEqualTo(3);
  }
}
