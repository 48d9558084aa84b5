import { describe, expect, it } from "vitest";
import { pm } from "../helpers/cli.js";
import { sharedFile } from "../helpers/shared.js";
import { itWithShared } from "../helpers/with-shared.js";

const STRONG = "fixtures/score/strong-pack.md";
const ORDINARY = "fixtures/score/ordinary-report.md";

describe("pm score (built CLI)", () => {
  it("prints each dimension with its score, evidence lines and what is missing", () => {
    const run = pm(["score", ORDINARY]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("4/12  another intake round before finalising");
    expect(run.stdout).toMatch(/2\. Evidence and timeline quality {2}1\/2\n {7}\+ 5 of 5 timeline entries have a time \(lines 10-14\)/);
    expect(run.stdout).toMatch(/for 2\/2:\n {7}- cite evidence/);
    expect(run.stdout).toContain("6. Kill criteria / triggers  0/2");
  });

  itWithShared("shows claimed against measured when the document grades itself", () => {
    const run = pm(["score", sharedFile("corpus/skillpack/with_skill.md")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("12/12  ship as is");
    expect(run.stdout).toContain("the document grades itself 12/12");
    expect(run.stdout).toContain("1. Clarity of scope and safety  2/2  (claimed 2)");
  });

  it("writes the documented JSON: an object for one file, an array for several", () => {
    const one = JSON.parse(pm(["score", STRONG, "--format", "json"]).stdout);
    expect(Object.keys(one)).toEqual(["file", "total", "max", "verdict", "durations", "dimensions"]);
    expect(Object.keys(one.durations)).toEqual(["timeToDetectMinutes", "timeToMitigateMinutes", "timeToResolveMinutes"]);
    expect(one).toMatchObject({ file: STRONG, total: 12, max: 12, verdict: "ship" });
    expect(one.dimensions.map((dimension: { id: number }) => dimension.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Object.keys(one.dimensions[0])).toEqual(["id", "name", "score", "evidence", "missing"]);
    expect(one.dimensions[1].evidence[0]).toEqual({ text: "6 of 6 timeline entries have a time", lines: [22, 23, 24, 25, 26, 27] });

    const several = JSON.parse(pm(["score", STRONG, ORDINARY, "--format", "json"]).stdout);
    expect(several.map((result: { file: string; total: number }) => [result.file, result.total])).toEqual([
      [STRONG, 12],
      [ORDINARY, 4],
    ]);
  });

  it("exits 1 with --min when any document totals below it, 0 when all reach it", () => {
    expect(pm(["score", STRONG, ORDINARY, "--min", "7"]).code).toBe(1);
    expect(pm(["score", STRONG, "--min", "12"]).code).toBe(0);
    expect(pm(["score", ORDINARY, "--min", "4"]).code).toBe(0);
  });

  it("refuses a bad --min or format with one line and exit 2", () => {
    const run = pm(["score", STRONG, "--min", "thirteen"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('pm: --min must be a whole number from 0 to 12, not "thirteen"\n');
    expect(pm(["score", STRONG, "--format", "xml"]).code).toBe(2);
  });

  it("exits 2 on a missing file but still scores the others", () => {
    const run = pm(["score", "nope.md", STRONG]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("pm: nope.md: no such file or directory\n");
    expect(run.stdout).toContain("12/12  ship as is");
  });

  itWithShared("explains a flattened document instead of scoring it", () => {
    const run = pm(["score", sharedFile("seeds/000_02ec5d4eb9735352.txt")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/000_02ec5d4eb9735352\.txt: has no line breaks.*restore the line breaks/);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("says an unfilled template is a template", () => {
    const run = pm(["score", "fixtures/score/blank-template.md"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('this is an unfilled template ("[Incident title]" (line 1)');
    expect(run.stdout).toContain("0/12");
  });

  itWithShared("shows time to detect, mitigate and resolve computed from the timeline", () => {
    const run = pm(["score", sharedFile("corpus/skillpack/with_skill.md")]);
    expect(run.stdout).toContain("time to detect 10 min · to mitigate 1 h 10 min · to resolve 1 h 30 min");
    const [json] = [JSON.parse(pm(["score", "--format", "json", sharedFile("corpus/skillpack/with_skill.md")]).stdout)];
    expect(json.durations).toEqual({ timeToDetectMinutes: 10, timeToMitigateMinutes: 70, timeToResolveMinutes: 90 });
  });
});
