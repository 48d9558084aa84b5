import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ConfigError, findConfigFile } from "../src/config-file.js";
import { resolveConfig } from "../src/config-lookup.js";
import { lintText } from "../src/lint/lint-text.js";
import { rules } from "../src/rules/index.js";
import { smallPostmortem } from "./helpers/postmortem.js";

const schema = JSON.parse(readFileSync(new URL("../schema/pmrc.schema.json", import.meta.url), "utf8"));

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "pm-config-"));
}

function withConfig(name: string, text: string): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The problems a config reports, as "line:column message". */
function problems(text: string): string[] {
  const dir = withConfig(".pmrc.yaml", text);
  try {
    resolveConfig(dir);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`);
    throw error;
  }
  return [];
}

describe("finding the config file", () => {
  it("walks up from the working directory and takes the nearest file", () => {
    const root = withConfig(".pmrc.yaml", "rules: {}\n");
    const nested = path.join(root, "a", "b");
    mkdirSync(nested, { recursive: true });
    expect(findConfigFile(nested)).toBe(path.join(root, ".pmrc.yaml"));
    writeFileSync(path.join(root, "a", "pm.config.yaml"), "rules: {}\n");
    expect(findConfigFile(nested)).toBe(path.join(root, "a", "pm.config.yaml"));
  });

  it("prefers .pmrc.yaml, then .pmrc.yml, then pm.config.yaml, then package.json in one folder", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ pm: {} }));
    expect(path.basename(findConfigFile(dir)!)).toBe("package.json");
    writeFileSync(path.join(dir, "pm.config.yaml"), "");
    expect(path.basename(findConfigFile(dir)!)).toBe("pm.config.yaml");
    writeFileSync(path.join(dir, ".pmrc.yml"), "");
    expect(path.basename(findConfigFile(dir)!)).toBe(".pmrc.yml");
    writeFileSync(path.join(dir, ".pmrc.yaml"), "");
    expect(path.basename(findConfigFile(dir)!)).toBe(".pmrc.yaml");
  });

  it("skips a package.json without a pm key and keeps looking upwards", () => {
    const root = withConfig(".pmrc.yml", "rules: {}\n");
    const app = path.join(root, "app");
    mkdirSync(app);
    writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "app" }));
    expect(findConfigFile(app)).toBe(path.join(root, ".pmrc.yml"));
  });

  it("uses the defaults when there is no config, and an empty file means defaults too", () => {
    expect(resolveConfig(tempDir()).file).toBeNull();
    const config = resolveConfig(withConfig(".pmrc.yaml", "# nothing yet\n"));
    expect(config.file).toBe(".pmrc.yaml");
    expect(config.rules).toEqual({});
  });

  it("reads the pm key of package.json, with positions inside package.json", () => {
    const dir = withConfig("package.json", `{\n  "name": "x",\n  "pm": {\n    "rules": { "action-owner": "warn", "action-ownr": "off" }\n  }\n}\n`);
    expect(() => resolveConfig(dir)).toThrow(/package\.json:4:40: unknown rule "action-ownr" \(did you mean "action-owner"\?\)/);
  });

  it("reads --config relative to the working directory and says when it is missing", () => {
    const dir = withConfig("custom.yaml", "rules:\n  no-placeholders: off\n");
    expect(resolveConfig(dir, "custom.yaml").rules).toEqual({ "no-placeholders": "off" });
    expect(() => resolveConfig(dir, "nope.yaml")).toThrow("nope.yaml: cannot read the config file: no such file or directory");
  });
});

describe("config mistakes are reported with line and column", () => {
  it("unknown keys, with a suggestion", () => {
    expect(problems("rule:\n  action-owner: warn\n")).toEqual([
      '1:1 unknown key "rule" in the config (did you mean "rules"?); expected one of: root, extends, postmortems, templates, ignores, rules, vocabulary, requiredSections',
    ]);
    expect(problems("vocabulary:\n  placeholder: [x]\n")[0]).toMatch(/^2:3 unknown key "placeholder" in vocabulary \(did you mean "placeholders"\?\)/);
  });

  it("unknown rule ids and bad severities", () => {
    expect(problems("rules:\n  no-placeholder: off\n  action-owner: warning\n  action-due-date: [error, {days: 3}]\n")).toEqual([
      '2:3 unknown rule "no-placeholder" (did you mean "no-placeholders"?); run pm rules to list them',
      '3:17 rules.action-owner is "warning"; expected off, warn or error (or 0, 1, 2), alone or in a one-item list such as [error] (did you mean "warn"?)',
      '4:20 rules.action-due-date is ["error",{"days":3}]; expected off, warn or error (or 0, 1, 2), alone or in a one-item list such as [error]',
    ]);
  });

  it("wrong types and bad section kinds", () => {
    expect(problems("vocabulary:\n  factLabels: observed\nrequiredSections:\n  default: [summary, timelines, {name: Impact}]\n")).toEqual([
      '2:15 vocabulary.factLabels must be a list, not "observed"',
      '4:22 requiredSections.default[1] is "timelines"; expected a section kind (such as timeline) or { name, kinds } where any one of the kinds satisfies it (did you mean "timeline"?)',
      '4:33 requiredSections.default[2] needs "kinds"',
    ]);
  });

  it("YAML syntax errors and duplicate keys", () => {
    expect(problems("rules:\n  action-owner: warn\n  action-owner: off\n")[0]).toMatch(/^3:3 Map keys must be unique/);
    expect(problems("rules: [unclosed\n").length).toBeGreaterThan(0);
  });

  it("folders that do not exist", () => {
    expect(problems("postmortems: docs/pm\n")).toEqual(['1:14 postmortems: "docs/pm" is not a folder (paths are relative to the config file)']);
  });
});

describe("the JSON Schema", () => {
  const validate = new Ajv({ strict: false }).compile(schema);

  it("lists every rule pm has, so editors complete them", () => {
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(rules.map((rule) => rule.meta.id).sort());
  });

  // The loader and the schema editors use must agree: what one accepts, the other accepts.
  const cases: Array<[string, string]> = [
    ["severities by word, number and list", "rules:\n  action-owner: warn\n  no-placeholders: 0\n  timeline-timestamp: [error]\n"],
    ["vocabulary", "vocabulary:\n  factLabels: [observed]\n  hypothesisLabels: [theory]\n  deferralWords: [park it]\n  placeholders: ['FILLME']\n"],
    ["sections", "requiredSections:\n  default: [summary, {name: Fix, kinds: [resolution, actions]}]\n  templates:\n    security: [detection]\n"],
    ["a $schema line", "$schema: ./schema/pmrc.schema.json\n"],
    ["unknown top-level key", "rulez: {}\n"],
    ["bad severity", "rules:\n  action-owner: warning\n"],
    ["options for a rule without options", "rules:\n  action-owner: [warn, {}]\n"],
    ["blameless-language options", "rules:\n  blameless-language: [warn, {allow: [Blame, '@root']}]\n"],
    ["an unknown blameless-language option", "rules:\n  blameless-language: [warn, {allowed: [Blame]}]\n"],
    ["vocabulary not a list", "vocabulary:\n  placeholders: TBD\n"],
    ["empty word", "vocabulary:\n  placeholders: ['']\n"],
    ["unknown section kind", "requiredSections:\n  default: [timelines]\n"],
    ["section without kinds", "requiredSections:\n  default: [{name: X}]\n"],
    ["templates not a mapping", "requiredSections:\n  templates: [a]\n"],
  ];
  for (const [name, text] of cases) {
    it(`loader and schema agree: ${name}`, () => {
      const schemaAccepts = validate(parse(text) ?? {});
      expect(problems(text).length === 0).toBe(schemaAccepts);
    });
  }
});

describe("the resolved config", () => {
  it("records where each setting came from", () => {
    const config = resolveConfig(withConfig(".pmrc.yaml", "rules:\n  action-owner: 1\nvocabulary:\n  placeholders: ['FILLME']\n"));
    expect(config.rules).toEqual({ "action-owner": "warn" });
    expect(config.sources).toEqual({ "rules.action-owner": ".pmrc.yaml:2", "vocabulary.placeholders": ".pmrc.yaml:4" });
  });

  it("passes a rule's options to it", () => {
    const config = resolveConfig(withConfig(".pmrc.yaml", "rules:\n  blameless-language: [error, {allow: [Blame]}]\n"));
    expect(config.rules["blameless-language"]).toBe("error");
    expect(config.ruleOptions["blameless-language"]).toEqual({ allow: ["Blame"] });
  });

  it("resolves folders relative to the config file", () => {
    const dir = withConfig(".pmrc.yaml", "postmortems: docs/pm\n");
    mkdirSync(path.join(dir, "docs", "pm"), { recursive: true });
    const nested = path.join(dir, "docs");
    expect(resolveConfig(nested).postmortems).toBe(path.join(dir, "docs", "pm"));
  });
});

describe("configured vocabulary and sections reach the rules", () => {
  const postmortem = () =>
    smallPostmortem({
      summary: ["Owner: FILLME"],
      timeline: ["- 10:00 UTC deploy went out (observed; source: deploy log)", "- 10:05 UTC cache stampede, to confirm in the cache logs (theory)"],
      after: ["## Kill criteria", "", "| Signal | Threshold | Action | Owner |", "|---|---|---|---|", "| Error rate | > 5% | take it offline with the team | @ana |"],
    });
  const lint = (configText: string, text = postmortem()) =>
    lintText(text, "pm.md", resolveConfig(withConfig(".pmrc.yaml", configText)), "2026-06-01").messages.map((message) => `${message.line} ${message.ruleId}`);

  it("without the team's words, their labels, placeholders and deferrals go unrecognised", () => {
    expect(lint("")).toEqual(["9 timeline-labels", "24 kill-criteria-committed-action"]);
  });

  it("with them, labels are read, placeholders and deferrals are found", () => {
    const config = "vocabulary:\n  factLabels: [observed]\n  hypothesisLabels: [theory]\n  placeholders: ['FILLME']\n  deferralWords: [take it offline]\n";
    expect(lint(config)).toEqual(["5 no-placeholders", "24 kill-criteria-committed-action"]);
  });

  it("a document's front matter template picks its configured sections", () => {
    const config = "requiredSections:\n  default: [summary]\n  templates:\n    security: [summary, detection]\n";
    const security = postmortem().replace("# Outage", "---\ntemplate: security\n---\n# Outage");
    expect(lint(config).filter((line) => line.includes("required-sections"))).toEqual([]);
    expect(lint(config, security).filter((line) => line.includes("required-sections"))).toEqual(["4 required-sections"]);
  });
});
