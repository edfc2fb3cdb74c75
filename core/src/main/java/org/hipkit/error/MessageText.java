package org.hipkit.error;

/**
 * How hipkit's exception messages show text that came from outside: the one place where such text is
 * made safe to log. Control characters are escaped, so that an id or a unit cannot start a new line
 * in a log, and long text is clipped, so that a message stays short whatever it quotes.
 *
 * <p>{@link InvalidValueException}, {@link UnknownIdException} and the JSON module's {@code
 * HipJsonException} pass everything they quote through {@link #shown}.
 */
public final class MessageText {

  /** How many characters of a quoted text a message shows at most, before "...". */
  public static final int MAX_SHOWN = 200;

  private MessageText() {}

  /**
   * Tells whether a character is a control character: U+0000-U+001F, U+007F-U+009F, or the line and
   * paragraph separators U+2028 and U+2029, which some log viewers also break lines at.
   *
   * @param c the character
   * @return true for a control character
   */
  public static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
  }

  /**
   * Returns the index of the first control character in a text.
   *
   * @param text the text
   * @return the index, or -1 when there is none
   */
  public static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns a text as a message may show it: clipped to {@link #MAX_SHOWN} characters (with
   * {@code "..."} and the number of characters left out) and every control character written as
   * {@code \}{@code uXXXX}.
   *
   * @param value the value; {@code String.valueOf} gives its text
   * @return the text to show, on one line
   */
  public static String shown(Object value) {
    return shown(String.valueOf(value), MAX_SHOWN);
  }

  /**
   * Returns a text clipped to {@code max} characters and with its control characters escaped.
   *
   * @param text the text
   * @param max the most characters to keep, zero or more
   * @return the text to show, on one line
   */
  public static String shown(String text, int max) {
    int keep = Math.min(text.length(), max);
    // A surrogate pair is not cut in two.
    if (keep < text.length() && keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
      keep--;
    }
    if (keep == text.length() && firstControl(text) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(keep + 24);
    for (int i = 0; i < keep; i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    if (keep < text.length()) {
      out.append("...(").append(text.length() - keep).append(" more characters)");
    }
    return out.toString();
  }
}
