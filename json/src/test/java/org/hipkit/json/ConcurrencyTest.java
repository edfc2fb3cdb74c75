package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.check.RuleResult;
import org.hipkit.check.Summary;
import org.hipkit.course.Course;
import org.hipkit.course.CourseItem;
import org.hipkit.course.CourseNote;
import org.hipkit.course.ScheduledItem;
import org.hipkit.intervention.Intervention;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;
import org.hipkit.protocol.Protocol;
import org.hipkit.testkit.CheckCase;
import org.hipkit.testkit.HipGenerators;
import org.junit.jupiter.api.Test;

/**
 * One checker, one catalog, one protocol and one JSON facade shared by many threads: every thread
 * checks every generated case, builds its course and schedule, looks its entries up in the catalog
 * and writes and reads back its plan, profile, report and course documents, round after round, and
 * every result must equal the one computed on a single thread first.
 *
 * <p>It lives in the json module, the first module that sees all four. The checker, the protocol
 * and the facade are built for this test, so that anything they compute lazily (such as {@link
 * Protocol#thresholds()}) is first computed by racing threads. A barrier starts each
 * round on every thread at once, and each thread walks the cases from its own random offset and
 * stride, so that threads work on the same and on different cases at the same moment.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 6;
  /** Prime, so that every stride walks every case. */
  private static final int CASES = 251;
  private static final long SEED = 7_2026_11_23L;
  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final LocalTime NINE = LocalTime.of(9, 0);

  /** Everything a thread computes for one case, compared by value. */
  private record Result(
      Summary summary,
      List<RuleResult> results,
      String report,
      List<CourseItem> items,
      List<CourseNote> notes,
      List<ScheduledItem> schedule,
      Intervention intervention,
      List<Intervention> alternatives,
      Object thresholds,
      String planJson,
      String profileJson,
      String reportJson,
      String courseJson,
      TreatmentPlan planRead,
      PatientProfile profileRead,
      List<RuleResult> reportRead,
      List<CourseItem> courseRead) {}

  private static Result compute(
      CheckCase c, Checker checker, HipCatalog catalog, Protocol protocol, HipJson json) {
    TreatmentPlan plan = c.plan();
    CheckReport report = checker.check(c.profile(), plan);
    Course course = Course.of(plan, protocol);
    String planJson = json.writePlan(plan);
    String profileJson = json.writeProfile(c.profile());
    String reportJson = json.writeReport(report);
    String courseJson = json.writeCourse(course);
    return new Result(
        report.summary(),
        report.results(),
        report.render(),
        course.items(),
        course.notes(),
        course.schedule(NINE, ZONE).items(),
        catalog.intervention(plan.intervention().id()),
        catalog.interventionsFor(plan.condition().id()),
        protocol.thresholds(),
        planJson,
        profileJson,
        reportJson,
        courseJson,
        json.readPlan(planJson),
        json.readProfile(profileJson),
        json.readReport(reportJson).results(),
        json.readCourse(courseJson).items());
  }

  @Test
  void sharedCheckerCatalogProtocolAndJson_giveTheSingleThreadedResults_onEveryThread() throws Exception {
    HipCatalog catalog = HipCatalog.standard();
    List<CheckCase> cases = HipGenerators.cases(catalog).samples(SEED, 6, CASES);

    // Expected values, computed on one thread with objects of their own.
    Protocol reference = Protocol.builder().id("concurrency-test").build();
    Checker referenceChecker = Checker.builder().protocol(reference).build();
    HipJson referenceJson = HipJson.builder().catalog(catalog).checker(referenceChecker).build();
    List<Result> expected = new ArrayList<>(CASES);
    for (CheckCase c : cases) {
      expected.add(compute(c, referenceChecker, catalog, reference, referenceJson));
    }

    // Shared by every thread; nothing lazy in them has been computed yet.
    Protocol protocol = Protocol.builder().id("concurrency-test").build();
    Checker checker = Checker.builder().protocol(protocol).build();
    HipJson json = HipJson.builder().catalog(catalog).checker(checker).build();
    CyclicBarrier round = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        SplittableRandom random = new SplittableRandom(SEED + t);
        threads.add(
            pool.submit(
                () -> {
                  int compared = 0;
                  for (int r = 0; r < ROUNDS; r++) {
                    round.await(30, TimeUnit.SECONDS);
                    int offset = random.nextInt(CASES);
                    int stride = 1 + random.nextInt(CASES - 1);
                    for (int k = 0; k < CASES; k++) {
                      int i = (offset + k * stride) % CASES;
                      Result actual = compute(cases.get(i), checker, catalog, protocol, json);
                      assertThat(actual).as("case %d: %s", i, cases.get(i)).isEqualTo(expected.get(i));
                      compared++;
                    }
                  }
                  return compared;
                }));
      }
      int total = 0;
      for (Future<Integer> thread : threads) {
        total += thread.get(120, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(THREADS * ROUNDS * CASES);
    } finally {
      pool.shutdownNow();
    }
  }
}
