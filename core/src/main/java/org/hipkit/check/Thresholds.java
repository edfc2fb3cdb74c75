package org.hipkit.check;

import java.util.List;
import org.hipkit.protocol.Protocol;

/**
 * The threshold lists the standard rules attach to their findings, built once per protocol: a
 * {@link Checker} holds one for its protocol, so that a finding shares them instead of building
 * them on every check. They are immutable values, equal to lists built afresh.
 */
final class Thresholds {

  /** Landmark guidance is flagged only when the protocol does not accept it. */
  static final List<ThresholdValue> LANDMARK_NOT_ACCEPTABLE =
      List.of(new ThresholdValue("landmarkAcceptableForIntraArticular", false));

  final Protocol protocol;
  final List<ThresholdValue> statementAge;
  final List<ThresholdValue> inr;
  final List<ThresholdValue> hba1c;
  final List<ThresholdValue> arthroplasty;

  Thresholds(Protocol protocol) {
    this.protocol = protocol;
    this.statementAge =
        List.of(new ThresholdValue("statementMaxAgeDays", protocol.statementMaxAgeDays()));
    this.inr =
        List.of(
            new ThresholdValue("maxInr", protocol.maxInr()),
            new ThresholdValue("inrMaxAgeDays", protocol.inrMaxAgeDays()));
    this.hba1c =
        List.of(
            new ThresholdValue("maxHba1cPercent", protocol.maxHba1cPercent()),
            new ThresholdValue("hba1cMaxAgeDays", protocol.hba1cMaxAgeDays()));
    this.arthroplasty =
        List.of(new ThresholdValue("minDaysSinceArthroplasty", protocol.minDaysSinceArthroplasty()));
  }
}
