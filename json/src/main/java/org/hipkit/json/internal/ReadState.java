package org.hipkit.json.internal;

import java.util.ArrayList;
import java.util.List;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.Checker;
import org.hipkit.json.AliasUse;
import org.jspecify.annotations.Nullable;

/**
 * What one read needs beside the parser: the catalog that ids resolve against, the checker that rule
 * ids resolve against, whether unknown fields are ignored, the module's own limits, and the pointers
 * of the fields ignored so far.
 *
 * <p>One instance serves one read and is not shared between threads.
 */
public final class ReadState {

  private final HipCatalog catalog;
  private final Checker checker;
  private final boolean lenient;
  private final int maxArrayLength;
  private final int maxNumberLength;
  private @Nullable List<String> ignored;
  private @Nullable List<AliasUse> aliases;

  /**
   * Creates the state of one read.
   *
   * @param catalog the catalog that ids resolve against
   * @param checker the checker whose rules the results of a report resolve against
   * @param lenient true to ignore (and record) unknown fields, false to reject them
   * @param maxArrayLength the most elements an array may hold
   * @param maxNumberLength the most digits a decimal may have when written out plainly
   */
  public ReadState(
      HipCatalog catalog, Checker checker, boolean lenient, int maxArrayLength, int maxNumberLength) {
    this.catalog = catalog;
    this.checker = checker;
    this.lenient = lenient;
    this.maxArrayLength = maxArrayLength;
    this.maxNumberLength = maxNumberLength;
  }

  /**
   * Returns the catalog that ids resolve against.
   *
   * @return the catalog
   */
  public HipCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the checker that rule ids resolve against.
   *
   * @return the checker
   */
  public Checker checker() {
    return checker;
  }

  /**
   * Tells whether unknown fields are ignored and recorded rather than rejected.
   *
   * @return true in lenient mode
   */
  public boolean lenient() {
    return lenient;
  }

  /**
   * Returns the most elements an array may hold.
   *
   * @return the limit
   */
  public int maxArrayLength() {
    return maxArrayLength;
  }

  /**
   * Returns the most digits a decimal may have when written without an exponent.
   *
   * @return the limit
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Records an ignored field.
   *
   * @param pointer the field's JSON Pointer
   */
  public void ignore(String pointer) {
    if (ignored == null) {
      ignored = new ArrayList<>();
    }
    ignored.add(pointer);
  }

  /**
   * Records that a text was read through one of the catalog's aliases.
   *
   * @param pointer the JSON Pointer of the text
   * @param alias the alias the document holds
   * @param id the id it resolved to
   */
  public void aliasUsed(String pointer, String alias, String id) {
    if (aliases == null) {
      aliases = new ArrayList<>();
    }
    aliases.add(new AliasUse(pointer, alias, id));
  }

  /**
   * Returns the aliases read so far, in document order.
   *
   * @return an immutable list, empty when every text was an id
   */
  public List<AliasUse> aliasesUsed() {
    return aliases == null ? List.of() : List.copyOf(aliases);
  }

  /**
   * Returns the pointers of the fields ignored so far, in document order.
   *
   * @return an immutable list, empty in strict mode
   */
  public List<String> ignoredFields() {
    return ignored == null ? List.of() : List.copyOf(ignored);
  }
}
