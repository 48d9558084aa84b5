import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/model/extract.js";
import { scoreDocument } from "../../src/score/index.js";
import { ROOT } from "../helpers/cli.js";
import { sharedFile } from "../helpers/shared.js";
import { itWithShared } from "../helpers/with-shared.js";

function totalOf(file: string): number {
  const result = scoreDocument(extract(file, readFileSync(file, "utf8")));
  if (!result.scorable) throw new Error(`${file} was not scorable: ${result.reason}`);
  return result.total;
}

describe("calibration: totals stay in the bands a careful human gives", () => {
  it.each([
    ["fixtures/score/strong-pack.md", 10, 12],
    ["fixtures/score/ordinary-report.md", 3, 6],
    ["fixtures/score/blank-template.md", 0, 1],
    ["fixtures/examples/search-outage.md", 10, 12],
  ])("%s totals %i-%i", (file, low, high) => {
    const total = totalOf(path.join(ROOT, file));
    expect(total).toBeGreaterThanOrEqual(low);
    expect(total).toBeLessThanOrEqual(high);
  });

  const hand: { documents: Array<{ file: string; grades: number[]; band: [number, number] }> } = JSON.parse(
    readFileSync(path.join(ROOT, "calibration/hand-grades.json"), "utf8"),
  );
  itWithShared.each(hand.documents.map((entry) => [entry.file, entry.band[0], entry.band[1]] as const))("hand-graded %s totals %i-%i", (file, low, high) => {
    const total = totalOf(sharedFile(file));
    expect(total).toBeGreaterThanOrEqual(low);
    expect(total).toBeLessThanOrEqual(high);
  });

  itWithShared("ranks the strong pack above every real report, and every real report above the blank templates", () => {
    const strong = totalOf(sharedFile("corpus/skillpack/with_skill.md"));
    const reports = ["dfds-PM2019-009-k8s-ip-starvation.md", "posthog-2025-09-29-flags-down.md", "mybinder-2018-02-22-nginx-down.md"].map((name) =>
      totalOf(sharedFile("corpus/real", name)),
    );
    const templates = ["dastergon-google-api-infra.md", "cogukdipi-atlassian-based-template.md"].map((name) => totalOf(sharedFile("corpus/templates", name)));
    expect(Math.max(...reports)).toBeLessThan(strong);
    expect(Math.max(...templates)).toBeLessThan(Math.min(...reports));
  });
});
