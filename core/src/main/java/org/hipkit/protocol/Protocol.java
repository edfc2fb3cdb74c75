package org.hipkit.protocol;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hipkit.internal.Require;
import org.immutables.value.Value;

/**
 * A clinic's thresholds for the judgements the sources leave to the clinician: how high an INR or
 * HbA1c may be, how recent an arthroplasty is too recent, how old a measurement may be before it
 * counts as unknown, whether landmark guidance is acceptable for an intra-articular injection, how
 * far apart repeat injections must be, and when to follow up.
 *
 * <p>The sources say repeatedly that these vary by clinician, clinic and case, and give no numbers.
 * The defaults of {@link #standard()} are therefore hipkit's own conservative choices, documented on
 * each method, not facts from the sources. A clinic builds its own protocol from the standard one:
 *
 * <pre>{@code
 * Protocol ours = Protocol.builder()
 *     .from(Protocol.standard())
 *     .id("our-clinic-2026")
 *     .maxInr(new BigDecimal("2.5"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Protocol {

  private static final Protocol STANDARD = builder().build();

  Protocol() {}

  /**
   * Returns the protocol with hipkit's documented defaults.
   *
   * @return the standard protocol
   */
  public static Protocol standard() {
    return STANDARD;
  }

  /**
   * Returns a new builder holding the standard defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Protocol} values; every threshold left unset keeps its default. */
  public static final class Builder extends ImmutableProtocol.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the protocol, shown in every check report so that a reader knows which
   * thresholds were used.
   *
   * @return the kebab-case id; default {@code hipkit-standard}
   */
  @Value.Default
  public String id() {
    return "hipkit-standard";
  }

  /**
   * Returns the highest INR at which anticoagulation counts as controlled for an injection.
   *
   * @return the INR limit; default 3.0, a common clinic ceiling for joint injections
   */
  @Value.Default
  public BigDecimal maxInr() {
    return new BigDecimal("3.0");
  }

  /**
   * Returns how many days an INR stays current.
   *
   * @return the maximum age in days; default 7
   */
  @Value.Default
  public int inrMaxAgeDays() {
    return 7;
  }

  /**
   * Returns the highest HbA1c, in percent, at which diabetes counts as controlled when a
   * corticosteroid is planned.
   *
   * @return the HbA1c limit in percent; default 8.0
   */
  @Value.Default
  public BigDecimal maxHba1cPercent() {
    return new BigDecimal("8.0");
  }

  /**
   * Returns how many days an HbA1c stays current.
   *
   * @return the maximum age in days; default 90, about the life of a red blood cell
   */
  @Value.Default
  public int hba1cMaxAgeDays() {
    return 90;
  }

  /**
   * Returns how many days a clinician's control statement stays current.
   *
   * @return the maximum age in days; default 30
   */
  @Value.Default
  public int statementMaxAgeDays() {
    return 30;
  }

  /**
   * Returns how many days must have passed since a hip arthroplasty before an injection on that
   * side is no longer deferred.
   *
   * @return the minimum days; default 90
   */
  @Value.Default
  public int minDaysSinceArthroplasty() {
    return 90;
  }

  /**
   * Tells whether landmark (unguided) needle placement is acceptable for an intra-articular hip
   * injection. The sources say imaging guidance is almost always used there.
   *
   * @return true when acceptable; default false
   */
  @Value.Default
  public boolean landmarkAcceptableForIntraArticular() {
    return false;
  }

  /**
   * Returns the shortest time between repeat injections at the same site.
   *
   * @return the minimum interval; default 3 months
   */
  @Value.Default
  public Period minRepeatInjectionInterval() {
    return Period.ofMonths(3);
  }

  /**
   * Returns when to follow up after a procedure; the sources say this varies by clinician and case.
   *
   * @return the follow-up interval; default 6 weeks
   */
  @Value.Default
  public Period followUpInterval() {
    return Period.ofWeeks(6);
  }

  /**
   * Returns every threshold by its attribute name, in declaration order, such as {@code maxInr} to
   * {@code 3.0}; rules name the thresholds they use by these names.
   *
   * @return an unmodifiable, ordered map
   */
  @Value.Lazy
  public Map<String, Object> thresholds() {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("maxInr", maxInr());
    all.put("inrMaxAgeDays", inrMaxAgeDays());
    all.put("maxHba1cPercent", maxHba1cPercent());
    all.put("hba1cMaxAgeDays", hba1cMaxAgeDays());
    all.put("statementMaxAgeDays", statementMaxAgeDays());
    all.put("minDaysSinceArthroplasty", minDaysSinceArthroplasty());
    all.put("landmarkAcceptableForIntraArticular", landmarkAcceptableForIntraArticular());
    all.put("minRepeatInjectionInterval", minRepeatInjectionInterval());
    all.put("followUpInterval", followUpInterval());
    return Collections.unmodifiableMap(all);
  }

  @Value.Check
  void check() {
    String type = "Protocol";
    Require.kebabId(id(), type, "id");
    Require.that(maxInr().signum() > 0, type, "maxInr", "must be greater than zero", maxInr());
    Require.that(
        maxHba1cPercent().signum() > 0 && maxHba1cPercent().compareTo(BigDecimal.valueOf(100)) < 0,
        type,
        "maxHba1cPercent",
        "must be between 0 and 100",
        maxHba1cPercent());
    Require.that(inrMaxAgeDays() >= 0, type, "inrMaxAgeDays", "must not be negative", inrMaxAgeDays());
    Require.that(
        hba1cMaxAgeDays() >= 0, type, "hba1cMaxAgeDays", "must not be negative", hba1cMaxAgeDays());
    Require.that(
        statementMaxAgeDays() >= 0,
        type,
        "statementMaxAgeDays",
        "must not be negative",
        statementMaxAgeDays());
    Require.that(
        minDaysSinceArthroplasty() >= 0,
        type,
        "minDaysSinceArthroplasty",
        "must not be negative",
        minDaysSinceArthroplasty());
    Require.that(
        !minRepeatInjectionInterval().isNegative(),
        type,
        "minRepeatInjectionInterval",
        "must not be negative",
        minRepeatInjectionInterval());
    Require.that(
        !followUpInterval().isNegative() && !followUpInterval().isZero(),
        type,
        "followUpInterval",
        "must be positive",
        followUpInterval());
  }
}
