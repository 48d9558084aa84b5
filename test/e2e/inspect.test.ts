import { describe, expect, it } from "vitest";
import { pm, SHARED } from "../helpers/cli.js";

describe("pm inspect (built CLI)", () => {
  it.each([
    [`${SHARED}/seeds/001_0c2cca8907c31367.txt`, 17, 9],
    [`${SHARED}/seeds/002_9d2cc0b81c121779.txt`, 11, 10],
    [`${SHARED}/seeds/003_561a371c7a4fa2b1.txt`, 12, 7],
  ])("counts timeline entries and actions in %s as a person does", (file, timeline, actions) => {
    const run = pm(["inspect", file, "--format", "json"]);
    expect(run.code).toBe(0);
    const model = JSON.parse(run.stdout);
    expect(model.timeline).toHaveLength(timeline);
    expect(model.actions).toHaveLength(actions);
    for (const item of [...model.timeline, ...model.actions]) expect(item.line).toBeGreaterThan(0);
  });

  it("prints a readable outline by default", () => {
    const run = pm(["inspect", "fixtures/examples/search-outage.md"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Timeline entries (8)");
    expect(run.stdout).toMatch(/44 {2}09:40 +hypothesis Evictions also restarted/);
    expect(run.stdout).toContain("Actions (3)");
    expect(run.stdout).toContain("Triggers (1)");
  });

  it("has the JSON top level the docs promise", () => {
    const model = JSON.parse(pm(["inspect", "fixtures/examples/search-outage.md", "--format", "json"]).stdout);
    expect(Object.keys(model)).toEqual(expect.arrayContaining(["file", "frontMatter", "sections", "timeline", "actions", "triggers"]));
    expect(model.frontMatter.data.severity).toBe("SEV-2");
  });

  it("exits 2 on a missing file", () => {
    const run = pm(["inspect", "nope.md"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("pm: nope.md: no such file or directory\n");
  });
});
