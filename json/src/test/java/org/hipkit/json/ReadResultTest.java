package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;

/** {@link ReadResult} as a value: the value read and the pointers of what a lenient read ignored. */
class ReadResultTest {

  private static final HipJson LENIENT = HipJson.builder().lenient(true).build();
  private static final String PROTOCOL = "{\"format\": \"hipkit.protocol/1\"";

  private static ReadResult<Protocol> read(String rest) {
    return LENIENT.read(DocumentType.PROTOCOL, PROTOCOL + rest + "}");
  }

  @Test
  void accessors_giveTheValueAndTheIgnoredFields_inDocumentOrder() {
    ReadResult<Protocol> result = read(", \"b\": 1, \"maxInr\": 2.5, \"a\": {\"c\": 2}");

    assertThat(result.value()).isEqualTo(Protocol.builder().maxInr(new BigDecimal("2.5")).build());
    assertThat(result.ignoredFields()).containsExactly("/b", "/a");
    assertThat(result.hasIgnoredFields()).isTrue();
  }

  @Test
  void ignoredFields_isImmutable_andACopy() {
    List<String> pointers = new ArrayList<>(List.of("/a"));
    ReadResult<String> result = new ReadResult<>("value", pointers);

    pointers.add("/b");

    assertThat(result.ignoredFields()).containsExactly("/a");
    assertThat(result.ignoredFields()).isUnmodifiable();
  }

  @Test
  void resultsOfTheSameRead_areEqual_andHashAlike() {
    ReadResult<Protocol> first = read(", \"a\": 1");
    ReadResult<Protocol> second = read(", \"a\": [true]");

    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(read("")).isEqualTo(LENIENT.read(DocumentType.PROTOCOL, PROTOCOL + "}"));
  }

  @Test
  void resultsDiffer_whenTheValueOrTheIgnoredFieldsDo() {
    ReadResult<Protocol> ignoringA = read(", \"a\": 1");

    assertThat(ignoringA).isNotEqualTo(read(", \"b\": 1"));
    assertThat(ignoringA).isNotEqualTo(read(""));
    assertThat(ignoringA).isNotEqualTo(read(", \"a\": 1, \"maxInr\": 2.5"));
    assertThat(ignoringA.hashCode()).isNotEqualTo(read(", \"b\": 1").hashCode());
    assertThat(ignoringA.equals(null)).isFalse();
    assertThat(ignoringA.equals(ignoringA.value())).isFalse();
  }

  @Test
  void toString_showsTheValueAndWhatWasIgnored() {
    ReadResult<String> result = new ReadResult<>("plan", List.of("/comment", "/components/0/lot"));

    assertThat(result).hasToString("ReadResult[plan, ignored [/comment, /components/0/lot]]");
    assertThat(new ReadResult<>("plan", List.of())).hasToString("ReadResult[plan, ignored []]");
  }
}
