package org.hipkit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hipkit.error.InvalidValueException;
import org.immutables.value.Value;

/**
 * The one Immutables style of hipkit, applied at package level to every package that holds value
 * types.
 *
 * <p>Generated {@code ImmutableX} classes stay package-private: callers see only the abstract type,
 * its {@code builder()} and its {@code of(...)} factories. The style has source retention, so it
 * never reaches a consumer's class path.
 *
 * <p>A builder whose required fields are not all set throws {@link InvalidValueException}, like any
 * other invalid value: Immutables 2.12.2 calls the exception's public {@code String...} constructor
 * with the names of the missing fields, and the exception finds the type from the generated class
 * that calls it. One setting for every value type, no per-type code.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    of = "create",
    depluralize = true,
    depluralizeDictionary = {"class:classes", "analysis:analyses"},
    defaults = @Value.Immutable(copy = false),
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {Override.class},
    throwForInvalidImmutableState = InvalidValueException.class)
public @interface HipStyle {}
