/**
 * {@link org.hipkit.intervention.Intervention Interventions} with their procedures, session
 * patterns, {@link org.hipkit.intervention.Risk risks}, {@link
 * org.hipkit.intervention.EvidenceStatement evidence} and {@link org.hipkit.intervention.Alternative
 * alternatives}.
 */
@HipStyle
@NullMarked
package org.hipkit.intervention;

import org.hipkit.internal.HipStyle;
import org.jspecify.annotations.NullMarked;
