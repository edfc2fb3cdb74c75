package org.hipkit.check;

import org.hipkit.profile.Presence;

/**
 * One input a rule read, with the value it had: part of a finding's basis.
 *
 * @param fact the fact
 * @param value its value: a {@link org.hipkit.profile.Presence}, a measurement, a catalog entry, a
 *     list of details
 */
public record FactValue(Fact fact, Object value) {

  @Override
  public String toString() {
    return fact.code() + " = " + (value instanceof Presence p ? p.code() : value);
  }
}
