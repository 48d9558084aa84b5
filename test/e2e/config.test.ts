import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pm, ROOT } from "../helpers/cli.js";
import { uncommentSettings } from "../helpers/starter-config.js";

const example = path.join(ROOT, "fixtures/examples/search-outage.md");

/** A folder with a good postmortem and one with template leftovers (warnings) but no errors. */
function project(config?: { name: string; text: string }): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pm-e2e-config-"));
  mkdirSync(path.join(dir, "postmortems"));
  copyFileSync(example, path.join(dir, "postmortems", "good.md"));
  writeFileSync(path.join(dir, "postmortems", "draft.md"), readFileSync(example, "utf8").replace("All times UTC.", "All times UTC. Reviewer: [Name], on YYYY-MM-DD."));
  if (config) writeFileSync(path.join(dir, config.name), config.text);
  return dir;
}

describe("pm lint with a config file (built CLI)", () => {
  it("finds .pmrc.yaml above the working directory and applies its severities", () => {
    const dir = project({ name: ".pmrc.yaml", text: "rules:\n  no-placeholders: error\n" });
    const run = pm(["lint", "draft.md"], { cwd: path.join(dir, "postmortems") });
    expect(run.stdout).toMatch(/error\s+"\[Name\]" is a template placeholder/);
    expect(run.code).toBe(1);
  });

  it("reads the pm key of package.json", () => {
    const dir = project({ name: "package.json", text: JSON.stringify({ name: "x", pm: { rules: { "no-placeholders": "off" } } }) });
    const run = pm(["lint", "postmortems/draft.md"], { cwd: dir });
    expect(run.stdout).toBe("1 file checked: no problems.\n");
    expect(run.code).toBe(0);
  });

  it("lints the config's postmortems folder when given no paths, and only the named files otherwise", () => {
    const dir = project({ name: "pm.config.yaml", text: "postmortems: postmortems\n" });
    writeFileSync(path.join(dir, "README.md"), "# Not a postmortem\n");
    const all = pm(["lint", "--format", "json"], { cwd: dir });
    expect(JSON.parse(all.stdout).map((result: { filePath: string }) => path.basename(result.filePath))).toEqual(["draft.md", "good.md"]);
    const named = pm(["lint", "--format", "json", "postmortems/good.md"], { cwd: dir });
    expect(JSON.parse(named.stdout)).toHaveLength(1);
  });

  it("--config uses the given file instead of the discovered one", () => {
    const dir = project({ name: ".pmrc.yaml", text: "rules:\n  no-placeholders: error\n" });
    writeFileSync(path.join(dir, "relaxed.yaml"), "rules:\n  no-placeholders: off\n");
    expect(pm(["lint", "postmortems/draft.md"], { cwd: dir }).code).toBe(1);
    expect(pm(["lint", "--config", "relaxed.yaml", "postmortems/draft.md"], { cwd: dir }).code).toBe(0);
    const missing = pm(["lint", "--config", "nope.yaml", "postmortems/draft.md"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("pm: nope.yaml: cannot read the config file: no such file or directory\n");
  });

  it("config mistakes: every one with file:line:column, exit 2, no stack trace, nothing linted", () => {
    const dir = project({ name: ".pmrc.yaml", text: "rules:\n  no-placeholder: off\n  action-owner: warning\nvocab: {}\n" });
    const run = pm(["lint", "postmortems/draft.md"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toEqual([
      'pm: .pmrc.yaml:2:3: unknown rule "no-placeholder" (did you mean "no-placeholders"?); run pm rules to list them',
      'pm: .pmrc.yaml:3:17: rules.action-owner is "warning"; expected off, warn or error (or 0, 1, 2), alone or in a one-item list such as [error] (did you mean "warn"?)',
      'pm: .pmrc.yaml:4:1: unknown key "vocab" in the config; expected one of: root, extends, postmortems, templates, ignores, rules, vocabulary, requiredSections',
    ]);
  });

  it("--print-config shows the settings for a file and where each came from", () => {
    const dir = project({
      name: ".pmrc.yaml",
      text: "rules:\n  no-placeholders: error\nvocabulary:\n  hypothesisLabels: [theory]\nrequiredSections:\n  templates:\n    security: [summary, detection]\n",
    });
    writeFileSync(path.join(dir, "postmortems", "sec.md"), "---\ntemplate: security\n---\n# Breach\n");
    const run = pm(["lint", "--print-config", "postmortems/sec.md"], { cwd: dir });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toMatchObject({ file: "postmortems/sec.md", configFile: ".pmrc.yaml", template: "security" });
    expect(printed.rules["no-placeholders"]).toEqual({ severity: "error", from: ".pmrc.yaml:2" });
    expect(printed.rules["action-owner"]).toEqual({ severity: "error", from: "default" });
    expect(printed.vocabulary.hypothesisLabels).toEqual({ added: ["theory"], from: ".pmrc.yaml:4" });
    expect(printed.requiredSections).toEqual({
      sections: [
        { name: "Summary", kinds: ["summary"] },
        { name: "Detection", kinds: ["detection"] },
      ],
      from: ".pmrc.yaml:7",
    });
    const other = JSON.parse(pm(["lint", "--print-config", "postmortems/good.md"], { cwd: dir }).stdout);
    expect(other.requiredSections.from).toBe("default");
  });
});

describe("pm init and pm rules (built CLI)", () => {
  it("pm init writes a starter config that loads, prints the hook snippet, and never overwrites", () => {
    const dir = project();
    const first = pm(["init"], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Wrote .pmrc.yaml");
    expect(first.stdout).toContain("- id: pm-lint");
    expect(first.stdout).toContain('"lint-staged": { "postmortems/**/*.md": "pm lint" }');
    const written = readFileSync(path.join(dir, ".pmrc.yaml"), "utf8");
    expect(written).toContain("postmortems: postmortems");
    // The starter config is valid: lint runs with it on the configured folder.
    expect(pm(["lint"], { cwd: dir }).stdout).toContain("2 files checked");

    writeFileSync(path.join(dir, ".pmrc.yaml"), "# mine\n");
    const again = pm(["init"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe("pm: .pmrc.yaml already configures pm here; nothing was written\n");
    expect(readFileSync(path.join(dir, ".pmrc.yaml"), "utf8")).toBe("# mine\n");
  });

  it("pm init in a git repository writes a config that pm lint --print-config loads, as written and with every example uncommented", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pm-e2e-init-git-"));
    execFileSync("git", ["init", "-q"], { cwd: dir });
    mkdirSync(path.join(dir, "docs/postmortems"), { recursive: true });
    copyFileSync(example, path.join(dir, "docs/postmortems/search.md"));
    expect(pm(["init"], { cwd: dir }).code).toBe(0);
    const written = readFileSync(path.join(dir, ".pmrc.yaml"), "utf8");
    expect(written).toMatch(/^postmortems: docs\/postmortems +# /m);

    const asWritten = pm(["lint", "--print-config", "docs/postmortems/search.md"], { cwd: dir });
    expect(asWritten.stderr).toBe("");
    expect(asWritten.code).toBe(0);
    expect(JSON.parse(asWritten.stdout)).toMatchObject({ configFile: ".pmrc.yaml", rules: { "action-owner": { severity: "error", from: "default" } } });

    mkdirSync(path.join(dir, ".pm/templates"), { recursive: true });
    writeFileSync(path.join(dir, ".pmrc.yaml"), uncommentSettings(written));
    const uncommented = pm(["lint", "--print-config", "docs/postmortems/search.md"], { cwd: dir });
    expect(uncommented.stderr).toBe("");
    expect(uncommented.code).toBe(0);
    const config = JSON.parse(uncommented.stdout);
    expect(config.rules["blameless-language"]).toMatchObject({ severity: "warn", from: expect.stringMatching(/^\.pmrc\.yaml:\d+$/) });
    expect(config.vocabulary).toMatchObject({ problemPhrases: { added: ["we keep hitting"], from: expect.stringMatching(/^\.pmrc\.yaml:/) } });
    expect(pm(["lint", "docs/postmortems/search.md"], { cwd: dir }).code).toBe(0);
  });

  it("pm init in a folder without postmortems leaves the folder setting commented out", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pm-e2e-init-"));
    expect(pm(["init"], { cwd: dir }).code).toBe(0);
    expect(readFileSync(path.join(dir, ".pmrc.yaml"), "utf8")).toContain("# postmortems: postmortems");
    expect(existsSync(path.join(dir, "postmortems"))).toBe(false);
  });

  it("pm rules lists every rule with its default severity and description", () => {
    const run = pm(["rules"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^action-owner\s+error\s+Every action names an owner/m);
    expect(run.stdout).toMatch(/^no-placeholders\s+warn\s+No template leftovers/m);
    const json = JSON.parse(pm(["rules", "--format", "json"]).stdout);
    expect(json.find((row: { id: string }) => row.id === "timeline-timestamp")).toMatchObject({ defaultSeverity: "warn" });
  });
});

describe("other commands read the config too (built CLI)", () => {
  it("pm actions lists the config's postmortems folder; pm inspect reads labels with the vocabulary of the document's own config", () => {
    const dir = project({ name: ".pmrc.yaml", text: "postmortems: postmortems\nvocabulary:\n  hypothesisLabels: [theory]\n" });
    mkdirSync(path.join(dir, "elsewhere"));
    writeFileSync(path.join(dir, "elsewhere", "other.md"), readFileSync(example, "utf8"));
    const actions = JSON.parse(pm(["actions", "--format", "json"], { cwd: dir }).stdout);
    const files = new Set(actions.map((action: { document: string }) => action.document));
    expect([...files].sort()).toEqual(["postmortems/draft.md", "postmortems/good.md"]);

    const timeline = ["# Outage", "", "## Timeline", "", "- 10:00 deploy went out (fact)", "- 10:05 cache stampede (theory)", ""].join("\n");
    writeFileSync(path.join(dir, "labels.md"), timeline);
    const labelled = (cwd: string) => JSON.parse(pm(["inspect", "--format", "json", path.join(dir, "labels.md")], { cwd }).stdout).timeline.map((entry: { label: string | null }) => entry.label);
    // The config comes from the document's folder, not the working directory: the same from anywhere.
    expect(labelled(dir)).toEqual(["fact", "hypothesis"]);
    expect(labelled(ROOT)).toEqual(["fact", "hypothesis"]);
    writeFileSync(path.join(dir, "elsewhere", "labels.md"), timeline);
    writeFileSync(path.join(dir, "elsewhere", ".pmrc.yaml"), "root: true\n");
    const inElsewhere = JSON.parse(pm(["inspect", "--format", "json", "elsewhere/labels.md"], { cwd: dir }).stdout).timeline.map((entry: { label: string | null }) => entry.label);
    expect(inElsewhere).toEqual(["fact", null]);
  });
});
