package org.hipkit.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * The one indented layout of hipkit documents, defined here rather than by Jackson's defaults: two
 * spaces per level, every member and element on its own line, {@code ": "} between name and value,
 * empty objects and arrays as {@code {}} and {@code []}, line feeds only.
 *
 * <p>It keeps the nesting level, so each generator needs its own instance.
 */
public final class FixedIndentPrinter implements PrettyPrinter {

  private static final int CACHED = 16;
  private static final String[] NEWLINES = new String[CACHED];

  static {
    for (int i = 0; i < CACHED; i++) {
      NEWLINES[i] = "\n" + "  ".repeat(i);
    }
  }

  private int depth;

  /** Creates a printer at the top level. */
  public FixedIndentPrinter() {}

  private void newline(JsonGenerator g) {
    g.writeRaw(depth < CACHED ? NEWLINES[depth] : "\n" + "  ".repeat(depth));
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    newline(g);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    g.writeRaw(',');
    newline(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    depth--;
    if (entries > 0) {
      newline(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    g.writeRaw('[');
    depth++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    newline(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    g.writeRaw(',');
    newline(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    depth--;
    if (values > 0) {
      newline(g);
    }
    g.writeRaw(']');
  }
}
