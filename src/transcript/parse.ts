/**
 * Meeting transcripts in the shapes review meetings are exported in, read into one list of turns
 * (who spoke, what they said, where in the file). The format is detected from the text itself:
 * an unrecognised file is refused with the shapes pm reads, never guessed.
 */
import { UserError } from "../errors.js";

export type TranscriptFormat =
  | "zoom-webvtt"
  | "teams-webvtt"
  | "srt"
  | "google-meet-txt"
  | "otter-txt"
  | "mmss-txt"
  | "clock-txt"
  | "plain-txt"
  | "markdown-notes";

export interface Utterance {
  /** Who spoke; "" for a scribe's own words in meeting notes. */
  speaker: string;
  text: string;
  /** 1-based file line where the turn starts. */
  line: number;
  /** The cue number of the turn's first cue, in formats with numbered cues (Zoom, SubRip). */
  cue: number | null;
  /** The stamp as written ("[02:10]", "14:05", "00:02:10.000"), if any. */
  stamp: string | null;
  /** Where each piece of the text came from: `at` is its offset in `text`. */
  parts: Array<{ at: number; line: number; cue: number | null }>;
  /** Meeting notes: how deep the bullet is nested (0 at the top); 0 elsewhere. */
  depth: number;
  /** Meeting notes: the heading the line sits under. */
  section: string | null;
}

export interface Transcript {
  format: TranscriptFormat;
  /** "Key: value" lines before the conversation starts (Date, Attendees, Regrets...), keys in lower case. */
  header: Record<string, { text: string; line: number }>;
  /** The meeting's name when the file gives one (a first line, a Meet header, a Markdown title). */
  title: string | null;
  utterances: Utterance[];
}

const EXPECTED =
  'It reads WebVTT from Zoom ("Name: text" cues) or Teams (<v Name> tags), SubRip (.srt), Google Meet and Otter text exports, "[mm:ss] Name: text", "HH:MM Name: text", "Name: text" lines, and Markdown meeting notes.';

/** Reads a transcript; throws a UserError naming the formats it understands when it is none. */
export function parseTranscript(text: string, file: string): Transcript {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const reader = READERS.find((candidate) => candidate.detect(lines));
  const transcript = reader?.read(lines) ?? null;
  if (!transcript || !isConversation(transcript)) {
    const what = reader ? `looks like ${reader.name} but has no turns with a speaker` : "not a transcript pm can read";
    throw new UserError(`${file}: ${what}. ${EXPECTED}`);
  }
  nameUnknownSpeakers(transcript);
  return transcript;
}

/** Two speakers talking at least three times between them: a conversation, not prose. */
function isConversation(transcript: Transcript): boolean {
  const speakers = new Set(transcript.utterances.map((utterance) => utterance.speaker).filter(Boolean));
  return transcript.utterances.length >= 3 && speakers.size >= (transcript.format === "markdown-notes" ? 1 : 2);
}

interface Reader {
  name: string;
  detect(lines: string[]): boolean;
  read(lines: string[]): Transcript;
}

const VTT_TIMING = /^\s*(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3}\s+-->\s+/;
const SRT_TIMING = /^\s*\d{1,2}:\d{2}:\d{2},\d{3}\s+-->\s+/;
const VOICE = /<v(?:\.[^\s>]+)*\s+([^>]+)>([\s\S]*?)(?:<\/v>|$)/;
const MMSS = /^\s*\[(\d{1,2}:\d{2}(?::\d{2})?)\]\s*([^:\]]{1,60}?):\s*(.*)$/;
const CLOCK = /^\s*(\d{1,2}:\d{2}(?::\d{2})?)\s+([^:\d\s][^:]{0,59}?):\s*(.*)$/;
const LABEL = /^\s*([\p{Lu}][\p{L}.'’ -]{0,40}?)\s*:\s+(.+)$/u;
const OTTER_SPEAKER = /^(\S.{0,60}?)\s{2,}(\d{1,2}:\d{2}(?::\d{2})?)\s*$/;
const MEET_OFFSET = /^\s*\d{1,2}:\d{2}:\d{2}\s*$/;
const CAPTION_TAG = /\[(?:crosstalk|inaudible|laughter|music|silence|applause|background noise)\]/gi;

const firstNonEmpty = (lines: string[], count: number) => lines.filter((line) => line.trim() !== "").slice(0, count);

const READERS: Reader[] = [
  { name: "a WebVTT file", detect: (lines) => /^WEBVTT\b/.test(lines[0] ?? ""), read: readWebVtt },
  { name: "a SubRip file", detect: (lines) => firstNonEmpty(lines, 3).some((line) => SRT_TIMING.test(line)), read: readSubRip },
  {
    name: "a Google Meet transcript",
    detect: (lines) => /-\s*Transcript\s*$/.test(lines.find((line) => line.trim() !== "") ?? "") || (lines.some((line) => line.trim() === "Transcript") && lines.some((line) => line.trim() === "Attendees")),
    read: readMeet,
  },
  { name: "an Otter export", detect: (lines) => OTTER_SPEAKER.test(lines.find((line) => line.trim() !== "") ?? "") && lines.filter((line) => OTTER_SPEAKER.test(line)).length >= 3, read: readOtter },
  { name: "Markdown meeting notes", detect: (lines) => /^#\s+\S/.test(lines.find((line) => line.trim() !== "" && !/^---\s*$/.test(line)) ?? "") && lines.some((line) => /^\s*[-*+]\s/.test(line)), read: readNotes },
  { name: '"[mm:ss] Name: text" lines', detect: (lines) => countMatching(lines, MMSS) >= 3, read: (lines) => readLabelled(lines, "mmss-txt", MMSS) },
  { name: '"HH:MM Name: text" lines', detect: (lines) => countMatching(lines, CLOCK) >= 3, read: (lines) => readLabelled(lines, "clock-txt", CLOCK) },
  { name: '"Name: text" lines', detect: (lines) => countMatching(lines, LABEL) >= 3, read: (lines) => readLabelled(lines, "plain-txt", LABEL) },
];

function countMatching(lines: string[], pattern: RegExp): number {
  return lines.filter((line) => pattern.test(line)).length;
}

/** Collects turns: a piece from the same speaker as the last turn continues it. */
class Turns {
  readonly list: Utterance[] = [];
  add(speaker: string, text: string, line: number, options: { cue?: number | null; stamp?: string | null; join?: boolean; depth?: number; section?: string | null } = {}): void {
    const clean = text.replace(CAPTION_TAG, " ").replace(/\s+/g, " ").trim();
    if (clean === "") return;
    const last = this.list[this.list.length - 1];
    if (last && options.join !== false && last.speaker === speaker) {
      last.parts.push({ at: last.text.length + 1, line, cue: options.cue ?? null });
      last.text = `${last.text} ${clean}`;
      return;
    }
    this.list.push({ speaker, text: clean, line, cue: options.cue ?? null, stamp: options.stamp ?? null, parts: [{ at: 0, line, cue: options.cue ?? null }], depth: options.depth ?? 0, section: options.section ?? null });
  }
  /** Text without a label continues the turn above it. */
  continueLast(text: string, line: number, cue: number | null = null): void {
    const last = this.list[this.list.length - 1];
    if (last) this.add(last.speaker, text, line, { cue });
  }
}

/** The file line and cue of a character offset in a turn's text. */
export function whereIs(utterance: Utterance, at: number): { line: number; cue: number | null } {
  let found = utterance.parts[0]!;
  for (const part of utterance.parts) if (part.at <= at) found = part;
  return { line: found.line, cue: found.cue };
}

function readWebVtt(lines: string[]): Transcript {
  const turns = new Turns();
  let stamp: string | null = null;
  let cue: number | null = null;
  let inCue = false;
  let voiced = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (VTT_TIMING.test(raw)) {
      stamp = raw.trim().split(/\s+/)[0]!;
      const id = lines[index - 1]?.trim() ?? "";
      cue = /^\d+$/.test(id) ? Number(id) : null;
      inCue = true;
      return;
    }
    if (raw.trim() === "") {
      inCue = false;
      return;
    }
    if (!inCue) return;
    const voice = VOICE.exec(raw);
    if (voice) voiced = true;
    const plain = voice ? null : /^\s*([^:<>]{1,60}?):\s+(.+)$/.exec(raw);
    const speaker = (voice?.[1] ?? plain?.[1])?.trim();
    const text = (voice?.[2] ?? plain?.[2] ?? raw).replace(/<[^>]+>/g, "");
    // Zoom and Teams split one person's turn into many cues: consecutive cues of a speaker are one turn.
    if (speaker) turns.add(normaliseName(speaker), text, line, { cue, stamp });
    else turns.continueLast(text, line, cue);
  });
  return { format: voiced ? "teams-webvtt" : "zoom-webvtt", header: {}, title: null, utterances: turns.list };
}

/**
 * SubRip captions label only the first cue of a turn, often with the upper-case first name
 * ("DIEGO:"); the full name comes from the introductions, when someone says it.
 */
function readSubRip(lines: string[]): Transcript {
  const turns = new Turns();
  let cue: number | null = null;
  let stamp: string | null = null;
  let inCue = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (SRT_TIMING.test(raw)) {
      stamp = raw.trim().split(/\s+/)[0]!;
      const id = lines[index - 1]?.trim() ?? "";
      cue = /^\d+$/.test(id) ? Number(id) : null;
      inCue = true;
      return;
    }
    if (raw.trim() === "") {
      inCue = false;
      return;
    }
    if (!inCue) return;
    const label = /^\s*(?:-\s*)?([\p{Lu}][\p{Lu}\p{M}.' -]{0,30}|[\p{Lu}][\p{L}.' -]{0,30}?):\s*(.*)$/u.exec(raw);
    if (label) turns.add(label[1]!.trim(), label[2]!, line, { cue, stamp, join: false });
    else turns.continueLast(raw, line, cue);
  });
  const utterances = mergeSameSpeaker(turns.list);
  fullNamesFromIntroductions(utterances);
  return { format: "srt", header: {}, title: null, utterances };
}

function mergeSameSpeaker(list: Utterance[]): Utterance[] {
  const merged: Utterance[] = [];
  for (const utterance of list) {
    const last = merged[merged.length - 1];
    if (last && last.speaker === utterance.speaker) {
      const offset = last.text.length + 1;
      last.parts.push(...utterance.parts.map((part) => ({ ...part, at: part.at + offset })));
      last.text = `${last.text} ${utterance.text}`;
    } else merged.push({ ...utterance, parts: [...utterance.parts] });
  }
  return merged;
}

/** "DIEGO" -> "Diego Fernández" when someone says the full name in the meeting; else "Diego". */
function fullNamesFromIntroductions(utterances: Utterance[]): void {
  const all = utterances.map((utterance) => utterance.text).join(" ");
  const names = new Map<string, string>();
  for (const label of new Set(utterances.map((utterance) => utterance.speaker))) {
    const first = label.charAt(0) + label.slice(1).toLowerCase();
    const said = new RegExp(String.raw`\b${escapeRegExp(first)}((?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=[\s,.;:!?]|$)`, "u").exec(all);
    names.set(label, said ? `${first}${said[1]!.replace(/\s+/g, " ")}`.replace(/\s+(?:I|I'm|I've|We|The|And|From|Is|Has|Was)$/, "") : label === label.toUpperCase() ? first : label);
  }
  for (const utterance of utterances) utterance.speaker = names.get(utterance.speaker) ?? utterance.speaker;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Google Meet: a "<name> (<date>) - Transcript" line, Attendees, then speaker lines over text lines. */
function readMeet(lines: string[]): Transcript {
  const header: Transcript["header"] = {};
  const first = lines.findIndex((line) => line.trim() !== "");
  const heading = /^(.*?)\s*(?:\(([^)]*)\))?\s*-\s*Transcript\s*$/.exec(lines[first] ?? "");
  const title = heading?.[1]?.trim() || null;
  if (heading?.[2]) header.date = { text: heading[2], line: first + 1 };
  const attendeesAt = lines.findIndex((line) => line.trim() === "Attendees");
  if (attendeesAt >= 0 && lines[attendeesAt + 1]) header.attendees = { text: lines[attendeesAt + 1]!.trim(), line: attendeesAt + 2 };
  const start = lines.findIndex((line, index) => index > Math.max(first, attendeesAt) && line.trim() === "Transcript");
  const turns = new Turns();
  let speaker: string | null = null;
  for (let index = start + 1; index < lines.length; index++) {
    const raw = lines[index]!;
    if (raw.trim() === "" || MEET_OFFSET.test(raw) || /^\s*Transcription ended/i.test(raw)) {
      if (raw.trim() === "") speaker = null;
      continue;
    }
    // A block is a speaker's name alone on a line, then what they said.
    if (speaker === null && isNameLine(raw) && lines[index + 1]?.trim()) {
      speaker = normaliseName(raw.trim());
      continue;
    }
    if (speaker !== null) turns.add(speaker, raw, index + 1);
  }
  return { format: "google-meet-txt", header, title, utterances: turns.list };
}

function isNameLine(raw: string): boolean {
  return /^\s*[\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+[\p{L}\p{M}.'’()-]+){0,4}\s*$/u.test(raw) && raw.trim().length <= 60 && !/[.?!,:]$/.test(raw.trim());
}

/** Otter: "Full Name  0:05" (two spaces before the offset), then the text, blocks apart. */
function readOtter(lines: string[]): Transcript {
  const turns = new Turns();
  let speaker: { name: string; stamp: string } | null = null;
  lines.forEach((raw, index) => {
    const label = OTTER_SPEAKER.exec(raw);
    if (label) {
      speaker = { name: normaliseName(label[1]!), stamp: label[2]! };
      return;
    }
    if (raw.trim() === "" || !speaker) return;
    turns.add(speaker.name, raw, index + 1, { stamp: speaker.stamp, join: false });
  });
  return { format: "otter-txt", header: {}, title: null, utterances: turns.list };
}

/**
 * Lines labelled with a speaker. Before the talk, a block of lines (a title, "Date:",
 * "Attendees:", "Regrets:") whose labels never speak is the header.
 */
function readLabelled(lines: string[], format: "mmss-txt" | "clock-txt" | "plain-txt", pattern: RegExp): Transcript {
  const header: Transcript["header"] = {};
  let title: string | null = null;
  const turns = new Turns();
  const labelOf = (raw: string) => {
    const found = pattern.exec(raw);
    if (!found) return null;
    return format === "plain-txt" ? { stamp: null, speaker: found[1]!.trim(), text: found[2]! } : { stamp: found[1]!, speaker: found[2]!.trim(), text: found[3]! };
  };
  const uses = new Map<string, number>();
  for (const raw of lines) {
    const label = labelOf(raw);
    if (label) uses.set(label.speaker, (uses.get(label.speaker) ?? 0) + 1);
  }
  let talking = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (/^\s*(?:-{3,}|={3,}|\[end of (?:transcript|recording)\])\s*$/i.test(raw) || raw.trim() === "") return;
    const label = labelOf(raw);
    // Once the talk has started every label speaks; before it, a label used once is a title.
    const speaks = label !== null && !HEADER_KEYS.test(label.speaker) && (talking || (uses.get(label.speaker) ?? 0) >= 2);
    if (!talking && !speaks) {
      const meta = /^\s*([\p{Lu}][\p{L} ]{1,30}):\s*(.*)$/u.exec(raw);
      if (meta && HEADER_KEYS.test(meta[1]!.trim())) header[meta[1]!.trim().toLowerCase()] = { text: meta[2]!.trim(), line };
      else if (title === null) title = raw.trim();
      return;
    }
    if (label && speaks) {
      talking = true;
      turns.add(label.speaker, label.text, line, { stamp: label.stamp, join: false });
      return;
    }
    // A wrapped line continues the turn above it.
    if (!/^\s*\[/.test(raw)) turns.continueLast(raw, line);
  });
  return { format, header, title, utterances: turns.list };
}

const HEADER_KEYS =
  /^(?:date|when|type|title|duration|attendees|participants|present|regrets|apologies|absent|joined late|meeting|time|location|recorded|notes|scribe|note taker|facilitator|chair|subject|incident|severity|ticket)$/i;

/**
 * A scribe's Markdown notes: metadata bullets ("- **When:** ..."), then bullets and paragraphs,
 * some opening with a bold speaker ("- **Kofi:** ..."). Each bullet or paragraph is one turn.
 */
function readNotes(lines: string[]): Transcript {
  const header: Transcript["header"] = {};
  let title: string | null = null;
  let section: string | null = null;
  const turns = new Turns();
  lines.forEach((raw, index) => {
    const line = index + 1;
    const heading = /^(#{1,6})\s+(.*)$/.exec(raw);
    if (heading) {
      if (heading[1] === "#" && title === null) title = heading[2]!.trim();
      else section = heading[2]!.trim();
      return;
    }
    if (raw.trim() === "" || /^\s*>/.test(raw) || /^\s*\|/.test(raw)) return;
    const bullet = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/.exec(raw);
    const body = bullet ? bullet[2]! : raw.trim();
    const meta = /^\*\*([^*:]{1,30}):\*\*\s*(.*)$|^\*\*([^*:]{1,30})\*\*:\s*(.*)$/.exec(body);
    const key = (meta?.[1] ?? meta?.[3])?.trim();
    if (key && section === null && HEADER_KEYS.test(key)) {
      header[key.toLowerCase()] = { text: stripMarkdown(meta![2] ?? meta![4] ?? ""), line };
      return;
    }
    const depth = bullet ? Math.floor(bullet[1]!.replace(/\t/g, "  ").length / 2) : 0;
    // "**Kofi:** text", "Kofi: text", "AI: **Kofi**: text": the speaker or owner leads the line.
    const said = /^(?:\*\*)?([\p{Lu}][\p{L}\p{M}'’-]+(?:\s[\p{Lu}][\p{L}\p{M}'’-]+)?)(?::\*\*|\*\*:|:)\s+(.*)$/u.exec(body);
    const speaker = said && !MARKER.test(said[1]!) ? said[1]! : "";
    const text = stripMarkdown(speaker ? said![2]! : body);
    const continues = !bullet && turns.list.length > 0 && lines[index - 1]?.trim() !== "";
    if (continues) turns.continueLast(text, line);
    else turns.add(speaker, text, line, { join: false, depth, section });
  });
  return { format: "markdown-notes", header, title, utterances: turns.list };
}

/** Markers a scribe puts before an action item. */
export const MARKER = /^(?:AI|Action|Action item|TODO|To do|Follow[- ]up)$/i;

function stripMarkdown(text: string): string {
  return text
    .replace(/~~([^~]*)~~/g, "[struck: $1]")
    .replace(/\*\*([^*]*)\*\*/g, "$1")
    .replace(/(?<![\w*])\*([^*]+)\*(?!\w)/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .trim();
}

/** "Marta Kowalski (Guest)", "MARTA KOWALSKI" -> "Marta Kowalski". */
function normaliseName(name: string): string {
  const bare = name.replace(/\s*\((?:guest|external|host|organi[sz]er|presenter)\)\s*$/i, "").trim();
  if (bare === bare.toUpperCase() && /\p{Lu}{2}/u.test(bare)) return bare.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  return bare;
}

/**
 * "Speaker 3" (an export that did not know the voice) gets the name the speaker gives:
 * "it's Bilal. Bilal Hussain, QA" or "I'm Bilal".
 */
function nameUnknownSpeakers(transcript: Transcript): void {
  const unknown = new Set(transcript.utterances.map((utterance) => utterance.speaker).filter((speaker) => /^(?:speaker|unknown speaker|participant|guest)\s*\d*$/i.test(speaker)));
  for (const label of unknown) {
    const theirs = transcript.utterances.filter((utterance) => utterance.speaker === label).slice(0, 3);
    let name: string | null = null;
    for (const utterance of theirs) {
      const full = /\b(?:it's|it is|I'm|I am|this is|my name is)\s+(\p{Lu}[\p{L}'’-]+)\b(?:[.,]?\s+(\1\s+\p{Lu}[\p{L}'’-]+))?/u.exec(utterance.text);
      if (full) {
        name = full[2] ?? full[1]!;
        break;
      }
    }
    if (name) for (const utterance of transcript.utterances) if (utterance.speaker === label) utterance.speaker = name;
  }
}
