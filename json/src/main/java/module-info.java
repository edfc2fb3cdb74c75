/**
 * hipkit's JSON binding: a versioned, documented wire format for hipkit's values, over Jackson 3.
 *
 * <p>Start with {@link org.hipkit.json.HipJson#standard()}, or register {@link
 * org.hipkit.json.HipJsonModule} on a mapper of one's own; ServiceLoader finds it too. No
 * reflection-driven binding, no default typing, no class names in JSON: every type has an explicit
 * codec.
 */
module org.hipkit.json {
  requires transitive org.hipkit.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports org.hipkit.json;

  provides tools.jackson.databind.JacksonModule with
      org.hipkit.json.HipJsonModule;
}
