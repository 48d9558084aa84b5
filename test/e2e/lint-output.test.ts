import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pm, ROOT } from "../helpers/cli.js";
import { validateSarif } from "../helpers/sarif-schema.js";

const example = path.join(ROOT, "fixtures/examples/search-outage.md");

/** good.md (clean), warn.md (two placeholder warnings), bad.md (an action without an owner: an error). */
function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pm-e2e-out-"));
  const text = readFileSync(example, "utf8");
  copyFileSync(example, path.join(dir, "good.md"));
  writeFileSync(path.join(dir, "warn.md"), text.replace("All times UTC.", "All times UTC. Reviewer: [Name].\n\nReviewed on YYYY-MM-DD."));
  writeFileSync(path.join(dir, "bad.md"), text.replace("| Add a status-page step", "| Write the runbook |  | 2026-07-01 | Used in the next drill | 2026-07-08 |\n| Add a status-page step"));
  return dir;
}

describe("pm lint output formats and exit codes (built CLI)", () => {
  it("exits 0 with warnings only, 1 with errors, and names the files checked", () => {
    const dir = project();
    const warn = pm(["lint", "warn.md", "good.md"], { cwd: dir });
    expect(warn.code).toBe(0);
    expect(warn.stdout).toContain("2 problems (0 errors, 2 warnings) in 2 files checked");
    const bad = pm(["lint", "bad.md"], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/error\s+Action "Write the runbook" has no owner/);
  });

  it("--quiet shows errors only; --max-warnings turns too many warnings into exit 1", () => {
    const dir = project();
    const quiet = pm(["lint", "--quiet", "warn.md", "bad.md"], { cwd: dir });
    expect(quiet.stdout).not.toMatch(/\d+:\d+ +warning /);
    expect(quiet.stdout).toContain("1 problem (1 error, 0 warnings) in 2 files checked");
    expect(quiet.code).toBe(1);
    expect(pm(["lint", "--max-warnings", "2", "warn.md"], { cwd: dir }).code).toBe(0);
    const tooMany = pm(["lint", "--max-warnings", "1", "warn.md"], { cwd: dir });
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toBe("pm: 2 warnings, more than --max-warnings 1 allows\n");
    // Quiet hides warnings from the report, not from the limit (as ESLint does).
    expect(pm(["lint", "--quiet", "--max-warnings", "0", "warn.md"], { cwd: dir }).code).toBe(1);
    // ESLint's -1: no limit, as if the option were not given (a wrapper script can always pass it).
    expect(pm(["lint", "--max-warnings", "-1", "warn.md"], { cwd: dir }).code).toBe(0);
  });

  it("bad arguments never exit 0", () => {
    const dir = project();
    for (const args of [["--max-warnings", "-2"], ["--max-warnings", "many"], ["--format", "xml"], ["--frobnicate"], ["--config"]]) {
      const run = pm(["lint", ...args, "good.md"], { cwd: dir });
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).not.toMatch(/\n\s+at /);
    }
  });

  it("--format sarif validates against the SARIF 2.1.0 schema", () => {
    const dir = project();
    const run = pm(["lint", "--format", "sarif", "warn.md", "bad.md"], { cwd: dir });
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.runs[0].results.map((result: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => result.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      "warn.md",
      "warn.md",
      "bad.md",
    ]);
  });

  it("--format github prints workflow annotations; --format compact one line per finding", () => {
    const dir = project();
    const github = pm(["lint", "--format", "github", "bad.md"], { cwd: dir });
    expect(github.stdout).toMatch(/^::error file=bad\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=pm action-owner::Action "Write the runbook" has no owner/m);
    const compact = pm(["lint", "--format", "compact", "bad.md"], { cwd: dir });
    expect(compact.stdout).toMatch(new RegExp(`^${path.join(dir, "bad.md").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: line \\d+, col \\d+, Error - Action "Write the runbook" has no owner.*\\(action-owner\\)$`, "m"));
  });

  it("--format gitlab and --format junit parse and carry every finding the JSON report has", () => {
    const dir = project();
    const files = ["warn.md", "bad.md", "good.md"];
    const json = JSON.parse(pm(["lint", "--format", "json", ...files], { cwd: dir }).stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>;
    const expected = json.flatMap((result, index) => result.messages.map((message) => `${files[index]}:${message.line} ${message.ruleId}`));
    expect(expected).toHaveLength(3);
    const gitlab = pm(["lint", "--format", "gitlab", ...files], { cwd: dir });
    expect(gitlab.code).toBe(1);
    const issues = JSON.parse(gitlab.stdout) as Array<{ check_name: string; location: { path: string; lines: { begin: number } } }>;
    expect(issues.map((issue) => `${issue.location.path}:${issue.location.lines.begin} ${issue.check_name}`)).toEqual(expected);
    const junit = pm(["lint", "--format", "junit", ...files], { cwd: dir }).stdout;
    expect(junit).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="pm lint" tests="3" failures="2"/);
    for (const finding of json.flatMap((result) => result.messages)) expect(junit).toContain(`${finding.line}:`);
    expect(junit).toContain('<testcase classname="good.md" name="pm lint" time="0"/>');
  });

  it("--output-file writes the report without colour, and refuses to write over Markdown", () => {
    const dir = project();
    const run = pm(["lint", "--format", "sarif", "-o", "pm.sarif", "bad.md"], { cwd: dir, env: { FORCE_COLOR: "1" } });
    expect(run.stdout).toBe("");
    expect(JSON.parse(readFileSync(path.join(dir, "pm.sarif"), "utf8")).version).toBe("2.1.0");
    const refused = pm(["lint", "-o", "good.md", "bad.md"], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(readFileSync(path.join(dir, "good.md"), "utf8")).toBe(readFileSync(example, "utf8"));
  });

  it("colours only when asked for or on a terminal, never with NO_COLOR", () => {
    const dir = project();
    expect(pm(["lint", "warn.md"], { cwd: dir }).stdout).not.toContain("\u001b[");
    expect(pm(["lint", "warn.md"], { cwd: dir, env: { NO_COLOR: "", FORCE_COLOR: "1" } }).stdout).toContain("\u001b[");
  });

  it("warns when a glob or folder matches nothing but lints the rest; a missing named file is exit 2", () => {
    const dir = project();
    mkdirSync(path.join(dir, "empty"));
    const run = pm(["lint", "good.md", "drafts/*.md", "empty"], { cwd: dir });
    expect(run.stderr).toBe("pm: warning: drafts/*.md: the glob matched no files\npm: warning: empty: no Markdown files in this directory\n");
    expect(run.stdout).toBe("1 file checked: no problems.\n");
    expect(run.code).toBe(0);
    const nothing = pm(["lint", "drafts/*.md"], { cwd: dir });
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain("pm: no Markdown files to lint");
    const missing = pm(["lint", "good.md", "gone.md"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("pm: gone.md: no such file or directory\n");
    expect(missing.stdout).toBe("1 file checked: no problems; 1 path could not be read (see above).\n");
  });

  it("--quiet does not call hidden warnings 'no problems'", () => {
    const dir = project();
    const run = pm(["lint", "--quiet", "warn.md"], { cwd: dir });
    expect(run.stdout).toMatch(/^1 file checked: no errors; \d+ warnings? not shown \(--quiet\)\.\n$/);
    expect(run.code).toBe(0);
  });

  it("control comments in a document switch findings off", () => {
    const dir = project();
    const text = readFileSync(path.join(dir, "warn.md"), "utf8").replace("All times UTC.", "<!-- pm-lint-disable no-placeholders -- filled in after review -->\n\nAll times UTC.");
    writeFileSync(path.join(dir, "quiet.md"), text);
    expect(pm(["lint", "quiet.md"], { cwd: dir }).stdout).toBe("1 file checked: no problems.\n");
  });
});
