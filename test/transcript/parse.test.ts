import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../src/transcript/parse.js";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/transcripts/${name}`, import.meta.url), "utf8");

describe("transcript formats, detected from the content", () => {
  it("reads '[mm:ss] Name: text' with its header", () => {
    const transcript = parseTranscript("Date: 2025-01-08\nAttendees: A (x), B (y)\n\n[00:00] A: Hello there.\n[00:05] B: Hi.\n[00:09] A: Let's go.\n", "t.txt");
    expect(transcript.format).toBe("mmss-txt");
    expect(transcript.header.date!.text).toBe("2025-01-08");
    expect(transcript.utterances.map((u) => [u.speaker, u.line, u.stamp])).toEqual([
      ["A", 4, "00:00"],
      ["B", 5, "00:05"],
      ["A", 6, "00:09"],
    ]);
  });

  it("reads 'HH:MM Name: text' and takes an unlabelled first line as the title", () => {
    const transcript = parseTranscript(fixture("clock.txt"), "clock.txt");
    expect(transcript.format).toBe("clock-txt");
    expect(transcript.title).toBe("Review: storage latency, 2026-03-02");
    expect(transcript.utterances[0]).toMatchObject({ speaker: "Ravi", stamp: "10:00", line: 4 });
  });

  it("reads 'Name: text' and keeps the labels that never speak (Date, Attendees, Regrets) as the header", () => {
    const transcript = parseTranscript(fixture("plain.txt"), "plain.txt");
    expect(transcript.format).toBe("plain-txt");
    expect(Object.keys(transcript.header)).toEqual(["date", "attendees"]);
    expect(new Set(transcript.utterances.map((u) => u.speaker))).toEqual(new Set(["Kim", "Jo", "Sam"]));
    const titled = parseTranscript("Review: queue stall\nDate: 2026-01-02\nRegrets: Pat Doe\n\nAl: Hi.\nBo: Hello.\nAl: Start.\n", "t.txt");
    expect(titled.title).toBe("Review: queue stall");
    expect(titled.header.regrets!.text).toBe("Pat Doe");
  });

  it("reads Zoom WebVTT ('Name: text' cues), joining a speaker's consecutive cues and keeping cue numbers", () => {
    const transcript = parseTranscript(fixture("zoom.vtt"), "zoom.vtt");
    expect(transcript.format).toBe("zoom-webvtt");
    expect(transcript.utterances[1]).toMatchObject({ speaker: "Tomás Ortega", line: 9, cue: 2 });
    expect(transcript.utterances[1]!.text).toContain("We rolled the config back at 09:40.");
    expect(transcript.utterances[1]!.parts.map((part) => part.cue)).toEqual([2, 3]);
  });

  it("reads Microsoft Teams WebVTT (<v Name> voice tags) and drops '(Guest)'", () => {
    const transcript = parseTranscript(fixture("teams.vtt"), "teams.vtt");
    expect(transcript.format).toBe("teams-webvtt");
    expect(transcript.utterances.map((u) => u.speaker)).toEqual(["Ana Souza", "Ben Okafor", "Ana Souza", "Ben Okafor", "Chloe Park"]);
    expect(transcript.utterances[0]!.text).not.toContain("<v");
    const guest = parseTranscript("WEBVTT\n\na/1-0\n00:00:01.000 --> 00:00:02.000\n<v Ida Berg (Guest)>Hi.</v>\n\na/2-0\n00:00:03.000 --> 00:00:04.000\n<v Jon Lee>Hello.</v>\n\na/3-0\n00:00:05.000 --> 00:00:06.000\n<v Ida Berg (Guest)>Bye.</v>\n", "g.vtt");
    expect(guest.utterances[0]!.speaker).toBe("Ida Berg");
  });

  it("reads SubRip captions: unlabelled cues continue the turn, upper-case labels get the full name said in the meeting", () => {
    const transcript = parseTranscript(fixture("captions.srt"), "captions.srt");
    expect(transcript.format).toBe("srt");
    expect(transcript.utterances[0]).toMatchObject({ speaker: "Nora Quinn", cue: 1, line: 3 });
    expect(transcript.utterances[0]!.text).toBe("This is the review for the build farm outage from yesterday. I'm Nora Quinn, I run developer tools.");
    expect(transcript.utterances[1]!.speaker).toBe("Pavel Novak");
    expect(transcript.utterances[1]!.text).not.toContain("CROSSTALK");
  });

  it("reads Google Meet's text export: title, date and attendees from the header, offsets skipped", () => {
    const transcript = parseTranscript(fixture("meet.txt"), "meet.txt");
    expect(transcript.format).toBe("google-meet-txt");
    expect(transcript.title).toBe("Incident review: search index corruption");
    expect(transcript.header.date!.text).toBe("2026-08-19 15:00 GMT+01:00");
    expect(transcript.header.attendees!.text).toContain("Ines Carvalho");
    expect(transcript.utterances[0]).toMatchObject({ speaker: "Aoife Byrne", line: 8 });
    expect(transcript.utterances.some((u) => /00:05:00/.test(u.text))).toBe(false);
  });

  it("reads Otter's export and names 'Speaker 2' by the name they give", () => {
    const transcript = parseTranscript(fixture("otter.txt"), "otter.txt");
    expect(transcript.format).toBe("otter-txt");
    expect(transcript.utterances[1]).toMatchObject({ speaker: "Tom Becker", line: 5, stamp: "0:15" });
    expect(transcript.utterances.map((u) => u.speaker)).not.toContain("Speaker 2");
  });

  it("reads a scribe's Markdown notes: metadata bullets as the header, each bullet a turn under its section", () => {
    const transcript = parseTranscript(fixture("notes.md"), "notes.md");
    expect(transcript.format).toBe("markdown-notes");
    expect(transcript.title).toBe("Incident review: checkout tax miscalculation");
    expect(transcript.header.present!.text).toBe("Lucia Ferri, Ben Adler, Kai Moreno, Zara Ahmed");
    expect(transcript.utterances.find((u) => u.speaker === "Kai")).toMatchObject({ section: "Discussion", line: 20 });
    expect(transcript.utterances.find((u) => u.text.startsWith("[struck:"))).toMatchObject({ depth: 1 });
  });

  it("refuses what it can't read with a message naming the formats it reads", () => {
    expect(() => parseTranscript("# Postmortem\n\nThe database fell over at noon.\n", "notes.md")).toThrow(/notes\.md: not a transcript pm can read\. It reads WebVTT.*Markdown meeting notes/);
    expect(() => parseTranscript("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n", "empty.vtt")).toThrow(/empty\.vtt: looks like a WebVTT file but has no turns with a speaker/);
  });
});
