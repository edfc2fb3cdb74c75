package org.hipkit.check;

import java.util.List;
import org.hipkit.internal.Require;
import org.hipkit.source.Source;
import org.immutables.value.Value;

/**
 * Everything a clinician needs to review a rule without reading code: its stable id and version,
 * what it applies to, the facts it reads, the protocol thresholds it uses, its severity and level of
 * concern, the option it suggests, its rationale in plain words, and its sources.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleDescription {

  RuleDescription() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link RuleDescription} values; required: id, title, severity, concern, action,
   * rationale, a fact read, a source.
   */
  public static final class Builder extends ImmutableRuleDescription.Builder {
    Builder() {}
  }

  /**
   * Returns the stable id of the rule.
   *
   * @return the kebab-case id, such as {@code injection-skin-at-site}
   */
  public abstract String id();

  /**
   * Returns the version of the rule; it goes up whenever the rule's logic changes.
   *
   * @return the version, at least 1 (default 1)
   */
  @Value.Default
  public int version() {
    return 1;
  }

  /**
   * Returns a short title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns what the rule applies to.
   *
   * @return the scope (default: any plan)
   */
  @Value.Default
  public Scope scope() {
    return Scope.any();
  }

  /**
   * Returns the facts the rule reads.
   *
   * @return the facts, at least one
   */
  public abstract List<Fact> reads();

  /**
   * Returns the names of the {@link org.hipkit.protocol.Protocol} thresholds the rule uses.
   *
   * @return attribute names such as {@code maxInr}, possibly empty
   */
  public abstract List<String> thresholds();

  /**
   * Returns what kind of concern the rule expresses.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns the level of concern when the rule flags.
   *
   * @return caution, modify, defer or avoid
   */
  public abstract Concern concern();

  /**
   * Returns the suggested option, such as "use an iodine-based antiseptic instead of chlorhexidine".
   *
   * @return the action in plain words
   */
  public abstract String action();

  /**
   * Returns why the rule exists, in plain words.
   *
   * @return the rationale
   */
  public abstract String rationale();

  /**
   * Returns the documents the rule rests on.
   *
   * @return at least one source
   */
  public abstract List<Source> sources();

  @Value.Check
  void check() {
    String type = "RuleDescription";
    Require.entry(type, id(), title(), rationale(), sources());
    Require.that(version() >= 1, type, "version", "must be at least 1", version());
    Require.notEmpty(reads(), type, "reads");
    Require.texts(thresholds(), type, "thresholds");
    Require.plainText(action(), type, "action");
    Require.that(
        concern().compareTo(Concern.CAUTION) >= 0,
        type,
        "concern",
        "must be caution, modify, defer or avoid",
        concern().code());
  }

  @Override
  public String toString() {
    return id() + " v" + version();
  }
}
