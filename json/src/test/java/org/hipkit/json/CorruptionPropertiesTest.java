package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.hipkit.check.CheckReport;
import org.hipkit.course.Course;
import org.hipkit.course.Schedule;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;
import org.hipkit.protocol.Protocol;
import org.hipkit.testkit.Generator;
import org.hipkit.testkit.HipGenerators;
import org.hipkit.testkit.QuickTheoriesGens;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Documents corrupted at random (a field removed, a type changed, a character cut, a key
 * duplicated, nesting deepened, a field added) are either read into a valid value or refused with
 * a {@link HipJsonException} whose pointer lies inside the document; nothing else escapes.
 */
class CorruptionPropertiesTest {

  private static final long SEED = 4242L;
  private static final HipJson STRICT = HipJson.standard();
  private static final HipJson LENIENT = HipJson.builder().lenient(true).build();
  private static final JsonMapper TREES =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Generator<TreatmentPlan> PLANS = TestGenerators.plans();
  private static final Generator<PatientProfile> PROFILES = TestGenerators.profiles();
  private static final Generator<Protocol> PROTOCOLS = HipGenerators.protocols();
  private static final Generator<CheckReport> REPORTS = TestGenerators.reports();
  private static final Generator<Course> COURSES = TestGenerators.courses();
  private static final Generator<Schedule> SCHEDULES = TestGenerators.schedules();

  /** A corrupted document, the kind it claims to be, and how it was corrupted. */
  record Corrupted(DocumentType<?> type, String text, String how) {
    @Override
    public String toString() {
      return type + " " + how + ": " + (text.length() > 400 ? text.substring(0, 400) + "..." : text);
    }
  }

  @Test
  void corruptedDocuments_failOnlyWithALocatedHipJsonException() {
    Gen<Corrupted> corrupted = QuickTheoriesGens.of(CorruptionPropertiesTest::corrupted, 4);

    qt().withFixedSeed(SEED).withExamples(1000).forAll(corrupted).checkAssert(CorruptionPropertiesTest::check);
  }

  private static void check(Corrupted c) {
    read(c, STRICT, false);
    read(c, LENIENT, false);
    read(c, STRICT, true);
  }

  private static <T> void read(Corrupted c, HipJson json, boolean bytes) {
    @SuppressWarnings("unchecked")
    DocumentType<T> type = (DocumentType<T>) c.type();
    try {
      T value =
          bytes
              ? json.read(type, new ByteArrayInputStream(c.text().getBytes(StandardCharsets.UTF_8))).value()
              : json.read(type, c.text()).value();
      String again = json.write(type, value);
      assertThat(json.write(type, json.read(type, again).value())).isEqualTo(again);
    } catch (HipJsonException e) {
      assertThat(e.document()).isEqualTo(type.format());
      assertThat(e.reason()).isNotBlank();
      assertThat(e.pointer()).matches("(/[^/]*)*");
      long lines = c.text().chars().filter(ch -> ch == '\n').count() + 1;
      if (e.line() > 0) {
        assertThat((long) e.line()).isLessThanOrEqualTo(lines + 1);
        assertThat(e.column()).isNotNegative();
      }
      JsonNode tree = tree(c.text());
      // A missing format is reported where it belongs, /format, the one pointer that may be absent.
      if (tree != null && !(e.problem() == HipJsonException.Problem.MISSING_FIELD && e.pointer().equals("/format"))) {
        assertThat(tree.at(e.pointer()).isMissingNode())
            .as("pointer %s of %s inside the document", e.pointer(), e.problem())
            .isFalse();
      }
    }
  }

  /** The document's tree, or null when the text holds none (malformed, or empty: cut at 0). */
  private static JsonNode tree(String text) {
    try {
      JsonNode tree = TREES.readTree(text);
      // An empty text reads as a missing node, in which no pointer, not even the root, lies.
      return tree == null || tree.isMissingNode() ? null : tree;
    } catch (JacksonException e) {
      return null;
    }
  }

  // ---- corruption

  private static Corrupted corrupted(RandomGenerator r, int size) {
    DocumentType<?> type;
    String text;
    HipJson writer = r.nextBoolean() ? STRICT : Fixtures.PRETTY;
    switch (r.nextInt(7)) {
      case 0 -> {
        type = DocumentType.PLAN;
        text = writer.writePlan(PLANS.next(r, size));
      }
      case 1 -> {
        type = DocumentType.PROFILE;
        text = writer.writeProfile(PROFILES.next(r, size));
      }
      case 2 -> {
        type = DocumentType.PROTOCOL;
        text = writer.writeProtocol(PROTOCOLS.next(r, size));
      }
      case 3 -> {
        type = DocumentType.REPORT;
        text = writer.writeReport(REPORTS.next(r, size));
      }
      case 4 -> {
        type = DocumentType.COURSE;
        text = writer.writeCourse(COURSES.next(r, size));
      }
      case 5 -> {
        type = DocumentType.SCHEDULE;
        text = writer.writeSchedule(SCHEDULES.next(r, size));
      }
      default -> {
        type = DocumentType.CATALOG;
        text = Fixtures.text("catalog.json");
      }
    }
    int rounds = 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0);
    StringBuilder how = new StringBuilder();
    for (int i = 0; i < rounds; i++) {
      String[] result = corrupt(r, text);
      text = result[0];
      how.append(result[1]).append(' ');
    }
    return new Corrupted(type, text, how.toString().strip());
  }

  /** Returns the corrupted text and a description of what was done. */
  private static String[] corrupt(RandomGenerator r, String text) {
    int op = r.nextInt(9);
    if (op >= 6 || text.isEmpty()) {
      return corruptText(r, text, op);
    }
    JsonNode root = tree(text);
    if (root == null) {
      return corruptText(r, text, op);
    }
    List<Slot> slots = new ArrayList<>();
    collect(root, null, null, -1, slots);
    Slot slot = pick(r, slots);
    switch (op) {
      case 0 -> {
        List<Slot> fields = slots.stream().filter(s -> s.name != null).toList();
        if (fields.isEmpty()) {
          return new String[] {text, "nothing to remove"};
        }
        Slot f = pick(r, fields);
        ((ObjectNode) f.parent).remove(f.name);
        return new String[] {render(root, null, null), "removed " + f.name};
      }
      case 1 -> {
        JsonNode replacement = otherType(r, slot.node);
        root = replace(root, slot, replacement);
        return new String[] {render(root, null, null), "retyped " + slot.name + "/" + slot.index};
      }
      case 2 -> {
        JsonNode deep = slot.node;
        int depth = 1 + r.nextInt(r.nextBoolean() ? 5 : 120);
        boolean arrays = r.nextBoolean();
        for (int i = 0; i < depth; i++) {
          deep = arrays ? NODES.arrayNode().add(deep) : NODES.objectNode().set("x", deep);
        }
        root = replace(root, slot, deep);
        return new String[] {render(root, null, null), "deepened by " + depth};
      }
      case 3 -> {
        List<Slot> fields = slots.stream().filter(s -> s.name != null).toList();
        if (fields.isEmpty()) {
          return new String[] {text, "nothing to duplicate"};
        }
        Slot f = pick(r, fields);
        return new String[] {render(root, f.parent, f.name), "duplicated " + f.name};
      }
      case 4 -> {
        List<Slot> objects = slots.stream().filter(s -> s.node.isObject()).toList();
        if (objects.isEmpty()) {
          return new String[] {text, "nothing to extend"};
        }
        Slot o = pick(r, objects);
        ((ObjectNode) o.node).set("extra" + r.nextInt(3), otherType(r, NODES.nullNode()));
        return new String[] {render(root, null, null), "added a field"};
      }
      default -> {
        List<Slot> fields = slots.stream().filter(s -> s.name != null).toList();
        if (fields.isEmpty()) {
          return new String[] {text, "nothing to rename"};
        }
        Slot f = pick(r, fields);
        ObjectNode parent = (ObjectNode) f.parent;
        JsonNode value = parent.remove(f.name);
        parent.set(f.name.substring(0, f.name.length() - 1), value);
        return new String[] {render(root, null, null), "renamed " + f.name};
      }
    }
  }

  private static String[] corruptText(RandomGenerator r, String text, int op) {
    if (text.isEmpty()) {
      return new String[] {"{", "replaced empty"};
    }
    int at = r.nextInt(text.length());
    return switch (op % 3) {
      case 0 -> new String[] {text.substring(0, at), "cut at " + at};
      case 1 -> new String[] {text.substring(0, at) + text.substring(at + 1), "deleted char " + at};
      default -> {
        String chars = "{}[],:\"\\0a -.eE\u00e9\n";
        yield new String[] {
          text.substring(0, at) + chars.charAt(r.nextInt(chars.length())) + text.substring(at + 1),
          "replaced char " + at
        };
      }
    };
  }

  private static JsonNode otherType(RandomGenerator r, JsonNode node) {
    List<JsonNode> choices =
        new ArrayList<>(
            List.of(
                NODES.stringNode("x"),
                NODES.stringNode("lidocaine"),
                NODES.numberNode(7),
                NODES.numberNode(new java.math.BigDecimal("-1.5")),
                NODES.booleanNode(true),
                NODES.nullNode(),
                NODES.objectNode(),
                NODES.arrayNode(),
                NODES.arrayNode().add(NODES.objectNode())));
    choices.removeIf(c -> c.getNodeType() == node.getNodeType());
    return pick(r, choices);
  }

  private static <T> T pick(RandomGenerator r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  /** One node of a tree, with where it sits. */
  private record Slot(JsonNode node, JsonNode parent, String name, int index) {}

  private static void collect(JsonNode node, JsonNode parent, String name, int index, List<Slot> out) {
    out.add(new Slot(node, parent, name, index));
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), node, e.getKey(), -1, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), node, null, i, out);
      }
    }
  }

  private static JsonNode replace(JsonNode root, Slot slot, JsonNode replacement) {
    if (slot.parent == null) {
      return replacement;
    }
    if (slot.name != null) {
      ((ObjectNode) slot.parent).set(slot.name, replacement);
    } else {
      ((ArrayNode) slot.parent).set(slot.index, replacement);
    }
    return root;
  }

  /** Renders a tree compactly, writing one field of one object twice. */
  private static String render(JsonNode root, JsonNode duplicateIn, String duplicate) {
    StringBuilder out = new StringBuilder();
    render(root, duplicateIn, duplicate, out, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    return out.toString();
  }

  private static void render(JsonNode node, JsonNode duplicateIn, String duplicate, StringBuilder out, Set<JsonNode> seen) {
    if (node.isObject()) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        int times = node == duplicateIn && e.getKey().equals(duplicate) ? 2 : 1;
        for (int i = 0; i < times; i++) {
          if (!first) {
            out.append(',');
          }
          first = false;
          out.append(TREES.writeValueAsString(e.getKey())).append(':');
          render(e.getValue(), duplicateIn, duplicate, out, seen);
        }
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        render(node.get(i), duplicateIn, duplicate, out, seen);
      }
      out.append(']');
    } else {
      out.append(TREES.writeValueAsString(node));
    }
  }
}
