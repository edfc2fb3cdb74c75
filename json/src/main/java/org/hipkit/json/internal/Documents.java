package org.hipkit.json.internal;

import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckReport;
import org.hipkit.course.Course;
import org.hipkit.course.Schedule;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;
import org.hipkit.protocol.Protocol;

/**
 * The document codecs, one per kind. A new kind is a new constant here, built from its own codecs,
 * plus a {@link org.hipkit.json.DocumentType}.
 */
public final class Documents {

  private Documents() {}

  /** {@code hipkit.plan/1}. */
  public static final DocumentCodec<TreatmentPlan> PLAN = PlanCodecs.PLAN;

  /** {@code hipkit.profile/2}, which also reads version 1. */
  public static final DocumentCodec<PatientProfile> PROFILE = ProfileCodecs.PROFILE;

  /** {@code hipkit.protocol/1}. */
  public static final DocumentCodec<Protocol> PROTOCOL = ProtocolCodecs.PROTOCOL;

  /** {@code hipkit.catalog/2}, which also reads version 1. */
  public static final DocumentCodec<HipCatalog> CATALOG = CatalogCodecs.CATALOG;

  /** {@code hipkit.report/2}, reading {@code hipkit.report/1} too. */
  public static final DocumentCodec<CheckReport> REPORT = ReportCodecs.REPORT;

  /** {@code hipkit.course/1}. */
  public static final DocumentCodec<Course> COURSE = CourseCodecs.COURSE;

  /** {@code hipkit.schedule/1}. */
  public static final DocumentCodec<Schedule> SCHEDULE = CourseCodecs.SCHEDULE;
}
