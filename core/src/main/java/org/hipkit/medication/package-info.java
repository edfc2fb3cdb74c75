/**
 * {@link org.hipkit.medication.Medication Medications and materials}: injected agents, antiseptics,
 * contrast, pain relievers, and the blood thinners a patient may take.
 */
@HipStyle
@NullMarked
package org.hipkit.medication;

import org.hipkit.internal.HipStyle;
import org.jspecify.annotations.NullMarked;
