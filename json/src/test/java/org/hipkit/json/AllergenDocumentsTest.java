package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hipkit.json.BadInputTest.failure;

import java.util.List;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.check.Concern;
import org.hipkit.check.Fact;
import org.hipkit.check.RuleResult;
import org.hipkit.check.Status;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.medication.AllergyGroup;
import org.hipkit.medication.Medication;
import org.hipkit.profile.Allergy;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Allergens in documents (issue 11): profile allergens are resolved against the reader's catalog by
 * id or alias, in version 2 and in version 1 documents; what resolves nowhere is refused at the
 * allergen, unless recorded as unresolved; catalogs carry their allergy groups and aliases.
 */
class AllergenDocumentsTest {

  private static final HipJson JSON = HipJson.standard();
  private static final HipCatalog STANDARD = HipCatalog.standard();
  private static final JsonMapper TREES = JsonMapper.builder().build();

  private static String profile(int version, String kind, String allergen) {
    return "{\"format\": \"hipkit.profile/" + version + "\", \"allergy\": \"present\", \"allergies\": ["
        + "{\"kind\": \"" + kind + "\", \"allergen\": \"" + allergen + "\"}]}";
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void lignocaineAndXylocaine_readAsLidocaine_andSayAnAliasWasUsed(int version) {
    for (String alias : List.of("lignocaine", "xylocaine")) {
      ReadResult<PatientProfile> read = JSON.read(DocumentType.PROFILE, profile(version, "medication", alias));

      assertThat(read.value().allergies())
          .containsExactly(Allergy.toMedication(STANDARD.medication("lidocaine")));
      assertThat(read.aliasesUsed()).containsExactly(new AliasUse("/allergies/0/allergen", alias, "lidocaine"));
      assertThat(read.toString()).contains("aliases [/allergies/0/allergen: " + alias + " -> lidocaine]");
      assertThat(JSON.writeProfile(read.value())).contains("\"allergen\":\"lidocaine\"").doesNotContain(alias);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void lidocain_isRefusedAtTheAllergen_namingTheNearestIds(int version) {
    String text = profile(version, "medication", "lidocain");
    HipJsonException e = failure(() -> JSON.readProfile(text));

    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_ID);
    assertThat(e.pointer()).isEqualTo("/allergies/0/allergen");
    assertThat(e.reason())
        .isEqualTo("unknown medication id 'lidocain' in the catalog in use; nearest known ids: lidocaine, lignocaine, prilocaine");
    BadInputTest.assertAt(e, text, "\"allergen\"", 1);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void amideLocalAnesthetics_isRefusedAtTheAllergen_namingTheGroup(int version) {
    HipJsonException e =
        failure(() -> JSON.readProfile(profile(version, "allergy-group", "amide-local-anesthetics")));

    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_ID);
    assertThat(e.pointer()).isEqualTo("/allergies/0/allergen");
    assertThat(e.reason())
        .startsWith("unknown allergy group id 'amide-local-anesthetics' in the catalog in use; nearest known ids: amide-local-anesthetic");
  }

  @Test
  void aClinicAlias_resolvesThroughTheReadersCatalog() {
    HipCatalog clinic = HipCatalog.builder().addAll(STANDARD).alias("lido", "lidocaine").build();
    String text = profile(2, "medication", "lido");

    ReadResult<PatientProfile> read = HipJson.builder().catalog(clinic).build().read(DocumentType.PROFILE, text);

    assertThat(read.value().allergies()).containsExactly(Allergy.toMedication(STANDARD.medication("lidocaine")));
    assertThat(read.aliasesUsed()).containsExactly(new AliasUse("/allergies/0/allergen", "lido", "lidocaine"));
    assertThat(failure(() -> JSON.readProfile(text)).problem()).isEqualTo(Problem.UNKNOWN_ID);
  }

  @Test
  void anUnresolvedAllergen_readsInVersion2_andLeavesTheLidocaineRuleIndeterminate() {
    PatientProfile profile = JSON.readProfile(profile(2, "unresolved", "Lignocain? (patient's words)"));
    assertThat(profile.allergies()).containsExactly(Allergy.unresolved("Lignocain? (patient's words)"));
    assertThat(JSON.readProfile(JSON.writeProfile(profile))).isEqualTo(profile);

    CheckReport report = Checker.standard().check(profile, Fixtures.readmePlan());
    RuleResult rule = report.result("injection-allergy-local-anesthetic");
    assertThat(rule.status()).isEqualTo(Status.INDETERMINATE);
    assertThat(rule.outcome().missing()).contains(Fact.ALLERGIES);
    assertThat(report.summary().level()).isGreaterThanOrEqualTo(Concern.INCOMPLETE);
  }

  @Test
  void anUnresolvedAllergen_isRefusedInVersion1_whichHasNoSuchKind() {
    HipJsonException e = failure(() -> JSON.readProfile(profile(1, "unresolved", "penicillin")));

    assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.pointer()).isEqualTo("/allergies/0/kind");
    assertThat(e.reason()).startsWith("must be one of medication, medication-class, allergy-group (was 'unresolved')");
  }

  @Test
  void unresolvedText_followsTheModelsRules_atTheAllergen() {
    HipJsonException control = failure(() -> JSON.readProfile(profile(2, "unresolved", "lido\\u0007caine")));
    assertThat(control.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(control.pointer()).isEqualTo("/allergies/0/allergen");
    assertThat(control.reason()).startsWith("Invalid Allergy.text: must not hold control characters");

    HipJsonException blank = failure(() -> JSON.readProfile(profile(2, "unresolved", "  ")));
    assertThat(blank.reason()).startsWith("Invalid Allergy.text: must not be blank");

    HipJsonException tooLong =
        failure(() -> JSON.readProfile(profile(2, "unresolved", "x".repeat(Allergy.MAX_TEXT_LENGTH + 1))));
    assertThat(tooLong.reason()).startsWith("Invalid Allergy.text: must have at most 200 characters");
  }

  @Test
  void version1Profiles_readIntoTheCurrentModel_groupsRenamedSinceIncluded() {
    ReadResult<PatientProfile> read =
        JSON.read(DocumentType.PROFILE, profile(1, "allergy-group", "chlorhexidine"));

    assertThat(read.value().allergies())
        .containsExactly(Allergy.toGroup(STANDARD.allergyGroup("chlorhexidine-products")));
    assertThat(read.aliasesUsed())
        .containsExactly(new AliasUse("/allergies/0/allergen", "chlorhexidine", "chlorhexidine-products"));
    assertThat(JSON.writeProfile(read.value())).startsWith("{\"format\":\"hipkit.profile/2\"");
  }

  @Test
  void theVersion1ProfileFixture_readsAsTheCurrentFixture_withoutItsUnresolvedAllergen() {
    PatientProfile current = Fixtures.profile();
    PatientProfile expected =
        PatientProfile.builder()
            .from(current)
            .allergies(current.allergies().stream().filter(Allergy::isResolved).toList())
            .build();

    assertThat(JSON.readProfile(Fixtures.text("profile-1.json"))).isEqualTo(expected);
  }

  @Test
  void aVersion1Catalog_getsItsGroupsFromTheStandardCatalog_orDescribedAsFromThatDocument() throws Exception {
    HipCatalog read = JSON.readCatalog(Fixtures.text("catalog-1.json"));

    assertThat(read.allergyGroups())
        .containsExactly(STANDARD.allergyGroup("corticosteroid"), STANDARD.allergyGroup("amide-local-anesthetic"));
    assertThat(read.aliases()).isEmpty();
    assertThat(read.medications()).isEqualTo(Fixtures.catalog().medications());

    ObjectNode doc = (ObjectNode) TREES.readTree(Fixtures.text("catalog-1.json"));
    ((ArrayNode) doc.at("/medications/1/allergyGroups")).removeAll().add("sacroiliac-sensitivity");
    HipCatalog clinicGroup = JSON.readCatalog(TREES.writeValueAsString(doc));
    AllergyGroup made = clinicGroup.allergyGroup("sacroiliac-sensitivity");
    assertThat(made.description()).contains("hipkit.catalog/1");
    assertThat(made.sources()).isEqualTo(clinicGroup.medication("ropivacaine").sources());
    assertThat(clinicGroup.membersOf(made)).extracting(Medication::id).containsExactly("ropivacaine");
  }

  @Test
  void theStandardCatalogAsVersion1WroteIt_readsBackToTheStandardEntries() throws Exception {
    ObjectNode doc = (ObjectNode) TREES.readTree(JSON.writeCatalog(STANDARD));
    doc.put("format", "hipkit.catalog/1");
    doc.remove("allergyGroups");
    doc.remove("aliases");
    for (var medication : doc.get("medications")) {
      ArrayNode groups = (ArrayNode) medication.get("allergyGroups");
      for (int i = 0; i < groups.size(); i++) {
        if (groups.get(i).asString().equals("chlorhexidine-products")) {
          groups.set(i, "chlorhexidine");
        }
      }
    }

    HipCatalog read = JSON.readCatalog(TREES.writeValueAsString(doc));

    assertThat(List.copyOf(read.entries())).isEqualTo(List.copyOf(STANDARD.entries()));
    assertThat(read.aliases()).isEmpty();
  }

  @Test
  void aVersion2Catalog_refusesAGroupItLacks_andBadAliases_atTheElement() throws Exception {
    String written = JSON.writeCatalog(Fixtures.catalog());

    ObjectNode unknownGroup = (ObjectNode) TREES.readTree(written);
    ((ArrayNode) unknownGroup.at("/medications/1/allergyGroups")).set(0, "amide-local-anesthetics");
    HipJsonException group = failure(() -> JSON.readCatalog(TREES.writeValueAsString(unknownGroup)));
    assertThat(group.problem()).isEqualTo(Problem.UNKNOWN_ID);
    assertThat(group.pointer()).isEqualTo("/medications/1/allergyGroups/0");
    assertThat(group.reason()).contains("nearest known ids: amide-local-anesthetic");

    ObjectNode shadow = (ObjectNode) TREES.readTree(written);
    ((ObjectNode) shadow.at("/aliases/0")).put("alias", "methylprednisolone");
    HipJsonException shadowing = failure(() -> JSON.readCatalog(TREES.writeValueAsString(shadow)));
    assertThat(shadowing.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(shadowing.pointer()).isEqualTo("/aliases/0/alias");
    assertThat(shadowing.reason()).contains("must not shadow the id of an entry");

    ObjectNode dangling = (ObjectNode) TREES.readTree(written);
    ((ObjectNode) dangling.at("/aliases/1")).put("id", "amide-local-anesthetics");
    HipJsonException unknownTarget = failure(() -> JSON.readCatalog(TREES.writeValueAsString(dangling)));
    assertThat(unknownTarget.problem()).isEqualTo(Problem.UNKNOWN_ID);
    assertThat(unknownTarget.pointer()).isEqualTo("/aliases/1/id");

    ObjectNode twice = (ObjectNode) TREES.readTree(written);
    ((ArrayNode) twice.get("aliases")).addObject().put("alias", "naropin").put("id", "methylprednisolone");
    HipJsonException conflicting = failure(() -> JSON.readCatalog(TREES.writeValueAsString(twice)));
    assertThat(conflicting.problem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(conflicting.pointer()).isEqualTo("/aliases/2/alias");
  }

  @Test
  void aReportNeverWritesAnUnresolvedAllergen_whichItsFormatCannotHold() {
    PatientProfile profile =
        PatientProfile.builder().allergy(Presence.PRESENT).addAllergy(Allergy.unresolved("penicillin")).build();
    CheckReport report = Checker.standard().check(profile, Fixtures.readmePlan());

    assertThat(JSON.readReport(JSON.writeReport(report))).isEqualTo(report);
    assertThat(JSON.writeReport(report)).doesNotContain("penicillin");
  }
}
