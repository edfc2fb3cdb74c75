/**
 * {@link org.hipkit.protocol.Protocol Protocols}: the thresholds a clinic sets for judgements the
 * sources leave open, with documented defaults.
 */
@HipStyle
@NullMarked
package org.hipkit.protocol;

import org.hipkit.internal.HipStyle;
import org.jspecify.annotations.NullMarked;
