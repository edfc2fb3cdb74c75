package org.hipkit.medication;

import java.util.Optional;
import org.hipkit.source.CodeSystem;
import org.hipkit.source.StandardCode;

/**
 * How a medication reaches the body.
 */
public enum Route {
  /** Into a joint. */
  INTRA_ARTICULAR("intra-articular"),
  /** Into a bursa. */
  INTRABURSAL("intrabursal"),
  /** Into tissue around a joint. */
  PERIARTICULAR("periarticular"),
  /** Spread through the tissue along the needle path, as for local numbing. */
  INFILTRATION("infiltration"),
  /** Applied to the skin. */
  CUTANEOUS("cutaneous"),
  /** Swallowed. */
  ORAL("oral");

  private final String code;

  Route(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code of this constant, used in JSON and reports.
   *
   * @return the lower-kebab code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the EDQM Standard Term for this route, where a verified one exists.
   *
   * @return the EDQM code, or empty for {@link #ORAL}, which has no verified code in hipkit
   */
  public Optional<StandardCode> standardCode() {
    return switch (this) {
      case INTRA_ARTICULAR -> edqm("20024000", "Intraarticular use");
      case INTRABURSAL -> edqm("20025000", "Intrabursal use");
      case PERIARTICULAR -> edqm("20057000", "Periarticular use");
      case INFILTRATION -> edqm("20019500", "Infiltration");
      case CUTANEOUS -> edqm("20003000", "Cutaneous use");
      case ORAL -> Optional.empty();
    };
  }

  private static Optional<StandardCode> edqm(String code, String display) {
    return Optional.of(StandardCode.of(CodeSystem.EDQM, code, display));
  }
}
