/**
 * The codec layer behind {@link org.hipkit.json.HipJson} and {@link org.hipkit.json.HipJsonModule}:
 * one small mechanism over Jackson's streaming parser and generator. Not exported: nothing here is
 * API.
 *
 * <p>Every type has one {@link org.hipkit.json.internal.Codec}. Objects use {@link
 * org.hipkit.json.internal.ObjectCodec}, a list of ordered field descriptors (name, presence, value
 * codec, getter) and a constructor function: writing walks the descriptors in order, reading
 * collects field values into slots, rejects or records unknown fields, checks required fields and
 * then builds the value, locating any failure at a JSON Pointer. Documents add the leading {@code
 * format} field and the version policy ({@link org.hipkit.json.internal.DocumentCodec}). Adding a
 * document kind is adding its codecs to {@link org.hipkit.json.internal.Documents}.
 */
@NullMarked
package org.hipkit.json.internal;

import org.jspecify.annotations.NullMarked;
