import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pm, ROOT } from "../helpers/cli.js";

const FOLDER = "fixtures/actions";

/**
 * Every action in fixtures/actions, counted by reading the documents: one row per action whatever
 * its shape, nothing from timelines, lessons, next steps, parked ideas or code blocks.
 */
const EVERY_ACTION: Array<[file: string, line: number, action: string, owner: string | null, dueText: string | null, status: string]> = [
  ["2026-01-14-payments-timeouts.md", 33, "Add pool saturation to the gateway dashboard", "@ines", "2026-01-31", "done"],
  ["2026-01-14-payments-timeouts.md", 34, "Route 1% of payment traffic to the canary", "@kofi", "2026-02-27", "in-progress"],
  ["2026-01-14-payments-timeouts.md", 35, "Lint gateway configs for staging-only values", "Platform team", "2026-02-28", "open"],
  ["2026-01-14-payments-timeouts.md", 36, "Page on authorisation latency above 2 s, not 5 s", "@ines", "2026-03-02", "open"],
  ["2026-01-14-payments-timeouts.md", 37, "Move pool settings into the service catalogue", "@kofi", "2026-03-31", "dropped"],
  ["2026-01-14-payments-timeouts.md", 38, "Write a runbook entry for pool exhaustion", "@amara", "2026-01-20", "done"],
  ["2026-01-14-payments-timeouts.md", 39, "Replace the gateway client library", "@kofi", "2026-06-30", "dropped"],
  ["2026-01-14-payments-timeouts.md", 40, "Review every service's pool limits, payments first, then checkout", "TBD", "2026-02-30", "open"],
  ["2026-02-03-login-cache.md", 20, "Restore the memory limit and pin it in the chart", "@lena", "2026-02-04", "done"],
  ["2026-02-03-login-cache.md", 21, "Alert on eviction rate above 500/s", "@lena", "2026-02-10", "open"],
  ["2026-02-03-login-cache.md", 22, "Add the cache working set to the capacity review", "@ravi", "2026-02-28", "open"],
  ["2026-02-03-login-cache.md", 23, "Replace the session cache with signed cookies", "@ravi", "2026-04-01", "dropped"],
  ["2026-02-03-login-cache.md", 24, "Load-test login with a cold cache", "@sofia", "2026-03-15", "open"],
  ["2026-02-03-login-cache.md", 28, "Tell support how to spot this failure", "@maya", "2026-02-05", "done"],
  ["2026-02-03-login-cache.md", 29, "Document cache sizing, with examples, in the platform handbook", '"Ravi, Lena"', "2026-12-31", "open"],
  ["2026-02-20-dns-field-blocks.md", 24, "Add a DNS conformance test to the resolver pipeline", "Daniel Okafor", "2028-02-29", "in-progress"],
  ["2026-02-20-dns-field-blocks.md", 30, "Name an owner for upstream release notes", "@hiro", "2026-02-27", "done"],
  ["2026-02-20-dns-field-blocks.md", 35, "Migrate the two services off the legacy record type", "@hiro", "2026-03-13", "dropped"],
  ["2026-02-20-dns-field-blocks.md", 41, "Stage resolver upgrades through one region first", "Daniel Okafor", "2028-02-28", "open"],
  ["2026-03-09-queue-backlog.md", 19, "Roll back consumer v3.4 and block its image", "@noor", "2026-03-09", "done"],
  ["2026-03-09-queue-backlog.md", 20, "Alert on queue age above 15 minutes", "@noor", "2026-03-20", "done"],
  ["2026-03-09-queue-backlog.md", 21, "Add a throughput check to the consumer canary", "@tariq", null, "open"],
  ["2026-03-09-queue-backlog.md", 25, "Autoscale consumers on queue age", "@tariq", "2026-06-30", "open"],
  ["2026-03-09-queue-backlog.md", 26, "Retire the v2 notification path", "@noor", "2026-05-15", "open"],
  ["2026-03-09-queue-backlog.md", 30, "Pause the v3.4 rollout in every region", "@noor", "2026-03-09", "done"],
  ["2026-04-02-search-reindex.md", 27, "Alert when the reindex runs longer than 3 hours", "@olu", "March 31, 2026", "done"],
  ["2026-04-02-search-reindex.md", 28, "Release shard locks on job restart", "@olu", "2026-04-30", "open"],
  ["2026-04-02-search-reindex.md", 29, "Show index freshness on the search status page", "Search team", "Q3 2026", "open"],
  ["2026-04-02-search-reindex.md", 30, "Split the reindex into per-shard jobs", "@wen", "2026-05-29", "done"],
  ["2026-04-02-search-reindex.md", 34, "Document the manual reindex procedure", "@wen", "2026-04-10", "done"],
  ["2026-04-02-search-reindex.md", 35, "Add the reindex to the on-call handover checklist", "@olu", "2026-04-09", "open"],
  ["2026-04-02-search-reindex.md", 38, "Give the reindex its own capacity budget", "@amir", null, "open"],
  ["2026-04-02-search-reindex.md", 40, "Move search to the managed service", "@amir", "2026-09-30", "dropped"],
  ["2026-04-02-search-reindex.md", 45, "Measure reindex duration per shard", "@wen", "2026-04-20", "in-progress"],
];

interface JsonAction {
  document: string;
  line: number;
  action: string;
  owner: string | null;
  due: string | null;
  dueText: string | null;
  status: string;
  success: string | null;
  daysOverdue: number | null;
}

function json(args: string[], cwd?: string): JsonAction[] {
  const run = pm(["actions", ...args, "--format", "json"], { cwd });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

const key = (action: JsonAction) => `${path.basename(action.document)}:${action.line}`;

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "pm-actions-"));
}

// Each test runs the built CLI a few times; the machine is shared, so allow for slow starts.
describe("pm actions (built CLI)", { timeout: 60_000 }, () => {
  it("lists every action of a folder of postmortems exactly once, with its owner, due date and status", () => {
    const listed = json([FOLDER, "--today", "2026-03-01"]);
    const byPlace = [...listed].sort((a, b) => key(a).localeCompare(key(b), "en", { numeric: true }));
    expect(byPlace.map((action) => [path.basename(action.document), action.line, action.action, action.owner, action.dueText, action.status])).toEqual(EVERY_ACTION);
    expect(new Set(listed.map(key)).size).toBe(listed.length);
    for (const action of listed) expect(action.document.startsWith(`${FOLDER}/`)).toBe(true);
  });

  it("sorts by urgency and counts days overdue across month ends", () => {
    const listed = json([FOLDER, "--today", "2026-03-01"]);
    expect(listed.slice(0, 4).map((action) => [action.action, action.daysOverdue])).toEqual([
      ["Alert on eviction rate above 500/s", 19],
      ["Route 1% of payment traffic to the canary", 2],
      ["Lint gateway configs for staging-only values", 1],
      ["Add the cache working set to the capacity review", 1],
    ]);
    expect(listed[4]).toMatchObject({ action: "Page on authorisation latency above 2 s, not 5 s", daysOverdue: null });
    const closedFrom = listed.findIndex((action) => action.status === "done" || action.status === "dropped");
    expect(listed.slice(closedFrom).every((action) => (action.status === "done" || action.status === "dropped") && action.daysOverdue === null)).toBe(true);
  });

  it("counts days overdue from a leap day, whatever the time zone", () => {
    for (const TZ of ["Pacific/Kiritimati", "America/Los_Angeles", "UTC"]) {
      const run = pm(["actions", `${FOLDER}/2026-02-20-dns-field-blocks.md`, "--today", "2028-03-01", "--overdue", "--format", "json"], { env: { TZ } });
      expect(JSON.parse(run.stdout).map((action: JsonAction) => [action.due, action.daysOverdue])).toEqual([
        ["2028-02-28", 2],
        ["2028-02-29", 1],
      ]);
    }
  });

  it("filters by owner, overdue, due window, status and document", () => {
    const today = ["--today", "2026-03-01"];
    expect(json([FOLDER, ...today, "--owner", "hiro"]).map((action) => action.action)).toEqual([
      "Name an owner for upstream release notes",
      "Migrate the two services off the legacy record type",
    ]);
    expect(json([FOLDER, ...today, "--overdue"]).map((action) => action.daysOverdue)).toEqual([19, 2, 1, 1]);
    expect(json([FOLDER, ...today, "--due-within", "14d"]).map((action) => action.due)).toEqual(["2026-02-10", "2026-02-27", "2026-02-28", "2026-02-28", "2026-03-02", "2026-03-15"]);
    expect(json([FOLDER, ...today, "--status", "dropped"])).toHaveLength(5);
    expect(json([FOLDER, ...today, "--doc", "reindex", "--status", "open"]).map((action) => action.line)).toEqual([35, 45, 28, 29, 38]);
  });

  it("prints a table that fits the terminal, with the per-owner summary under it", () => {
    const run = pm(["actions", FOLDER, "--today", "2026-03-01"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    // Not a terminal: 100 columns, too narrow for the success signal next to the rest.
    expect(lines[0]).toMatch(/^Document\s+Action\s+Owner\s+Due\s+Status\s+Overdue$/);
    expect(lines[2]).toMatch(/login-cache\.md:21\s+Alert on eviction.*@lena\s+2026-02-10\s+open\s+19 days$/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    expect(run.stdout).toContain("Open actions by owner");
    expect(run.stdout).toMatch(/\n@kofi\s+1\s+1\n/);
    expect(run.stdout).toMatch(/\nDaniel Okafor\s+2\s+0\n/);
    expect(lines.at(-1)).toBe("34 actions in 5 documents under fixtures/actions/: 18 open (4 overdue), 11 done, 5 dropped.");
  });

  it("writes CSV that a spreadsheet reads back, and Markdown for a weekly review", () => {
    const csv = pm(["actions", `${FOLDER}/2026-02-03-login-cache.md`, "--today", "2026-03-01", "--format", "csv", "--owner", "Lena"]).stdout;
    expect(csv).toBe(
      [
        "document,line,action,owner,due,status,success_signal,days_overdue",
        "fixtures/actions/2026-02-03-login-cache.md,21,Alert on eviction rate above 500/s,@lena,2026-02-10,open,alert fires in the replay of this incident,19",
        'fixtures/actions/2026-02-03-login-cache.md,29,"Document cache sizing, with examples, in the platform handbook","""Ravi, Lena""",2026-12-31,open,,',
        "fixtures/actions/2026-02-03-login-cache.md,20,Restore the memory limit and pin it in the chart,@lena,2026-02-04,done,,",
        "",
      ].join("\r\n"),
    );
    const markdown = pm(["actions", FOLDER, "--today", "2026-03-01", "--format", "markdown", "--overdue"]).stdout;
    expect(markdown.split("\n").slice(0, 3)).toEqual([
      "| Document | Action | Owner | Due | Status | Success signal | Overdue |",
      "|---|---|---|---|---|---|---:|",
      "| fixtures/actions/2026-02-03-login-cache.md:21 | Alert on eviction rate above 500/s | @lena | 2026-02-10 | open | alert fires in the replay of this incident | 19 days |",
    ]);
    expect(markdown).toContain("**Open actions by owner**");
  });

  it("--fail-on-overdue exits 1 only when a listed open action is overdue", () => {
    expect(pm(["actions", FOLDER, "--today", "2026-03-01", "--fail-on-overdue"]).code).toBe(1);
    expect(pm(["actions", FOLDER, "--today", "2026-02-01", "--fail-on-overdue"]).code).toBe(0);
    expect(pm(["actions", FOLDER, "--today", "2026-03-01", "--fail-on-overdue", "--owner", "hiro"]).code).toBe(0);
  });

  it("reports an unreadable file on stderr, lists the others, and exits 2 at the end", () => {
    const dir = tempDir();
    copyFileSync(path.join(ROOT, FOLDER, "2026-03-09-queue-backlog.md"), path.join(dir, "queue.md"));
    writeFileSync(path.join(dir, "broken.md"), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]));
    const run = pm(["actions", ".", "missing.md", "--today", "2026-03-01", "--format", "json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("pm: broken.md: is not valid UTF-8");
    expect(run.stderr).toContain("pm: missing.md: no such file or directory");
    expect(JSON.parse(run.stdout)).toHaveLength(6);
  });

  it("reads ./postmortems by default when it exists, else the current directory", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "notes.md"), "# Notes\n\n## Action items\n\n- [ ] Not a postmortem action — owner: @x\n");
    expect(json(["--today", "2026-03-01"], dir).map((action) => action.document)).toEqual(["notes.md"]);
    mkdirSync(path.join(dir, "postmortems"));
    copyFileSync(path.join(ROOT, FOLDER, "2026-02-20-dns-field-blocks.md"), path.join(dir, "postmortems", "dns.md"));
    const listed = json(["--today", "2026-03-01"], dir);
    expect(listed).toHaveLength(4);
    expect(new Set(listed.map((action) => action.document))).toEqual(new Set(["postmortems/dns.md"]));
  });

  it("exits 2 with one line for bad options", () => {
    for (const [args, message] of [
      [["--today", "2026-02-30"], '--today "2026-02-30" is not a calendar date'],
      [["--today", "tomorrow"], '--today "tomorrow" is not a calendar date'],
      [["--due-within", "soon"], '--due-within "soon" is not a number of days'],
      [["--status", "closed"], "closed"],
      [["--format", "xml"], "xml"],
    ] as const) {
      const run = pm(["actions", FOLDER, ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
