/**
 * Provenance: the {@link org.hipkit.source.Source documents} catalog knowledge rests on, {@link
 * org.hipkit.source.StandardCode standard codes}, and the {@link org.hipkit.source.CatalogEntry}
 * contract every catalog entry meets.
 */
@HipStyle
@NullMarked
package org.hipkit.source;

import org.hipkit.internal.HipStyle;
import org.jspecify.annotations.NullMarked;
