#!/usr/bin/env node
// The GitHub Action's lint step (see action.yml): which postmortems to lint, the annotations
// GitHub will show (errors first; it shows 10 of each level per step), the job summary table and
// the optional SARIF file. Everything comes in through the environment.
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** GitHub shows at most this many annotations of each level from one step. */
const SHOWN_PER_LEVEL = 10;
const PM = fileURLToPath(new URL("../bin/pm.js", import.meta.url));
const env = process.env;

function pm(args) {
  return spawnSync(process.execPath, [PM, "lint", ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: { ...env, NO_COLOR: "1" } });
}

/** The commits a pull request or push spans, from the event payload; null when the event names none. */
function changedRange() {
  if (!env.GITHUB_EVENT_PATH || !existsSync(env.GITHUB_EVENT_PATH)) return null;
  const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
  if (event.pull_request) return { base: event.pull_request.base.sha, head: event.pull_request.head.sha };
  if (event.before && event.after && !/^0+$/.test(event.before)) return { base: event.before, head: event.after };
  return null;
}

/** The Markdown files under the folder that the event changed (added, copied, modified or renamed); null when git cannot tell. */
function changedPostmortems(folder) {
  const range = changedRange();
  if (!range) return null;
  try {
    const names = execFileSync("git", ["diff", "--name-only", "-z", "--diff-filter=ACMR", `${range.base}...${range.head}`, "--", folder], { encoding: "utf8" });
    return names.split("\0").filter((name) => /\.(md|markdown)$/i.test(name));
  } catch {
    console.log(`pm: could not list the changed files (is the checkout deep enough? actions/checkout with fetch-depth: 0); linting all of ${folder}`);
    return null;
  }
}

function targets() {
  const given = (env.PM_PATHS ?? "").split(/\s+/).filter(Boolean);
  if (given.length > 0) return given;
  const folder = env.PM_FOLDER || "postmortems";
  const changed = changedPostmortems(folder);
  return changed ?? [folder];
}

function escapeCell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function summary(results, cwd) {
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  const lines = ["## pm lint", "", `${results.length} postmortem${results.length === 1 ? "" : "s"} checked: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}.`, ""];
  if (results.length > 0) {
    lines.push("| Postmortem | Errors | Warnings |", "|---|---:|---:|");
    for (const result of results) lines.push(`| ${escapeCell(path.relative(cwd, result.filePath))} | ${result.errorCount} | ${result.warningCount} |`);
    lines.push("");
  }
  const findings = results.flatMap((result) => result.messages.map((message) => ({ file: path.relative(cwd, result.filePath), ...message })));
  if (findings.length > 0) {
    lines.push("| Where | Severity | Rule | Finding |", "|---|---|---|---|");
    for (const finding of findings.sort((a, b) => b.severity - a.severity)) {
      lines.push(`| ${escapeCell(finding.file)}:${finding.line} | ${finding.severity === 2 ? "error" : "warning"} | [${finding.ruleId}](${finding.url}) | ${escapeCell(finding.message)} |`);
    }
    lines.push("");
  }
  return { text: `${lines.join("\n")}\n`, errors, warnings };
}

function main() {
  const cwd = process.cwd();
  const paths = targets();
  if (paths.length === 0) {
    console.log(`pm: no postmortems changed under ${env.PM_FOLDER || "postmortems"}: nothing to lint.`);
    if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, "## pm lint\n\nNo postmortems changed.\n");
    return 0;
  }
  const json = pm(["--format", "json", ...paths]);
  process.stderr.write(json.stderr);
  if (json.status === 2 || json.status === null) return json.status ?? 2;
  const results = JSON.parse(json.stdout);

  const annotations = pm(["--format", "github", ...paths]).stdout.split("\n").filter(Boolean);
  const errors = annotations.filter((line) => line.startsWith("::error "));
  const warnings = annotations.filter((line) => line.startsWith("::warning "));
  const rest = annotations.filter((line) => !line.startsWith("::error ") && !line.startsWith("::warning "));
  for (const line of [...errors.slice(0, SHOWN_PER_LEVEL), ...warnings.slice(0, SHOWN_PER_LEVEL), ...rest]) console.log(line);
  const leftOut = [errors.length - SHOWN_PER_LEVEL, warnings.length - SHOWN_PER_LEVEL].map((count) => Math.max(0, count));
  if (leftOut[0] + leftOut[1] > 0) {
    console.log(`::notice title=pm lint::GitHub shows ${SHOWN_PER_LEVEL} annotations of each level per step: ${leftOut[0]} more error(s) and ${leftOut[1]} more warning(s) are not annotated; the job summary lists every finding.`);
  }

  const report = summary(results, cwd);
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, report.text);
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `errors=${report.errors}\nwarnings=${report.warnings}\n`);
  if (env.PM_SARIF_FILE) {
    const sarif = pm(["--format", "sarif", "--output-file", env.PM_SARIF_FILE, ...paths]);
    if (sarif.status === 2) process.stderr.write(sarif.stderr);
  }
  return json.status;
}

process.exitCode = main();
