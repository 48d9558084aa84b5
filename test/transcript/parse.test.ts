import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../src/transcript/parse.js";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/transcripts/${name}`, import.meta.url), "utf8");

describe("transcript formats, detected automatically", () => {
  it("reads '[mm:ss] Name: text' with its header", () => {
    const transcript = parseTranscript("Date: 2025-01-08\nAttendees: A (x), B (y)\n\n[00:00] A: Hello there.\n[00:05] B: Hi.\n[00:09] A: Let's go.\n", "t.txt");
    expect(transcript.format).toBe("bracketed");
    expect(transcript.header.date!.text).toBe("2025-01-08");
    expect(transcript.utterances.map((u) => [u.speaker, u.line, u.stamp])).toEqual([
      ["A", 4, "00:00"],
      ["B", 5, "00:05"],
      ["A", 6, "00:09"],
    ]);
  });

  it("reads 'HH:MM Name: text'", () => {
    const transcript = parseTranscript(fixture("clock.txt"), "clock.txt");
    expect(transcript.format).toBe("clock");
    expect(transcript.utterances[0]).toMatchObject({ speaker: "Ravi", stamp: "10:00", line: 4 });
  });

  it("reads 'Name: text' and keeps Date/Attendees lines as the header", () => {
    const transcript = parseTranscript(fixture("plain.txt"), "plain.txt");
    expect(transcript.format).toBe("plain");
    expect(Object.keys(transcript.header)).toEqual(["date", "attendees"]);
    expect(new Set(transcript.utterances.map((u) => u.speaker))).toEqual(new Set(["Kim", "Jo", "Sam"]));
  });

  it("reads Zoom WebVTT ('Name: text' cues), joining a speaker's consecutive cues", () => {
    const transcript = parseTranscript(fixture("zoom.vtt"), "zoom.vtt");
    expect(transcript.format).toBe("webvtt");
    expect(transcript.utterances[1]).toMatchObject({ speaker: "Tomás Ortega", line: 9 });
    expect(transcript.utterances[1]!.text).toContain("We rolled the config back at 09:40.");
  });

  it("reads Microsoft Teams WebVTT (<v Name> voice tags)", () => {
    const transcript = parseTranscript(fixture("teams.vtt"), "teams.vtt");
    expect(transcript.utterances.map((u) => u.speaker)).toEqual(["Ana Souza", "Ben Okafor", "Ana Souza", "Ben Okafor", "Chloe Park"]);
    expect(transcript.utterances[0]!.text).not.toContain("<v");
  });

  it("refuses prose with a message naming the formats it reads", () => {
    expect(() => parseTranscript("# Postmortem\n\nThe database fell over at noon.\n", "notes.md")).toThrow(/notes\.md: not a transcript pm can read.*WebVTT/);
    expect(() => parseTranscript("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n", "empty.vtt")).toThrow(/no cues with a speaker/);
  });
});
