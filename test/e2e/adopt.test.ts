import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pm } from "../helpers/cli.js";
import { smallPostmortem } from "../helpers/postmortem.js";

/** A scratch repository: files by relative path. */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pm-e2e-adopt-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const CLEAN = smallPostmortem();
/** Plain observations with no labels, and an action without a success signal. */
const UNLABELLED = smallPostmortem({ timeline: ["- 10:00 UTC deploy went out", "- 10:05 UTC error rate above 5%"] }).replace(", success: no errors for a week", "");
/** A guess stated as fact. */
const GUESS_AS_FACT = smallPostmortem({ timeline: ["- 10:00 UTC deploy (fact; source: deploy log)", "- 10:05 UTC the cache was probably cold (fact; source: chat)"] });
/** Unlabelled plain observations only: a warning. */
const ONLY_UNLABELLED = smallPostmortem({ timeline: ["- 10:00 UTC deploy went out", "- 10:05 UTC error rate above 5%"] });

const rulesOf = (stdout: string) => (JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number }> }>).map((result) => ({ file: result.filePath.replace(/^.*\/pm-e2e-adopt-[^/]+\//, ""), found: result.messages.map((message) => `${message.ruleId}:${message.severity}`) }));

describe("defaults that block what pm exists for (built CLI)", () => {
  it("a missing success signal and a guess stated as fact exit 1; a timeline without labels is one warning", () => {
    const dir = repo({ "a.md": UNLABELLED, "b.md": GUESS_AS_FACT, "c.md": ONLY_UNLABELLED });
    const a = pm(["lint", "--format", "json", "a.md"], { cwd: dir });
    expect(rulesOf(a.stdout)[0]!.found).toEqual(["timeline-labels:1", "action-success-signal:2"]);
    expect(a.code).toBe(1);
    const b = pm(["lint", "b.md"], { cwd: dir });
    expect(b.stdout).toMatch(/error\s+Timeline entry "the cache was probably cold.*" is labelled fact but says "probably".*timeline-fact-hypothesis/);
    expect(b.code).toBe(1);
    const c = pm(["lint", "c.md"], { cwd: dir });
    expect(c.stdout).toMatch(/warning\s+None of the 2 timeline entries says whether it is a fact or a hypothesis.*timeline-labels/);
    expect(c.code).toBe(0);
  });

  it("extends: strict makes every rule an error; a rule set after it keeps its own severity", () => {
    const dir = repo({ "c.md": ONLY_UNLABELLED, ".pmrc.yaml": "extends: strict\n" });
    expect(rulesOf(pm(["lint", "--format", "json", "c.md"], { cwd: dir }).stdout)[0]!.found).toEqual(["timeline-labels:2"]);
    writeFileSync(path.join(dir, ".pmrc.yaml"), "extends: strict\nrules:\n  timeline-labels: warn\n");
    const run = pm(["lint", "c.md"], { cwd: dir });
    expect(run.code).toBe(0);
    const printed = JSON.parse(pm(["lint", "--print-config", "c.md"], { cwd: dir }).stdout);
    expect(printed.rules["timeline-labels"]).toEqual({ severity: "warn", from: ".pmrc.yaml:3" });
    expect(printed.rules["no-placeholders"]).toEqual({ severity: "error", from: "extends strict (.pmrc.yaml:1)" });
  });

  it("an unknown preset is a config error with its line", () => {
    const dir = repo({ "c.md": CLEAN, ".pmrc.yaml": "extends: strictest\n" });
    const run = pm(["lint", "c.md"], { cwd: dir });
    expect(run.stderr).toMatch(/^pm: \.pmrc\.yaml:1:10: extends is "strictest"; expected .*\(did you mean "strict"\?\)\n$/);
    expect(run.code).toBe(2);
  });
});

describe("ignores (built CLI)", () => {
  it("README.md and index.md in the postmortems folder are skipped, named or found; a ! pattern brings one back", () => {
    const dir = repo({ "postmortems/a.md": CLEAN, "postmortems/README.md": "# Postmortems\n\n- [a](a.md)\n", "postmortems/index.md": "# Index\n" });
    const all = pm(["lint", "--format", "json"], { cwd: dir });
    expect(rulesOf(all.stdout).map((result) => result.file)).toEqual(["postmortems/a.md"]);
    expect(all.code).toBe(0);
    // A pre-commit hook passes the staged README: the commit goes through, with a note.
    const named = pm(["lint", "postmortems/README.md"], { cwd: dir });
    expect(named.code).toBe(0);
    expect(named.stderr).toBe("pm: warning: postmortems/README.md is ignored (pm ignores README.md and index.md by default); --no-ignore lints it\n");
    expect(pm(["lint", "--no-ignore", "postmortems/README.md"], { cwd: dir }).code).toBe(1);
    writeFileSync(path.join(dir, ".pmrc.yaml"), "ignores: ['!postmortems/README.md']\n");
    expect(rulesOf(pm(["lint", "--format", "json"], { cwd: dir }).stdout).map((result) => result.file)).toEqual(["postmortems/README.md", "postmortems/a.md"]);
  });

  it("config ignores are relative to the config file, apply to named files, and ! negates an earlier pattern", () => {
    const dir = repo({
      "docs/.pmrc.yaml": "ignores: [archive/*, '!archive/keep.md']\n",
      "docs/archive/old.md": "# old\n",
      "docs/archive/keep.md": CLEAN,
      "docs/new.md": CLEAN,
      "archive/outside.md": CLEAN,
    });
    const run = pm(["lint", "--format", "json", "docs", "archive"], { cwd: dir });
    expect(rulesOf(run.stdout).map((result) => result.file)).toEqual(["docs/archive/keep.md", "docs/new.md", "archive/outside.md"]);
    const named = pm(["lint", "docs/archive/old.md"], { cwd: dir });
    expect(named.stderr).toBe("pm: warning: docs/archive/old.md is ignored (ignores in docs/.pmrc.yaml:1); --no-ignore lints it\n");
    expect(named.code).toBe(0);
  });

  it("--ignore-pattern adds patterns relative to the working directory, repeatable", () => {
    const dir = repo({ "p/a.md": CLEAN, "p/drafts/b.md": CLEAN, "p/c.md": CLEAN });
    const run = pm(["lint", "--format", "json", "--ignore-pattern", "drafts/", "--ignore-pattern", "p/c.md", "p"], { cwd: dir });
    expect(rulesOf(run.stdout).map((result) => result.file)).toEqual(["p/a.md"]);
  });
});

describe("the nearest config for each file (built CLI)", () => {
  it("a nested config applies to its folder from the repository root; root: true stops the cascade", () => {
    const dir = repo({
      ".pmrc.yaml": "rules:\n  timeline-labels: error\n  single-owner: off\n",
      "top.md": ONLY_UNLABELLED,
      "sub/.pmrc.yaml": "rules:\n  timeline-labels: off\n",
      "sub/postmortems/x.md": ONLY_UNLABELLED,
      "solo/.pmrc.yaml": "root: true\n",
      "solo/y.md": ONLY_UNLABELLED,
    });
    const run = pm(["lint", "--format", "json", "top.md", "sub/postmortems/x.md", "solo/y.md"], { cwd: dir });
    expect(rulesOf(run.stdout)).toEqual([
      { file: "top.md", found: ["timeline-labels:2"] },
      { file: "sub/postmortems/x.md", found: [] },
      { file: "solo/y.md", found: ["timeline-labels:1"] },
    ]);
    const printed = JSON.parse(pm(["lint", "--print-config", "top.md", "sub/postmortems/x.md"], { cwd: dir }).stdout);
    expect(printed.map((entry: { file: string; configFiles: string[] }) => [entry.file, entry.configFiles])).toEqual([
      ["top.md", [".pmrc.yaml"]],
      ["sub/postmortems/x.md", ["sub/.pmrc.yaml", ".pmrc.yaml"]],
    ]);
    expect(printed[1].rules["timeline-labels"]).toEqual({ severity: "off", from: "sub/.pmrc.yaml:2" });
    expect(printed[1].rules["single-owner"]).toEqual({ severity: "off", from: ".pmrc.yaml:3" });
  });
});

describe("--stdin (built CLI)", () => {
  it("lint, inspect and score read standard input, with the config and ignores of --stdin-filename", () => {
    const dir = repo({ "sub/.pmrc.yaml": "rules:\n  timeline-labels: error\n", "sub/x.md": ONLY_UNLABELLED });
    const fromFile = pm(["lint", "--format", "json", "sub/x.md"], { cwd: dir });
    const fromStdin = pm(["lint", "--format", "json", "--stdin", "--stdin-filename", "sub/x.md"], { cwd: dir, input: ONLY_UNLABELLED });
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(fromStdin.code).toBe(1);
    // Without a name, it is <stdin> with the working directory's config.
    const anonymous = pm(["lint", "--format", "json", "--stdin"], { cwd: dir, input: ONLY_UNLABELLED });
    expect(rulesOf(anonymous.stdout)).toEqual([{ file: "<stdin>", found: ["timeline-labels:1"] }]);
    expect(anonymous.code).toBe(0);

    expect(pm(["inspect", "--format", "json", "--stdin", "--stdin-filename", "sub/x.md"], { cwd: dir, input: ONLY_UNLABELLED }).stdout).toBe(pm(["inspect", "--format", "json", "sub/x.md"], { cwd: dir }).stdout);
    expect(pm(["score", "--format", "json", "--stdin", "--stdin-filename", "sub/x.md"], { cwd: dir, input: ONLY_UNLABELLED }).stdout).toBe(pm(["score", "--format", "json", "sub/x.md"], { cwd: dir }).stdout);

    const ignored = pm(["lint", "--stdin", "--stdin-filename", "sub/README.md"], { cwd: dir, input: "# Index\n" });
    expect(ignored.stderr).toContain("sub/README.md is ignored");
    expect(ignored.code).toBe(0);
  });

  it("says what is wrong with a misused --stdin", () => {
    const dir = repo({ "a.md": CLEAN });
    const both = pm(["lint", "--stdin", "a.md"], { cwd: dir, input: CLEAN });
    expect(both.stderr).toMatch(/^pm: --stdin reads the document from standard input, so it takes no paths \(got a\.md\)/);
    expect(both.code).toBe(2);
    const nameOnly = pm(["lint", "--stdin-filename", "a.md"], { cwd: dir });
    expect(nameOnly.stderr).toBe("pm: --stdin-filename names the document read with --stdin: add --stdin\n");
    expect(nameOnly.code).toBe(2);
    const binary = pm(["lint", "--stdin"], { cwd: dir, input: "\u0000\u0001" });
    expect(binary.stderr).toBe("pm: <stdin>: looks like a binary file (it contains NUL bytes), not Markdown\n");
    expect(binary.code).toBe(2);
  });
});

describe("smaller things (built CLI)", () => {
  it("pm score takes a folder and says why --min failed", () => {
    const dir = repo({ "p/a.md": CLEAN, "p/README.md": "# Index\n" });
    const run = pm(["score", "--format", "json", "--min", "12", "p"], { cwd: dir });
    expect((JSON.parse(run.stdout) as Array<{ file: string }>).map((entry) => entry.file)).toEqual(["p/a.md"]);
    expect(run.stderr).toMatch(/^pm: p\/a\.md: total \d+\/12 is below --min 12\n$/);
    expect(run.code).toBe(1);
  });

  it("-o writes the report into a folder that does not exist yet", () => {
    const dir = repo({ "a.md": CLEAN });
    const run = pm(["lint", "--format", "sarif", "-o", "reports/pm/out.sarif", "a.md"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, "reports/pm/out.sarif"), "utf8")).version).toBe("2.1.0");
  });
});

describe("a baseline for old postmortems: pm-suppressions.json (built CLI)", () => {
  /** Two old documents, one action without a success signal each, plus one without an owner in the second. */
  const OLD = UNLABELLED;
  const OLDER = UNLABELLED.replace("owner: @ana, ", "");

  it("--suppress-all accepts today's errors; a new problem fails the run and the old ones don't; pruning shrinks it", () => {
    const dir = repo({ "postmortems/a.md": OLD, "postmortems/b.md": OLDER });
    expect(pm(["lint"], { cwd: dir }).code).toBe(1);

    const suppressing = pm(["lint", "--suppress-all"], { cwd: dir });
    expect(suppressing.code).toBe(0);
    expect(suppressing.stderr).toContain("pm: wrote pm-suppressions.json: 3 errors in 2 files accepted as the baseline\n");
    const written = readFileSync(path.join(dir, "pm-suppressions.json"), "utf8");
    expect(JSON.parse(written)).toEqual({
      "postmortems/a.md": { "action-success-signal": { count: 1 } },
      "postmortems/b.md": { "action-owner": { count: 1 }, "action-success-signal": { count: 1 } },
    });
    // Plain JSON, one key a line, sorted: it diffs well in review.
    expect(written.split("\n").length).toBeGreaterThan(8);

    const later = pm(["lint", "--format", "json"], { cwd: dir });
    expect(later.code).toBe(0);
    // Warnings are not suppressed: they never block.
    expect(rulesOf(later.stdout)).toEqual([
      { file: "postmortems/a.md", found: ["timeline-labels:1"] },
      { file: "postmortems/b.md", found: ["timeline-labels:1"] },
    ]);

    // A new action without an owner in a.md: beyond the baseline, so it fails; the accepted error stays hidden.
    writeFileSync(path.join(dir, "postmortems/a.md"), OLD.replace("## Review", "- [ ] Alert on pool size — due 2026-07-02, success: the alert fires in the drill\n\n## Review"));
    const worse = pm(["lint", "--format", "json"], { cwd: dir });
    expect(worse.code).toBe(1);
    expect(rulesOf(worse.stdout)).toEqual([
      { file: "postmortems/a.md", found: ["timeline-labels:1", "action-owner:2"] },
      { file: "postmortems/b.md", found: ["timeline-labels:1"] },
    ]);

    // b.md gets its owner back: the baseline counts an error that no longer occurs, which fails until pruned.
    writeFileSync(path.join(dir, "postmortems/a.md"), OLD);
    writeFileSync(path.join(dir, "postmortems/b.md"), OLD);
    const better = pm(["lint"], { cwd: dir });
    expect(better.stderr).toContain("pm: postmortems/b.md: action-owner is suppressed 1 times but occurs 0\n");
    expect(better.code).toBe(2);
    expect(pm(["lint", "--pass-on-unpruned-suppressions"], { cwd: dir }).code).toBe(0);
    expect(pm(["lint", "--prune-suppressions"], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, "pm-suppressions.json"), "utf8"))).toEqual({
      "postmortems/a.md": { "action-success-signal": { count: 1 } },
      "postmortems/b.md": { "action-success-signal": { count: 1 } },
    });
  });

  it("--suppress-rule accepts one rule's errors only; an unknown rule or a broken file is a clear error", () => {
    const dir = repo({ "p/b.md": OLDER });
    expect(pm(["lint", "--suppress-rule", "action-owner", "p"], { cwd: dir }).code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(dir, "pm-suppressions.json"), "utf8"))).toEqual({ "p/b.md": { "action-owner": { count: 1 } } });
    const unknown = pm(["lint", "--suppress-rule", "action-ownr", "p"], { cwd: dir });
    expect(unknown.stderr).toBe("pm: --suppress-rule action-ownr: no such rule; run pm rules to list them\n");
    expect(unknown.code).toBe(2);
    writeFileSync(path.join(dir, "pm-suppressions.json"), "{ nope");
    const broken = pm(["lint", "p"], { cwd: dir });
    expect(broken.stderr).toMatch(/^pm: pm-suppressions\.json: not valid JSON/);
    expect(broken.code).toBe(2);
  });
});
