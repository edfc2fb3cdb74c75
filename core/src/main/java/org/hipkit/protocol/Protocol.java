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

  private static final BigDecimal MIN_MAX_INR = new BigDecimal("1.0");
  private static final BigDecimal MAX_MAX_INR = new BigDecimal("5.0");
  private static final BigDecimal MIN_MAX_HBA1C = new BigDecimal("5.0");
  private static final BigDecimal MAX_MAX_HBA1C = new BigDecimal("15.0");
  private static final int MAX_INR_AGE = 90;
  private static final int MAX_AGE = 365;
  private static final int MAX_ARTHROPLASTY_DAYS = 3650;
  private static final int MAX_INTERVAL_MONTHS = 24;

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
   * @return the INR limit, from 1.0 to 5.0 (an INR of 1.0 is no anticoagulation at all, and above
   *     5.0 the rule would clear nearly every patient); default 3.0, a common clinic ceiling for
   *     joint injections
   */
  @Value.Default
  public BigDecimal maxInr() {
    return new BigDecimal("3.0");
  }

  /**
   * Returns how many days an INR stays current.
   *
   * @return the maximum age in days, from 0 to 90 (an INR changes within weeks); default 7
   */
  @Value.Default
  public int inrMaxAgeDays() {
    return 7;
  }

  /**
   * Returns the highest HbA1c, in percent, at which diabetes counts as controlled when a
   * corticosteroid is planned.
   *
   * @return the HbA1c limit in percent, from 5.0 to 15.0 (below 5.0 every patient is flagged,
   *     above 15.0 none); default 8.0
   */
  @Value.Default
  public BigDecimal maxHba1cPercent() {
    return new BigDecimal("8.0");
  }

  /**
   * Returns how many days an HbA1c stays current.
   *
   * @return the maximum age in days, from 0 to 365; default 90, about the life of a red blood cell
   */
  @Value.Default
  public int hba1cMaxAgeDays() {
    return 90;
  }

  /**
   * Returns how many days a clinician's control statement stays current.
   *
   * @return the maximum age in days, from 0 to 365; default 30
   */
  @Value.Default
  public int statementMaxAgeDays() {
    return 30;
  }

  /**
   * Returns how many days must have passed since a hip arthroplasty before an injection on that
   * side is no longer deferred.
   *
   * @return the minimum days, from 0 to 3650 (ten years); default 90
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
   * @return the minimum interval, from {@code P0D} to {@code P2Y} (a month counted as 31 days);
   *     default 3 months
   */
  @Value.Default
  public Period minRepeatInjectionInterval() {
    return Period.ofMonths(3);
  }

  /**
   * Returns when to follow up after a procedure; the sources say this varies by clinician and case.
   *
   * @return the follow-up interval, from {@code P1D} to {@code P2Y} (a month counted as 31 days);
   *     default 6 weeks
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

  /**
   * Returns the plausible range of every threshold, by attribute name in declaration order, such as
   * {@code maxInr} to {@code 1.0 to 5.0}. A protocol whose threshold lies outside its range is
   * refused when it is built: such a value is a typing error or would silently turn a rule off
   * (an INR limit of 1e20 clears every patient).
   *
   * @return an unmodifiable, ordered map of names to ranges in words
   */
  public static Map<String, String> plausibleRanges() {
    return RANGES;
  }

  private static final Map<String, String> RANGES = ranges();

  private static Map<String, String> ranges() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("maxInr", MIN_MAX_INR + " to " + MAX_MAX_INR);
    all.put("inrMaxAgeDays", "0 to " + MAX_INR_AGE);
    all.put("maxHba1cPercent", MIN_MAX_HBA1C + " to " + MAX_MAX_HBA1C);
    all.put("hba1cMaxAgeDays", "0 to " + MAX_AGE);
    all.put("statementMaxAgeDays", "0 to " + MAX_AGE);
    all.put("minDaysSinceArthroplasty", "0 to " + MAX_ARTHROPLASTY_DAYS);
    all.put("landmarkAcceptableForIntraArticular", "true or false");
    all.put("minRepeatInjectionInterval", "P0D to P2Y, a month counted as 31 days");
    all.put("followUpInterval", "P1D to P2Y, a month counted as 31 days");
    return Collections.unmodifiableMap(all);
  }

  @Value.Check
  void check() {
    String type = "Protocol";
    Require.kebabId(id(), type, "id");
    decimal(maxInr(), MIN_MAX_INR, MAX_MAX_INR, "maxInr");
    decimal(maxHba1cPercent(), MIN_MAX_HBA1C, MAX_MAX_HBA1C, "maxHba1cPercent");
    Require.range(inrMaxAgeDays(), 0, MAX_INR_AGE, type, "inrMaxAgeDays");
    Require.range(hba1cMaxAgeDays(), 0, MAX_AGE, type, "hba1cMaxAgeDays");
    Require.range(statementMaxAgeDays(), 0, MAX_AGE, type, "statementMaxAgeDays");
    Require.range(minDaysSinceArthroplasty(), 0, MAX_ARTHROPLASTY_DAYS, type, "minDaysSinceArthroplasty");
    Require.period(minRepeatInjectionInterval(), false, MAX_INTERVAL_MONTHS, type, "minRepeatInjectionInterval");
    Require.period(followUpInterval(), true, MAX_INTERVAL_MONTHS, type, "followUpInterval");
  }

  private static void decimal(BigDecimal value, BigDecimal min, BigDecimal max, String field) {
    Require.that(
        value.compareTo(min) >= 0 && value.compareTo(max) <= 0,
        "Protocol",
        field,
        "must be within " + min + "-" + max,
        value);
  }
}
