/**
 * hipkit's core: the hip intervention model, the built-in catalog, checks and expected courses.
 *
 * <p>Start with {@link org.hipkit.catalog.HipCatalog#standard()}. hipkit informs professionals; it
 * does not decide. The module has no runtime dependency.
 */
module org.hipkit.core {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports org.hipkit.error;
  exports org.hipkit.source;
  exports org.hipkit.quantity;
  exports org.hipkit.anatomy;
  exports org.hipkit.condition;
  exports org.hipkit.medication;
  exports org.hipkit.guidance;
  exports org.hipkit.intervention;
  exports org.hipkit.catalog;
  exports org.hipkit.plan;
  exports org.hipkit.profile;
  exports org.hipkit.protocol;
  exports org.hipkit.check;
  exports org.hipkit.course;
  exports org.hipkit.standard;
}
