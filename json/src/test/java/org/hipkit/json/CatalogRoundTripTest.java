package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.condition.Condition;
import org.hipkit.source.EvidenceGrade;
import org.hipkit.source.Source;
import org.hipkit.source.SourceType;
import org.hipkit.plan.MedicationComponent;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.anatomy.Side;
import org.hipkit.intervention.Purpose;
import org.hipkit.quantity.Dose;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Whole catalogs through JSON: the standard one, and a clinic's own extending it. */
class CatalogRoundTripTest {

  private static final HipJson JSON = HipJson.standard();

  @Test
  void standardCatalog_roundTripsWithEqualEntries() {
    HipCatalog standard = HipCatalog.standard();

    String written = JSON.writeCatalog(standard);
    HipCatalog read = JSON.readCatalog(written);

    assertThat(List.copyOf(read.entries())).isEqualTo(List.copyOf(standard.entries()));
    assertThat(read.structures()).isEqualTo(standard.structures());
    assertThat(read.targets()).isEqualTo(standard.targets());
    assertThat(read.conditions()).isEqualTo(standard.conditions());
    assertThat(read.medications()).isEqualTo(standard.medications());
    assertThat(read.modalities()).isEqualTo(standard.modalities());
    assertThat(read.interventions()).isEqualTo(standard.interventions());
    assertThat(read.alternatives()).isEqualTo(standard.alternatives());
    assertThat(read.sources()).isEqualTo(standard.sources());
    assertThat(read.toString()).isEqualTo(standard.toString());
    assertThat(JSON.writeCatalog(read)).isEqualTo(written);
  }

  @Test
  void standardCatalog_writtenTwice_givesTheSameBytes() {
    assertThat(Fixtures.PRETTY.writeCatalog(HipCatalog.standard()))
        .isEqualTo(Fixtures.PRETTY.writeCatalog(HipCatalog.standard()));
  }

  @Test
  void clinicCatalog_extendsTheStandardOne_andPlansResolveAgainstIt() {
    HipCatalog standard = HipCatalog.standard();
    HipCatalog.Builder builder = HipCatalog.builder().addAll(standard);
    // The fixture defines the allergy groups its medications name; the standard catalog has them.
    Fixtures.catalog().entries().stream()
        .filter(e -> standard.findEntry(e.id()).isEmpty())
        .forEach(builder::add);
    HipCatalog clinic = builder.addAliases(Fixtures.catalog().aliases()).build();
    HipCatalog shipped = JSON.readCatalog(JSON.writeCatalog(clinic));
    HipJson ours = HipJson.builder().catalog(shipped).build();
    TreatmentPlan plan =
        TreatmentPlan.builder()
            .condition(shipped.condition("sacroiliac-joint-pain"))
            .intervention(shipped.intervention("sacroiliac-joint-injection"))
            .target(shipped.target("sacroiliac-joint-intra-articular"))
            .side(Side.RIGHT)
            .purpose(Purpose.DIAGNOSTIC_AND_THERAPEUTIC)
            .addComponent(MedicationComponent.of(shipped.medication("methylprednisolone"), Dose.of("40", "mg")))
            .addComponent(MedicationComponent.of(shipped.medication("ropivacaine")))
            .modality(shipped.modality("ct-guidance"))
            .plannedDate(LocalDate.of(2027, 1, 15))
            .build();

    assertThat(List.copyOf(shipped.entries())).isEqualTo(List.copyOf(clinic.entries()));
    assertThat(shipped.aliases()).isEqualTo(clinic.aliases()).containsEntry("naropin", "ropivacaine");
    assertThat(ours.readPlan(ours.writePlan(plan))).isEqualTo(plan);
  }

  @Test
  void emptyCatalog_isADocumentToo() {
    HipCatalog empty = HipCatalog.builder().build();

    String written = JSON.writeCatalog(empty);

    assertThat(written)
        .isEqualTo(
            "{\"format\":\"hipkit.catalog/2\",\"structures\":[],\"targets\":[],\"conditions\":[],"
                + "\"medications\":[],\"allergyGroups\":[],\"modalities\":[],\"interventions\":[],"
                + "\"alternatives\":[],\"aliases\":[]}");
    assertThat(JSON.readCatalog("{\"format\":\"hipkit.catalog/2\"}").entries()).isEmpty();
    assertThat(JSON.readCatalog("{\"format\":\"hipkit.catalog/1\"}").entries()).isEmpty();
  }

  @Test
  void aBibliographicSource_keepsEveryFieldThroughACatalogDocument() {
    Source trial =
        Source.builder()
            .key("brinks-2011-gtps")
            .label("Brinks 2011")
            .title("Corticosteroid injections for greater trochanteric pain syndrome")
            .authors("Brinks A, et al.")
            .published("Ann Fam Med 2011;9(3):226-234")
            .year(2011)
            .identifier("https://pmc.ncbi.nlm.nih.gov/articles/PMC3090431")
            .type(SourceType.RCT)
            .grade(EvidenceGrade.HIGH)
            .build();
    HipCatalog standard = HipCatalog.standard();
    Condition cited =
        Condition.builder().from(standard.condition("trochanteric-bursitis")).addSources(trial).build();
    HipCatalog clinic = HipCatalog.builder().addAll(standard).replace(cited).build();

    String written = JSON.writeCatalog(clinic);
    HipCatalog read = JSON.readCatalog(written);

    assertThat(read.condition("trochanteric-bursitis").sources()).contains(trial);
    assertThat(written)
        .contains("\"label\":\"Brinks 2011\"", "\"type\":\"rct\"", "\"grade\":\"high\"", "\"year\":2011");
    // A source built from a key and a title writes exactly the two fields it always did.
    assertThat(JSON.writeCatalog(Fixtures.catalog())).doesNotContain("\"grade\"", "\"label\"");
  }
}
