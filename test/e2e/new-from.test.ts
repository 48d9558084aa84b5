import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pm, ROOT } from "../helpers/cli.js";
import { sharedFile } from "../helpers/shared.js";
import { describeWithShared } from "../helpers/with-shared.js";

// Invented meetings, one per format (fixtures/transcripts/).
function workspace(...fixtures: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pm-from-"));
  for (const name of fixtures) copyFileSync(path.join(ROOT, "fixtures/transcripts", name), path.join(dir, name));
  return dir;
}

describe("pm new --from TRANSCRIPT (built CLI)", () => {
  it("drafts a Google Meet export: title, incident day, zone, attendees, timeline, impact, commitments, open questions", () => {
    const dir = workspace("meet.txt");
    const run = pm(["new", "--from", "meet.txt", "--yes"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const file = "postmortems/2026-08-17-search-index-corruption.md";
    expect(run.stdout).toContain(`Created ${file} from the learning-review template and meet.txt.`);
    expect(run.stdout).toContain("Commitments found (3):");
    const text = readFileSync(path.join(dir, file), "utf8");
    expect(text).toContain("# Search index corruption");
    expect(text).toContain('date: "2026-08-17"');
    expect(text).not.toMatch(/^severity:/m);
    expect(text).toContain("**Severity:** {{severity, SEV1 to SEV4: the meeting did not say}}");
    expect(text).toContain("- **Attendees:** Aoife Byrne (search lead), Dmitri Volkov (indexing), Femi Okoro, Ines Carvalho, Rahul Desai");
    expect(text).toContain("Times are BST on 2026-08-17, as the meeting said.");
    expect(text).toMatch(/\| 10:45 \| We restored the snapshot \| Hypothesis \| to confirm against logs; said in \.\.\/meet\.txt line 20, Dmitri Volkov:/);
    expect(text).toContain("- About 35 percent of queries failed in that window. (Dmitri Volkov, ../meet.txt line 20)");
    expect(text).toMatch(/\| 1 \| Add a checksum step to compaction \| [^|]+ \| Dmitri Volkov \| 2026-08-28 \|/);
    expect(text).toMatch(/\| 3 \| Look into alerting on empty result rates \| [^|]+ \| TBD \| TBD \|/);
    expect(text).toContain("- Should we tell the enterprise customers about the empty results? (raised by Ines Carvalho, ../meet.txt line 34; no action was agreed)");
    expect(text).not.toContain(dir);
  });

  it("makes pm lint flag exactly the commitments that lack an owner or a date", () => {
    const dir = workspace("otter.txt");
    expect(pm(["new", "--from", "otter.txt", "--date", "2026-05-12", "--yes", "--out", "draft.md"], { cwd: dir }).code).toBe(0);
    const [result] = JSON.parse(pm(["lint", "--format", "json", "draft.md"], { cwd: dir }).stdout);
    const flagged = result.messages
      .filter((message: { ruleId: string }) => message.ruleId === "action-owner" || message.ruleId === "action-due-date")
      .map((message: { ruleId: string; message: string }) => `${message.ruleId}: ${/Action "([^"]+?)[ …"]/.exec(message.message)![1]}`);
    expect(flagged.sort()).toEqual(["action-due-date: Keep", "action-owner: Keep"]);
  });

  it("a draft beside its transcript cites it by a relative path; one elsewhere by its file name", () => {
    const dir = workspace("captions.srt");
    mkdirSync(path.join(dir, "meetings"));
    copyFileSync(path.join(dir, "captions.srt"), path.join(dir, "meetings/captions.srt"));
    expect(pm(["new", "--from", "meetings/captions.srt", "--date", "2026-04-22", "--yes", "--out", "postmortems/build.md"], { cwd: dir }).code).toBe(0);
    expect(readFileSync(path.join(dir, "postmortems/build.md"), "utf8")).toContain("../meetings/captions.srt cue 7 (line 31), Pavel Novak:");
    const elsewhere = mkdtempSync(path.join(tmpdir(), "pm-from-out-"));
    expect(pm(["new", "--from", path.join(dir, "captions.srt"), "--date", "2026-04-22", "--yes", "--out", path.join(elsewhere, "d.md")], { cwd: elsewhere }).code).toBe(0);
    const text = readFileSync(path.join(elsewhere, "d.md"), "utf8");
    expect(text).toContain("captions.srt cue 7 (line 31)");
    expect(text).not.toContain(dir);
  });

  it("drafts Markdown notes: dropped work is gone, reassigned work has its final owner", () => {
    const dir = workspace("notes.md");
    const run = pm(["new", "--from", "notes.md", "--yes", "--dry-run"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Commitments found (4):");
    expect(run.stdout).not.toContain("merchant email");
    expect(run.stdout).toContain("Times are CET on 2026-03-09, as the meeting said.");
    expect(run.stdout).toContain("(dry run: nothing was written");
    expect(existsSync(path.join(dir, "postmortems"))).toBe(false);
  });

  it("leaves the zone for lint to ask about when nobody said one, and keeps a severity given as a flag", () => {
    const dir = workspace("teams.vtt");
    const run = pm(["new", "--from", "teams.vtt", "--date", "2026-05-04", "--title", "Login failures", "--severity", "SEV2", "--yes", "--template", "incident", "--out", "login.md"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const text = readFileSync(path.join(dir, "login.md"), "utf8");
    expect(text).toContain('date: "2026-05-03"');
    expect(text).toContain("severity: SEV2");
    expect(text).toContain("nobody named the time zone: {{the time zone these times are in, e.g. UTC}}");
    expect(text).toMatch(/Write the failover runbook[^\n]*Ben Okafor[^\n]*2026-05-18/);
  });

  it("refuses a file that is not a transcript, and never overwrites", () => {
    const dir = workspace("plain.txt");
    writeFileSync(path.join(dir, "essay.md"), "# Notes\n\nThe database fell over at noon.\n");
    const bad = pm(["new", "--from", "essay.md", "--yes"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^pm: essay\.md: not a transcript pm can read\. It reads WebVTT from Zoom/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    writeFileSync(path.join(dir, "draft.md"), "mine");
    const clash = pm(["new", "--from", "plain.txt", "--yes", "--out", "draft.md"], { cwd: dir });
    expect(clash.code).toBe(2);
    expect(readFileSync(path.join(dir, "draft.md"), "utf8")).toBe("mine");
    expect(readdirSync(dir).sort()).toEqual(["draft.md", "essay.md", "plain.txt"]);
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

// The team's reference meetings, each with what a careful reader takes from it; absent on a fresh clone.
describeWithShared("the reference review meetings (../shared/transcripts)", () => {
  it("drafts every one with each commitment once, the right owner and due date, and the incident date", () => {
    const run = spawnSync(process.execPath, [sharedFile("transcripts", "score.mjs")], { cwd: ROOT, encoding: "utf8", timeout: 170_000 });
    expect(run.stdout).toMatch(/commitments right, 0 problems/);
    expect(run.status).toBe(0);
  }, 180_000);
});
