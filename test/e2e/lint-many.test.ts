import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pm, ROOT } from "../helpers/cli.js";

const FIXTURES = ["fixtures/examples/search-outage.md", "fixtures/model/bullets.md", "fixtures/model/tables.md", "fixtures/score/blank-template.md"];

interface JsonResult {
  filePath: string;
  messages: unknown[];
}

function lintJson(args: string[], cwd: string): JsonResult[] {
  const run = pm(["lint", "--format", "json", ...args], { cwd });
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as JsonResult[];
}

describe("pm lint on many files (built CLI)", () => {
  it("lints them on several threads and prints each result as alone, in the order given", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pm-many-"));
    // Enough files for worker threads; named so that argument order differs from sorted order.
    const names = Array.from({ length: 40 }, (_, index) => `${(index * 17) % 40}-${path.basename(FIXTURES[index % FIXTURES.length]!)}`);
    names.forEach((name, index) => copyFileSync(path.join(ROOT, FIXTURES[index % FIXTURES.length]!), path.join(dir, name)));

    const together = lintJson(names, dir);
    expect(together.map((result) => result.filePath)).toEqual(names.map((name) => path.join(dir, name)));
    for (const index of [0, 1, 39]) {
      expect(together[index]).toEqual(lintJson([names[index]!], dir)[0]);
    }
  }, 60_000);

  it("skips a file over the size limit with a message and lints the others", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pm-big-"));
    writeFileSync(path.join(dir, "huge.md"), `# Huge\n\n${"x".repeat(11 * 1024 * 1024)}\n`);
    copyFileSync(path.join(ROOT, FIXTURES[0]!), path.join(dir, "small.md"));
    const run = pm(["lint", "--format", "json", "huge.md", "small.md"], { cwd: dir });
    expect(run.stderr).toMatch(/^pm: huge\.md: is 11 MB, over the \d+ MB limit[^\n]*\n$/);
    expect((JSON.parse(run.stdout) as JsonResult[]).map((result) => result.filePath)).toEqual([path.join(dir, "small.md")]);
    expect(run.code).toBe(2);
  });
});
