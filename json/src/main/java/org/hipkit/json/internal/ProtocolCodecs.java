package org.hipkit.json.internal;

import java.util.Map;
import org.hipkit.protocol.Protocol;

/**
 * The codecs of the {@code hipkit.protocol} document: the id and every threshold, named as in
 * {@link Protocol#thresholds()}.
 */
public final class ProtocolCodecs {

  private ProtocolCodecs() {}

  /** A protocol inside another document: the fields of the protocol document without {@code format}. */
  public static final ObjectCodec<Protocol> PROTOCOL_OBJECT;

  /** The {@code hipkit.protocol/1} document. */
  public static final DocumentCodec<Protocol> PROTOCOL;

  static {
    PROTOCOL_OBJECT = protocol(ObjectCodec.builder("a protocol"));
    PROTOCOL = DocumentCodec.of("protocol", 1, protocol(DocumentCodec.body("protocol", 1)), Map.of());
  }

  /** Adds the fields of a protocol, after those already declared, and builds the codec. */
  private static ObjectCodec<Protocol> protocol(ObjectCodec.Builder<Protocol> protocol) {
    var id = protocol.defaulted("id", Codecs.STRING, Protocol::id);
    var maxInr = protocol.defaulted("maxInr", Codecs.DECIMAL, Protocol::maxInr);
    var inrMaxAgeDays = protocol.defaulted("inrMaxAgeDays", Codecs.INT, Protocol::inrMaxAgeDays);
    var maxHba1cPercent =
        protocol.defaulted("maxHba1cPercent", Codecs.DECIMAL, Protocol::maxHba1cPercent);
    var hba1cMaxAgeDays = protocol.defaulted("hba1cMaxAgeDays", Codecs.INT, Protocol::hba1cMaxAgeDays);
    var statementMaxAgeDays =
        protocol.defaulted("statementMaxAgeDays", Codecs.INT, Protocol::statementMaxAgeDays);
    var minDaysSinceArthroplasty =
        protocol.defaulted(
            "minDaysSinceArthroplasty", Codecs.INT, Protocol::minDaysSinceArthroplasty);
    var landmarkAcceptable =
        protocol.defaulted(
            "landmarkAcceptableForIntraArticular",
            Codecs.BOOLEAN,
            Protocol::landmarkAcceptableForIntraArticular);
    var minRepeatInjectionInterval =
        protocol.defaulted(
            "minRepeatInjectionInterval", Codecs.PERIOD, Protocol::minRepeatInjectionInterval);
    var followUpInterval =
        protocol.defaulted("followUpInterval", Codecs.PERIOD, Protocol::followUpInterval);
    return protocol.build(
        v -> {
          Protocol.Builder b = Protocol.builder();
          v.optional(id).ifPresent(b::id);
          v.optional(maxInr).ifPresent(b::maxInr);
          v.optional(inrMaxAgeDays).ifPresent(b::inrMaxAgeDays);
          v.optional(maxHba1cPercent).ifPresent(b::maxHba1cPercent);
          v.optional(hba1cMaxAgeDays).ifPresent(b::hba1cMaxAgeDays);
          v.optional(statementMaxAgeDays).ifPresent(b::statementMaxAgeDays);
          v.optional(minDaysSinceArthroplasty).ifPresent(b::minDaysSinceArthroplasty);
          v.optional(landmarkAcceptable).ifPresent(b::landmarkAcceptableForIntraArticular);
          v.optional(minRepeatInjectionInterval).ifPresent(b::minRepeatInjectionInterval);
          v.optional(followUpInterval).ifPresent(b::followUpInterval);
          return b.build();
        });
  }
}
