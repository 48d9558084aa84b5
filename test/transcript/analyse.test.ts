import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { analyseMeeting, type Commitment } from "../../src/transcript/analyse.js";
import { parseTranscript } from "../../src/transcript/parse.js";
import { sharedFile } from "../helpers/shared.js";
import { describeWithShared } from "../helpers/with-shared.js";

function analyse(path: URL | string, meetingDate?: string) {
  const text = readFileSync(path, "utf8");
  return analyseMeeting(parseTranscript(text, String(path)), { meetingDate });
}

const summary = (commitment: Commitment) => ({ owners: commitment.owners, due: commitment.due });

describeWithShared("the seed review meeting (004)", () => {
  let meeting: ReturnType<typeof analyse>;
  beforeAll(() => {
    meeting = analyse(sharedFile("seeds/004_6c26296d13bb759f.txt"));
  });

  it("reads the meeting date, the incident day ('yesterday') and attendees with roles in either order", () => {
    expect(meeting.meetingDate).toBe("2025-01-08");
    expect(meeting.incidentDate).toBe("2025-01-07");
    expect(meeting.attendees).toContainEqual({ name: "Alex", role: "Operations" });
    expect(meeting.attendees).toContainEqual({ name: "Marcus", role: "VP Engineering" });
  });

  it("finds the times said aloud, as 24-hour times on the incident day", () => {
    expect(meeting.timeline.map((entry) => [entry.time, entry.date, entry.evidence.line])).toEqual([
      ["14:15", "2025-01-07", 11],
      ["14:20", "2025-01-07", 11],
    ]);
  });

  it("lists every commitment once, with its owner and resolved due date", () => {
    const byTitle = Object.fromEntries(meeting.commitments.map((commitment) => [commitment.title.split(" (re:")[0], summary(commitment)]));
    expect(byTitle).toEqual({
      "Spec it out": { owners: ["Dev"], due: "2025-01-10" },
      "Assign someone from my team; talk to them": { owners: ["Sarah"], due: "2025-01-10" },
      "Get pricing; send options to you": { owners: ["Alex"], due: "2025-01-13" },
      "Co-author something": { owners: ["Dev", "Sarah"], due: "2025-01-10" },
      "Draft something": { owners: ["Jenny"], due: "2025-01-22" },
      "Issue credits to everyone who had a failed transaction": { owners: [], due: null },
      "Pull the list": { owners: ["Jenny"], due: null },
      "Get you the list of affected transaction IDs": { owners: ["Alex"], due: "2025-01-08" },
      "Status updates from everyone involved before that meeting": { owners: [], due: null },
      "Set it up and send the invite": { owners: ["Sarah"], due: null },
    });
  });

  it("spells out the gaps: vague verbs, two owners, no owner, no date", () => {
    const gaps = (prefix: string) => meeting.commitments.find((commitment) => commitment.title.startsWith(prefix))!.gaps.join(" | ");
    expect(gaps("Assign someone")).toContain('"figure out" is not an outcome');
    expect(gaps("Co-author")).toContain("Dev and Sarah both took this on");
    expect(gaps("Issue credits")).toContain("name one");
    expect(gaps("Pull the list")).toContain("no due date was said");
    expect(gaps("Spec it out")).toBe("");
  });

  it("keeps the evidence: transcript lines of the request and the answer", () => {
    const spec = meeting.commitments.find((commitment) => commitment.title.startsWith("Spec it out"))!;
    expect(spec.evidence.map((item) => [item.line, item.speaker])).toEqual([
      [29, "Marcus"],
      [31, "Dev"],
    ]);
    expect(spec.title).toContain("(re: own setting up those tests)");
  });

  it("lists problems no action answers as open questions", () => {
    expect(meeting.openQuestions.map((question) => question.text)).toContain("We didn't have clear runbooks for database connection issues.");
    expect(meeting.openQuestions.map((question) => question.text)).not.toContain("From support's side, we were completely in the dark.");
  });
});

describe("transcripts in other formats", () => {
  const fixture = (name: string) => new URL(`../../fixtures/transcripts/${name}`, import.meta.url);

  it("Teams: resolves 'within two weeks' against --date and keeps 'next sprint' as a question", () => {
    const meeting = analyse(fixture("teams.vtt"), "2026-05-04");
    expect(meeting.incidentDate).toBe("2026-05-03");
    expect(meeting.commitments.map((commitment) => [commitment.owners.join("+"), commitment.due])).toEqual([
      ["Ben Okafor", "2026-05-18"],
      ["Chloe Park", null],
    ]);
    expect(meeting.commitments[1]!.gaps.join(" ")).toMatch(/"next sprint" is not a date/);
  });

  it("Zoom: a request nobody answers is kept with no owner", () => {
    const meeting = analyse(fixture("zoom.vtt"), "2026-04-02");
    expect(meeting.commitments.map((commitment) => [commitment.title, commitment.owners, commitment.due])).toEqual([
      ["Add the canary stage", ["Tomás Ortega"], "2026-04-03"],
      ["Look into the paging rota too", [], null],
    ]);
    expect(meeting.openQuestions.map((question) => question.evidence.line)).toEqual([25]);
  });

  it("clock format: 'walk us through' is talk, not an action; two volunteers is a gap", () => {
    const meeting = analyse(fixture("clock.txt"));
    expect(meeting.meetingDate).toBe("2026-03-02");
    expect(meeting.commitments.map((commitment) => commitment.owners)).toEqual([["Omar"], ["Lena", "Omar"]]);
  });

  it("without a meeting date, weekdays stay unresolved and say so", () => {
    const meeting = analyse(fixture("zoom.vtt"));
    expect(meeting.commitments[0]!.due).toBeNull();
    expect(meeting.commitments[0]!.gaps.join(" ")).toContain('"by Friday" is not a date');
  });
});
