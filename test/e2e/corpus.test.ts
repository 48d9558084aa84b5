import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pm, SHARED } from "../helpers/cli.js";

/** Every seed and corpus document: texts nobody on the team wrote, in every shape and state. */
function documents(): string[] {
  const seeds = readdirSync(path.join(SHARED, "seeds")).map((name) => path.join(SHARED, "seeds", name));
  const corpus = ["real", "templates", "skillpack"].flatMap((dir) =>
    readdirSync(path.join(SHARED, "corpus", dir))
      .filter((name) => name.endsWith(".md"))
      .map((name) => path.join(SHARED, "corpus", dir, name)),
  );
  return [...seeds, ...corpus];
}

const files = documents();

describe("the built CLI on every seed and corpus document", () => {
  it("finds the shared documents", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("lints them all without a crash: exit 0 or 1, a result per file, nothing on stderr", () => {
    const run = pm(["lint", "--format", "json", ...files]);
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
  });
});
