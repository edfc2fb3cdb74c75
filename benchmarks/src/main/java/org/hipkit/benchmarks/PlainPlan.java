package org.hipkit.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline of {@link JsonBenchmark}: a treatment plan as a mutable Java bean of the same JSON
 * shape as hipkit's {@code hipkit.plan/1} document, for plain Jackson 3 data binding.
 *
 * <p>Its fields, their order, names and JSON types are those of the plan document, {@code format}
 * included: ids as strings, side and purpose as enums of their codes, doses as {@link BigDecimal}
 * (exact, like hipkit's), the date as a {@link LocalDate} and the interval as a {@link Period}, so
 * that Jackson parses what hipkit parses. Absent optional fields are left out when written, as
 * hipkit leaves them out. A test in this module checks that it reads hipkit's bytes and writes them
 * back unchanged.
 *
 * <p>What it does not do is what hipkit adds on top of binding: the ids are not looked up in a
 * catalog, nothing is validated (the format, the plan's invariants, strictness beyond unknown
 * fields), and read failures carry Jackson's messages rather than a JSON Pointer and a reason. It
 * is the least work a reflection-bound reader and writer of the same document does.
 */
@JsonPropertyOrder({
  "format",
  "condition",
  "intervention",
  "target",
  "side",
  "purpose",
  "components",
  "modality",
  "antiseptic",
  "plannedDate",
  "sessions",
  "sessionInterval"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PlainPlan {

  /** A side, as its JSON code. */
  public enum Side {
    /** The left side. */
    @JsonProperty("left")
    LEFT,
    /** The right side. */
    @JsonProperty("right")
    RIGHT
  }

  /** A purpose, as its JSON code. */
  public enum Purpose {
    /** To relieve symptoms. */
    @JsonProperty("therapeutic")
    THERAPEUTIC,
    /** To test where the pain comes from and treat it. */
    @JsonProperty("diagnostic-and-therapeutic")
    DIAGNOSTIC_AND_THERAPEUTIC
  }

  /** A medication component: a medication id and an optional dose. */
  @JsonPropertyOrder({"medication", "dose"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Component {
    private String medication;
    private Dose dose;

    /** Creates an empty component, for Jackson. */
    public Component() {}

    /**
     * Returns the medication id.
     *
     * @return the id
     */
    public String getMedication() {
      return medication;
    }

    /**
     * Sets the medication id.
     *
     * @param medication the id
     */
    public void setMedication(String medication) {
      this.medication = medication;
    }

    /**
     * Returns the dose.
     *
     * @return the dose, or null
     */
    public Dose getDose() {
      return dose;
    }

    /**
     * Sets the dose.
     *
     * @param dose the dose, or null
     */
    public void setDose(Dose dose) {
      this.dose = dose;
    }
  }

  /** A dose: an amount and a unit. */
  @JsonPropertyOrder({"amount", "unit"})
  public static class Dose {
    private BigDecimal amount;
    private String unit;

    /** Creates an empty dose, for Jackson. */
    public Dose() {}

    /**
     * Returns the amount.
     *
     * @return the amount
     */
    public BigDecimal getAmount() {
      return amount;
    }

    /**
     * Sets the amount.
     *
     * @param amount the amount
     */
    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }

    /**
     * Returns the unit.
     *
     * @return the unit
     */
    public String getUnit() {
      return unit;
    }

    /**
     * Sets the unit.
     *
     * @param unit the unit
     */
    public void setUnit(String unit) {
      this.unit = unit;
    }
  }

  private String format;
  private String condition;
  private String intervention;
  private String target;
  private Side side;
  private Purpose purpose;
  private List<Component> components = new ArrayList<>();
  private String modality;
  private String antiseptic;
  private LocalDate plannedDate;
  private int sessions = 1;
  private Period sessionInterval;

  /** Creates an empty plan, for Jackson. */
  public PlainPlan() {}

  /**
   * Returns the mapper the baseline binds with, built once: Jackson 3's defaults, no modules
   * registered, and unknown fields refused as hipkit's strict reads refuse them.
   *
   * @return a new mapper
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  }

  /**
   * Returns the document format.
   *
   * @return such as {@code hipkit.plan/1}
   */
  public String getFormat() {
    return format;
  }

  /**
   * Sets the document format.
   *
   * @param format the format
   */
  public void setFormat(String format) {
    this.format = format;
  }

  /**
   * Returns the condition id.
   *
   * @return the id
   */
  public String getCondition() {
    return condition;
  }

  /**
   * Sets the condition id.
   *
   * @param condition the id
   */
  public void setCondition(String condition) {
    this.condition = condition;
  }

  /**
   * Returns the intervention id.
   *
   * @return the id
   */
  public String getIntervention() {
    return intervention;
  }

  /**
   * Sets the intervention id.
   *
   * @param intervention the id
   */
  public void setIntervention(String intervention) {
    this.intervention = intervention;
  }

  /**
   * Returns the target id.
   *
   * @return the id
   */
  public String getTarget() {
    return target;
  }

  /**
   * Sets the target id.
   *
   * @param target the id
   */
  public void setTarget(String target) {
    this.target = target;
  }

  /**
   * Returns the side.
   *
   * @return the side
   */
  public Side getSide() {
    return side;
  }

  /**
   * Sets the side.
   *
   * @param side the side
   */
  public void setSide(Side side) {
    this.side = side;
  }

  /**
   * Returns the purpose.
   *
   * @return the purpose
   */
  public Purpose getPurpose() {
    return purpose;
  }

  /**
   * Sets the purpose.
   *
   * @param purpose the purpose
   */
  public void setPurpose(Purpose purpose) {
    this.purpose = purpose;
  }

  /**
   * Returns the medication components.
   *
   * @return the components, mutable
   */
  public List<Component> getComponents() {
    return components;
  }

  /**
   * Sets the medication components.
   *
   * @param components the components
   */
  public void setComponents(List<Component> components) {
    this.components = components;
  }

  /**
   * Returns the guidance modality id.
   *
   * @return the id
   */
  public String getModality() {
    return modality;
  }

  /**
   * Sets the guidance modality id.
   *
   * @param modality the id
   */
  public void setModality(String modality) {
    this.modality = modality;
  }

  /**
   * Returns the antiseptic's medication id.
   *
   * @return the id, or null
   */
  public String getAntiseptic() {
    return antiseptic;
  }

  /**
   * Sets the antiseptic's medication id.
   *
   * @param antiseptic the id, or null
   */
  public void setAntiseptic(String antiseptic) {
    this.antiseptic = antiseptic;
  }

  /**
   * Returns the planned date.
   *
   * @return the date
   */
  public LocalDate getPlannedDate() {
    return plannedDate;
  }

  /**
   * Sets the planned date.
   *
   * @param plannedDate the date
   */
  public void setPlannedDate(LocalDate plannedDate) {
    this.plannedDate = plannedDate;
  }

  /**
   * Returns the number of sessions.
   *
   * @return the sessions
   */
  public int getSessions() {
    return sessions;
  }

  /**
   * Sets the number of sessions.
   *
   * @param sessions the sessions
   */
  public void setSessions(int sessions) {
    this.sessions = sessions;
  }

  /**
   * Returns the time between sessions.
   *
   * @return the interval, or null
   */
  public Period getSessionInterval() {
    return sessionInterval;
  }

  /**
   * Sets the time between sessions.
   *
   * @param sessionInterval the interval, or null
   */
  public void setSessionInterval(Period sessionInterval) {
    this.sessionInterval = sessionInterval;
  }
}
