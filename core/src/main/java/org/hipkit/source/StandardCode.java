package org.hipkit.source;

import org.hipkit.internal.Require;
import org.immutables.value.Value;

/**
 * A code from a standard terminology, such as SNOMED CT {@code 24136001} "Hip joint".
 *
 * <p>A code is a system URI (see {@link CodeSystem}), the code itself and the display text used for
 * it. hipkit's built-in catalog carries only codes that were verified against public sources; an
 * entry without a verified code simply has none.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StandardCode {

  StandardCode() {}

  /**
   * Returns the URI of the code system.
   *
   * @return the system, such as {@link CodeSystem#SNOMED_CT}
   */
  @Value.Parameter
  public abstract String system();

  /**
   * Returns the code within its system.
   *
   * @return the code, such as {@code 24136001}
   */
  @Value.Parameter
  public abstract String code();

  /**
   * Returns the display text chosen for the code.
   *
   * @return the display, such as {@code Hip joint}
   */
  @Value.Parameter
  public abstract String display();

  /**
   * Obtains a code.
   *
   * @param system the code system URI, not blank
   * @param code the code, not blank
   * @param display the display text, not blank
   * @return the code
   * @throws org.hipkit.error.InvalidValueException if any part is blank
   */
  public static StandardCode of(String system, String code, String display) {
    return ImmutableStandardCode.create(system, code, display);
  }

  @Value.Check
  void check() {
    Require.plainText(system(), "StandardCode", "system");
    Require.plainText(code(), "StandardCode", "code");
    Require.plainText(display(), "StandardCode", "display");
  }

  @Override
  public String toString() {
    return system() + "|" + code() + " " + display();
  }
}
