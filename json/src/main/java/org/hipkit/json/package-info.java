/**
 * hipkit's values as JSON: a versioned, documented wire format for treatment plans, patient
 * profiles, protocols, catalogs, check reports, expected courses and schedules, over Jackson 3.
 * Reports, courses and schedules are derived values: reading one checks it against what it derives
 * from.
 *
 * <p>Start here: {@link org.hipkit.json.HipJson#standard()} writes and reads documents such as
 * {@code {"format": "hipkit.plan/1", ...}}; {@link org.hipkit.json.HipJsonModule} does the same on a
 * Jackson mapper of one's own. A read either returns a complete, valid value or throws {@link
 * org.hipkit.json.HipJsonException}, which names the JSON Pointer, line and column of the problem.
 * {@link org.hipkit.json.JsonLimits} bounds the input; {@link org.hipkit.json.DocumentType} names the
 * document kinds and ships their JSON Schemas. The format itself is specified in {@code
 * docs/json-format.md}.
 */
@NullMarked
package org.hipkit.json;

import org.jspecify.annotations.NullMarked;
