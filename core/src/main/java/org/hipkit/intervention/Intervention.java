package org.hipkit.intervention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hipkit.internal.Require;
import org.hipkit.medication.MedicationClass;
import org.hipkit.quantity.TimeRange;
import org.hipkit.source.CatalogEntry;
import org.hipkit.source.Source;
import org.hipkit.source.StandardCode;
import org.immutables.value.Value;

/**
 * A hip pain intervention, such as a corticosteroid injection, hyaluronic acid viscosupplementation,
 * a platelet-rich plasma injection, acupuncture or dry needling.
 *
 * <p>An intervention states what a treatment plan for it may contain: its purposes, the targets it
 * may aim at, the guidance modalities it may use and the medication classes it may inject (none for
 * {@link InterventionKind#NEEDLING needling}). It also carries what a clinician reviews before
 * choosing it: the conditions it is used for, how it is done, how sessions are spread, its risks,
 * what the evidence says, and the alternatives. Catalog entries are named by id; a {@code
 * HipCatalog} resolves them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Intervention implements CatalogEntry {

  Intervention() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Intervention} values; required: id, name, description, kind, setting, session
   * pattern, a purpose, a target, a modality, a source.
   */
  public static final class Builder extends ImmutableIntervention.Builder {
    Builder() {}
  }

  /**
   * Returns the family the intervention belongs to.
   *
   * @return the kind
   */
  public abstract InterventionKind kind();

  /**
   * Returns the purposes it may serve.
   *
   * @return purposes, at least one
   */
  public abstract List<Purpose> purposes();

  /**
   * Returns named variants of the technique, such as electroacupuncture.
   *
   * @return variants, possibly empty
   */
  public abstract List<String> variants();

  /**
   * Returns the ids of the conditions it is used for.
   *
   * @return condition ids, at least one
   */
  public abstract List<String> indications();

  /**
   * Returns the ids of the targets it may aim at.
   *
   * @return target ids, at least one
   */
  public abstract List<String> targets();

  /**
   * Returns the ids of the guidance modalities it may use.
   *
   * @return modality ids, at least one
   */
  public abstract List<String> modalities();

  /**
   * Returns the medication classes a plan for it may inject; empty for needling.
   *
   * @return allowed classes
   */
  public abstract Set<MedicationClass> medicationClasses();

  /**
   * Returns the classes of which a plan must inject at least one, such as a corticosteroid or a
   * local anesthetic for a steroid injection; always a subset of {@link #medicationClasses()}.
   *
   * @return the principal classes; empty for needling
   */
  public abstract Set<MedicationClass> principalMedicationClasses();

  /**
   * Returns where it takes place.
   *
   * @return the setting
   */
  public abstract Setting setting();

  /**
   * Returns who performs it, in hipkit's words.
   *
   * @return the practitioner
   */
  public abstract Optional<String> practitioner();

  /**
   * Returns how long one session takes, where the sources say.
   *
   * @return the duration of a session
   */
  public abstract Optional<TimeRange> sessionDuration();

  /**
   * Returns how sessions are spread over time.
   *
   * @return the session pattern
   */
  public abstract SessionPattern sessionPattern();

  /**
   * Returns the steps of the procedure, in order.
   *
   * @return steps, possibly empty
   */
  public abstract List<ProcedureStep> procedure();

  /**
   * Returns the known risks.
   *
   * @return risks, possibly empty
   */
  public abstract List<Risk> risks();

  /**
   * Returns what the evidence says about it.
   *
   * @return evidence statements, possibly empty
   */
  public abstract List<EvidenceStatement> evidence();

  /**
   * Returns the ids of the alternatives the sources mention.
   *
   * @return alternative ids, possibly empty
   */
  public abstract List<String> alternatives();

  /**
   * Returns further facts, such as regulatory status, one short sentence each.
   *
   * @return notes, possibly empty
   */
  public abstract List<String> notes();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract List<StandardCode> codes();

  /**
   * Tells whether a plan for this intervention may inject a medication of the given class.
   *
   * @param medicationClass the class to test
   * @return true when the class is allowed
   */
  public boolean allows(MedicationClass medicationClass) {
    return medicationClasses().contains(medicationClass);
  }

  @Value.Check
  void check() {
    String type = "Intervention";
    Require.entry(type, id(), name(), description(), sources());
    Require.notEmpty(purposes(), type, "purposes");
    Require.notEmpty(indications(), type, "indications");
    Require.notEmpty(targets(), type, "targets");
    Require.notEmpty(modalities(), type, "modalities");
    Require.kebabIds(indications(), type, "indications");
    Require.kebabIds(targets(), type, "targets");
    Require.kebabIds(modalities(), type, "modalities");
    Require.kebabIds(alternatives(), type, "alternatives");
    Require.texts(variants(), type, "variants");
    Require.texts(notes(), type, "notes");
    Optional<String> practitioner = practitioner();
    if (practitioner.isPresent()) {
      Require.plainText(practitioner.get(), type, "practitioner");
    }
    if (kind() == InterventionKind.NEEDLING) {
      Require.that(
          medicationClasses().isEmpty(),
          type,
          "medicationClasses",
          "must be empty for a needling intervention, which injects nothing",
          medicationClasses());
    } else {
      Require.notEmpty(principalMedicationClasses(), type, "principalMedicationClasses");
    }
    Require.that(
        medicationClasses().containsAll(principalMedicationClasses()),
        type,
        "principalMedicationClasses",
        "must be a subset of medicationClasses",
        principalMedicationClasses());
    // Ids collected with plain loops, not method references: this runs at start-up.
    List<String> steps = new ArrayList<>();
    for (ProcedureStep step : procedure()) {
      steps.add(step.id());
    }
    Require.unique(steps, type, "procedure");
    List<String> riskIds = new ArrayList<>();
    for (Risk risk : risks()) {
      riskIds.add(risk.id());
    }
    Require.unique(riskIds, type, "risks");
    List<String> evidenceIds = new ArrayList<>();
    for (EvidenceStatement statement : evidence()) {
      evidenceIds.add(statement.id());
    }
    Require.unique(evidenceIds, type, "evidence");
  }

  @Override
  public String toString() {
    return "Intervention[" + id() + "]";
  }
}
