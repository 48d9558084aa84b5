import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pm } from "../helpers/cli.js";

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "pm-new-"));
}

const FLAGS = ["--title", "Checkout errors | after deploy", "--date", "2026-03-16", "--severity", "SEV2", "--review-type", "incident", "--facilitator", "Ana Lima", "--scribe", "@li", "--decision-owner", "@sam", "--detected", "14:05", "--resolved", "15:30", "--impact", "About 2,000 payments failed", "--template", "incident"];

describe("pm new (built CLI)", () => {
  it("writes postmortems/DATE-slug.md from flags alone, with the answers in front matter", () => {
    const dir = tempDir();
    const run = pm(["new", ...FLAGS], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const file = "postmortems/2026-03-16-checkout-errors-after-deploy.md";
    expect(run.stdout).toContain(`Created ${file} from the incident template.`);
    expect(run.stdout).toMatch(new RegExp(`replace its \\d+ \\{\\{\\.\\.\\.\\}\\} placeholders .*pm lint ${file} lists them by line`));
    const text = readFileSync(path.join(dir, file), "utf8");
    expect(text.startsWith("---\ntitle: Checkout errors | after deploy\ndate: \"2026-03-16\"\nseverity: SEV2\n")).toBe(true);
    expect(text).toContain("template: incident\n---\n");
    expect(text).toContain("# Checkout errors \\| after deploy\n");
    expect(text).toContain("| Facilitator | Ana Lima |");
    expect(text).toContain("| 14:05 | Detected:");
  });

  it("gives the same file for the same answers, from flags or from an answers file", () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, "answers.yaml"),
      "title: Checkout errors | after deploy\ndate: 2026-03-16\nseverity: SEV2\nreview-type: incident\nfacilitator: Ana Lima\nscribe: '@li'\ndecision-owner: '@sam'\ndetected: 14:05\nresolved: '15:30'\nimpact: About 2,000 payments failed\ntemplate: incident\n",
    );
    expect(pm(["new", ...FLAGS, "--out", "from-flags.md"], { cwd: dir }).code).toBe(0);
    const fromFile = pm(["new", "--answers", "answers.yaml", "--out", "from-file.md"], { cwd: dir });
    expect(fromFile.stderr).toBe("");
    expect(fromFile.code).toBe(0);
    expect(pm(["new", "--answers", "answers.yaml", "--out", "again.md"], { cwd: dir }).code).toBe(0);
    const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
    expect(read("from-file.md")).toBe(read("from-flags.md"));
    expect(read("again.md")).toBe(read("from-file.md"));
  });

  it("takes the defaults with --yes (today, SEV3, incident, learning-review)", () => {
    const dir = tempDir();
    const run = pm(["new", "--yes", "--title", "Queue backlog"], { cwd: dir });
    expect(run.code).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    const text = readFileSync(path.join(dir, `postmortems/${today}-queue-backlog.md`), "utf8");
    expect(text).toContain("severity: SEV3\nreview_type: incident\ntemplate: learning-review\n");
    expect(text).toContain("- **Facilitator:** {{name the facilitator, who runs the review}}");
  });

  it("without a terminal and with answers missing, exits 2 at once with the flags to pass, writing nothing", () => {
    const dir = tempDir();
    const started = Date.now();
    const run = pm(["new", "--title", "x"], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "pm: no terminal to ask on and no answer for --date, --severity, --review-type, --facilitator, --scribe, --decision-owner, --detected, --resolved, --impact, --template: pass them as flags or in --answers FILE.yaml, or add --yes to take the defaults\n",
    );
    expect(readdirSync(dir)).toEqual([]);
    expect(pm(["new"], { cwd: dir }).stderr).toContain("add --yes to take the defaults (--title has none)");
  });

  it("never writes over an existing file unless --force", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "postmortems"));
    const file = path.join(dir, "postmortems/2026-03-16-checkout-errors-after-deploy.md");
    writeFileSync(file, "my notes\n");
    const run = pm(["new", ...FLAGS], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("pm: postmortems/2026-03-16-checkout-errors-after-deploy.md already exists: choose another --out, or pass --force to replace it\n");
    expect(readFileSync(file, "utf8")).toBe("my notes\n");
    expect(readdirSync(path.join(dir, "postmortems"))).toHaveLength(1);
    expect(pm(["new", ...FLAGS, "--force"], { cwd: dir }).code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("template: incident");
  });

  it("refuses bad template names and bad answers with one clear line and exit 2", () => {
    const dir = tempDir();
    const escape = pm(["new", "--yes", "--title", "x", "--template", "../../x"], { cwd: dir });
    expect(escape.code).toBe(2);
    expect(escape.stderr).toBe('pm: --template: "../../x" is not a template name: use letters, digits, "-", "_" or "." (no paths); see pm templates\n');
    const unknown = pm(["new", "--yes", "--title", "x", "--template", "postmortem"], { cwd: dir });
    expect(unknown.stderr).toMatch(/^pm: --template: no template named "postmortem": use one of incident, learning-review, near-miss/);
    const date = pm(["new", "--yes", "--title", "x", "--date", "2026-02-30"], { cwd: dir });
    expect(date.stderr).toBe('pm: --date: "2026-02-30" is not a calendar date: write it as YYYY-MM-DD, e.g. 2026-03-16\n');
    expect(date.code).toBe(2);
    expect(pm(["new", "--answers", "missing.yaml"], { cwd: dir }).stderr).toBe("pm: --answers missing.yaml: no such file or directory\n");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("lists every mistake in an answers file and the flags in one run, one line each, and writes nothing", () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, "answers.yaml"),
      ["title: Checkout errors", "date: 2026-02-30", "severity: high", "reviewType: drill", "facilitator: TBD", "detected: '14:05'", "resolved: '13:00'", "templat: incident", "impact: [many, users]", ""].join("\n"),
    );
    const run = pm(["new", "--answers", "answers.yaml", "--scribe", "someone", "--yes"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")).toEqual([
      'pm: --scribe: "someone" is a placeholder, not an owner: name the scribe (a person, @handle or team), or leave it empty to fill in later',
      'pm: answers.yaml:2:7: date: "2026-02-30" is not a calendar date: write it as YYYY-MM-DD, e.g. 2026-03-16',
      'pm: answers.yaml:3:11: severity: "high" is not a severity: use one of SEV1, SEV2, SEV3, SEV4',
      'pm: answers.yaml:4:13: reviewType: "drill" is not a review type: use one of incident, near-miss, security, project',
      'pm: answers.yaml:5:14: facilitator: "TBD" is a placeholder, not an owner: name the facilitator (a person, @handle or team), or leave it empty to fill in later',
      "pm: answers.yaml:7:11: resolved: resolution (13:00) comes before detection (14:05): if it was the next day, write the date too, e.g. 2026-03-17 13:00",
      'pm: answers.yaml:8:1: unknown key "templat" (did you mean "template"?): use title, date, severity, review-type, facilitator, scribe, decision-owner, detected, resolved, impact, template',
      "pm: answers.yaml:9:1: impact: must be text, not a list",
      "pm: 8 problems with the answers; nothing was written",
      "",
    ]);
    expect(readdirSync(dir)).toEqual(["answers.yaml"]);

    // Without --yes or a terminal, the answers still missing are the last problem, not a second run.
    const missing = pm(["new", "--answers", "answers.yaml"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("\npm: no terminal to ask on and no answer for --scribe, --decision-owner, --template: pass them as flags or in --answers FILE.yaml, or add --yes to take the defaults\npm: 8 problems with the answers; nothing was written\n");
    expect(missing.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(readdirSync(dir)).toEqual(["answers.yaml"]);
  });

  it("uses custom templates from --templates DIR, which can override a built-in", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "ours"));
    writeFileSync(path.join(dir, "ours/incident.md"), "---\nname: incident\ndescription: Our incident form\nrequires: [Summary, Timeline]\n---\n# {{title}}\n\n## Summary\n\n{{impact}}\n\n## Timeline\n\n- {{detected}} UTC detected (fact; source: pager)\n");
    const run = pm(["new", ...FLAGS, "--templates", "ours", "--out", "ours.md"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, "ours.md"), "utf8")).toContain("## Summary\n\nAbout 2,000 payments failed\n\n## Timeline\n\n- 14:05 UTC detected (fact; source: pager)\n");
    const lint = pm(["lint", "--templates", "ours", "ours.md"], { cwd: dir });
    expect(lint.stdout).toBe("1 file checked: no problems.\n");
    // Without the folder, lint checks against the built-in of that name, or says it has none.
    expect(pm(["lint", "ours.md"], { cwd: dir }).stdout).toContain('No "Impact" section, which the incident template requires');
    writeFileSync(path.join(dir, "other.md"), readFileSync(path.join(dir, "ours.md"), "utf8").replace("template: incident", "template: ours-only"));
    expect(pm(["lint", "other.md"], { cwd: dir }).stdout).toContain('The front matter names template "ours-only", which can\'t be used (no template named "ours-only"');
    expect(pm(["new", "--templates", "nowhere"], { cwd: dir }).stderr).toBe("pm: --templates nowhere: no such folder\n");
  });

  it("a fresh scaffold fails lint only where something is left to fill in", () => {
    const dir = tempDir();
    expect(pm(["new", "--yes", "--title", "Checkout errors", "--date", "2026-03-16", "--out", "pm.md"], { cwd: dir }).code).toBe(0);
    const run = pm(["lint", "--format", "json", "pm.md"], { cwd: dir });
    const [result] = JSON.parse(run.stdout);
    const lines = readFileSync(path.join(dir, "pm.md"), "utf8").split("\n");
    expect(result.messages.length).toBeGreaterThan(0);
    for (const message of result.messages) expect(lines[message.line - 1]).toContain("{{");
    expect(result.messages.map((message: { ruleId: string }) => message.ruleId)).not.toContain("required-sections");
    expect(result.messages).toContainEqual(
      expect.objectContaining({ ruleId: "no-placeholders", message: expect.stringContaining('"{{name the facilitator, who runs the review}}" is a template placeholder') }),
    );
  });
});

describe("pm templates (built CLI)", () => {
  it("lists each template with its description", () => {
    const run = pm(["templates"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^incident +Classic incident postmortem/m);
    expect(run.stdout).toMatch(/^learning-review +Full learning-review pack/m);
    expect(run.stdout).toMatch(/^near-miss +Short review for a near miss/m);
  });

  it("shows required sections with --verbose, custom templates with their file, and broken ones on stderr", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "mine.md"), "---\nname: mine\ndescription: Ours\nrequires: [Summary]\n---\n## Summary\n");
    writeFileSync(path.join(dir, "bad.md"), "---\nname: wrong\ndescription: x\nrequires: [Summary]\n---\n");
    const run = pm(["templates", "--verbose", "--templates", dir]);
    expect(run.stdout).toMatch(/^mine +Ours \(from .*mine\.md\)$/m);
    expect(run.stdout).toMatch(/requires: Brief, Impact, Timeline, Contributing factors/);
    expect(run.stderr).toContain("bad.md: its front matter must say name: bad");
    expect(run.code).toBe(2);
    expect(existsSync(path.join(dir, "postmortems"))).toBe(false);
  });
});
