package org.hipkit.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.catalog.Resolved;
import org.hipkit.error.UnknownIdException;
import org.hipkit.internal.Nearest;
import org.hipkit.internal.Require;
import org.hipkit.medication.AllergyGroup;
import org.hipkit.medication.Medication;
import org.hipkit.medication.MedicationClass;
import org.immutables.value.Value;

/**
 * A patient's allergy: to a catalog medication, to a whole class of medications, to a catalog
 * allergy group such as the amide local anesthetics, or to something hipkit could not resolve.
 *
 * <p>An allergy holds the catalog entry itself, like the profile's blood thinners, so an allergy to
 * a medication that no catalog holds cannot be built by mistake. Text a person typed is turned into
 * an allergy against a catalog ({@link #parse(String, HipCatalog) parse("lignocaine", catalog)}),
 * which knows ids, aliases and class codes and names the nearest ones when nothing matches. When a clinician's words name
 * nothing the catalog holds, the allergy can still be recorded explicitly as {@link
 * #unresolved(String) unresolved}: such an allergy might concern any agent, so every allergy rule
 * it could touch becomes indeterminate instead of clear.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Allergy {

  /** The most characters the text of an unresolved allergen may have. */
  public static final int MAX_TEXT_LENGTH = 200;

  Allergy() {}

  /**
   * Returns what the allergy is to.
   *
   * @return the kind of allergen
   */
  public abstract AllergenKind kind();

  /**
   * Returns the medication, for an allergy of kind {@link AllergenKind#MEDICATION}.
   *
   * @return the medication, or empty for the other kinds
   */
  public abstract Optional<Medication> medication();

  /**
   * Returns the class, for an allergy of kind {@link AllergenKind#MEDICATION_CLASS}.
   *
   * @return the class, or empty for the other kinds
   */
  public abstract Optional<MedicationClass> medicationClass();

  /**
   * Returns the allergy group, for an allergy of kind {@link AllergenKind#ALLERGY_GROUP}.
   *
   * @return the group, or empty for the other kinds
   */
  public abstract Optional<AllergyGroup> group();

  /**
   * Returns the clinician's words, for an allergy of kind {@link AllergenKind#UNRESOLVED}.
   *
   * @return the text, or empty for the other kinds
   */
  public abstract Optional<String> text();

  /**
   * Obtains an allergy to one catalog medication.
   *
   * @param medication the medication, such as the catalog's lidocaine
   * @return the allergy
   */
  public static Allergy toMedication(Medication medication) {
    return ImmutableAllergy.builder().kind(AllergenKind.MEDICATION).medication(medication).build();
  }

  /**
   * Obtains an allergy to every medication of a class.
   *
   * @param medicationClass the class, such as {@link MedicationClass#CORTICOSTEROID}
   * @return the allergy
   */
  public static Allergy toClass(MedicationClass medicationClass) {
    return ImmutableAllergy.builder()
        .kind(AllergenKind.MEDICATION_CLASS)
        .medicationClass(medicationClass)
        .build();
  }

  /**
   * Obtains an allergy to every member of a catalog allergy group.
   *
   * @param group the group, such as the catalog's {@code amide-local-anesthetic}
   * @return the allergy
   */
  public static Allergy toGroup(AllergyGroup group) {
    return ImmutableAllergy.builder().kind(AllergenKind.ALLERGY_GROUP).group(group).build();
  }

  /**
   * Records an allergy whose allergen the catalog could not resolve, in the clinician's words.
   *
   * @param text what the clinician wrote, such as {@code "local anaesthetic used by dentist
   *     2019"}; not blank, at most {@value #MAX_TEXT_LENGTH} characters, no control characters
   * @return the allergy, which leaves every allergy rule it could touch indeterminate
   */
  public static Allergy unresolved(String text) {
    return ImmutableAllergy.builder().kind(AllergenKind.UNRESOLVED).text(text).build();
  }

  /**
   * Resolves the text of an allergen against a catalog, as a clinician or another system wrote it:
   * a medication's id, an allergy group's id, an alias of either, or a medication class code, tried
   * in that order.
   *
   * @param text such as {@code lignocaine}, {@code iodine} or {@code corticosteroid}
   * @param catalog the catalog whose ids and aliases to use
   * @return the allergy
   * @throws UnknownIdException if the text names nothing of these, naming the nearest ids, aliases
   *     and class codes; record such an allergen with {@link #unresolved(String)} instead
   */
  public static Allergy parse(String text, HipCatalog catalog) {
    return resolve(text, catalog).value();
  }

  /**
   * Resolves the text of an allergen against a catalog, as {@link #parse(String, HipCatalog)} does,
   * and says whether an alias was used.
   *
   * @param text such as {@code xylocaine}
   * @param catalog the catalog whose ids and aliases to use
   * @return the allergy, with the alias if the text was one
   * @throws UnknownIdException if the text names no medication, group, alias or class
   */
  public static Resolved<Allergy> resolve(String text, HipCatalog catalog) {
    Optional<Medication> medication = catalog.findMedication(text);
    if (medication.isPresent()) {
      return Resolved.of(toMedication(medication.get()), text, text);
    }
    Optional<AllergyGroup> group = catalog.findAllergyGroup(text);
    if (group.isPresent()) {
      return Resolved.of(toGroup(group.get()), text, text);
    }
    String id = catalog.aliases().get(text);
    if (id != null) {
      medication = catalog.findMedication(id);
      Allergy allergy =
          medication.isPresent()
              ? toMedication(medication.get())
              : toGroup(catalog.allergyGroup(id));
      return Resolved.of(allergy, text, id);
    }
    for (MedicationClass c : MedicationClass.values()) {
      if (c.code().equals(text)) {
        return Resolved.of(toClass(c), text, text);
      }
    }
    List<String> known = new ArrayList<>();
    catalog.medications().forEach(m -> known.add(m.id()));
    catalog.allergyGroups().forEach(g -> known.add(g.id()));
    known.addAll(catalog.aliases().keySet());
    for (MedicationClass c : MedicationClass.values()) {
      known.add(c.code());
    }
    throw new UnknownIdException("allergen", text, Nearest.ids(text, known));
  }

  /**
   * Returns the allergen as text: the medication's id, the class code, the group's id, or the
   * clinician's words for an unresolved allergen.
   *
   * @return the allergen
   */
  public String allergen() {
    return switch (kind()) {
      case MEDICATION -> medication().orElseThrow().id();
      case MEDICATION_CLASS -> medicationClass().orElseThrow().code();
      case ALLERGY_GROUP -> group().orElseThrow().id();
      case UNRESOLVED -> text().orElseThrow();
    };
  }

  /**
   * Tells whether the allergen is a catalog medication, class or group, so that the allergy can be
   * matched against a plan.
   *
   * @return false for an unresolved allergen
   */
  public boolean isResolved() {
    return kind() != AllergenKind.UNRESOLVED;
  }

  /**
   * Tells whether this allergy concerns a medication: its id, its class or one of its allergy
   * groups. An unresolved allergy matches nothing, which does not mean it is safe: a rule that
   * meets one cannot clear the medication (see {@link #isResolved()}).
   *
   * @param medication the medication
   * @return true when the medication would trigger this allergy
   */
  public boolean matches(Medication medication) {
    return switch (kind()) {
      case MEDICATION -> matchKey().equals(medication.id());
      case MEDICATION_CLASS -> matchKey().equals(medication.medicationClass().code());
      case ALLERGY_GROUP -> medication.allergyGroups().contains(matchKey());
      case UNRESOLVED -> false;
    };
  }

  /**
   * The allergen's id or class code, computed once when the allergy is built: every check matches
   * each allergy against several planned agents, and the optional accessors would allocate on each
   * call. Empty for an unresolved allergen, which matches nothing.
   */
  @Value.Derived
  @Value.Auxiliary
  String matchKey() {
    return switch (kind()) {
      case MEDICATION -> medication().map(Medication::id).orElse("");
      case MEDICATION_CLASS -> medicationClass().map(MedicationClass::code).orElse("");
      case ALLERGY_GROUP -> group().map(g -> g.id()).orElse("");
      case UNRESOLVED -> "";
    };
  }

  @Value.Check
  void check() {
    AllergenKind kind = kind();
    Require.that(
        medication().isPresent() == (kind == AllergenKind.MEDICATION)
            && medicationClass().isPresent() == (kind == AllergenKind.MEDICATION_CLASS)
            && group().isPresent() == (kind == AllergenKind.ALLERGY_GROUP)
            && text().isPresent() == (kind == AllergenKind.UNRESOLVED),
        "Allergy",
        "kind",
        "must hold exactly the allergen its kind names",
        kind.code());
    if (text().isPresent()) {
      checkText(text().get());
    }
  }

  private static void checkText(String text) {
    Require.notBlank(text, "Allergy", "text");
    Require.that(
        text.length() <= MAX_TEXT_LENGTH,
        "Allergy",
        "text",
        "must have at most " + MAX_TEXT_LENGTH + " characters",
        text.length() + " characters");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        Require.that(
            false,
            "Allergy",
            "text",
            "must not hold control characters",
            "U+" + String.format("%04X", (int) c) + " at index " + i);
      }
    }
  }

  @Override
  public String toString() {
    return kind().code() + ":" + allergen();
  }
}
