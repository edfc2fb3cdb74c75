/**
 * Contraindication checks: a {@link org.hipkit.check.Checker} evaluates {@link
 * org.hipkit.check.Rule rules} for a patient profile and a treatment plan and reports every finding
 * with its basis, every rule it could not assess, and a {@link org.hipkit.check.Summary}.
 *
 * <p>Unknown is not negative: a rule that needs a fact the profile does not state reports {@link
 * org.hipkit.check.Status#INDETERMINATE}, and the summary is then never {@link
 * org.hipkit.check.Concern#NONE_FOUND}. The report informs professionals; it does not decide.
 */
@HipStyle
@NullMarked
package org.hipkit.check;

import org.hipkit.internal.HipStyle;
import org.jspecify.annotations.NullMarked;
