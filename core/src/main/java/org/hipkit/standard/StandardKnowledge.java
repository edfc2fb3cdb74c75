package org.hipkit.standard;

import org.hipkit.source.KnowledgeVersion;

/**
 * hipkit's standard knowledge pack and its version.
 *
 * <p>The release names the year and month the pack's knowledge was last changed; any change to an
 * entry, rule, course text or window makes a new release, so a document recording this version was
 * made with exactly this knowledge.
 */
public final class StandardKnowledge {

  /** The version of the standard pack, {@code hipkit-standard/2026.12}. */
  public static final KnowledgeVersion VERSION = KnowledgeVersion.of("hipkit-standard", "2026.12");

  private StandardKnowledge() {}
}
