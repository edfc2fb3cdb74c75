package org.hipkit.json.internal;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringWriter;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.Checker;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Reads and writes single values with a codec, as the document codecs do inside a document. */
final class CodecIo {

  private static final JsonFactory FACTORY = new JsonFactory();

  private CodecIo() {}

  /** A strict read with the standard catalog and checker and the given limits. */
  static ReadState state(int maxArrayLength, int maxNumberLength) {
    return new ReadState(HipCatalog.standard(), Checker.standard(), false, maxArrayLength, maxNumberLength);
  }

  static ReadState strict() {
    return state(100, 100);
  }

  static ReadState lenient() {
    return new ReadState(HipCatalog.standard(), Checker.standard(), true, 100, 100);
  }

  static <T> T read(Codec<T> codec, String json) {
    return read(codec, json, strict());
  }

  static <T> T read(Codec<T> codec, String json, ReadState state) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      return codec.read(p, state);
    }
  }

  /** Runs a read that must fail, and returns its problem. */
  static ReadProblem problem(Codec<?> codec, String json) {
    return problem(codec, json, strict());
  }

  static ReadProblem problem(Codec<?> codec, String json, ReadState state) {
    ReadProblem e = catchThrowableOfType(ReadProblem.class, () -> read(codec, json, state));
    if (e == null) {
      throw new AssertionError("expected a ReadProblem reading " + json);
    }
    return e;
  }

  static <T> String write(Codec<T> codec, T value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      codec.write(g, value);
    }
    return out.toString();
  }
}
