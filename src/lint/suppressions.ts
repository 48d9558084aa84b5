/**
 * A baseline for documents written before pm, on ESLint's bulk-suppressions model: a JSON file
 * (pm-suppressions.json) holds, per file and per rule, how many errors are accepted. A run reports
 * a rule's errors in a file only when there are more than the baseline allows (then all of them,
 * since pm can't tell which one is new), so a new problem fails the run and the old ones don't.
 */
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { UserError } from "../errors.js";
import { describeFsError, displayPath } from "../files.js";
import type { LintMessage, LintResult } from "./types.js";

export const SUPPRESSIONS_FILE = "pm-suppressions.json";

/** File (relative to the suppressions file's folder, with /) -> rule id -> accepted error count. */
export type Suppressions = Record<string, Record<string, { count: number }>>;

/** A suppression that counts more errors than there are now: `--prune-suppressions` drops it. */
export interface UnusedSuppression {
  file: string;
  ruleId: string;
  count: number;
  found: number;
}

export function readSuppressions(file: string, cwd: string): Suppressions {
  if (!existsSync(file)) return {};
  const shown = displayPath(file, cwd);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new UserError(`${shown}: ${error instanceof SyntaxError ? `not valid JSON (${error.message})` : describeFsError(error)}`);
  }
  const valid =
    isRecord(data) &&
    Object.values(data).every((rules) => isRecord(rules) && Object.values(rules).every((entry) => isRecord(entry) && Number.isInteger(entry.count) && (entry.count as number) > 0));
  if (!valid) throw new UserError(`${shown}: expected { "file": { "rule-id": { "count": N } } }; rewrite it with pm lint --suppress-all`);
  return data as Suppressions;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Sorted keys, two-space indent, a final newline: a file that diffs well in review. */
export async function writeSuppressions(file: string, suppressions: Suppressions, cwd: string): Promise<void> {
  const sorted = Object.fromEntries(
    Object.keys(suppressions)
      .sort()
      .map((key) => [key, Object.fromEntries(Object.keys(suppressions[key]!).sort().map((rule) => [rule, suppressions[key]![rule]!]))]),
  );
  try {
    await writeFile(file, `${JSON.stringify(sorted, null, 2)}\n`);
  } catch (error) {
    throw new UserError(`${displayPath(file, cwd)}: cannot write the suppressions: ${describeFsError(error)}`);
  }
}

/** The key of a result's file in the suppressions file beside `base`. */
function keyOf(result: LintResult, base: string, cwd: string): string {
  return path.relative(base, path.resolve(cwd, result.filePath)).split(path.sep).join("/");
}

/** Errors per rule in one result (warnings never block, so they are never suppressed). */
function errorCounts(messages: readonly LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of messages) if (message.severity === 2) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
  return counts;
}

/**
 * `--suppress-all` (rules null) or `--suppress-rule`: the baseline with each linted file's current
 * errors of those rules accepted, exactly (what no longer occurs goes); entries of files not linted
 * this time are kept.
 */
export function suppress(results: readonly LintResult[], existing: Suppressions, base: string, cwd: string, rules: readonly string[] | null): Suppressions {
  const updated: Suppressions = structuredClone(existing);
  for (const result of results) {
    const key = keyOf(result, base, cwd);
    const kept = Object.entries(updated[key] ?? {}).filter(([ruleId]) => rules !== null && !rules.includes(ruleId));
    const accepted = [...errorCounts(result.messages)].filter(([ruleId]) => rules === null || rules.includes(ruleId)).map(([ruleId, count]) => [ruleId, { count }] as const);
    if (kept.length + accepted.length === 0) delete updated[key];
    else updated[key] = Object.fromEntries([...kept, ...accepted]);
  }
  return updated;
}

/**
 * `--prune-suppressions`: counts lowered to what the linted files still have, entries that no longer
 * occur dropped, and files that no longer exist forgotten.
 */
export function prune(results: readonly LintResult[], existing: Suppressions, base: string, cwd: string): Suppressions {
  const updated: Suppressions = structuredClone(existing);
  for (const result of results) {
    const key = keyOf(result, base, cwd);
    const rules = updated[key];
    if (!rules) continue;
    const counts = errorCounts(result.messages);
    for (const [ruleId, entry] of Object.entries(rules)) {
      const found = counts.get(ruleId) ?? 0;
      if (found === 0) delete rules[ruleId];
      else entry.count = Math.min(entry.count, found);
    }
  }
  for (const [key, rules] of Object.entries(updated)) if (Object.keys(rules).length === 0 || !existsSync(path.join(base, key))) delete updated[key];
  return updated;
}

/**
 * The results with the baseline applied: a rule's errors in a file are left out while they are no
 * more than its count, and all reported when there are more. Also says which suppressions are
 * larger than what was found (the documents got better: prune them).
 */
export function applySuppressions(results: readonly LintResult[], suppressions: Suppressions, base: string, cwd: string): { results: LintResult[]; suppressed: number; unused: UnusedSuppression[] } {
  let suppressed = 0;
  const unused: UnusedSuppression[] = [];
  const applied = results.map((result) => {
    const key = keyOf(result, base, cwd);
    const accepted = suppressions[key];
    if (!accepted) return result;
    const counts = errorCounts(result.messages);
    for (const [ruleId, { count }] of Object.entries(accepted)) {
      const found = counts.get(ruleId) ?? 0;
      if (found < count) unused.push({ file: key, ruleId, count, found });
    }
    const hidden = (message: LintMessage) => message.severity === 2 && (counts.get(message.ruleId) ?? 0) <= (accepted[message.ruleId]?.count ?? 0);
    const messages = result.messages.filter((message) => !hidden(message));
    const removed = result.messages.length - messages.length;
    if (removed === 0) return result;
    suppressed += removed;
    return { ...result, messages, errorCount: result.errorCount - removed };
  });
  return { results: applied, suppressed, unused };
}
