import { describe, expect, it } from "vitest";
import { pm } from "../helpers/cli.js";
import { sharedFile } from "../helpers/shared.js";
import { describeWithShared, itWithShared } from "../helpers/with-shared.js";

describe("pm inspect (built CLI)", () => {
  itWithShared.each([
    ["seeds/001_0c2cca8907c31367.txt", 17, 9],
    ["seeds/002_9d2cc0b81c121779.txt", 11, 10],
    ["seeds/003_561a371c7a4fa2b1.txt", 12, 7],
  ])("counts timeline entries and actions in shared %s as a person does", (file, timeline, actions) => {
    const run = pm(["inspect", sharedFile(file), "--format", "json"]);
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

describeWithShared("pm inspect: incident times, timezone, owner, impact (built CLI)", () => {
  it("computes time to detect and resolve from the timeline and shows the claims", () => {
    const run = pm(["inspect", sharedFile("corpus/skillpack/with_skill.md"), "--format", "json"]);
    expect(run.code).toBe(0);
    const { times, timezone, owners, impact } = JSON.parse(run.stdout);
    expect(times.started).toMatchObject({ text: "~14:00", line: 52, source: "timeline" });
    expect(times.detected).toMatchObject({ text: "~14:10", line: 55 });
    expect(times.resolved).toMatchObject({ text: "~15:30", line: 63 });
    expect([times.timeToDetectMinutes, times.timeToResolveMinutes]).toEqual([10, 90]);
    expect(times.claimed).toEqual([
      expect.objectContaining({ kind: "detect", minutes: 10, line: 67 }),
      expect.objectContaining({ kind: "resolve", minutes: 90, line: 69 }),
    ]);
    expect(timezone).toEqual({ text: "UTC", line: 50 });
    expect(owners.names.map((owner: { text: string }) => owner.text)).toEqual(["VP Engineering", "Director of Infrastructure"]);
    expect(impact[0].figures[0]).toEqual({ text: "~2,000 transactions", line: 43 });
  });

  it("prints the incident times in the outline", () => {
    const run = pm(["inspect", sharedFile("seeds/001_0c2cca8907c31367.txt")]);
    expect(run.stdout).toContain("Incident times");
    expect(run.stdout).toMatch(/resolved: +11:10:00 \(line 44, timeline\)/);
    expect(run.stdout).toMatch(/time to resolve: +55 min/);
    expect(run.stdout).toContain("claimed duration: 55 min (line 14");
  });
});
