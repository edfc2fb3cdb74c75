package org.hipkit.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.Fact;
import org.hipkit.profile.PatientProfile;
import org.hipkit.profile.Presence;

/**
 * Generates valid patient profiles across the range: all-known-negative, all-unknown, and mixes of
 * a few deviations from a known-negative or an unknown background, with details and dated
 * measurements.
 *
 * <p>Draw order, simplest first: shape (a known-negative mix first), number of deviations, each
 * deviation (fact, then no change before unknown-or-known before risk), details of present facts
 * (none first),
 * measurements and statements (none first, then dated on the reference date first).
 */
final class ProfileGenerator {

  /** The most details a generated fact holds. */
  static final int MAX_DETAILS = 3;

  private static final List<Fact> FACTS = ScreeningFacts.all();

  private final Details details;

  ProfileGenerator(HipCatalog catalog) {
    this.details = new Details(catalog);
  }

  Details details() {
    return details;
  }

  PatientProfile next(RandomGenerator random, int size, LocalDate reference) {
    Draw.checkSize(size);
    int shape = random.nextInt(10);
    if (shape == 9) {
      return PatientProfile.unknown();
    }
    Presence[] presence = new Presence[FACTS.size()];
    boolean unknownBackground = shape == 6;
    for (int i = 0; i < presence.length; i++) {
      presence[i] = unknownBackground ? Presence.UNKNOWN : ScreeningFacts.safeValue(FACTS.get(i));
    }
    if (shape <= 6) {
      int deviations = Draw.upTo(random, Math.min(size, FACTS.size()));
      for (int d = 0; d < deviations; d++) {
        int i = random.nextInt(FACTS.size());
        Fact fact = FACTS.get(i);
        switch (random.nextInt(3)) {
          case 1 -> presence[i] = unknownBackground ? ScreeningFacts.safeValue(fact) : Presence.UNKNOWN;
          case 2 -> presence[i] = ScreeningFacts.riskValue(fact);
          default -> {} // leaves the fact as it is, so that a shrunk deviation disappears
        }
      }
    }
    PatientProfile.Builder profile = PatientProfile.builder();
    for (int i = 0; i < presence.length; i++) {
      ScreeningFacts.set(profile, FACTS.get(i), presence[i]);
    }
    int maxDetails = Math.min(size, MAX_DETAILS);
    if (presence[FACTS.indexOf(Fact.SKIN_PROBLEM)] == Presence.PRESENT) {
      profile.skinProblems(Details.listOf(random, maxDetails, details::skinProblem));
    }
    if (presence[FACTS.indexOf(Fact.BLOOD_THINNER_USE)] == Presence.PRESENT) {
      profile.bloodThinners(Draw.distinct(random, details.bloodThinnerChoices(), maxDetails));
    }
    if (presence[FACTS.indexOf(Fact.ALLERGY)] == Presence.PRESENT) {
      profile.allergies(Details.listOf(random, maxDetails, details::allergy));
    }
    if (presence[FACTS.indexOf(Fact.HIP_SURGERY)] == Presence.PRESENT) {
      profile.hipSurgeries(Details.listOf(random, maxDetails, r -> details.hipSurgery(r, reference)));
    }
    if (random.nextInt(3) != 0) {
      profile.inr(Details.inr(random, reference));
    }
    if (random.nextInt(3) != 0) {
      profile.anticoagulationControl(Details.statement(random, reference));
    }
    if (random.nextInt(3) != 0) {
      profile.hba1c(Details.hba1c(random, reference));
    }
    if (random.nextInt(3) != 0) {
      profile.diabetesControl(Details.statement(random, reference));
    }
    return profile.build();
  }
}
