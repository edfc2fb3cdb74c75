package org.hipkit.check;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hipkit.protocol.Protocol;
import org.hipkit.source.Source;

/**
 * Renders a checker's rules as a Markdown reference a clinician can review: for every rule its id
 * and version, what it applies to, the facts it reads, the thresholds it uses with their values in
 * the checker's protocol, its concern, the option it suggests, why, and its sources.
 *
 * <p>hipkit's own {@code docs/checks.md} is this rendering of {@link Checker#standard()}, kept
 * current by a test; a clinic can render its own checker the same way.
 */
public final class RuleReference {

  private RuleReference() {}

  /**
   * Renders the rules and protocol of a checker as Markdown.
   *
   * @param checker the checker whose rules to describe
   * @return the Markdown text, ending with a line break
   */
  public static String markdown(Checker checker) {
    Map<String, Object> thresholds = checker.protocol().thresholds();
    StringBuilder md = new StringBuilder();
    md.append("# Check rules\n\n")
        .append("<!-- Generated from the rule set by RuleReference.markdown(Checker.standard());")
        .append(" RuleReferenceTest fails when this file is out of date. -->\n\n")
        .append("Every rule hipkit's standard checker evaluates, with the thresholds of protocol `")
        .append(checker.protocol().id())
        .append("`. A rule reports *flagged*, *not flagged*, *indeterminate* (a fact it reads is")
        .append(" unknown or too old) or *not applicable* (outside its scope). Concern levels, lowest")
        .append(" first: none-found < incomplete < caution < modify < defer < avoid.")
        .append(" Sources are named by key; `HipCatalog.sources()` and docs/sources.md give their")
        .append(" titles. hipkit informs professionals; it does not decide.\n\n")
        .append("## Dates\n\n")
        .append("A check has two dates: the date it is made (`asOf`) and the procedure date, the")
        .append(" plan's `plannedDate`. `Checker.check(profile, plan)` makes the check on the procedure")
        .append(" date; `check(profile, plan, asOf)` on another day. Facts are judged on the procedure")
        .append(" date, when they must hold: an INR, HbA1c or clinician statement is current only if")
        .append(" its age on the procedure date is within the protocol's maximum (`inrMaxAgeDays`,")
        .append(" `hba1cMaxAgeDays`, `statementMaxAgeDays`), and the days since an arthroplasty are")
        .append(" counted to the procedure date.\n\n")
        .append("- A fact current on the check date but too old by the procedure date is listed in the")
        .append(" report as *stale by the procedure*, with the last day it counts, so that it can be")
        .append(" measured or stated again. It counts as unknown: a rule that needs it is")
        .append(" indeterminate, while a rule that another current fact settles stays settled.\n")
        .append("- A fact dated after the check date, or after the procedure date, is a *data problem*")
        .append(" the report names with its date and the date it was judged on; it is never current and")
        .append(" settles nothing.\n")
        .append("- A rule that reads a fact with a data problem is never clear: where it would have")
        .append(" been not flagged, it is indeterminate, naming the fact, even when another fact would")
        .append(" have settled it. Only the facts of rules that apply to the plan are judged.\n\n")
        .append("A report in which no rule applied (or with no results at all) assessed nothing; its")
        .append(" summary is incomplete, never clear.\n\n");
    md.append("| rule | concern | applies to |\n|---|---|---|\n");
    for (Rule rule : checker.rules()) {
      RuleDescription d = rule.description();
      md.append("| [`")
          .append(d.id())
          .append("`](#")
          .append(d.id())
          .append(") | ")
          .append(d.concern().code())
          .append(" | ")
          .append(d.scope())
          .append(" |\n");
    }
    md.append(
        "\n## Protocol thresholds\n\nA protocol whose threshold lies outside its plausible range is"
            + " refused when it is built (`InvalidValueException`).\n\n"
            + "| threshold | value | plausible range |\n|---|---|---|\n");
    Map<String, String> ranges = Protocol.plausibleRanges();
    thresholds.forEach(
        (name, value) ->
            md.append("| `")
                .append(name)
                .append("` | ")
                .append(value)
                .append(" | ")
                .append(ranges.getOrDefault(name, ""))
                .append(" |\n"));
    for (Rule rule : checker.rules()) {
      RuleDescription d = rule.description();
      md.append("\n## ").append(d.id()).append("\n\n");
      md.append("**").append(d.title()).append("** (version ").append(d.version()).append(")\n\n");
      md.append("- Applies to: ").append(d.scope()).append('\n');
      md.append("- Severity: ").append(d.severity().code()).append("; concern when flagged: ")
          .append(d.concern().code()).append('\n');
      md.append("- Reads: ")
          .append(d.reads().stream().map(f -> "`" + f.code() + "`").collect(Collectors.joining(", ")))
          .append('\n');
      if (!d.thresholds().isEmpty()) {
        md.append("- Thresholds: ")
            .append(
                d.thresholds().stream()
                    .map(t -> "`" + t + "` = " + thresholds.getOrDefault(t, "(not in protocol)"))
                    .collect(Collectors.joining(", ")))
            .append('\n');
      }
      md.append("- Option: ").append(d.action()).append('\n');
      md.append("- Why: ").append(d.rationale()).append('\n');
      md.append("- Sources: ").append(sources(d.sources())).append('\n');
    }
    return md.toString();
  }

  private static String sources(List<Source> sources) {
    return sources.stream().map(s -> "`" + s.key() + "`").collect(Collectors.joining(", "));
  }
}
