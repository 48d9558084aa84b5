import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pm } from "../helpers/cli.js";
import { sharedFile } from "../helpers/shared.js";
import { itWithShared } from "../helpers/with-shared.js";

const example = "fixtures/examples/search-outage.md";

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "pm-lint-"));
}

describe("pm lint (built CLI)", () => {
  it("is quiet and exits 0 on a good postmortem", () => {
    const run = pm(["lint", example]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("1 file checked: no problems.\n");
    expect(run.code).toBe(0);
  });

  it("reports findings with line:column, severity and rule id, and exits 1 on errors", () => {
    const dir = tempDir();
    const file = path.join(dir, "bad.md");
    writeFileSync(file, ["# Outage", "", "## Summary", "", "It broke.", "", "## Timeline", "", "- 10:00 deploy (fact)", "", "## Root cause", "", "A bad config.", "", "## Action items", "", "- [ ] Fix config — owner: @ana, due 2026-02-30"].join("\n"));
    const run = pm(["lint", "bad.md"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("bad.md");
    expect(run.stdout).toMatch(/17:37\s+error\s+Action "Fix config" is due 2026-02-30, a date that does not exist.*action-due-date/);
    // A missing success signal blocks the commit too: it is one of the checks pm exists for.
    expect(run.stdout).toMatch(/17:1\s+error\s+Action "Fix config" has no success signal.*action-success-signal/);
    expect(run.stdout).toContain("2 errors");
  });

  itWithShared("prints ESLint-shaped JSON with --format json", () => {
    const run = pm(["lint", "--format", "json", sharedFile("seeds/000_02ec5d4eb9735352.txt")]);
    const [result] = JSON.parse(run.stdout);
    expect(result.filePath).toMatch(/000_02ec5d4eb9735352\.txt$/);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ ruleId: "document-format", severity: 2, line: 1, column: 1 });
    expect(result.errorCount).toBe(1);
    expect(result.warningCount).toBe(0);
    expect(run.code).toBe(1);
  });

  it("exits 2 with a one-line message for a missing file, and no stack trace", () => {
    const run = pm(["lint", "no-such-file.md"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("pm: no-such-file.md: no such file or directory\n");
  });

  it("exits 2 on an unknown option and an unknown format", () => {
    expect(pm(["lint", "--frobnicate", example]).code).toBe(2);
    const run = pm(["lint", "--format", "xml", example]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown format "xml"');
  });

  it("searches a directory for Markdown and respects .gitignore", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, ".gitignore"), "drafts/\n");
    writeFileSync(path.join(dir, "a.md"), "# A\n\n## Summary\n\nx\n");
    const run = pm(["lint", "--format", "json", "."], { cwd: dir });
    expect(JSON.parse(run.stdout).map((result: { filePath: string }) => path.basename(result.filePath))).toEqual(["a.md"]);
  });
});
