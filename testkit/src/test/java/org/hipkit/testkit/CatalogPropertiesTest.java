package org.hipkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hipkit.anatomy.AnatomicalStructure;
import org.hipkit.anatomy.Target;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.condition.Condition;
import org.hipkit.error.InvalidValueException;
import org.hipkit.intervention.Alternative;
import org.hipkit.intervention.EvidenceStatement;
import org.hipkit.intervention.Intervention;
import org.hipkit.intervention.Risk;
import org.hipkit.intervention.SessionPattern;
import org.hipkit.medication.Medication;
import org.hipkit.quantity.SourcePhrase;
import org.hipkit.quantity.TimeRange;
import org.hipkit.source.CatalogEntry;
import org.hipkit.source.Source;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the standard catalog (issue 2): ids unique, every cross-reference resolves, every
 * entry cites a source, every time range runs from low to high. The catalog is small, so each
 * property walks every entry rather than a sample; QuickTheories drives the properties about
 * catalogs a user builds.
 */
class CatalogPropertiesTest {

  private static final HipCatalog CATALOG = HipCatalog.standard();

  private static List<CatalogEntry> allEntries() {
    List<CatalogEntry> all = new ArrayList<>();
    all.addAll(CATALOG.structures());
    all.addAll(CATALOG.targets());
    all.addAll(CATALOG.conditions());
    all.addAll(CATALOG.medications());
    all.addAll(CATALOG.allergyGroups());
    all.addAll(CATALOG.modalities());
    all.addAll(CATALOG.interventions());
    all.addAll(CATALOG.alternatives());
    return all;
  }

  @Test
  void ids_areUniqueAcrossTheWholeCatalog_andKebabCase() {
    List<String> ids = allEntries().stream().map(CatalogEntry::id).toList();

    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    assertThat(CATALOG.entries()).hasSameSizeAs(ids);
    for (CatalogEntry entry : allEntries()) {
      assertThat(CATALOG.findEntry(entry.id())).containsSame(entry);
    }
  }

  @Test
  void ids_ofNestedEntries_areUniqueWithinTheirIntervention() {
    for (Intervention i : CATALOG.interventions()) {
      assertThat(i.risks().stream().map(Risk::id)).as(i.id()).doesNotHaveDuplicates();
      assertThat(i.evidence().stream().map(EvidenceStatement::id)).as(i.id()).doesNotHaveDuplicates();
      assertThat(i.procedure().stream().map(p -> p.id())).as(i.id()).doesNotHaveDuplicates();
    }
  }

  @Test
  void everyCrossReference_resolvesToAnEntryOfTheRightKind() {
    for (AnatomicalStructure s : CATALOG.structures()) {
      s.partOf().ifPresent(id -> assertResolves(s, "partOf", id, CATALOG::findStructure));
      s.conditions().forEach(id -> assertResolves(s, "conditions", id, CATALOG::findCondition));
    }
    for (Target t : CATALOG.targets()) {
      t.reaches().forEach(id -> assertResolves(t, "reaches", id, CATALOG::findStructure));
      t.structuresAtRisk().forEach(id -> assertResolves(t, "structuresAtRisk", id, CATALOG::findStructure));
    }
    for (Condition c : CATALOG.conditions()) {
      c.structures().forEach(id -> assertResolves(c, "structures", id, CATALOG::findStructure));
    }
    for (Intervention i : CATALOG.interventions()) {
      i.indications().forEach(id -> assertResolves(i, "indications", id, CATALOG::findCondition));
      i.targets().forEach(id -> assertResolves(i, "targets", id, CATALOG::findTarget));
      i.modalities().forEach(id -> assertResolves(i, "modalities", id, CATALOG::findModality));
      i.alternatives().forEach(id -> assertResolves(i, "alternatives", id, CATALOG::findAlternative));
      for (EvidenceStatement e : i.evidence()) {
        e.conditions().forEach(id -> assertResolves(i, "evidence.conditions", id, CATALOG::findCondition));
        e.modalities().forEach(id -> assertResolves(i, "evidence.modalities", id, CATALOG::findModality));
      }
      assertThat(CATALOG.targetsOf(i)).extracting(Target::id).containsExactlyElementsOf(i.targets());
    }
    for (Alternative a : CATALOG.alternatives()) {
      a.conditions().forEach(id -> assertResolves(a, "conditions", id, CATALOG::findCondition));
    }
  }

  private static void assertResolves(
      CatalogEntry from, String field, String id, Function<String, Optional<?>> lookup) {
    assertThat(lookup.apply(id)).as("%s.%s -> %s", from.id(), field, id).isPresent();
  }

  @Test
  void everyEntry_citesAtLeastOneSource_thatTheCatalogLists() {
    Set<Source> cited = new HashSet<>(CATALOG.sources());
    for (CatalogEntry entry : allEntries()) {
      assertThat(entry.sources()).as(entry.id()).isNotEmpty();
      assertThat(cited).as(entry.id()).containsAll(entry.sources());
    }
    for (Intervention i : CATALOG.interventions()) {
      i.risks().forEach(r -> assertThat(r.sources()).as(i.id() + "/" + r.id()).isNotEmpty());
      i.evidence().forEach(e -> assertThat(e.sources()).as(i.id() + "/" + e.id()).isNotEmpty());
    }
  }

  @Test
  void everyTimeRange_runsFromLowToHigh() {
    List<String> checked = new ArrayList<>();
    for (Medication m : CATALOG.medications()) {
      m.onset().ifPresent(r -> assertOrdered(m.id() + ".onset", r, checked));
      m.duration().ifPresent(r -> assertOrdered(m.id() + ".duration", r, checked));
      m.leadTime().ifPresent(r -> assertOrdered(m.id() + ".leadTime", r, checked));
    }
    for (Intervention i : CATALOG.interventions()) {
      i.sessionDuration().ifPresent(r -> assertOrdered(i.id() + ".sessionDuration", r, checked));
      SessionPattern p = i.sessionPattern();
      assertThat(p.sessions().min()).as(i.id()).isBetween(0, p.sessions().max());
      p.frequency().ifPresent(f -> assertThat(f.count().min()).isLessThanOrEqualTo(f.count().max()));
      p.courseLength().ifPresent(r -> assertOrdered(i.id() + ".courseLength", r, checked));
      p.maintenanceInterval().ifPresent(r -> assertOrdered(i.id() + ".maintenanceInterval", r, checked));
      p.recoveryBetween().ifPresent(r -> assertOrdered(i.id() + ".recoveryBetween", r, checked));
    }
    for (SourcePhrase phrase : SourcePhrase.values()) {
      assertOrdered(phrase.name(), phrase.range(), checked);
    }
    assertThat(checked).as("time ranges found in the catalog").hasSizeGreaterThan(10);
  }

  private static void assertOrdered(String where, TimeRange range, List<String> checked) {
    assertThat(range.low()).as(where).isNotNegative().isLessThanOrEqualTo(range.high());
    checked.add(where);
  }

  // ---- catalogs a user builds

  private static Gen<String> unknownIds() {
    return integers()
        .between(1, 99_999)
        .map(n -> "clinic-entry-" + n)
        .assuming(id -> CATALOG.findEntry(id).isEmpty());
  }

  @Test
  void aCatalogWithABrokenReference_isRefused_namingTheEntryFieldAndId() {
    qt().withExamples(100)
        .forAll(arbitrary().pick(CATALOG.interventions()), unknownIds())
        .checkAssert(
            (intervention, missing) -> {
              Intervention broken =
                  Intervention.builder()
                      .from(intervention)
                      .targets(List.of(intervention.targets().get(0), missing))
                      .build();
              assertThatThrownBy(() -> HipCatalog.builder().addAll(CATALOG).replace(broken).build())
                  .isInstanceOfSatisfying(
                      InvalidValueException.class,
                      e -> {
                        assertThat(e.type()).isEqualTo("HipCatalog");
                        assertThat(e.field()).isEqualTo(intervention.id() + ".targets");
                        assertThat(e.value()).isEqualTo(missing);
                      });
            });
  }

  @Test
  void aCatalogWithARepeatedId_isRefused_namingTheId() {
    qt().withExamples(50)
        .forAll(arbitrary().pick(allEntries()))
        .checkAssert(
            entry ->
                assertThatThrownBy(() -> HipCatalog.builder().addAll(CATALOG).add(entry).build())
                    .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> {
                          assertThat(e.type()).isEqualTo("HipCatalog");
                          assertThat(e.field()).isEqualTo("id");
                          assertThat(e.value()).isEqualTo(entry.id());
                        }));
  }

  @Test
  void aCatalogBuiltFromTheStandardOne_equalsItEntryByEntry() {
    HipCatalog copy = HipCatalog.builder().addAll(CATALOG).build();

    assertThat(copy.entries()).containsExactlyElementsOf(CATALOG.entries());
    for (CatalogEntry entry : allEntries()) {
      CatalogEntry same = copy.findEntry(entry.id()).orElseThrow();
      assertThat(same).isEqualTo(entry).hasSameHashCodeAs(entry);
    }
  }
}
