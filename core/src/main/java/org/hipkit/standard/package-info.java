/**
 * hipkit's standard knowledge pack: the catalog entries, rules, course knowledge and sources that
 * ship with hipkit, under one {@link org.hipkit.standard.StandardKnowledge#VERSION version}.
 *
 * <p>The machinery ({@code catalog}, {@code check}, {@code course}) names nothing in this package; it
 * finds the pack through the provider interfaces it declares, so a clinic can build on the pack or
 * replace parts of it, and documents record which knowledge made them.
 */
@HipStyle
@NullMarked
package org.hipkit.standard;

import org.hipkit.internal.HipStyle;
import org.jspecify.annotations.NullMarked;
