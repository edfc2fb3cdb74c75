/**
 * {@link org.hipkit.plan.TreatmentPlan Treatment plans}: a proposed intervention for one patient,
 * refused at construction when it cannot exist.
 */
@HipStyle
@NullMarked
package org.hipkit.plan;

import org.hipkit.internal.HipStyle;
import org.jspecify.annotations.NullMarked;
