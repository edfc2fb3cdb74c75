/**
 * {@link org.hipkit.guidance.GuidanceModality Guidance modalities}: how a needle is guided to its
 * target (ultrasound, fluoroscopy, landmarks).
 */
@HipStyle
@NullMarked
package org.hipkit.guidance;

import org.hipkit.internal.HipStyle;
import org.jspecify.annotations.NullMarked;
