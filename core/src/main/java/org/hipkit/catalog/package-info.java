/**
 * The catalog: {@link org.hipkit.catalog.HipCatalog}, one consistent collection of hip intervention
 * knowledge found by stable ids, and the {@linkplain org.hipkit.catalog.HipCatalog#standard()
 * standard} catalog built from hipkit's {@link org.hipkit.catalog.StandardSources sources}.
 *
 * <p><b>Start here:</b> {@code HipCatalog.standard()} gives every structure, target, condition,
 * medication, allergy group, guidance modality, intervention and alternative hipkit knows, each
 * citing the documents it rests on, and the aliases under which people name medications and groups.
 * hipkit informs professionals; it does not decide.
 */
@NullMarked
package org.hipkit.catalog;

import org.jspecify.annotations.NullMarked;
