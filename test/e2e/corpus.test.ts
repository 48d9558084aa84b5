import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { pm } from "../helpers/cli.js";
import { sharedFile } from "../helpers/shared.js";
import { describeWithShared } from "../helpers/with-shared.js";

/** Every seed and corpus document: texts nobody on the team wrote, in every shape and state. */
function documents(): string[] {
  const seeds = readdirSync(sharedFile("seeds")).map((name) => sharedFile("seeds", name));
  const corpus = ["real", "templates", "skillpack"].flatMap((dir) =>
    readdirSync(sharedFile("corpus", dir))
      .filter((name) => name.endsWith(".md"))
      .map((name) => sharedFile("corpus", dir, name)),
  );
  return [...seeds, ...corpus];
}

describeWithShared("the built CLI on every seed and corpus document", () => {
  let files: string[] = [];
  beforeAll(() => {
    files = documents();
  });

  it("finds the shared documents", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("lints them all without a crash: exit 0 or 1, a result per file, nothing on stderr", () => {
    // Every document, README.md and index.md included (pm skips those by default): none may crash it.
    const run = pm(["lint", "--no-ignore", "--format", "json", ...files]);
    expect(run.stderr).toBe("");
    expect([0, 1]).toContain(run.code);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ line: number; column: number }> }>;
    expect(results.map((result) => path.resolve(result.filePath)).sort()).toEqual([...files].sort());
    for (const result of results) {
      for (const message of result.messages) {
        expect(message.line, result.filePath).toBeGreaterThan(0);
        expect(message.column, result.filePath).toBeGreaterThan(0);
      }
    }
  }, 60_000); // one process lints about a hundred documents: allow for a busy machine, as pm() does
});
