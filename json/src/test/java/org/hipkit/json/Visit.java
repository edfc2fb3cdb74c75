package org.hipkit.json;

import org.hipkit.plan.TreatmentPlan;

/**
 * A type of a user's own that holds a plan, bound by Jackson's ordinary record support.
 *
 * @param room where the visit takes place
 * @param plan the plan, bound by {@link HipJsonModule}
 */
public record Visit(String room, TreatmentPlan plan) {}
