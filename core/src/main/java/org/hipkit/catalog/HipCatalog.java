package org.hipkit.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.hipkit.anatomy.AnatomicalStructure;
import org.hipkit.anatomy.Target;
import org.hipkit.condition.Condition;
import org.hipkit.error.InvalidValueException;
import org.hipkit.error.UnknownIdException;
import org.hipkit.guidance.GuidanceModality;
import org.hipkit.internal.Nearest;
import org.hipkit.intervention.Alternative;
import org.hipkit.intervention.EvidenceStatement;
import org.hipkit.intervention.Intervention;
import org.hipkit.internal.Require;
import org.hipkit.medication.AllergyGroup;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.source.CatalogEntry;
import org.hipkit.source.Source;

/**
 * A consistent, immutable collection of hip intervention knowledge: anatomical structures, targets,
 * conditions, medications, allergy groups, guidance modalities, interventions and alternatives,
 * each found by its stable id, and an alias table that lets other names of medications and allergy
 * groups (such as {@code lignocaine} or {@code xylocaine} for lidocaine) resolve to their entries.
 *
 * <p>Start with {@link #standard()}, the built-in catalog drawn from hipkit's source documents. A
 * clinic that needs entries of its own builds a catalog from the standard one plus its additions:
 *
 * <pre>{@code
 * HipCatalog clinic = HipCatalog.builder()
 *     .addAll(HipCatalog.standard())
 *     .add(ourOwnMedication)
 *     .build();
 * }</pre>
 *
 * <p>A catalog is consistent by construction: ids are unique across all kinds of entry, and every id
 * one entry names (an intervention's targets, a target's structures, a medication's allergy groups,
 * ...) resolves to an entry of the right kind. Lookups by an unknown id throw {@link
 * UnknownIdException} naming the nearest known ids; the {@code find} methods return an empty {@link
 * Optional} instead.
 *
 * <p>Aliases serve text that people type, such as a patient's allergies ({@code
 * Allergy.parse("lignocaine", catalog)}): the {@code resolve} methods accept an id or an alias and
 * say, in their {@link Resolved} result, when an alias was used. Lookups by id ({@link #medication(String)} and the like) never
 * consult aliases. A clinic adds aliases of its own with {@link Builder#alias(String, String)}; an
 * alias may not be the id of an entry or a medication class code.
 *
 * <p>The knowledge informs professionals; it does not decide. This class is immutable and
 * thread-safe.
 */
public final class HipCatalog {

  private final Kind<AnatomicalStructure> structures;
  private final Kind<Target> targets;
  private final Kind<Condition> conditions;
  private final Kind<Medication> medications;
  private final Kind<AllergyGroup> allergyGroups;
  private final Kind<GuidanceModality> modalities;
  private final Kind<Intervention> interventions;
  private final Kind<Alternative> alternatives;
  private final Map<String, CatalogEntry> entries;
  private final Map<String, String> aliases;
  private final List<Source> sources;

  private HipCatalog(Builder builder) {
    this.structures = new Kind<>("structure", builder.structures);
    this.targets = new Kind<>("target", builder.targets);
    this.conditions = new Kind<>("condition", builder.conditions);
    this.medications = new Kind<>("medication", builder.medications);
    this.allergyGroups = new Kind<>("allergy group", builder.allergyGroups);
    this.modalities = new Kind<>("modality", builder.modalities);
    this.interventions = new Kind<>("intervention", builder.interventions);
    this.alternatives = new Kind<>("alternative", builder.alternatives);
    Map<String, CatalogEntry> all = new LinkedHashMap<>();
    LinkedHashSet<Source> cited = new LinkedHashSet<>();
    for (Kind<?> kind : kinds()) {
      for (CatalogEntry entry : kind.list) {
        CatalogEntry previous = all.put(entry.id(), entry);
        if (previous != null) {
          throw new InvalidValueException(
              "HipCatalog", "id", "must be unique across all entries of a catalog", entry.id());
        }
        cited.addAll(entry.sources());
      }
    }
    this.entries = all;
    this.sources = List.copyOf(cited);
    checkReferences();
    this.aliases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.aliases));
    checkAliases();
  }

  /**
   * Returns the built-in catalog, which covers the knowledge of hipkit's source documents.
   *
   * <p>It is built once, on first use, and shared.
   *
   * @return the standard catalog
   */
  public static HipCatalog standard() {
    return StandardHolder.STANDARD;
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns all anatomical structures, in catalog order.
   *
   * @return an immutable list
   */
  public List<AnatomicalStructure> structures() {
    return structures.list;
  }

  /**
   * Returns all targets, in catalog order.
   *
   * @return an immutable list
   */
  public List<Target> targets() {
    return targets.list;
  }

  /**
   * Returns all conditions, in catalog order.
   *
   * @return an immutable list
   */
  public List<Condition> conditions() {
    return conditions.list;
  }

  /**
   * Returns all medications and materials, in catalog order.
   *
   * @return an immutable list
   */
  public List<Medication> medications() {
    return medications.list;
  }

  /**
   * Returns all allergy groups, in catalog order.
   *
   * @return an immutable list
   */
  public List<AllergyGroup> allergyGroups() {
    return allergyGroups.list;
  }

  /**
   * Returns the alias table: each alias and the id of the medication or allergy group it names, in
   * the order they were added.
   *
   * @return an immutable map from alias to id
   */
  public Map<String, String> aliases() {
    return aliases;
  }

  /**
   * Returns all guidance modalities, in catalog order.
   *
   * @return an immutable list
   */
  public List<GuidanceModality> modalities() {
    return modalities.list;
  }

  /**
   * Returns all interventions, in catalog order.
   *
   * @return an immutable list
   */
  public List<Intervention> interventions() {
    return interventions.list;
  }

  /**
   * Returns all alternatives to needle procedures, in catalog order.
   *
   * @return an immutable list
   */
  public List<Alternative> alternatives() {
    return alternatives.list;
  }

  /**
   * Returns every source document that some entry cites, in order of first citation.
   *
   * @return an immutable list
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * Returns every entry of every kind, in catalog order.
   *
   * @return an immutable collection
   */
  public Collection<CatalogEntry> entries() {
    return java.util.Collections.unmodifiableCollection(entries.values());
  }

  /**
   * Finds an entry of any kind by id.
   *
   * @param id the id
   * @return the entry, or empty if none has the id
   */
  public Optional<CatalogEntry> findEntry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /**
   * Returns the structure with the given id.
   *
   * @param id the id, such as {@code sciatic-nerve}
   * @return the structure
   * @throws UnknownIdException if no structure has the id
   */
  public AnatomicalStructure structure(String id) {
    return structures.get(id);
  }

  /**
   * Finds the structure with the given id.
   *
   * @param id the id
   * @return the structure, or empty
   */
  public Optional<AnatomicalStructure> findStructure(String id) {
    return structures.find(id);
  }

  /**
   * Returns the target with the given id.
   *
   * @param id the id, such as {@code hip-joint-intra-articular}
   * @return the target
   * @throws UnknownIdException if no target has the id
   */
  public Target target(String id) {
    return targets.get(id);
  }

  /**
   * Finds the target with the given id.
   *
   * @param id the id
   * @return the target, or empty
   */
  public Optional<Target> findTarget(String id) {
    return targets.find(id);
  }

  /**
   * Returns the condition with the given id.
   *
   * @param id the id, such as {@code hip-osteoarthritis}
   * @return the condition
   * @throws UnknownIdException if no condition has the id
   */
  public Condition condition(String id) {
    return conditions.get(id);
  }

  /**
   * Finds the condition with the given id.
   *
   * @param id the id
   * @return the condition, or empty
   */
  public Optional<Condition> findCondition(String id) {
    return conditions.find(id);
  }

  /**
   * Returns the medication with the given id.
   *
   * @param id the id, such as {@code lidocaine}
   * @return the medication
   * @throws UnknownIdException if no medication has the id
   */
  public Medication medication(String id) {
    return medications.get(id);
  }

  /**
   * Finds the medication with the given id.
   *
   * @param id the id
   * @return the medication, or empty
   */
  public Optional<Medication> findMedication(String id) {
    return medications.find(id);
  }

  /**
   * Returns the allergy group with the given id.
   *
   * @param id the id, such as {@code amide-local-anesthetic}
   * @return the group
   * @throws UnknownIdException if no allergy group has the id
   */
  public AllergyGroup allergyGroup(String id) {
    return allergyGroups.get(id);
  }

  /**
   * Finds the allergy group with the given id.
   *
   * @param id the id
   * @return the group, or empty
   */
  public Optional<AllergyGroup> findAllergyGroup(String id) {
    return allergyGroups.find(id);
  }

  /**
   * Returns the members of an allergy group: the medications that name it among their allergy
   * groups, in catalog order.
   *
   * @param group a group of this catalog
   * @return its members, possibly empty
   * @throws UnknownIdException if this catalog holds no group with the group's id
   */
  public List<Medication> membersOf(AllergyGroup group) {
    String id = allergyGroups.get(group.id()).id();
    return filter(medications.list, m -> m.allergyGroups().contains(id));
  }

  /**
   * Resolves a medication's id or one of its aliases.
   *
   * @param idOrAlias such as {@code lidocaine} or {@code lignocaine}
   * @return the medication, and the alias if one was used
   * @throws UnknownIdException if the text is neither, naming the nearest medication ids and
   *     aliases
   */
  public Resolved<Medication> resolveMedication(String idOrAlias) {
    return resolve(idOrAlias, medications);
  }

  /**
   * Resolves an allergy group's id or one of its aliases.
   *
   * @param idOrAlias such as {@code amide-local-anesthetic} or {@code amide-local-anaesthetic}
   * @return the group, and the alias if one was used
   * @throws UnknownIdException if the text is neither, naming the nearest group ids and aliases
   */
  public Resolved<AllergyGroup> resolveAllergyGroup(String idOrAlias) {
    return resolve(idOrAlias, allergyGroups);
  }

  /**
   * Returns the guidance modality with the given id.
   *
   * @param id the id, such as {@code ultrasound}
   * @return the modality
   * @throws UnknownIdException if no modality has the id
   */
  public GuidanceModality modality(String id) {
    return modalities.get(id);
  }

  /**
   * Finds the guidance modality with the given id.
   *
   * @param id the id
   * @return the modality, or empty
   */
  public Optional<GuidanceModality> findModality(String id) {
    return modalities.find(id);
  }

  /**
   * Returns the intervention with the given id.
   *
   * @param id the id, such as {@code corticosteroid-injection}
   * @return the intervention
   * @throws UnknownIdException if no intervention has the id
   */
  public Intervention intervention(String id) {
    return interventions.get(id);
  }

  /**
   * Finds the intervention with the given id.
   *
   * @param id the id
   * @return the intervention, or empty
   */
  public Optional<Intervention> findIntervention(String id) {
    return interventions.find(id);
  }

  /**
   * Returns the alternative with the given id.
   *
   * @param id the id, such as {@code physical-therapy}
   * @return the alternative
   * @throws UnknownIdException if no alternative has the id
   */
  public Alternative alternative(String id) {
    return alternatives.get(id);
  }

  /**
   * Finds the alternative with the given id.
   *
   * @param id the id
   * @return the alternative, or empty
   */
  public Optional<Alternative> findAlternative(String id) {
    return alternatives.find(id);
  }

  /**
   * Returns the interventions used for a condition, in catalog order.
   *
   * @param conditionId the condition's id, such as {@code greater-trochanteric-pain-syndrome}
   * @return the interventions that list the condition among their indications
   * @throws UnknownIdException if no condition has the id
   */
  public List<Intervention> interventionsFor(String conditionId) {
    conditions.get(conditionId);
    return filter(interventions.list, i -> i.indications().contains(conditionId));
  }

  /**
   * Returns the targets an intervention may aim at.
   *
   * @param intervention an intervention of this catalog
   * @return its targets, in the order the intervention lists them
   * @throws UnknownIdException if the intervention names a target this catalog lacks
   */
  public List<Target> targetsOf(Intervention intervention) {
    return resolve(intervention.targets(), targets);
  }

  /**
   * Returns the guidance modalities an intervention may use.
   *
   * @param intervention an intervention of this catalog
   * @return its modalities, in the order the intervention lists them
   * @throws UnknownIdException if the intervention names a modality this catalog lacks
   */
  public List<GuidanceModality> modalitiesOf(Intervention intervention) {
    return resolve(intervention.modalities(), modalities);
  }

  /**
   * Returns the conditions an intervention is used for.
   *
   * @param intervention an intervention of this catalog
   * @return its indications, in the order the intervention lists them
   * @throws UnknownIdException if the intervention names a condition this catalog lacks
   */
  public List<Condition> indicationsOf(Intervention intervention) {
    return resolve(intervention.indications(), conditions);
  }

  /**
   * Returns the alternatives an intervention names.
   *
   * @param intervention an intervention of this catalog
   * @return its alternatives, in the order the intervention lists them
   * @throws UnknownIdException if the intervention names an alternative this catalog lacks
   */
  public List<Alternative> alternativesOf(Intervention intervention) {
    return resolve(intervention.alternatives(), alternatives);
  }

  /**
   * Returns the structures a needle at a target reaches.
   *
   * @param target a target of this catalog
   * @return the structures, in the order the target lists them
   */
  public List<AnatomicalStructure> structuresReachedBy(Target target) {
    return resolve(target.reaches(), structures);
  }

  /**
   * Returns the structures at risk on the way to a target.
   *
   * @param target a target of this catalog
   * @return the structures at risk, in the order the target lists them
   */
  public List<AnatomicalStructure> structuresAtRiskFor(Target target) {
    return resolve(target.structuresAtRisk(), structures);
  }

  /**
   * Returns the medications of a class, in catalog order.
   *
   * @param medicationClass the class, such as {@link MedicationClass#CORTICOSTEROID}
   * @return the medications of that class, possibly empty
   */
  public List<Medication> medicationsOf(MedicationClass medicationClass) {
    return filter(medications.list, m -> m.medicationClass() == medicationClass);
  }

  /**
   * Returns the guidance modalities that use no ionizing radiation, in catalog order.
   *
   * @return modalities without radiation, such as ultrasound and landmark guidance
   */
  public List<GuidanceModality> modalitiesWithoutIonizingRadiation() {
    return filter(modalities.list, m -> !m.ionizingRadiation());
  }

  /**
   * Returns the targets the sources expect to be reached with imaging guidance, in catalog order.
   *
   * @return targets that need imaging
   */
  public List<Target> targetsNeedingImaging() {
    return filter(targets.list, Target::imagingExpected);
  }

  /**
   * Returns the structures a needle must avoid, in catalog order.
   *
   * @return structures at risk
   */
  public List<AnatomicalStructure> structuresAtRisk() {
    return filter(structures.list, AnatomicalStructure::atRisk);
  }

  @Override
  public String toString() {
    return "HipCatalog["
        + structures.list.size()
        + " structures, "
        + targets.list.size()
        + " targets, "
        + conditions.list.size()
        + " conditions, "
        + medications.list.size()
        + " medications, "
        + allergyGroups.list.size()
        + " allergy groups, "
        + modalities.list.size()
        + " modalities, "
        + interventions.list.size()
        + " interventions, "
        + alternatives.list.size()
        + " alternatives, "
        + aliases.size()
        + " aliases]";
  }

  private List<Kind<?>> kinds() {
    return List.of(
        structures,
        targets,
        conditions,
        medications,
        allergyGroups,
        modalities,
        interventions,
        alternatives);
  }

  private void checkReferences() {
    for (AnatomicalStructure s : structures.list) {
      Optional<String> partOf = s.partOf();
      if (partOf.isPresent()) {
        refer(s, "partOf", partOf.get(), structures);
      }
      referAll(s, "conditions", s.conditions(), conditions);
    }
    for (Target t : targets.list) {
      referAll(t, "reaches", t.reaches(), structures);
      referAll(t, "structuresAtRisk", t.structuresAtRisk(), structures);
    }
    for (Condition c : conditions.list) {
      referAll(c, "structures", c.structures(), structures);
    }
    for (Medication m : medications.list) {
      for (String group : m.allergyGroups()) {
        // Named like a lookup: a group is looked up by its id, and an unknown one has nearest ids.
        allergyGroups.get(group);
      }
    }
    for (Intervention i : interventions.list) {
      referAll(i, "indications", i.indications(), conditions);
      referAll(i, "targets", i.targets(), targets);
      referAll(i, "modalities", i.modalities(), modalities);
      referAll(i, "alternatives", i.alternatives(), alternatives);
      for (EvidenceStatement e : i.evidence()) {
        // The field's name is built only when a reference is missing (this runs at start-up).
        if (!conditions.byId.keySet().containsAll(e.conditions())) {
          referAll(i, "evidence." + e.id() + ".conditions", e.conditions(), conditions);
        }
        if (!modalities.byId.keySet().containsAll(e.modalities())) {
          referAll(i, "evidence." + e.id() + ".modalities", e.modalities(), modalities);
        }
      }
    }
    for (Alternative a : alternatives.list) {
      referAll(a, "conditions", a.conditions(), conditions);
    }
  }

  /**
   * Checks the alias table: every alias is an id-shaped text that is neither an entry's id nor a
   * class code (it would change what that id means), and names a medication or an allergy group.
   */
  private void checkAliases() {
    for (Map.Entry<String, String> alias : aliases.entrySet()) {
      String name = alias.getKey();
      Require.kebabId(name, "HipCatalog", "aliases");
      if (entries.containsKey(name)) {
        throw new InvalidValueException(
            "HipCatalog", "aliases", "must not shadow the id of an entry", name);
      }
      for (MedicationClass c : MedicationClass.values()) {
        if (c.code().equals(name)) {
          throw new InvalidValueException(
              "HipCatalog", "aliases", "must not shadow a medication class code", name);
        }
      }
      String id = alias.getValue();
      if (!medications.byId.containsKey(id) && !allergyGroups.byId.containsKey(id)) {
        List<String> known = new ArrayList<>(medications.byId.keySet());
        known.addAll(allergyGroups.byId.keySet());
        throw new UnknownIdException("medication or allergy group", id, Nearest.ids(id, known));
      }
    }
  }

  /** Resolves an id of one kind, or an alias of an entry of that kind. */
  private <T extends CatalogEntry> Resolved<T> resolve(String idOrAlias, Kind<T> kind) {
    T entry = kind.byId.get(idOrAlias);
    if (entry != null) {
      return Resolved.of(entry, idOrAlias, idOrAlias);
    }
    String id = aliases.get(idOrAlias);
    entry = id == null ? null : kind.byId.get(id);
    if (entry != null) {
      return Resolved.of(entry, idOrAlias, id);
    }
    List<String> known = new ArrayList<>(kind.byId.keySet());
    for (Map.Entry<String, String> alias : aliases.entrySet()) {
      if (kind.byId.containsKey(alias.getValue())) {
        known.add(alias.getKey());
      }
    }
    throw new UnknownIdException(kind.name, idOrAlias, Nearest.ids(idOrAlias, known));
  }

  private static void referAll(CatalogEntry from, String field, List<String> ids, Kind<?> kind) {
    for (String id : ids) {
      refer(from, field, id, kind);
    }
  }

  private static void refer(CatalogEntry from, String field, String id, Kind<?> kind) {
    if (!kind.byId.containsKey(id)) {
      throw new InvalidValueException(
          "HipCatalog",
          from.id() + "." + field,
          "must name a " + kind.name + " of the catalog; nearest: " + Nearest.ids(id, kind.byId.keySet()),
          id);
    }
  }

  private static <T extends CatalogEntry> List<T> resolve(List<String> ids, Kind<T> kind) {
    List<T> resolved = new ArrayList<>(ids.size());
    for (String id : ids) {
      resolved.add(kind.get(id));
    }
    return List.copyOf(resolved);
  }

  private static <T> List<T> filter(List<T> list, Predicate<? super T> predicate) {
    return list.stream().filter(predicate).toList();
  }

  /** The entries of one kind, in order and by id. */
  private static final class Kind<T extends CatalogEntry> {
    final String name;
    final List<T> list;
    final Map<String, T> byId;

    Kind(String name, List<T> entries) {
      this.name = name;
      this.list = List.copyOf(entries);
      Map<String, T> map = new LinkedHashMap<>();
      for (T entry : list) {
        map.put(entry.id(), entry);
      }
      this.byId = Map.copyOf(map);
    }

    T get(String id) {
      T entry = byId.get(id);
      if (entry == null) {
        throw new UnknownIdException(name, id, Nearest.ids(id, list.stream().map(CatalogEntry::id).toList()));
      }
      return entry;
    }

    Optional<T> find(String id) {
      return Optional.ofNullable(byId.get(id));
    }
  }

  /**
   * Collects entries for a {@link HipCatalog}. A builder may be reused: {@link #build()} copies what
   * has been added so far.
   */
  public static final class Builder {

    private final List<AnatomicalStructure> structures = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<Condition> conditions = new ArrayList<>();
    private final List<Medication> medications = new ArrayList<>();
    private final List<AllergyGroup> allergyGroups = new ArrayList<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final List<GuidanceModality> modalities = new ArrayList<>();
    private final List<Intervention> interventions = new ArrayList<>();
    private final List<Alternative> alternatives = new ArrayList<>();

    private Builder() {}

    /**
     * Adds every entry and every alias of another catalog, such as the {@link #standard() standard}
     * one.
     *
     * @param catalog the catalog whose entries and aliases to add
     * @return this builder
     * @throws InvalidValueException if an alias of the catalog already names another id here
     */
    public Builder addAll(HipCatalog catalog) {
      structures.addAll(catalog.structures());
      targets.addAll(catalog.targets());
      conditions.addAll(catalog.conditions());
      medications.addAll(catalog.medications());
      allergyGroups.addAll(catalog.allergyGroups());
      catalog.aliases().forEach(this::alias);
      modalities.addAll(catalog.modalities());
      interventions.addAll(catalog.interventions());
      alternatives.addAll(catalog.alternatives());
      return this;
    }

    /**
     * Adds an entry of any kind.
     *
     * @param entry a structure, target, condition, medication, allergy group, modality,
     *     intervention or alternative
     * @return this builder
     * @throws IllegalArgumentException if the entry is of a kind a catalog does not hold
     */
    public Builder add(CatalogEntry entry) {
      if (entry instanceof AnatomicalStructure s) {
        structures.add(s);
      } else if (entry instanceof Target t) {
        targets.add(t);
      } else if (entry instanceof Condition c) {
        conditions.add(c);
      } else if (entry instanceof Medication m) {
        medications.add(m);
      } else if (entry instanceof AllergyGroup g) {
        allergyGroups.add(g);
      } else if (entry instanceof GuidanceModality g) {
        modalities.add(g);
      } else if (entry instanceof Intervention i) {
        interventions.add(i);
      } else if (entry instanceof Alternative a) {
        alternatives.add(a);
      } else {
        throw new InvalidValueException(
            "HipCatalog",
            "entries",
            "must be an entry of a kind the catalog holds",
            entry.getClass().getName());
      }
      return this;
    }

    /**
     * Adds several entries of any kind.
     *
     * @param entries the entries to add, in order
     * @return this builder
     */
    public Builder addAll(Iterable<? extends CatalogEntry> entries) {
      for (CatalogEntry entry : entries) {
        add(entry);
      }
      return this;
    }

    /**
     * Replaces the entry that has the same id as {@code entry}, keeping its place in the order.
     *
     * @param entry the new entry; an entry of the same kind with its id must have been added
     * @return this builder
     * @throws UnknownIdException if no entry of that kind has the id
     */
    public Builder replace(CatalogEntry entry) {
      boolean replaced =
          replaceIn(structures, entry)
              || replaceIn(targets, entry)
              || replaceIn(conditions, entry)
              || replaceIn(medications, entry)
              || replaceIn(allergyGroups, entry)
              || replaceIn(modalities, entry)
              || replaceIn(interventions, entry)
              || replaceIn(alternatives, entry);
      if (!replaced) {
        throw new UnknownIdException(
            entry.getClass().getSimpleName(), entry.id(), List.of());
      }
      return this;
    }

    private static <T extends CatalogEntry> boolean replaceIn(List<T> list, CatalogEntry entry) {
      for (int i = 0; i < list.size(); i++) {
        T existing = list.get(i);
        if (existing.id().equals(entry.id()) && existing.getClass() == entry.getClass()) {
          @SuppressWarnings("unchecked")
          T same = (T) entry;
          list.set(i, same);
          return true;
        }
      }
      return false;
    }

    /**
     * Adds an alias: another name under which a medication or an allergy group is found by the
     * catalog's {@code resolve} methods and by {@code Allergy.parse}, such as a brand
     * name a clinic's staff use. Adding the same alias for the same id again changes nothing.
     *
     * @param alias the other name, a lower-case kebab-case id such as {@code xylocaine}; it may not
     *     be an entry's id or a medication class code (checked when the catalog is built)
     * @param id the id of the medication or allergy group it names (checked when the catalog is
     *     built)
     * @return this builder
     * @throws InvalidValueException if the alias already names a different id
     */
    public Builder alias(String alias, String id) {
      String previous = aliases.putIfAbsent(alias, id);
      if (previous != null && !previous.equals(id)) {
        throw new InvalidValueException(
            "HipCatalog",
            "aliases",
            "must name one id only; '" + alias + "' already names '" + previous + "'",
            id);
      }
      return this;
    }

    /**
     * Adds several aliases, as {@link #alias(String, String)} does for each.
     *
     * @param aliases the aliases and the ids they name, in order
     * @return this builder
     * @throws InvalidValueException if an alias already names a different id
     */
    public Builder addAliases(Map<String, String> aliases) {
      aliases.forEach(this::alias);
      return this;
    }

    /**
     * Builds the catalog.
     *
     * @return a consistent, immutable catalog
     * @throws InvalidValueException if two entries share an id, an entry names an id that no entry
     *     of the right kind has, or an alias shadows an id or a class code
     * @throws UnknownIdException if a medication names an allergy group the catalog lacks, or an
     *     alias names an id that is no medication or allergy group
     */
    public HipCatalog build() {
      return new HipCatalog(this);
    }
  }

  /** Lazily builds the standard catalog once, on first use. */
  private static final class StandardHolder {
    static final HipCatalog STANDARD = StandardCatalog.build();
  }

}
