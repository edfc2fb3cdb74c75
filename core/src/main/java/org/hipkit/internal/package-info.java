/**
 * Implementation helpers shared by hipkit's packages. Not exported: nothing here is API.
 */
@NullMarked
package org.hipkit.internal;

import org.jspecify.annotations.NullMarked;
