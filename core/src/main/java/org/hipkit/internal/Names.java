package org.hipkit.internal;

import java.util.Locale;

/**
 * The two spellings hipkit derives from one enum constant's name: lower-kebab codes for reports and
 * lower-camel names for accessors and document fields, so that neither is written by hand.
 */
public final class Names {

  private Names() {}

  /**
   * Returns a constant's name in lower-kebab case: {@code SEVERE_ACUTE_PAIN} gives {@code
   * severe-acute-pain}.
   *
   * @param constant an upper-snake name
   * @return the lower-kebab code
   */
  public static String kebab(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns a constant's name in lower-camel case: {@code SEVERE_ACUTE_PAIN} gives {@code
   * severeAcutePain}, {@code HBA1C} gives {@code hba1c}.
   *
   * @param constant an upper-snake name
   * @return the lower-camel name
   */
  public static String lowerCamel(String constant) {
    StringBuilder camel = new StringBuilder(constant.length());
    boolean wordStart = false;
    for (int i = 0; i < constant.length(); i++) {
      char c = constant.charAt(i);
      if (c == '_') {
        wordStart = true;
      } else {
        camel.append(wordStart ? c : Character.toLowerCase(c));
        wordStart = false;
      }
    }
    return camel.toString();
  }
}
