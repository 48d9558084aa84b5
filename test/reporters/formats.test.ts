import type { Log } from "sarif";
import { describe, expect, it } from "vitest";
import type { LintResult } from "../../src/lint/types.js";
import { ruleDocsUrl } from "../../src/lint/engine.js";
import { formatCompact } from "../../src/reporters/compact.js";
import { formatGithub } from "../../src/reporters/github.js";
import { formatSarif } from "../../src/reporters/sarif.js";
import { rules } from "../../src/rules/index.js";
import { validateSarif } from "../helpers/sarif-schema.js";

const cwd = "/repo";

const results: LintResult[] = [
  {
    filePath: "postmortems/2026-04-09 search, outage.md",
    messages: [
      { ruleId: "action-owner", severity: 2, message: 'Action "Fix: it" has no owner: name one, 100% sure', line: 17, column: 3, endLine: 17, endColumn: 30, url: ruleDocsUrl("action-owner") },
      { ruleId: "no-placeholders", severity: 1, message: '"TBD" is a template placeholder', line: 20, column: 1, endLine: 20, endColumn: 4, url: ruleDocsUrl("no-placeholders") },
    ],
    errorCount: 1,
    warningCount: 1,
  },
  { filePath: "postmortems/clean.md", messages: [], errorCount: 0, warningCount: 0 },
];

const tool = { version: "1.2.3", rules: rules.map((rule) => rule.meta) };

describe("sarif", () => {
  const validate = validateSarif;

  it("validates against the SARIF 2.1.0 schema", () => {
    const log = JSON.parse(formatSarif(results, cwd, tool));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("the schema check can fail: a result without a message is rejected", () => {
    const log = JSON.parse(formatSarif(results, cwd, tool));
    delete log.runs[0].results[0].message;
    expect(validate(log)).toBe(false);
  });

  it("has what GitHub code scanning needs: rules with help, levels, relative locations", () => {
    const log = JSON.parse(formatSarif(results, cwd, tool)) as Log;
    const run = log.runs[0]!;
    expect(log.version).toBe("2.1.0");
    expect(run.tool.driver.name).toBe("pm");
    expect(run.tool.driver.rules!.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.meta.id));
    expect(run.tool.driver.rules!.every((rule) => rule.helpUri?.startsWith("https://") && rule.shortDescription?.text)).toBe(true);
    expect(run.results).toHaveLength(2);
    const [error, warning] = run.results!;
    expect(error).toMatchObject({ ruleId: "action-owner", level: "error", ruleIndex: rules.findIndex((rule) => rule.meta.id === "action-owner") });
    expect(warning!.level).toBe("warning");
    expect(error!.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "postmortems/2026-04-09%20search%2C%20outage.md", uriBaseId: "%SRCROOT%" },
      region: { startLine: 17, startColumn: 3, endLine: 17, endColumn: 30 },
    });
    expect(run.originalUriBaseIds!["%SRCROOT%"]!.uri).toBe("file:///repo/");
  });

  it("uses a file URL for a file outside the working directory", () => {
    const outside = [{ ...results[0]!, filePath: "/elsewhere/pm.md" }];
    const log = JSON.parse(formatSarif(outside, cwd, tool)) as Log;
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: "file:///elsewhere/pm.md" });
    expect(validate(log)).toBe(true);
  });
});

describe("github", () => {
  it("writes one workflow annotation per finding, escaping what the command syntax reserves", () => {
    const lines = formatGithub(results).trimEnd().split("\n");
    expect(lines[0]).toBe(
      `::error file=postmortems/2026-04-09 search%2C outage.md,line=17,col=3,endLine=17,endColumn=30,title=pm action-owner::Action "Fix: it" has no owner: name one, 100%25 sure (${ruleDocsUrl("action-owner")})`,
    );
    expect(lines[1]).toMatch(/^::warning file=.*,line=20,col=1,endLine=20,endColumn=4,title=pm no-placeholders::/);
    expect(lines[2]).toBe("2 problems (1 error, 1 warning) in 2 files checked");
  });

  it("escapes line breaks in messages", () => {
    const broken = [{ ...results[0]!, messages: [{ ...results[0]!.messages[0]!, message: "one\ntwo\r" }] }];
    expect(formatGithub(broken)).toContain("::one%0Atwo%0D (");
  });
});

describe("compact", () => {
  it("prints one line per finding with an absolute path, then the totals", () => {
    expect(formatCompact(results, cwd)).toBe(
      [
        `/repo/postmortems/2026-04-09 search, outage.md: line 17, col 3, Error - Action "Fix: it" has no owner: name one, 100% sure (action-owner)`,
        `/repo/postmortems/2026-04-09 search, outage.md: line 20, col 1, Warning - "TBD" is a template placeholder (no-placeholders)`,
        "",
        "2 problems (1 error, 1 warning) in 2 files checked",
        "",
      ].join("\n"),
    );
  });

  it("says how many files were checked when there is nothing to report", () => {
    expect(formatCompact([results[1]!], cwd)).toBe("1 file checked: no problems.\n");
  });
});
