import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pm, ROOT } from "../helpers/cli.js";
import { sharedFile } from "../helpers/shared.js";
import { itWithShared } from "../helpers/with-shared.js";

/** A folder holding review.txt: the seed review meeting (shared material), else one of our fixtures. */
function workspace(transcript: "seed" | "fixture" = "fixture"): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pm-from-"));
  copyFileSync(transcript === "seed" ? sharedFile("seeds/004_6c26296d13bb759f.txt") : path.join(ROOT, "fixtures/transcripts/plain.txt"), path.join(dir, "review.txt"));
  return dir;
}

describe("pm new --from TRANSCRIPT (built CLI)", () => {
  itWithShared("drafts the seed meeting: dates from the transcript, commitments in the action table, open questions", () => {
    const dir = workspace("seed");
    const run = pm(["new", "--from", "review.txt", "--yes", "--template", "learning-review"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const file = "postmortems/2025-01-07-incident-on-2025-01-07.md";
    expect(run.stdout).toContain(`Created ${file} from the learning-review template and review.txt.`);
    expect(run.stdout).toContain("Commitments found (10):");
    const text = readFileSync(path.join(dir, file), "utf8");
    expect(text).toContain('date: "2025-01-07"');
    expect(text).toContain("facilitator: Marcus");
    expect(text).toContain("decision_owner: Marcus");
    expect(text).toMatch(/\| 14:15 \| Our monitoring picked up elevated error rates on the payment service\. \| Hypothesis \| to confirm against logs; said in review\.txt line 11/);
    expect(text).toMatch(/\| 3 \| Get pricing; send options to you \(re: [^|]+\) \| [^|]+ \| Alex \| 2025-01-13 \|/);
    expect(text).toContain("- We didn't have clear runbooks for database connection issues. (raised by Alex, review.txt line 37; no action was agreed)");
    expect(text).toContain("## From the review meeting");
    expect(text).toContain('review.txt line 31, Dev: "Yeah, I can spec it out."');
  });

  itWithShared("makes pm lint flag exactly the commitments that lack an owner or a date", () => {
    const dir = workspace("seed");
    expect(pm(["new", "--from", "review.txt", "--yes", "--out", "draft.md"], { cwd: dir }).code).toBe(0);
    const [result] = JSON.parse(pm(["lint", "--format", "json", "draft.md"], { cwd: dir }).stdout);
    const flagged = result.messages
      .filter((message: { ruleId: string }) => message.ruleId === "action-owner" || message.ruleId === "action-due-date")
      .map((message: { ruleId: string; message: string }) => `${message.ruleId}: ${/Action "([^"]+?)[ …"]/.exec(message.message)![1]}`);
    expect(flagged.sort()).toEqual(
      [
        "action-owner: Co-author",
        "action-owner: Issue",
        "action-due-date: Issue",
        "action-due-date: Pull",
        "action-owner: Status",
        "action-due-date: Status",
        "action-due-date: Set",
      ].sort(),
    );
  });

  itWithShared("--dry-run prints the draft and the commitments and writes nothing", () => {
    const dir = workspace("seed");
    // No terminal and no --yes: a dry run still previews, with the defaults.
    const run = pm(["new", "--from", "review.txt", "--dry-run"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("## Action items");
    expect(run.stdout).toContain("to decide: Dev and Sarah both took this on: name one owner");
    expect(run.stdout).toContain("(dry run: nothing was written");
    expect(existsSync(path.join(dir, "postmortems"))).toBe(false);
  });

  it("reads a Teams WebVTT file, with --date as the meeting date", () => {
    const dir = workspace();
    copyFileSync(path.join(ROOT, "fixtures/transcripts/teams.vtt"), path.join(dir, "teams.vtt"));
    const run = pm(["new", "--from", "teams.vtt", "--date", "2026-05-04", "--title", "Login failures", "--yes", "--template", "near-miss", "--out", "login.md"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const text = readFileSync(path.join(dir, "login.md"), "utf8");
    expect(text).toContain('date: "2026-05-03"');
    expect(text).toContain("- [ ] Have a draft (re: write the failover runbook) (owner: Ben Okafor, due: 2026-05-18,");
    expect(text).toContain("(owner: Chloe Park, due: TBD (said: next sprint),");
  });

  it("refuses a file that is not a transcript, and never overwrites", () => {
    const dir = workspace();
    writeFileSync(path.join(dir, "notes.md"), "# Notes\n\nThe database fell over at noon.\n");
    const bad = pm(["new", "--from", "notes.md", "--yes"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^pm: notes\.md: not a transcript pm can read/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    writeFileSync(path.join(dir, "draft.md"), "mine");
    const clash = pm(["new", "--from", "review.txt", "--yes", "--out", "draft.md"], { cwd: dir });
    expect(clash.code).toBe(2);
    expect(readFileSync(path.join(dir, "draft.md"), "utf8")).toBe("mine");
    expect(readdirSync(dir).sort()).toEqual(["draft.md", "notes.md", "review.txt"]);
  });

  it("takes the team's transcript words from the config", () => {
    const dir = workspace();
    writeFileSync(path.join(dir, ".pmrc.yaml"), "vocabulary:\n  vaguePhrases: [noodle on]\n  problemPhrases: [we keep hitting]\n");
    writeFileSync(
      path.join(dir, "standup.txt"),
      "Date: 2026-06-02\n\nKim: We keep hitting the rate limit on the mail provider.\nJo: I'll noodle on a retry policy by Friday.\nKim: Thanks.\n",
    );
    const run = pm(["new", "--from", "standup.txt", "--title", "Mail delays", "--yes", "--dry-run"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/to decide: "noodle on" is not an outcome: say what done looks like/i);
    expect(run.stdout).toContain("Open questions (1):\n  - We keep hitting the rate limit on the mail provider. (line 3)");
  });

  it("exits 2 for a missing transcript", () => {
    const run = pm(["new", "--from", "nope.vtt", "--yes"], { cwd: workspace() });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("pm: nope.vtt: no such file or directory\n");
  });
});
