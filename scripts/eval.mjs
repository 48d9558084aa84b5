#!/usr/bin/env node
/**
 * `npm run eval`: runs pm's model and every lint rule over every file in ../shared/corpus and
 * ../shared/seeds (documents nobody on the team wrote) and prints, per file, what was extracted and
 * what was found, then totals. The output is stable, so a change to the model or a rule shows up
 * as a diff in review. Then it drafts each reference review meeting in ../shared/transcripts with
 * `pm new --from` and prints how the drafts score, and measures `pm inspect` against the hand labels
 * in ../shared/gold. Exits 1 if any file crashes pm or a scorer can't run, 2 if the folder is missing.
 *
 * Usage: npm run eval [-- /path/to/shared]   (runs on the build in dist/)
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defaultConfig } from "../dist/config.js";
import { FileProblem, readDocument } from "../dist/files.js";
import { lintDocument } from "../dist/lint/engine.js";
import { extract } from "../dist/model/extract.js";
import { rules } from "../dist/rules/index.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FOLDERS = ["corpus", "seeds"];

/** ../shared next to this checkout, or next to the main checkout when this is a git worktree. */
function sharedCandidates() {
  const candidates = [path.resolve(ROOT, "../shared")];
  try {
    const common = execFileSync("git", ["rev-parse", "--path-format=absolute", "--git-common-dir"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    candidates.push(path.resolve(common, "../../shared"));
  } catch {
    // Not a git checkout: only ../shared applies.
  }
  return candidates;
}

function findShared() {
  const given = process.argv[2];
  const candidates = given ? [path.resolve(given)] : sharedCandidates();
  const found = candidates.find((dir) => FOLDERS.every((folder) => existsSync(path.join(dir, folder))));
  if (!found) {
    process.stderr.write(
      `eval: no ${FOLDERS.join(" and ")} folders in ${candidates.join(" or ")}; pass the folder that holds them: npm run eval -- /path/to/shared\n`,
    );
    process.exit(2);
  }
  return found;
}

function filesBelow(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return filesBelow(full);
      return statSync(full).isFile() ? [full] : [];
    });
}

const shared = findShared();
const config = defaultConfig();
const settings = { rules, severities: config.rules, context: { requiredSections: config.requiredSections, today: new Date().toISOString().slice(0, 10) } };
const COUNTS = ["sections", "timeline", "actions", "triggers"];
const totals = { files: 0, unreadable: 0, crashed: 0, findings: 0, sections: 0, timeline: 0, actions: 0, triggers: 0 };
const byRule = new Map();
const rows = [];

for (const file of FOLDERS.flatMap((folder) => filesBelow(path.join(shared, folder)))) {
  const name = path.relative(shared, file);
  totals.files++;
  try {
    const source = await readDocument(file, shared, config.maxFileBytes);
    const doc = extract(source.path, source.text);
    const { messages } = lintDocument(doc, settings);
    const counts = new Map();
    for (const message of messages) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
    for (const [rule, count] of counts) byRule.set(rule, (byRule.get(rule) ?? 0) + count);
    for (const key of COUNTS) totals[key] += doc[key].length;
    totals.findings += messages.length;
    const found = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([rule, count]) => `${rule}:${count}`).join(" ");
    rows.push([name, ...COUNTS.map((key) => doc[key].length), messages.length, found]);
  } catch (error) {
    if (error instanceof FileProblem) {
      totals.unreadable++;
      rows.push([name, "unreadable:", error.message]);
    } else {
      totals.crashed++;
      rows.push([name, "CRASH:", error instanceof Error ? (error.stack ?? error.message) : String(error)]);
    }
  }
}

const header = ["file", ...COUNTS, "findings", "by rule"];
const width = Math.max(...rows.map((row) => row[0].length), header[0].length);
const line = (row) =>
  row.length === 3 && typeof row[1] === "string"
    ? `${row[0].padEnd(width)}  ${row[1]} ${row[2]}`
    : `${row[0].padEnd(width)}  ${row.slice(1, 6).map((cell, index) => String(cell).padStart(header[index + 1].length)).join("  ")}  ${row[6] ?? ""}`.trimEnd();
process.stdout.write(`pm eval over ${shared}\n\n${line(header)}\n${rows.map(line).join("\n")}\n\n`);
process.stdout.write(
  `totals: ${totals.files} files (${totals.unreadable} unreadable, ${totals.crashed} crashed); ` +
    `${COUNTS.map((key) => `${totals[key]} ${key}`).join(", ")}; ${totals.findings} findings\n`,
);
for (const [rule, count] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) process.stdout.write(`  ${rule.padEnd(32)} ${count}\n`);

// `pm new --from` over the reference review meetings: their own scorer measures the drafts.
const transcripts = path.join(shared, "transcripts");
let draftsFailed = false;
if (existsSync(path.join(transcripts, "score.mjs"))) {
  const scored = spawnSync(process.execPath, [path.join(transcripts, "score.mjs"), "--pm", `${process.execPath} ${path.join(ROOT, "bin/pm.js")}`], { cwd: ROOT, encoding: "utf8" });
  process.stdout.write(`\npm new --from over ${transcripts}\n\n${scored.stdout}${scored.stderr}`);
  // The scorer exits 1 for any shortfall; only a scorer that could not run is a failure here.
  draftsFailed = scored.status === null || !/commitments right/.test(scored.stdout);
}
// The model against a careful reader's labels of every seed and corpus document (shared/gold):
// recall and precision of timeline entries, actions and triggers, accuracy of each field.
const gold = path.join(shared, "gold");
let goldFailed = false;
if (existsSync(path.join(gold, "score.mjs"))) {
  const scored = spawnSync(process.execPath, [path.join(gold, "score.mjs"), "--pm", `${process.execPath} ${path.join(ROOT, "bin/pm.js")}`], { cwd: ROOT, encoding: "utf8" });
  process.stdout.write(`\npm inspect against the labels in ${gold}\n\n${scored.stdout}${scored.stderr}`);
  goldFailed = scored.status !== 0 || !/documents$/m.test(scored.stdout);
}
process.exitCode = totals.crashed > 0 || draftsFailed || goldFailed ? 1 : 0;
