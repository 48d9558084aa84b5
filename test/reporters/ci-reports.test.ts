import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import type { LintResult } from "../../src/lint/types.js";
import { ruleDocsUrl } from "../../src/lint/engine.js";
import { formatGitlab } from "../../src/reporters/gitlab.js";
import { formatJunit } from "../../src/reporters/junit.js";

const cwd = "/repo";

const message = (ruleId: string, severity: 1 | 2, text: string, line: number) => ({ ruleId, severity, message: text, line, column: 3, endLine: line, endColumn: 9, url: ruleDocsUrl(ruleId) });

const results: LintResult[] = [
  {
    filePath: "/repo/postmortems/2026-04-09 search & <outage>.md",
    messages: [
      message("action-owner", 2, 'Action "Fix <it> & \u0001ship" has no owner', 17),
      message("action-owner", 2, 'Action "Docs" has no owner', 18),
      message("no-placeholders", 1, '"TBD" is a template placeholder', 20),
      message("no-placeholders", 1, '"TBD" is a template placeholder', 31),
    ],
    errorCount: 2,
    warningCount: 2,
  },
  { filePath: "postmortems/clean.md", messages: [], errorCount: 0, warningCount: 0 },
];

const junitSchema = readFileSync(new URL("../helpers/junit.xsd", import.meta.url), "utf8");

async function validateJunit(xml: string) {
  return validateXML({ xml: { fileName: "report.xml", contents: xml }, schema: { fileName: "junit.xsd", contents: junitSchema } });
}

describe("--format junit", () => {
  it("is valid JUnit XML with a suite per file and a case per file and rule", async () => {
    const xml = formatJunit(results, cwd);
    const validation = await validateJunit(xml);
    expect(validation.errors.map((error) => error.message)).toEqual([]);
    expect(validation.valid).toBe(true);
    expect(xml).toContain('<testsuites name="pm lint" tests="3" failures="2" errors="0" time="0">');
    expect(xml).toContain('<testsuite name="postmortems/2026-04-09 search &amp; &lt;outage&gt;.md" tests="2" failures="2"');
    expect(xml).toContain('<testcase classname="postmortems/clean.md" name="pm lint" time="0"/>');
  });

  it("carries every finding, with its place, severity and docs link", () => {
    const xml = formatJunit(results, cwd);
    expect(xml).toContain('<failure type="error" message="2 problems from action-owner">17:3 error Action &quot;Fix &lt;it&gt; &amp; ship&quot; has no owner');
    expect(xml).toContain(`18:3 error Action &quot;Docs&quot; has no owner (${ruleDocsUrl("action-owner")})`);
    expect(xml).toContain('<failure type="warning" message="2 warnings from no-placeholders">20:3 warning');
    expect(xml).toContain("31:3 warning &quot;TBD&quot;");
  });

  it("the schema check can fail: a suite without its counts is rejected", async () => {
    const broken = formatJunit(results, cwd).replace(/<testsuite name="postmortems\/clean.md" tests="1"/, '<testsuite name="postmortems/clean.md"');
    expect((await validateJunit(broken)).valid).toBe(false);
  });
});

/**
 * The fields GitLab documents for a Code Quality report entry
 * (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format), as a JSON Schema.
 */
const gitlabEntry = {
  type: "object",
  required: ["description", "check_name", "fingerprint", "severity", "location"],
  properties: {
    description: { type: "string", minLength: 1 },
    check_name: { type: "string", minLength: 1 },
    fingerprint: { type: "string", minLength: 1 },
    severity: { enum: ["info", "minor", "major", "critical", "blocker"] },
    location: {
      type: "object",
      required: ["path", "lines"],
      properties: {
        path: { type: "string", pattern: "^[^/]" },
        lines: { type: "object", required: ["begin"], properties: { begin: { type: "integer", minimum: 1 } } },
      },
    },
  },
};
const validateGitlab = new Ajv({ allErrors: true }).compile({ type: "array", items: gitlabEntry });

describe("--format gitlab", () => {
  it("has every field GitLab documents, for every finding", () => {
    const report = JSON.parse(formatGitlab(results, cwd));
    expect(validateGitlab(report), JSON.stringify(validateGitlab.errors)).toBe(true);
    expect(report).toHaveLength(4);
    expect(report[0]).toMatchObject({
      check_name: "action-owner",
      severity: "major",
      description: 'Action "Fix <it> & \u0001ship" has no owner',
      location: { path: "postmortems/2026-04-09 search & <outage>.md", lines: { begin: 17 } },
    });
    expect(report[2]).toMatchObject({ check_name: "no-placeholders", severity: "minor", location: { lines: { begin: 20 } } });
  });

  it("gives each finding its own fingerprint, unchanged when lines above it move", () => {
    const fingerprints = JSON.parse(formatGitlab(results, cwd)).map((issue: { fingerprint: string }) => issue.fingerprint);
    expect(new Set(fingerprints).size).toBe(4);
    const moved = results.map((result) => ({ ...result, messages: result.messages.map((each) => ({ ...each, line: each.line + 5, endLine: each.endLine + 5 })) }));
    expect(JSON.parse(formatGitlab(moved, cwd)).map((issue: { fingerprint: string }) => issue.fingerprint)).toEqual(fingerprints);
  });

  it("the field check can fail: an unknown severity is rejected", () => {
    const report = JSON.parse(formatGitlab(results, cwd));
    report[0].severity = "error";
    expect(validateGitlab(report)).toBe(false);
  });

  it("is an empty array when nothing was found", () => {
    expect(JSON.parse(formatGitlab([results[1]!], cwd))).toEqual([]);
  });
});
