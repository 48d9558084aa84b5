import { readdirSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import { inspect } from "../../src/index.js";
import { inspectToJson } from "../../src/reporters/inspect.js";
import { pm } from "../helpers/cli.js";
import { sharedFile } from "../helpers/shared.js";
import { describeWithShared } from "../helpers/with-shared.js";

/**
 * The commands read one model: for every seed and corpus document, what `pm inspect` says of an
 * action's owner, due date and status, of the impact and of the incident's moments is what
 * `pm actions`, `pm lint` and `pm score` act on. Inspect's JSON is made in process (the same
 * function the command prints); the other three run as built commands over all documents at once.
 */
interface InspectField { text: string; line: number; placeholder?: true }
interface Inspected {
  actions: Array<{ line: number; title: string; owner: InspectField | null; due: InspectField | null; status: string | null }>;
  impact: Array<{ source: string; line: number; unfilled: boolean; figures: InspectField[] }>;
  times: { timeToDetectMinutes: number | null; timeToMitigateMinutes: number | null; timeToResolveMinutes: number | null };
}
interface Tracked { document: string; line: number; owner: string | null; hasOwner: boolean; dueText: string | null; status: string }
interface Linted { filePath: string; messages: Array<{ ruleId: string; line: number }> }
interface Scored { file: string; durations: { timeToDetectMinutes: number | null; timeToMitigateMinutes: number | null; timeToResolveMinutes: number | null } }

function documents(): string[] {
  const seeds = readdirSync(sharedFile("seeds")).filter((name) => !name.startsWith("000")).map((name) => sharedFile("seeds", name));
  const corpus = ["real", "templates", "skillpack"].flatMap((dir) =>
    readdirSync(sharedFile("corpus", dir)).filter((name) => name.endsWith(".md")).map((name) => sharedFile("corpus", dir, name)),
  );
  return [...seeds, ...corpus];
}

function json<T>(args: string[]): T {
  const run = pm(args);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as T;
}

describeWithShared("lint, score, inspect and actions agree on every shared document", () => {
  let files: string[] = [];
  const inspected = new Map<string, Inspected>();
  let tracked: Tracked[] = [];
  let linted: Linted[] = [];
  let scored: Scored[] = [];

  beforeAll(async () => {
    files = documents();
    for (const file of files) inspected.set(file, JSON.parse(JSON.stringify(inspectToJson(await inspect(file)))) as Inspected);
    tracked = json<Tracked[]>(["actions", "--format", "json", ...files]);
    // Every document, README.md included (skipped by default), so each command sees the same set.
    linted = json<Linted[]>(["lint", "--no-ignore", "--format", "json", ...files]);
    scored = json<Scored[]>(["score", "--format", "json", ...files]);
  }, 600_000);

  const findings = (file: string, ruleId: string) => new Set((linted.find((result) => result.filePath === file)?.messages ?? []).filter((m) => m.ruleId === ruleId).map((m) => m.line));

  it("pm actions lists inspect's actions with the same owner, due date and status", () => {
    for (const file of files) {
      const model = inspected.get(file)!;
      const rows = tracked.filter((row) => row.document === file).sort((a, b) => a.line - b.line);
      expect(rows.map((row) => row.line), file).toEqual(model.actions.map((action) => action.line));
      model.actions.forEach((action, index) => {
        const row = rows[index]!;
        expect(row.owner, `${file}:${action.line}`).toBe(action.owner?.text.trim() || null);
        expect(row.hasOwner, `${file}:${action.line}`).toBe(action.owner !== null && action.owner.placeholder !== true);
        expect(row.dueText, `${file}:${action.line}`).toBe(action.due?.text ?? null);
        expect(row.status, `${file}:${action.line}`).toBe(action.status ?? "open");
      });
    }
  });

  it("pm lint asks for an owner exactly where inspect shows none", () => {
    for (const file of files) {
      const actions = inspected.get(file)!.actions;
      const flagged = findings(file, "action-owner");
      const unowned = actions.filter((action) => action.owner === null || action.owner.placeholder === true);
      // Two or more actions with no owner column at all are one finding, at the first.
      if (actions.length >= 2 && actions.every((action) => action.owner === null)) {
        expect([...flagged], file).toEqual([actions[0]!.line]);
        continue;
      }
      for (const action of actions) {
        const at = [action.line, action.owner?.line].filter((line): line is number => line !== undefined);
        expect(at.some((line) => flagged.has(line)), `${file}:${action.line}`).toBe(unowned.includes(action));
      }
    }
  });

  it("pm lint says the impact states no numbers exactly where inspect found none", () => {
    for (const file of files) {
      const silent = inspected.get(file)!.impact.filter((statement) => /^impact-/.test(statement.source) && !statement.unfilled && statement.figures.length === 0);
      expect([...findings(file, "impact-quantified")].sort(), file).toEqual(silent.map((statement) => statement.line).sort());
    }
  });

  it("pm score's times to detect, mitigate and resolve are inspect's", () => {
    for (const result of scored) {
      const times = inspected.get(result.file)?.times;
      if (!times) continue;
      expect(result.durations, result.file).toEqual({
        timeToDetectMinutes: times.timeToDetectMinutes,
        timeToMitigateMinutes: times.timeToMitigateMinutes,
        timeToResolveMinutes: times.timeToResolveMinutes,
      });
    }
  });
});
