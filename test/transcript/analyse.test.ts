import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyseMeeting, type Commitment } from "../../src/transcript/analyse.js";
import { parseTranscript } from "../../src/transcript/parse.js";

// Every transcript here is invented for these tests (fixtures/transcripts/).
function analyse(name: string, meetingDate?: string) {
  const text = readFileSync(new URL(`../../fixtures/transcripts/${name}`, import.meta.url), "utf8");
  return analyseMeeting(parseTranscript(text, name), { meetingDate });
}

const row = (commitment: Commitment) => [commitment.title, commitment.owners.join("+"), commitment.due];

describe("a review meeting, read turn by turn", () => {
  it("Meet: title, the incident day ('Monday's outage'), the zone said, attendees from the header", () => {
    const meeting = analyse("meet.txt");
    expect(meeting).toMatchObject({ title: "Search index corruption", meetingDate: "2026-08-19", incidentDate: "2026-08-17", timezone: "BST", severity: null });
    expect(meeting.attendees.map((attendee) => attendee.name)).toEqual(["Aoife Byrne", "Dmitri Volkov", "Femi Okoro", "Ines Carvalho", "Rahul Desai"]);
  });

  it("Meet: one timeline entry per event, word times ('quarter to eleven') as 24-hour clock", () => {
    expect(analyse("meet.txt").timeline.map((entry) => [entry.time, entry.text])).toEqual([
      ["09:05", "The nightly compaction started"],
      ["09:20", "Queries began returning empty pages."],
      ["09:32", "I got the page."],
      ["10:45", "We restored the snapshot"],
      ["11:10", "Search was healthy."],
    ]);
  });

  it("Meet: a yes with a date, a volunteer, a hedge kept unowned, a refusal that creates nothing, a recap that adds nothing", () => {
    const meeting = analyse("meet.txt");
    expect(meeting.commitments.map(row)).toEqual([
      ["Add a checksum step to compaction", "Dmitri Volkov", "2026-08-28"],
      ["Write the snapshot restore steps into the on-call guide", "Femi Okoro", "2026-08-20"],
      ["Look into alerting on empty result rates", "", null],
    ]);
    expect(meeting.commitments[2]!.gaps.join(" | ")).toMatch(/nobody took it on.*"Look into" is not an outcome.*no due date/);
  });

  it("Meet: a question answered 'I don't know, let's park that' is open; one someone answered is not", () => {
    const meeting = analyse("meet.txt");
    expect(meeting.openQuestions.map((question) => [question.text, question.evidence.line])).toEqual([["Should we tell the enterprise customers about the empty results?", 34]]);
    expect(meeting.openQuestions.map((question) => question.text)).not.toContain("And when was it fixed?");
  });

  it("Otter: times run past 6 PM in order; 'scratch that, I'll do it myself' moves the work and keeps 'same date'", () => {
    const meeting = analyse("otter.txt", "2026-05-12");
    expect(meeting.incidentDate).toBe("2026-05-07");
    expect(meeting.timezone).toBeNull();
    expect(meeting.timeline.map((entry) => entry.time)).toEqual(["18:00", "19:20", "19:50", "21:30"]);
    expect(meeting.commitments.map(row)).toEqual([
      ["Relay health check", "Tom Becker", "2026-05-22"],
      ["Add the relay rotation to the change calendar", "Grace Liu", "2026-05-18"],
      ["Keep an eye on the bounce rate this week", "", null],
    ]);
  });

  it("SubRip: a withdrawn commitment is gone; 'someone needs to' stays unowned", () => {
    const meeting = analyse("captions.srt", "2026-04-22");
    expect(meeting).toMatchObject({ title: "Build farm outage", incidentDate: "2026-04-21", timezone: "UTC" });
    expect(meeting.commitments.map(row)).toEqual([
      ["Add a disk usage alert on the cache hosts", "Pavel Novak", "2026-04-24"],
      ["Turn the old one back on", "", null],
    ]);
    expect(meeting.commitments[0]!.evidence.map((evidence) => [evidence.cue, evidence.speaker])).toEqual([
      [6, "Nora Quinn"],
      [7, "Pavel Novak"],
    ]);
  });

  it("Markdown notes: AI/Action markers, a reported yes, a struck-through item dropped, the parking lot open, regrets left out", () => {
    const meeting = analyse("notes.md");
    expect(meeting).toMatchObject({ meetingDate: "2026-03-11", incidentDate: "2026-03-09", timezone: "CET" });
    expect(meeting.attendees).toContainEqual({ name: "Lucia Ferri", role: "payments lead" });
    expect(meeting.attendees).toContainEqual({ name: "Ben Adler", role: "scribe" });
    expect(meeting.attendees.map((attendee) => attendee.name)).not.toContain("Olga Petrenko");
    expect(meeting.commitments.map(row)).toEqual([
      ["Add a rounding test per region", "Kai", "2026-03-13"],
      ["Reconcile the affected orders", "Zara Ahmed", "2026-03-25"],
      ["Review the other rule tables", "Kai", "2026-03-18"],
      ["Document who approves tax rule changes", "", null],
    ]);
    expect(meeting.openQuestions.map((question) => question.text)).toEqual(["Do refunds need a separate approval? Nobody here knows."]);
  });

  it("Teams: 'within two weeks' against --date, 'next sprint' kept as a question", () => {
    const meeting = analyse("teams.vtt", "2026-05-04");
    expect(meeting.incidentDate).toBe("2026-05-03");
    expect(meeting.timeline.map((entry) => [entry.time, entry.date])).toEqual([
      ["15:05", "2026-05-03"],
      ["15:50", "2026-05-03"],
    ]);
    expect(meeting.commitments.map(row)).toEqual([
      ["Write the failover runbook", "Ben Okafor", "2026-05-18"],
      ["Figure out the alert thresholds", "Chloe Park", null],
    ]);
    expect(meeting.commitments[1]!.gaps.join(" ")).toMatch(/"next sprint" is not a date/);
  });

  it("clock format: the date in the title line; 'walk us through' is talk; two volunteers is a gap; the asked-for date holds", () => {
    const meeting = analyse("clock.txt");
    expect(meeting.meetingDate).toBe("2026-03-02");
    expect(meeting.commitments.map(row)).toEqual([
      ["Pin the firmware version in the fleet config", "Omar", "2026-03-02"],
      ["Own the alert", "Lena+Omar", "2026-03-05"],
    ]);
    expect(meeting.commitments[1]!.gaps).toContain("Lena and Omar both took this on: name one owner");
  });

  it("without a meeting date, weekdays stay unresolved and say so", () => {
    const meeting = analyse("zoom.vtt");
    expect(meeting.commitments[0]!.due).toBeNull();
    expect(meeting.commitments[0]!.gaps.join(" ")).toContain('"by Friday" is not a date');
  });

  it("plain lines: the title from what broke, problems nobody took on as open questions", () => {
    const meeting = analyse("plain.txt");
    expect(meeting.title).toBe("Payments outage");
    expect(meeting.openQuestions.map((question) => question.text)).toEqual([]);
    expect(meeting.factors).toEqual([]);
    const zoom = analyse("zoom.vtt", "2026-04-02");
    expect(zoom.openQuestions.map((question) => [question.text, question.evidence.cue])).toEqual([["We didn't have an alert on config reload failures.", 6]]);
  });
});

describe("timeline and impact wording", () => {
  const inline = (text: string) => analyseMeeting(parseTranscript(text, "t.txt"), { meetingDate: "2026-01-14" });

  it("drops a guessed time someone corrects, and leaves a bare time's event for the team to write", () => {
    const meeting = inline("Date: 2026-01-14\n\nAl: The alert fired at 14:18. And I got paged at, um, 2:25?\nBo: 2:21.\nAl: So, um, about 40 percent of logins failed.\n");
    expect(meeting.timeline.map((entry) => [entry.time, entry.text])).toEqual([
      ["14:18", "The alert fired."],
      ["14:21", "{{what happened at 14:21}}"],
    ]);
    expect(meeting.impact.map((item) => item.text)).toEqual(["About 40 percent of logins failed."]);
  });
});
