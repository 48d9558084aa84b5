import type { LintResult } from "../lint/types.js";

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export function filesChecked(results: LintResult[]): string {
  return `${plural(results.length, "file")} checked`;
}

/** "3 problems (1 error, 2 warnings)". */
export function problemCount(results: LintResult[]): string {
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  return `${plural(errors + warnings, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
}

/** What the report leaves out: warnings hidden by --quiet, paths that could not be read (reported on stderr). */
export interface Omitted {
  hiddenWarnings: number;
  unreadable: number;
}

/** The one line for a clean report, which must not claim "no problems" for what it did not show. */
export function cleanSummary(results: LintResult[], omitted: Omitted = { hiddenWarnings: 0, unreadable: 0 }): string {
  const notes: string[] = [];
  if (omitted.hiddenWarnings > 0) notes.push(`${plural(omitted.hiddenWarnings, "warning")} not shown (--quiet)`);
  if (omitted.unreadable > 0) notes.push(`${omitted.unreadable === 1 ? "1 path" : `${omitted.unreadable} paths`} could not be read (see above)`);
  const verdict = omitted.hiddenWarnings > 0 ? "no errors" : "no problems";
  return notes.length === 0 ? `${filesChecked(results)}: ${verdict}.` : `${filesChecked(results)}: ${verdict}; ${notes.join("; ")}.`;
}
