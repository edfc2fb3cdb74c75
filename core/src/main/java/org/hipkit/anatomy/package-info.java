/**
 * Hip anatomy: {@link org.hipkit.anatomy.AnatomicalStructure structures}, including those at risk on
 * a needle path, and {@link org.hipkit.anatomy.Target targets}, the places a needle is aimed at.
 */
@HipStyle
@NullMarked
package org.hipkit.anatomy;

import org.hipkit.internal.HipStyle;
import org.jspecify.annotations.NullMarked;
