import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Outside the model, the questions "is this a placeholder", "does it name an owner" and "is it a
 * deferral" are asked through src/model/predicates.ts, which answers them with the document's
 * vocabulary: calling the raw patterns would silently drop a team's words.
 */
const RAW = /\b(?:findPlaceholder|isRealOwner|ownerProblem|findDeferral)\b/;
const CONSUMERS = ["rules", "score", "tracker", "reporters", "commands"];

describe("predicates are asked through the model", () => {
  it("rules, scorers, the tracker, reporters and commands never call the raw vocabulary predicates", () => {
    const root = path.resolve(import.meta.dirname, "../src");
    const offenders = CONSUMERS.flatMap((dir) =>
      readdirSync(path.join(root, dir))
        .filter((name) => name.endsWith(".ts"))
        .filter((name) => RAW.test(readFileSync(path.join(root, dir, name), "utf8")))
        .map((name) => `${dir}/${name}`),
    );
    expect(offenders).toEqual([]);
  });
});
