package org.hipkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Properties;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.Checker;
import org.hipkit.json.internal.ReadProblem;
import org.hipkit.json.internal.ReadState;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 module that reads and writes {@link org.hipkit.plan.TreatmentPlan}, {@link
 * org.hipkit.profile.PatientProfile}, {@link org.hipkit.protocol.Protocol}, {@link HipCatalog},
 * {@link org.hipkit.check.CheckReport}, {@link org.hipkit.course.Course} and {@link
 * org.hipkit.course.Schedule} as hipkit documents, for use on a mapper of one's own.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new HipJsonModule()).build();
 * String json = mapper.writeValueAsString(plan);
 * TreatmentPlan loaded = mapper.readValue(json, TreatmentPlan.class);
 * }</pre>
 *
 * <p>The module is also found by {@code JsonMapper.builder().findAndAddModules()} through
 * ServiceLoader, with the standard catalog and checker. A module added later replaces one added earlier, so
 * {@code findAndAddModules().addModule(new HipJsonModule(clinicCatalog))} reads against the
 * clinic's catalog; {@link HipJson#module()} gives a module with any catalog, checker and limits. It
 * uses the same codecs as {@link HipJson}, so the documents are the same, with two
 * differences: the mapper's own settings decide escaping and indentation, and its own {@code
 * StreamReadConstraints} bound the input. Reading is always strict. A value that is not a valid
 * document fails with {@link HipJsonException}; Jackson may wrap it in its own exception when the
 * value sits inside another type, and reports malformed JSON with its own exceptions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HipJsonModule extends JacksonModule {

  private static final Version VERSION = loadVersion();

  private final HipCatalog catalog;
  private final Checker checker;
  private final JsonLimits limits;

  /** Creates the module with the standard catalog and checker; the constructor ServiceLoader uses. */
  public HipJsonModule() {
    this(HipCatalog.standard(), Checker.standard(), JsonLimits.defaults());
  }

  /**
   * Creates the module with a catalog of one's own, against which plans and profiles resolve ids.
   *
   * @param catalog the catalog
   */
  public HipJsonModule(HipCatalog catalog) {
    this(catalog, Checker.standard(), JsonLimits.defaults());
  }

  HipJsonModule(HipCatalog catalog, Checker checker, JsonLimits limits) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.checker = Objects.requireNonNull(checker, "checker");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  public String getModuleName() {
    return "hipkit-json";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (DocumentType<?> type : DocumentType.values()) {
      register(type, serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private <T> void register(
      DocumentType<T> type, SimpleSerializers serializers, SimpleDeserializers deserializers) {
    serializers.addSerializer(type.valueType(), new DocumentSerializer<>(type));
    deserializers.addDeserializer(type.valueType(), new DocumentDeserializer<>(type, catalog, checker, limits));
  }

  private static Version loadVersion() {
    try (InputStream in = HipJsonModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      Properties properties = new Properties();
      properties.load(in);
      return VersionUtil.parseVersion(
          properties.getProperty("version", ""), "org.hipkit", "hipkit-json");
    } catch (IOException | RuntimeException e) {
      return Version.unknownVersion();
    }
  }

  /** Writes one document kind through its codec. */
  private static final class DocumentSerializer<T> extends StdSerializer<T> {
    private final DocumentType<T> type;

    DocumentSerializer(DocumentType<T> type) {
      super(type.valueType());
      this.type = type;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      type.codec().write(g, value);
    }
  }

  /** Reads one document kind through its codec, strictly. */
  private static final class DocumentDeserializer<T> extends StdDeserializer<T> {
    private final DocumentType<T> type;
    private final HipCatalog catalog;
    private final Checker checker;
    private final JsonLimits limits;

    DocumentDeserializer(DocumentType<T> type, HipCatalog catalog, Checker checker, JsonLimits limits) {
      super(type.valueType());
      this.type = type;
      this.catalog = catalog;
      this.checker = checker;
      this.limits = limits;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      ReadState state =
          new ReadState(catalog, checker, false, limits.maxArrayLength(), limits.maxNumberLength());
      try {
        return type.codec().read(p, state);
      } catch (ReadProblem e) {
        throw Failures.of(e, type.format(), null);
      }
    }
  }
}
