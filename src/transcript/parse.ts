/**
 * Meeting transcripts in the shapes review meetings are exported in, read into one list of
 * utterances. The format is detected from the text itself.
 */
import { UserError } from "../errors.js";

export type TranscriptFormat = "bracketed" | "clock" | "plain" | "webvtt";

export interface Utterance {
  speaker: string;
  text: string;
  /** 1-based line of the utterance in the transcript file. */
  line: number;
  /** The stamp as written ("[02:10]", "14:05", "00:02:10.000"), if any. */
  stamp: string | null;
}

export interface Transcript {
  format: TranscriptFormat;
  /** "Key: value" lines before the conversation starts (Date, Attendees, Type...). */
  header: Record<string, { text: string; line: number }>;
  utterances: Utterance[];
}

const BRACKETED = /^\s*\[(\d{1,2}:\d{2}(?::\d{2})?)\]\s*([^:\]]{1,60}?):\s*(.*)$/;
const CLOCK = /^\s*(\d{1,2}:\d{2}(?::\d{2})?)\s+([^:\d][^:]{0,59}?):\s*(.*)$/;
const PLAIN = /^\s*([A-Z][\p{L}.' -]{0,40}?)\s*:\s+(.+)$/u;
const CUE_TIMING = /^\s*(\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+/;
const VOICE = /<v(?:\.[^\s>]+)*\s+([^>]+)>([\s\S]*?)(?:<\/v>|$)/;

/** Reads a transcript; throws a UserError naming the formats it understands when it is none. */
export function parseTranscript(text: string, file: string): Transcript {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (/^WEBVTT\b/.test(lines[0] ?? "")) return parseWebVtt(lines);
  for (const format of ["bracketed", "clock", "plain"] as const) {
    const transcript = parseLines(lines, format);
    // Two speakers talking at least three times between them: a conversation, not prose.
    const speakers = new Set(transcript.utterances.map((utterance) => utterance.speaker));
    if (transcript.utterances.length >= 3 && speakers.size >= 2) return transcript;
  }
  throw new UserError(
    `${file}: not a transcript pm can read. It understands "[mm:ss] Name: text", "HH:MM Name: text" and "Name: text" lines, and WebVTT files from Zoom ("Name: text" cues) or Microsoft Teams (<v Name> voice tags).`,
  );
}

function parseLines(lines: string[], format: Exclude<TranscriptFormat, "webvtt">): Transcript {
  const header: Transcript["header"] = {};
  const utterances: Utterance[] = [];
  const pattern = format === "bracketed" ? BRACKETED : format === "clock" ? CLOCK : PLAIN;
  const headerKeys = new Set<string>();
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (/^\s*(?:-{3,}|\[end of transcript\]|={3,})\s*$/i.test(raw) || raw.trim() === "") return;
    const found = pattern.exec(raw);
    if (found) {
      const [stamp, speaker, text] = format === "plain" ? [null, found[1]!, found[2]!] : [found[1]!, found[2]!, found[3]!];
      const name = speaker.trim();
      // Before the talk starts, "Date: ..." and "Attendees: ..." lines are the header.
      if (format === "plain" && utterances.length === 0 && isHeaderKey(name)) {
        header[name.toLowerCase()] = { text: text.trim(), line };
        headerKeys.add(name);
        return;
      }
      utterances.push({ speaker: name, text: text.trim(), line, stamp });
      return;
    }
    const meta = /^\s*([A-Z][A-Za-z ]{1,30}):\s*(.*)$/.exec(raw);
    if (meta && utterances.length === 0) {
      header[meta[1]!.toLowerCase()] = { text: meta[2]!.trim(), line };
      return;
    }
    // A wrapped line continues the utterance above it.
    const last = utterances[utterances.length - 1];
    if (last && !/^\s*\[/.test(raw)) last.text = `${last.text} ${raw.trim()}`;
  });
  return { format, header, utterances };
}

const HEADER_KEYS = /^(date|type|title|duration|attendees|participants|present|meeting|time|location|recorded|notes|subject|incident)$/i;

function isHeaderKey(name: string): boolean {
  return HEADER_KEYS.test(name);
}

function parseWebVtt(lines: string[]): Transcript {
  const utterances: Utterance[] = [];
  let stamp: string | null = null;
  let inCue = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (CUE_TIMING.test(raw)) {
      stamp = raw.trim().split(/\s+/)[0]!;
      inCue = true;
      return;
    }
    if (raw.trim() === "") {
      inCue = false;
      return;
    }
    if (!inCue) return;
    const voice = VOICE.exec(raw);
    const plain = voice ? null : /^\s*([^:<>]{1,60}?):\s+(.+)$/.exec(raw);
    const speaker = voice?.[1]?.trim() ?? plain?.[1]?.trim();
    const text = (voice?.[2] ?? plain?.[2] ?? raw).replace(/<[^>]+>/g, "").trim();
    const last = utterances[utterances.length - 1];
    if (!speaker) {
      if (last && last.stamp === stamp) last.text = `${last.text} ${text}`;
      return;
    }
    // Zoom and Teams split one person's turn into many cues: join consecutive cues of a speaker.
    if (last && last.speaker === speaker) last.text = `${last.text} ${text}`;
    else utterances.push({ speaker, text, line, stamp });
  });
  if (utterances.length === 0) {
    throw new UserError("the WebVTT file has no cues with a speaker (Zoom's \"Name: text\" or Teams' <v Name> tags)");
  }
  return { format: "webvtt", header: {}, utterances };
}
