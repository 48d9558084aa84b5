import { md } from "./rule-tester.js";

/**
 * A small complete postmortem (every default section, a labelled timeline entry with its zone and
 * source, an action with owner, due date and success signal, the postmortem owner at the end),
 * with the given lines in its summary and timeline. The summary's first line is line 5; the
 * timeline's is two lines after the summary's last.
 */
export function smallPostmortem(parts: { summary?: string[]; timeline?: string[]; after?: string[] } = {}): string {
  const { summary = ["It broke."], timeline = ["- 10:00 UTC deploy (fact; source: deploy log)"], after = [] } = parts;
  return md(
    "# Outage",
    "",
    "## Summary",
    "",
    ...summary,
    "",
    "## Timeline",
    "",
    ...timeline,
    "",
    "## Root cause",
    "",
    "A bad config.",
    "",
    "## Action items",
    "",
    "- [ ] Fix config — owner: @ana, due 2026-07-01, success: no errors for a week",
    ...(after.length > 0 ? ["", ...after] : []),
    // Last, so no line above moves: the one owner the guidance rules ask for.
    "",
    "## Review",
    "",
    "**Owner:** @ana",
  );
}
