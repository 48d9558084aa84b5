import type { ChalkInstance } from "chalk";
import { formatMinutes } from "../model/incident-times.js";
import { describeLines } from "../score/evidence.js";
import { VERDICT_TEXT, type DimensionResult, type DocumentScore } from "../score/index.js";

type Scored = Extract<DocumentScore, { scorable: true }>;

/** The JSON shape the README promises: evidence as text with its lines, missing as sentences. */
export function scoreToJson(result: Scored) {
  return {
    file: result.file,
    total: result.total,
    max: result.max,
    verdict: result.verdict,
    ...(result.note !== null ? { note: result.note } : {}),
    durations: {
      timeToDetectMinutes: result.durations.timeToDetect,
      timeToMitigateMinutes: result.durations.timeToMitigate,
      timeToResolveMinutes: result.durations.timeToResolve,
    },
    dimensions: result.dimensions.map((dimension) => ({
      id: dimension.id,
      name: dimension.name,
      score: dimension.score,
      ...(dimension.claimed !== null ? { claimed: dimension.claimed } : {}),
      evidence: dimension.evidence.map((item) => ({ text: item.text, lines: item.lines })),
      missing: dimension.missing,
    })),
  };
}

export function formatScoreText(results: Scored[], color: ChalkInstance): string {
  return results.map((result) => formatOne(result, color)).join("\n");
}

function formatOne(result: Scored, color: ChalkInstance): string {
  const band = result.verdict === "ship" ? color.green : result.verdict === "ship-with-assumptions" ? color.yellow : color.red;
  const out = [color.underline(result.file), `  ${color.bold(`${result.total}/${result.max}`)}  ${band(VERDICT_TEXT[result.verdict])}`];
  const { timeToDetect, timeToMitigate, timeToResolve } = result.durations;
  if ([timeToDetect, timeToMitigate, timeToResolve].some((minutes) => minutes !== null)) {
    const shown = (minutes: number | null) => (minutes === null ? "-" : formatMinutes(minutes));
    out.push(`  time to detect ${shown(timeToDetect)} · to mitigate ${shown(timeToMitigate)} · to resolve ${shown(timeToResolve)}`);
  }
  const claims = result.dimensions.some((dimension) => dimension.claimed !== null);
  if (claims) {
    const claimedTotal = result.dimensions.reduce((sum, dimension) => sum + (dimension.claimed ?? 0), 0);
    out.push(`  the document grades itself ${claimedTotal}/${result.max}; measured against claimed below`);
  }
  if (result.note !== null) {
    out.push(`  ${result.note}`, "");
    for (const dimension of result.dimensions) out.push(`  ${dimension.id}. ${dimension.name}  ${color.bold(`${dimension.score}/2`)}`);
    return `${out.join("\n")}\n`;
  }
  out.push("");
  for (const dimension of result.dimensions) out.push(...formatDimension(dimension, color));
  return `${out.join("\n")}\n`;
}

function formatDimension(dimension: DimensionResult, color: ChalkInstance): string[] {
  const claim = dimension.claimed === null ? "" : dimension.claimed === dimension.score ? `  (claimed ${dimension.claimed})` : color.yellow(`  (claimed ${dimension.claimed}, measured ${dimension.score})`);
  const lines = [`  ${dimension.id}. ${dimension.name}  ${color.bold(`${dimension.score}/2`)}${claim}`];
  for (const item of dimension.evidence) lines.push(`       ${color.green("+")} ${item.text} ${color.dim(`(${describeLines(item.lines)})`)}`);
  if (dimension.evidence.length === 0) lines.push(`       ${color.dim("no evidence found")}`);
  if (dimension.missing.length > 0) {
    lines.push(`     for ${dimension.score + 1}/2:`);
    for (const item of dimension.missing) lines.push(`       ${color.red("-")} ${item}`);
  }
  return lines;
}
