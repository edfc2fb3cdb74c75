/**
 * Indications: the {@link org.hipkit.condition.Condition conditions} and clinical situations hip
 * interventions are used for.
 */
@HipStyle
@NullMarked
package org.hipkit.condition;

import org.hipkit.internal.HipStyle;
import org.jspecify.annotations.NullMarked;
