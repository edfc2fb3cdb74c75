/**
 * hipkit's exception family: {@link org.hipkit.error.HipkitException} and its typed subclasses.
 */
@NullMarked
package org.hipkit.error;

import org.jspecify.annotations.NullMarked;
