package org.hipkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.hipkit.error.InvalidValueException;
import org.hipkit.error.UnknownIdException;

/**
 * Finds the knowledge packs installed beside the machinery, the way {@code java.time.zone}'s
 * ZoneRulesProvider finds time-zone data: each machinery package declares a provider interface, a
 * pack implements it and registers the implementation with {@link ServiceLoader} (a {@code provides}
 * clause in {@code module-info.java} and a {@code META-INF/services} file for the class path), and
 * the machinery asks for a pack by name. The machinery therefore names no pack at compile time, and
 * a pack can be replaced or versioned without touching it.
 */
public final class Packs {

  /** The name of the pack that ships with hipkit. */
  public static final String STANDARD = "hipkit-standard";

  private Packs() {}

  /**
   * Returns the one installed provider of a kind of knowledge that belongs to the named pack.
   *
   * @param service the provider interface, which the calling package's module must declare it uses
   * @param packName how to read the pack name of a provider's knowledge version
   * @param name the pack name, such as {@link #STANDARD}
   * @return the provider
   * @throws UnknownIdException if no installed provider belongs to a pack of that name
   * @throws InvalidValueException if several do (two releases of one pack on the path), since
   *     picking one silently would make documents record knowledge they were not made with
   */
  public static <T> T find(Class<T> service, Function<T, String> packName, String name) {
    List<T> found = new ArrayList<>(1);
    for (T provider : ServiceLoader.load(service, service.getClassLoader())) {
      if (packName.apply(provider).equals(name)) {
        found.add(provider);
      }
    }
    if (found.isEmpty()) {
      // No nearest ids to offer: the fix is to put the pack on the class path or module path.
      throw new UnknownIdException(service.getSimpleName(), name, List.of());
    }
    if (found.size() > 1) {
      throw new InvalidValueException(
          service.getSimpleName(), "provider", "must be installed once per knowledge pack", name);
    }
    return found.get(0);
  }
}
