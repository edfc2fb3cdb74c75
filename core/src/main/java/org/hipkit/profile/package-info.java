/**
 * {@link org.hipkit.profile.PatientProfile Patient profiles}: the screening facts a check reads, each
 * present, absent or unknown, with dated measurements and statements.
 */
@HipStyle
@NullMarked
package org.hipkit.profile;

import org.hipkit.internal.HipStyle;
import org.jspecify.annotations.NullMarked;
