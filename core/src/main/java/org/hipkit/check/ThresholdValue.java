package org.hipkit.check;

/**
 * A protocol threshold a rule compared against, with the value it had: part of a finding's basis.
 *
 * @param name the name of the {@link org.hipkit.protocol.Protocol} attribute, such as {@code maxInr}
 * @param value the threshold's value in the protocol used
 */
public record ThresholdValue(String name, Object value) {

  @Override
  public String toString() {
    return name + " = " + value;
  }
}
