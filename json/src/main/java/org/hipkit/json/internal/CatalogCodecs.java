package org.hipkit.json.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.hipkit.anatomy.AnatomicalStructure;
import org.hipkit.anatomy.Depth;
import org.hipkit.anatomy.StructureKind;
import org.hipkit.anatomy.Target;
import org.hipkit.anatomy.TargetKind;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.condition.Condition;
import org.hipkit.condition.ConditionKind;
import org.hipkit.error.InvalidValueException;
import org.hipkit.error.UnknownIdException;
import org.hipkit.guidance.Accuracy;
import org.hipkit.guidance.ContrastUse;
import org.hipkit.guidance.GuidanceModality;
import org.hipkit.intervention.Alternative;
import org.hipkit.intervention.AlternativeCategory;
import org.hipkit.intervention.EvidenceDirection;
import org.hipkit.intervention.EvidenceStatement;
import org.hipkit.intervention.Intervention;
import org.hipkit.intervention.InterventionKind;
import org.hipkit.intervention.ProcedureStep;
import org.hipkit.intervention.Risk;
import org.hipkit.intervention.RiskFrequency;
import org.hipkit.intervention.RiskSeverity;
import org.hipkit.intervention.SessionPattern;
import org.hipkit.intervention.Setting;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.medication.AllergyGroup;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.hipkit.medication.Route;
import org.hipkit.source.CatalogEntry;
import org.hipkit.source.Source;
import org.jspecify.annotations.Nullable;

/**
 * The codecs of the {@code hipkit.catalog} document: every entry of every kind in full, with its
 * sources inline, and the alias table, so that a clinic can ship a catalog of its own. Version 2
 * added the allergy groups and the aliases; version 1 is read through an upgrader.
 */
public final class CatalogCodecs {

  private CatalogCodecs() {}

  private static final Codec<String> S = Codecs.STRING;
  private static final Codec<MedicationClass> MEDICATION_CLASS = ProfileCodecs.MEDICATION_CLASS;

  /** An anatomical structure. */
  public static final ObjectCodec<AnatomicalStructure> STRUCTURE;

  /** A target. */
  public static final ObjectCodec<Target> TARGET;

  /** A condition. */
  public static final ObjectCodec<Condition> CONDITION;

  /** A medication. */
  public static final ObjectCodec<Medication> MEDICATION;

  /** An allergy group. */
  public static final ObjectCodec<AllergyGroup> ALLERGY_GROUP;

  /** One row of the alias table: {@code {"alias": "lignocaine", "id": "lidocaine"}}. */
  public static final ObjectCodec<AliasRow> ALIAS;

  /** A guidance modality. */
  public static final ObjectCodec<GuidanceModality> MODALITY;

  /** A session pattern. */
  public static final ObjectCodec<SessionPattern> SESSION_PATTERN;

  /** A procedure step. */
  public static final ObjectCodec<ProcedureStep> PROCEDURE_STEP;

  /** A risk. */
  public static final ObjectCodec<Risk> RISK;

  /** An evidence statement. */
  public static final ObjectCodec<EvidenceStatement> EVIDENCE;

  /** An intervention. */
  public static final ObjectCodec<Intervention> INTERVENTION;

  /** An alternative. */
  public static final ObjectCodec<Alternative> ALTERNATIVE;

  /** The {@code hipkit.catalog/2} document, which also reads {@code hipkit.catalog/1}. */
  public static final DocumentCodec<HipCatalog> CATALOG;

  /** The array names of the entry kinds, in catalog order. */
  private static final List<String> KINDS =
      List.of(
          "structures", "targets", "conditions", "medications", "allergyGroups", "modalities",
          "interventions", "alternatives");

  /** The index of the medications among {@link #KINDS}. */
  private static final int MEDICATIONS = 3;

  /**
   * One alias of the catalog's alias table.
   *
   * @param alias the other name
   * @param id the id of the medication or allergy group it names
   */
  public record AliasRow(String alias, String id) {}

  static {
    ObjectCodec.Builder<AnatomicalStructure> s = ObjectCodec.builder("an anatomical structure");
    var sId = s.required("id", S, AnatomicalStructure::id);
    var sName = s.required("name", S, AnatomicalStructure::name);
    var sDescription = s.required("description", S, AnatomicalStructure::description);
    var sKind =
        s.required(
            "kind", Codecs.enumCodec(StructureKind.class, StructureKind::code), AnatomicalStructure::kind);
    var sRegion = s.required("region", ProfileCodecs.REGION, AnatomicalStructure::region);
    var sDepth = s.required("depth", Codecs.enumCodec(Depth.class, Depth::code), AnatomicalStructure::depth);
    var sSided = s.defaulted("sided", Codecs.BOOLEAN, AnatomicalStructure::sided);
    var sAtRisk = s.defaulted("atRisk", Codecs.BOOLEAN, AnatomicalStructure::atRisk);
    var sPartOf = s.optional("partOf", S, AnatomicalStructure::partOf);
    var sConditions = s.list("conditions", S, AnatomicalStructure::conditions);
    var sNotes = s.list("notes", S, AnatomicalStructure::notes);
    var sSources = s.list("sources", CommonCodecs.SOURCE, AnatomicalStructure::sources);
    var sCodes = s.list("codes", CommonCodecs.STANDARD_CODE, AnatomicalStructure::codes);
    STRUCTURE =
        s.build(
            v -> {
              AnatomicalStructure.Builder b =
                  AnatomicalStructure.builder()
                      .id(v.get(sId))
                      .name(v.get(sName))
                      .description(v.get(sDescription))
                      .kind(v.get(sKind))
                      .region(v.get(sRegion))
                      .depth(v.get(sDepth))
                      .partOf(v.optional(sPartOf))
                      .addAllConditions(v.list(sConditions))
                      .addAllNotes(v.list(sNotes))
                      .addAllSources(v.list(sSources))
                      .addAllCodes(v.list(sCodes));
              v.optional(sSided).ifPresent(b::sided);
              v.optional(sAtRisk).ifPresent(b::atRisk);
              return b.build();
            });

    ObjectCodec.Builder<Target> t = ObjectCodec.builder("a target");
    var tId = t.required("id", S, Target::id);
    var tName = t.required("name", S, Target::name);
    var tDescription = t.required("description", S, Target::description);
    var tKind = t.required("kind", Codecs.enumCodec(TargetKind.class, TargetKind::code), Target::kind);
    var tRegion = t.required("region", ProfileCodecs.REGION, Target::region);
    var tReaches = t.list("reaches", S, Target::reaches);
    var tAtRisk = t.list("structuresAtRisk", S, Target::structuresAtRisk);
    var tImaging = t.required("imagingExpected", Codecs.BOOLEAN, Target::imagingExpected);
    var tSources = t.list("sources", CommonCodecs.SOURCE, Target::sources);
    var tCodes = t.list("codes", CommonCodecs.STANDARD_CODE, Target::codes);
    TARGET =
        t.build(
            v ->
                Target.builder()
                    .id(v.get(tId))
                    .name(v.get(tName))
                    .description(v.get(tDescription))
                    .kind(v.get(tKind))
                    .region(v.get(tRegion))
                    .addAllReaches(v.list(tReaches))
                    .addAllStructuresAtRisk(v.list(tAtRisk))
                    .imagingExpected(v.get(tImaging))
                    .addAllSources(v.list(tSources))
                    .addAllCodes(v.list(tCodes))
                    .build());

    ObjectCodec.Builder<Condition> c = ObjectCodec.builder("a condition");
    var cId = c.required("id", S, Condition::id);
    var cName = c.required("name", S, Condition::name);
    var cDescription = c.required("description", S, Condition::description);
    var cKind =
        c.required("kind", Codecs.enumCodec(ConditionKind.class, ConditionKind::code), Condition::kind);
    var cSynonyms = c.list("synonyms", S, Condition::synonyms);
    var cStructures = c.list("structures", S, Condition::structures);
    var cCauses = c.list("causes", S, Condition::causes);
    var cNotes = c.list("notes", S, Condition::notes);
    var cSources = c.list("sources", CommonCodecs.SOURCE, Condition::sources);
    var cCodes = c.list("codes", CommonCodecs.STANDARD_CODE, Condition::codes);
    CONDITION =
        c.build(
            v ->
                Condition.builder()
                    .id(v.get(cId))
                    .name(v.get(cName))
                    .description(v.get(cDescription))
                    .kind(v.get(cKind))
                    .addAllSynonyms(v.list(cSynonyms))
                    .addAllStructures(v.list(cStructures))
                    .addAllCauses(v.list(cCauses))
                    .addAllNotes(v.list(cNotes))
                    .addAllSources(v.list(cSources))
                    .addAllCodes(v.list(cCodes))
                    .build());

    ObjectCodec.Builder<Medication> m = ObjectCodec.builder("a medication");
    var mId = m.required("id", S, Medication::id);
    var mName = m.required("name", S, Medication::name);
    var mDescription = m.required("description", S, Medication::description);
    var mClass = m.required("medicationClass", MEDICATION_CLASS, Medication::medicationClass);
    var mRoutes = m.list("routes", Codecs.enumCodec(Route.class, Route::code), Medication::routes);
    var mOnset = m.optional("onset", CommonCodecs.TIME_RANGE, Medication::onset);
    var mDuration = m.optional("duration", CommonCodecs.TIME_RANGE, Medication::duration);
    var mLeadTime = m.optional("leadTime", CommonCodecs.TIME_RANGE, Medication::leadTime);
    var mEffects = m.list("systemicEffects", S, Medication::systemicEffects);
    var mRegulatory = m.list("regulatoryNotes", S, Medication::regulatoryNotes);
    var mGroups = m.list("allergyGroups", S, Medication::allergyGroups);
    var mNotes = m.list("notes", S, Medication::notes);
    var mSources = m.list("sources", CommonCodecs.SOURCE, Medication::sources);
    var mCodes = m.list("codes", CommonCodecs.STANDARD_CODE, Medication::codes);
    MEDICATION =
        m.build(
            v ->
                Medication.builder()
                    .id(v.get(mId))
                    .name(v.get(mName))
                    .description(v.get(mDescription))
                    .medicationClass(v.get(mClass))
                    .addAllRoutes(v.list(mRoutes))
                    .onset(v.optional(mOnset))
                    .duration(v.optional(mDuration))
                    .leadTime(v.optional(mLeadTime))
                    .addAllSystemicEffects(v.list(mEffects))
                    .addAllRegulatoryNotes(v.list(mRegulatory))
                    .addAllAllergyGroups(v.list(mGroups))
                    .addAllNotes(v.list(mNotes))
                    .addAllSources(v.list(mSources))
                    .addAllCodes(v.list(mCodes))
                    .build());

    ObjectCodec.Builder<AllergyGroup> ag = ObjectCodec.builder("an allergy group");
    var agId = ag.required("id", S, AllergyGroup::id);
    var agName = ag.required("name", S, AllergyGroup::name);
    var agDescription = ag.required("description", S, AllergyGroup::description);
    var agSources = ag.list("sources", CommonCodecs.SOURCE, AllergyGroup::sources);
    var agCodes = ag.list("codes", CommonCodecs.STANDARD_CODE, AllergyGroup::codes);
    ALLERGY_GROUP =
        ag.build(
            v ->
                AllergyGroup.builder()
                    .id(v.get(agId))
                    .name(v.get(agName))
                    .description(v.get(agDescription))
                    .addAllSources(v.list(agSources))
                    .addAllCodes(v.list(agCodes))
                    .build());

    ObjectCodec.Builder<AliasRow> alias = ObjectCodec.builder("an alias");
    var aliasName = alias.required("alias", S, AliasRow::alias);
    var aliasId = alias.required("id", S, AliasRow::id);
    ALIAS = alias.build(v -> new AliasRow(v.get(aliasName), v.get(aliasId)));

    ObjectCodec.Builder<GuidanceModality> g = ObjectCodec.builder("a guidance modality");
    var gId = g.required("id", S, GuidanceModality::id);
    var gName = g.required("name", S, GuidanceModality::name);
    var gDescription = g.required("description", S, GuidanceModality::description);
    var gImaging = g.required("imaging", Codecs.BOOLEAN, GuidanceModality::imaging);
    var gRadiation = g.required("ionizingRadiation", Codecs.BOOLEAN, GuidanceModality::ionizingRadiation);
    var gRealTime = g.required("realTime", Codecs.BOOLEAN, GuidanceModality::realTime);
    var gSoftTissue = g.required("showsSoftTissue", Codecs.BOOLEAN, GuidanceModality::showsSoftTissue);
    var gNerves =
        g.required("showsNervesAndVessels", Codecs.BOOLEAN, GuidanceModality::showsNervesAndVessels);
    var gContrast =
        g.required("contrast", Codecs.enumCodec(ContrastUse.class, ContrastUse::code), GuidanceModality::contrast);
    var gAccuracy =
        g.required("accuracy", Codecs.enumCodec(Accuracy.class, Accuracy::code), GuidanceModality::accuracy);
    var gPortable = g.required("portable", Codecs.BOOLEAN, GuidanceModality::portable);
    var gSuited = g.list("suitedFor", S, GuidanceModality::suitedFor);
    var gLimits = g.list("limitations", S, GuidanceModality::limitations);
    var gSources = g.list("sources", CommonCodecs.SOURCE, GuidanceModality::sources);
    var gCodes = g.list("codes", CommonCodecs.STANDARD_CODE, GuidanceModality::codes);
    MODALITY =
        g.build(
            v ->
                GuidanceModality.builder()
                    .id(v.get(gId))
                    .name(v.get(gName))
                    .description(v.get(gDescription))
                    .imaging(v.get(gImaging))
                    .ionizingRadiation(v.get(gRadiation))
                    .realTime(v.get(gRealTime))
                    .showsSoftTissue(v.get(gSoftTissue))
                    .showsNervesAndVessels(v.get(gNerves))
                    .contrast(v.get(gContrast))
                    .accuracy(v.get(gAccuracy))
                    .portable(v.get(gPortable))
                    .addAllSuitedFor(v.list(gSuited))
                    .addAllLimitations(v.list(gLimits))
                    .addAllSources(v.list(gSources))
                    .addAllCodes(v.list(gCodes))
                    .build());

    ObjectCodec.Builder<SessionPattern> sp = ObjectCodec.builder("a session pattern");
    var spSessions = sp.required("sessions", CommonCodecs.COUNT_RANGE, SessionPattern::sessions);
    var spFrequency = sp.optional("frequency", CommonCodecs.FREQUENCY, SessionPattern::frequency);
    var spCourse = sp.optional("courseLength", CommonCodecs.TIME_RANGE, SessionPattern::courseLength);
    var spMaintenance =
        sp.optional("maintenanceInterval", CommonCodecs.TIME_RANGE, SessionPattern::maintenanceInterval);
    var spRecovery =
        sp.optional("recoveryBetween", CommonCodecs.TIME_RANGE, SessionPattern::recoveryBetween);
    var spDescription = sp.required("description", S, SessionPattern::description);
    SESSION_PATTERN =
        sp.build(
            v ->
                SessionPattern.builder()
                    .sessions(v.get(spSessions))
                    .frequency(v.optional(spFrequency))
                    .courseLength(v.optional(spCourse))
                    .maintenanceInterval(v.optional(spMaintenance))
                    .recoveryBetween(v.optional(spRecovery))
                    .description(v.get(spDescription))
                    .build());

    ObjectCodec.Builder<ProcedureStep> ps = ObjectCodec.builder("a procedure step");
    var psId = ps.required("id", S, ProcedureStep::id);
    var psDescription = ps.required("description", S, ProcedureStep::description);
    var psOptional = ps.defaulted("optional", Codecs.BOOLEAN, ProcedureStep::optional);
    var psSources = ps.list("sources", CommonCodecs.SOURCE, ProcedureStep::sources);
    PROCEDURE_STEP =
        ps.build(
            v -> {
              ProcedureStep.Builder b =
                  ProcedureStep.builder()
                      .id(v.get(psId))
                      .description(v.get(psDescription))
                      .addAllSources(v.list(psSources));
              v.optional(psOptional).ifPresent(b::optional);
              return b.build();
            });

    ObjectCodec.Builder<Risk> r = ObjectCodec.builder("a risk");
    var rId = r.required("id", S, Risk::id);
    var rName = r.required("name", S, Risk::name);
    var rDescription = r.required("description", S, Risk::description);
    var rFrequency =
        r.required("frequency", Codecs.enumCodec(RiskFrequency.class, RiskFrequency::code), Risk::frequency);
    var rSeverity =
        r.required("severity", Codecs.enumCodec(RiskSeverity.class, RiskSeverity::code), Risk::severity);
    var rFactors = r.list("aggravatingFactors", S, Risk::aggravatingFactors);
    var rSources = r.list("sources", CommonCodecs.SOURCE, Risk::sources);
    RISK =
        r.build(
            v ->
                Risk.builder()
                    .id(v.get(rId))
                    .name(v.get(rName))
                    .description(v.get(rDescription))
                    .frequency(v.get(rFrequency))
                    .severity(v.get(rSeverity))
                    .addAllAggravatingFactors(v.list(rFactors))
                    .addAllSources(v.list(rSources))
                    .build());

    ObjectCodec.Builder<EvidenceStatement> e = ObjectCodec.builder("an evidence statement");
    var eId = e.required("id", S, EvidenceStatement::id);
    var eStatement = e.required("statement", S, EvidenceStatement::statement);
    var eDirection =
        e.required(
            "direction",
            Codecs.enumCodec(EvidenceDirection.class, EvidenceDirection::code),
            EvidenceStatement::direction);
    var eConditions = e.list("conditions", S, EvidenceStatement::conditions);
    var eModalities = e.list("modalities", S, EvidenceStatement::modalities);
    var eSources = e.list("sources", CommonCodecs.SOURCE, EvidenceStatement::sources);
    EVIDENCE =
        e.build(
            v ->
                EvidenceStatement.builder()
                    .id(v.get(eId))
                    .statement(v.get(eStatement))
                    .direction(v.get(eDirection))
                    .addAllConditions(v.list(eConditions))
                    .addAllModalities(v.list(eModalities))
                    .addAllSources(v.list(eSources))
                    .build());

    ObjectCodec.Builder<Intervention> i = ObjectCodec.builder("an intervention");
    var iId = i.required("id", S, Intervention::id);
    var iName = i.required("name", S, Intervention::name);
    var iDescription = i.required("description", S, Intervention::description);
    var iKind =
        i.required("kind", Codecs.enumCodec(InterventionKind.class, InterventionKind::code), Intervention::kind);
    var iPurposes = i.list("purposes", PlanCodecs.PURPOSE, Intervention::purposes);
    var iVariants = i.list("variants", S, Intervention::variants);
    var iIndications = i.list("indications", S, Intervention::indications);
    var iTargets = i.list("targets", S, Intervention::targets);
    var iModalities = i.list("modalities", S, Intervention::modalities);
    var iClasses =
        i.defaulted(
            "medicationClasses",
            Codecs.enumSetOf(MEDICATION_CLASS, MedicationClass.class),
            Intervention::medicationClasses);
    var iPrincipal =
        i.defaulted(
            "principalMedicationClasses",
            Codecs.enumSetOf(MEDICATION_CLASS, MedicationClass.class),
            Intervention::principalMedicationClasses);
    var iSetting =
        i.required("setting", Codecs.enumCodec(Setting.class, Setting::code), Intervention::setting);
    var iPractitioner = i.optional("practitioner", S, Intervention::practitioner);
    var iSessionDuration =
        i.optional("sessionDuration", CommonCodecs.TIME_RANGE, Intervention::sessionDuration);
    var iPattern = i.required("sessionPattern", SESSION_PATTERN, Intervention::sessionPattern);
    var iProcedure = i.list("procedure", PROCEDURE_STEP, Intervention::procedure);
    var iRisks = i.list("risks", RISK, Intervention::risks);
    var iEvidence = i.list("evidence", EVIDENCE, Intervention::evidence);
    var iAlternatives = i.list("alternatives", S, Intervention::alternatives);
    var iNotes = i.list("notes", S, Intervention::notes);
    var iSources = i.list("sources", CommonCodecs.SOURCE, Intervention::sources);
    var iCodes = i.list("codes", CommonCodecs.STANDARD_CODE, Intervention::codes);
    INTERVENTION =
        i.build(
            v -> {
              Intervention.Builder b =
                  Intervention.builder()
                      .id(v.get(iId))
                      .name(v.get(iName))
                      .description(v.get(iDescription))
                      .kind(v.get(iKind))
                      .addAllPurposes(v.list(iPurposes))
                      .addAllVariants(v.list(iVariants))
                      .addAllIndications(v.list(iIndications))
                      .addAllTargets(v.list(iTargets))
                      .addAllModalities(v.list(iModalities))
                      .setting(v.get(iSetting))
                      .practitioner(v.optional(iPractitioner))
                      .sessionDuration(v.optional(iSessionDuration))
                      .sessionPattern(v.get(iPattern))
                      .addAllProcedure(v.list(iProcedure))
                      .addAllRisks(v.list(iRisks))
                      .addAllEvidence(v.list(iEvidence))
                      .addAllAlternatives(v.list(iAlternatives))
                      .addAllNotes(v.list(iNotes))
                      .addAllSources(v.list(iSources))
                      .addAllCodes(v.list(iCodes));
              v.optional(iClasses).ifPresent(b::addAllMedicationClasses);
              v.optional(iPrincipal).ifPresent(b::addAllPrincipalMedicationClasses);
              return b.build();
            });

    ObjectCodec.Builder<Alternative> a = ObjectCodec.builder("an alternative");
    var aId = a.required("id", S, Alternative::id);
    var aName = a.required("name", S, Alternative::name);
    var aDescription = a.required("description", S, Alternative::description);
    var aCategory =
        a.required(
            "category", Codecs.enumCodec(AlternativeCategory.class, AlternativeCategory::code), Alternative::category);
    var aExamples = a.list("examples", S, Alternative::examples);
    var aConditions = a.list("conditions", S, Alternative::conditions);
    var aSources = a.list("sources", CommonCodecs.SOURCE, Alternative::sources);
    var aCodes = a.list("codes", CommonCodecs.STANDARD_CODE, Alternative::codes);
    ALTERNATIVE =
        a.build(
            v ->
                Alternative.builder()
                    .id(v.get(aId))
                    .name(v.get(aName))
                    .description(v.get(aDescription))
                    .category(v.get(aCategory))
                    .addAllExamples(v.list(aExamples))
                    .addAllConditions(v.list(aConditions))
                    .addAllSources(v.list(aSources))
                    .addAllCodes(v.list(aCodes))
                    .build());

    ObjectCodec.Builder<HipCatalog> catalog = DocumentCodec.body("catalog", 2);
    var structures = catalog.list(KINDS.get(0), STRUCTURE, HipCatalog::structures);
    var targets = catalog.list(KINDS.get(1), TARGET, HipCatalog::targets);
    var conditions = catalog.list(KINDS.get(2), CONDITION, HipCatalog::conditions);
    var medications = catalog.list(KINDS.get(3), MEDICATION, HipCatalog::medications);
    var groups = catalog.list(KINDS.get(4), ALLERGY_GROUP, HipCatalog::allergyGroups);
    var modalities = catalog.list(KINDS.get(5), MODALITY, HipCatalog::modalities);
    var interventions = catalog.list(KINDS.get(6), INTERVENTION, HipCatalog::interventions);
    var alternatives = catalog.list(KINDS.get(7), ALTERNATIVE, HipCatalog::alternatives);
    var aliases = catalog.list("aliases", ALIAS, CatalogCodecs::aliasRows);
    CATALOG =
        DocumentCodec.of(
            "catalog",
            2,
            catalog.build(
                v ->
                    build(
                        List.of(
                            v.list(structures),
                            v.list(targets),
                            v.list(conditions),
                            v.list(medications),
                            v.list(groups),
                            v.list(modalities),
                            v.list(interventions),
                            v.list(alternatives)),
                        v.list(aliases))),
            Map.of(1, DocumentCodec.upgrading(catalog1())));
  }

  /**
   * The body of {@code hipkit.catalog/1}, which had no allergy groups and no aliases: medications
   * named their groups by id alone. Reading one renames the group ids renamed since (such as
   * {@code chlorhexidine}, now {@code chlorhexidine-products}), takes each group's entry from the
   * standard catalog when it holds one, and otherwise makes an entry that says where it came from,
   * citing its members' sources. The catalog read has no aliases.
   */
  private static ObjectCodec<HipCatalog> catalog1() {
    ObjectCodec.Builder<HipCatalog> catalog = DocumentCodec.body("catalog", 1);
    var structures = catalog.list(KINDS.get(0), STRUCTURE, HipCatalog::structures);
    var targets = catalog.list(KINDS.get(1), TARGET, HipCatalog::targets);
    var conditions = catalog.list(KINDS.get(2), CONDITION, HipCatalog::conditions);
    var medications = catalog.list(KINDS.get(3), MEDICATION, HipCatalog::medications);
    var modalities = catalog.list(KINDS.get(5), MODALITY, HipCatalog::modalities);
    var interventions = catalog.list(KINDS.get(6), INTERVENTION, HipCatalog::interventions);
    var alternatives = catalog.list(KINDS.get(7), ALTERNATIVE, HipCatalog::alternatives);
    return catalog.build(
        v -> {
          List<Medication> renamed = renameGroups(v.list(medications));
          return build(
              List.of(
                  v.list(structures),
                  v.list(targets),
                  v.list(conditions),
                  renamed,
                  groupsOf(renamed),
                  v.list(modalities),
                  v.list(interventions),
                  v.list(alternatives)),
              List.of());
        });
  }

  private static List<Medication> renameGroups(List<Medication> medications) {
    List<Medication> renamed = new ArrayList<>(medications.size());
    for (Medication m : medications) {
      List<String> groups = new ArrayList<>();
      for (String group : m.allergyGroups()) {
        groups.add(ProfileCodecs.GROUPS_RENAMED_SINCE_1.getOrDefault(group, group));
      }
      renamed.add(
          groups.equals(m.allergyGroups())
              ? m
              : Medication.builder().from(m).allergyGroups(groups).build());
    }
    return renamed;
  }

  /** The entries of the groups that format-1 medications name, in order of first mention. */
  private static List<AllergyGroup> groupsOf(List<Medication> medications) {
    Map<String, LinkedHashSet<Source>> cited = new LinkedHashMap<>();
    for (Medication m : medications) {
      for (String group : m.allergyGroups()) {
        cited.computeIfAbsent(group, k -> new LinkedHashSet<>()).addAll(m.sources());
      }
    }
    HipCatalog standard = HipCatalog.standard();
    List<AllergyGroup> groups = new ArrayList<>();
    cited.forEach(
        (id, sources) ->
            groups.add(
                standard
                    .findAllergyGroup(id)
                    .orElseGet(
                        () ->
                            AllergyGroup.builder()
                                .id(id)
                                .name(id)
                                .description(
                                    "An allergy group that a hipkit.catalog/1 document named"
                                        + " without describing it; its members are the"
                                        + " medications that name it.")
                                .addAllSources(sources)
                                .build())));
    return groups;
  }

  private static List<AliasRow> aliasRows(HipCatalog catalog) {
    List<AliasRow> rows = new ArrayList<>(catalog.aliases().size());
    catalog.aliases().forEach((alias, id) -> rows.add(new AliasRow(alias, id)));
    return rows;
  }

  /**
   * Builds a catalog from its entries, kind by kind, and its aliases, and locates a broken
   * cross-reference, a repeated id or a bad alias at the entry (and the element) that holds it.
   */
  private static HipCatalog build(List<List<? extends CatalogEntry>> kinds, List<AliasRow> aliases) {
    HipCatalog.Builder builder = HipCatalog.builder();
    for (List<? extends CatalogEntry> entries : kinds) {
      builder.addAll(entries);
    }
    for (int n = 0; n < aliases.size(); n++) {
      AliasRow row = aliases.get(n);
      try {
        builder.alias(row.alias(), row.id());
      } catch (InvalidValueException e) {
        throw new InvalidAt("/aliases/" + n + "/alias", e);
      }
    }
    try {
      return builder.build();
    } catch (InvalidValueException e) {
      if (!"HipCatalog".equals(e.type())) {
        throw e;
      }
      if (e.field().equals("aliases")) {
        throw new InvalidAt(aliasAt(aliases, row -> row.alias().equals(e.value()), "alias"), e);
      }
      throw new InvalidAt(locate(kinds, e.field(), e.value()), e);
    } catch (UnknownIdException e) {
      throw new InvalidAt(unknownAt(kinds, aliases, e), Problem.UNKNOWN_ID, CommonCodecs.unknownId(e));
    }
  }

  /**
   * The pointer of an unknown id the catalog refused: a medication's allergy group, or the id an
   * alias names.
   */
  private static String unknownAt(
      List<List<? extends CatalogEntry>> kinds, List<AliasRow> aliases, UnknownIdException e) {
    if (e.kind().equals("allergy group")) {
      List<? extends CatalogEntry> medications = kinds.get(MEDICATIONS);
      for (int n = 0; n < medications.size(); n++) {
        List<String> groups = ((Medication) medications.get(n)).allergyGroups();
        int k = groups.indexOf(e.id());
        if (k >= 0) {
          return "/" + KINDS.get(MEDICATIONS) + "/" + n + "/allergyGroups/" + k;
        }
      }
      return "";
    }
    return aliasAt(aliases, row -> row.id().equals(e.id()), "id");
  }

  private static String aliasAt(
      List<AliasRow> aliases, java.util.function.Predicate<AliasRow> which, String field) {
    for (int n = 0; n < aliases.size(); n++) {
      if (which.test(aliases.get(n))) {
        return "/aliases/" + n + "/" + field;
      }
    }
    return "";
  }

  private static String locate(List<List<? extends CatalogEntry>> kinds, String field, String value) {
    if (field.equals("id")) {
      int seen = 0;
      for (int k = 0; k < kinds.size(); k++) {
        List<? extends CatalogEntry> entries = kinds.get(k);
        for (int n = 0; n < entries.size(); n++) {
          if (entries.get(n).id().equals(value) && ++seen == 2) {
            return "/" + KINDS.get(k) + "/" + n + "/id";
          }
        }
      }
      return "";
    }
    int dot = field.indexOf('.');
    if (dot < 0) {
      return "";
    }
    String entryId = field.substring(0, dot);
    String rest = field.substring(dot + 1);
    for (int k = 0; k < kinds.size(); k++) {
      List<? extends CatalogEntry> entries = kinds.get(k);
      for (int n = 0; n < entries.size(); n++) {
        CatalogEntry entry = entries.get(n);
        if (entry.id().equals(entryId)) {
          return "/" + KINDS.get(k) + "/" + n + within(entry, rest, value);
        }
      }
    }
    return "";
  }

  /** The pointer, below an entry, of the id {@code value} in the field named {@code rest}. */
  private static String within(CatalogEntry entry, String rest, String value) {
    if (entry instanceof Intervention i && rest.startsWith("evidence.")) {
      int dot = rest.lastIndexOf('.');
      String evidenceId = rest.substring("evidence.".length(), dot);
      String list = rest.substring(dot + 1);
      for (int n = 0; n < i.evidence().size(); n++) {
        EvidenceStatement e = i.evidence().get(n);
        if (e.id().equals(evidenceId)) {
          List<String> ids = list.equals("conditions") ? e.conditions() : e.modalities();
          return "/evidence/" + n + "/" + list + index(ids, value);
        }
      }
      return "/evidence";
    }
    return "/" + rest + index(ids(entry, rest), value);
  }

  private static String index(@Nullable List<String> ids, String value) {
    int n = ids == null ? -1 : ids.indexOf(value);
    return n < 0 ? "" : "/" + n;
  }

  private static @Nullable List<String> ids(CatalogEntry entry, String field) {
    if (entry instanceof AnatomicalStructure s) {
      return field.equals("conditions") ? s.conditions() : null;
    }
    if (entry instanceof Target t) {
      return switch (field) {
        case "reaches" -> t.reaches();
        case "structuresAtRisk" -> t.structuresAtRisk();
        default -> null;
      };
    }
    if (entry instanceof Condition c) {
      return field.equals("structures") ? c.structures() : null;
    }
    if (entry instanceof Intervention i) {
      return switch (field) {
        case "indications" -> i.indications();
        case "targets" -> i.targets();
        case "modalities" -> i.modalities();
        case "alternatives" -> i.alternatives();
        default -> null;
      };
    }
    if (entry instanceof Alternative a) {
      return field.equals("conditions") ? a.conditions() : null;
    }
    return null;
  }
}
