/**
 * Quantities with explicit units: {@link org.hipkit.quantity.TimeRange time ranges} that keep the
 * source's phrase, {@link org.hipkit.quantity.CountRange counts}, {@link
 * org.hipkit.quantity.Frequency rates} and {@link org.hipkit.quantity.Dose doses}.
 *
 * <p>Where a source gives words instead of numbers, {@link org.hipkit.quantity.SourcePhrase} is the
 * single place that turns them into ranges, each with its reason.
 */
@HipStyle
@NullMarked
package org.hipkit.quantity;

import org.hipkit.internal.HipStyle;
import org.jspecify.annotations.NullMarked;
