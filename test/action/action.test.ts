import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../helpers/cli.js";
import { validateSarif } from "../helpers/sarif-schema.js";

interface Step {
  name: string;
  id?: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
  "working-directory"?: string;
}

const action = parse(readFileSync(path.join(ROOT, "action.yml"), "utf8")) as { inputs: Record<string, { default: string }>; runs: { using: string; steps: Step[] } };
const example = readFileSync(path.join(ROOT, "fixtures/examples/search-outage.md"), "utf8");

/** The example postmortem with many actions that name no owner: one error per action past the first. */
function withoutOwners(count: number): string {
  const rows = Array.from({ length: count }, (_, index) => `| Write runbook step ${index + 1} |  | 2026-07-01 | Used in the next drill | 2026-07-08 |`);
  return example.replace("| Add a status-page step", `${rows.join("\n")}\n| Add a status-page step`);
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", ...args], { cwd, encoding: "utf8" }).trim();
}

/** A repository whose pull request adds one postmortem with 12 errors, edits the README and leaves an old postmortem alone. */
function pullRequest(): { dir: string; event: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "pm-action-"));
  mkdirSync(path.join(dir, "postmortems"));
  git(dir, "init", "-q", "-b", "main");
  writeFileSync(path.join(dir, "postmortems/2025-01-01-old.md"), "# Old notes\n\nOwner: TBD\n");
  writeFileSync(path.join(dir, "README.md"), "# Repo\n");
  git(dir, "add", ".");
  git(dir, "commit", "-q", "-m", "base");
  const base = git(dir, "rev-parse", "HEAD");
  writeFileSync(path.join(dir, "postmortems/2026-04-09 search, outage.md"), withoutOwners(12).replace("All times UTC.", "All times UTC. Reviewer: [Name]."));
  writeFileSync(path.join(dir, "README.md"), "# Repo\n\nOwner: TBD\n");
  git(dir, "add", ".");
  git(dir, "commit", "-q", "-m", "head");
  const head = git(dir, "rev-parse", "HEAD");
  const event = path.join(dir, "..", `${path.basename(dir)}-event.json`);
  writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base }, head: { sha: head } } }));
  return { dir, event };
}

/** Runs the action's lint step as the runner would: its env with the inputs filled in, its run line through bash. */
function runLintStep(dir: string, inputs: Record<string, string>, extraEnv: Record<string, string>) {
  const step = action.runs.steps.find((each) => each.id === "lint")!;
  const values: Record<string, string> = { ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default])), ...inputs };
  const stepEnv = Object.fromEntries(
    Object.entries(step.env ?? {}).map(([name, value]) => [
      name,
      value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => values[input] ?? "").replace(/\$\{\{\s*github\.action_path\s*\}\}/g, ROOT),
    ]),
  );
  const summaryFile = path.join(dir, "..", `${path.basename(dir)}-summary.md`);
  const outputFile = path.join(dir, "..", `${path.basename(dir)}-output.txt`);
  writeFileSync(summaryFile, "");
  writeFileSync(outputFile, "");
  const run = spawnSync("bash", ["-c", step.run], { cwd: dir, encoding: "utf8", env: { PATH: process.env.PATH, HOME: process.env.HOME, ...stepEnv, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile, ...extraEnv } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, summary: readFileSync(summaryFile, "utf8"), outputs: readFileSync(outputFile, "utf8") };
}

describe("action.yml (the composite GitHub Action)", () => {
  it("passes inputs to its scripts through env only, never pasted into a run line", () => {
    expect(action.runs.using).toBe("composite");
    for (const step of action.runs.steps) {
      expect(step.run).not.toContain("${{");
      expect(step.shell).toBe("bash");
    }
    expect(action.runs.steps[0]!.run).toBe("npm ci --no-audit --no-fund");
  });

  it("lints the postmortems the pull request changed: errors first, 10 per level, says how many were left out, writes the summary", () => {
    const { dir, event } = pullRequest();
    const run = runLintStep(dir, {}, { GITHUB_EVENT_PATH: event });
    expect(run.code, run.stderr).toBe(1);
    const annotations = run.stdout.split("\n").filter((line) => line.startsWith("::error ") || line.startsWith("::warning "));
    expect(annotations.map((line) => line.slice(0, line.indexOf(" ")))).toEqual([...Array(10).fill("::error"), "::warning"]);
    expect(annotations.every((line) => line.includes("file=postmortems/2026-04-09 search%2C outage.md,"))).toBe(true);
    expect(run.stdout).toContain("::notice title=pm lint::GitHub shows 10 annotations of each level per step: 2 more error(s) and 0 more warning(s) are not annotated");
    expect(run.stdout).not.toContain("README");
    expect(run.stdout).not.toContain("old.md");
    expect(run.summary).toContain("1 postmortem checked: 12 errors, 1 warning.");
    expect(run.summary).toContain("| postmortems/2026-04-09 search, outage.md | 12 | 1 |");
    expect(run.summary.match(/^\| postmortems\/2026-04-09 search, outage\.md:\d+ \| error \| \[action-owner\]/gm)).toHaveLength(12);
    expect(run.outputs).toBe("errors=12\nwarnings=1\n");
  });

  it("takes given paths instead, and writes SARIF when asked", () => {
    const { dir, event } = pullRequest();
    const run = runLintStep(dir, { paths: "postmortems/2025-01-01-old.md", "sarif-file": "pm.sarif" }, { GITHUB_EVENT_PATH: event });
    expect(run.stdout).toContain("file=postmortems/2025-01-01-old.md");
    expect(run.stdout).not.toContain("search%2C outage");
    const sarif = JSON.parse(readFileSync(path.join(dir, "pm.sarif"), "utf8"));
    expect(validateSarif(sarif)).toBe(true);
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });

  it("a pull request that changes no postmortem passes with a summary saying so; a path as input cannot run shell", () => {
    const { dir, event } = pullRequest();
    git(dir, "checkout", "-q", "-b", "docs");
    writeFileSync(path.join(dir, "README.md"), "# Repo, again\n");
    git(dir, "commit", "-q", "-am", "docs only");
    const head = git(dir, "rev-parse", "HEAD");
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: git(dir, "rev-parse", "HEAD~1") }, head: { sha: head } } }));
    const run = runLintStep(dir, {}, { GITHUB_EVENT_PATH: event });
    expect(run.code).toBe(0);
    expect(run.summary).toBe("## pm lint\n\nNo postmortems changed.\n");
    const injected = runLintStep(dir, { paths: "$(touch pwned) `touch pwned2`" }, { GITHUB_EVENT_PATH: event });
    expect(injected.code).toBe(2);
    expect(() => readFileSync(path.join(dir, "pwned"))).toThrow();
    expect(() => readFileSync(path.join(dir, "pwned2"))).toThrow();
  });
});
