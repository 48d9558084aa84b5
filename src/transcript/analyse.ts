/**
 * What a review meeting said: its title, the incident's day and clock, attendees, timeline,
 * impact, explanations, commitments and the questions nobody took on. Rules and patterns only:
 * deterministic and offline.
 */
import { findDate } from "../model/dates.js";
import { contentWords, evidenceOf, sentencesOf, trackCommitments, type Commitment, type Evidence } from "./commitments.js";
import type { Transcript, Utterance } from "./parse.js";
import { EXPLANATION, extend, IMPACT, OTHER_CLOCK, PROBLEM, SELF_COMMITMENT, UNKNOWN, VAGUE, ZONE, ZONE_ABBREVIATIONS, type TranscriptVocabulary } from "./patterns.js";
import { findSpokenTimes, incidentDayFrom, nearest } from "./when.js";

export type { Commitment, Evidence } from "./commitments.js";

export interface Attendee {
  name: string;
  role: string | null;
}

export interface TimelineCandidate {
  time: string;
  /** Minutes from midnight of the incident day (over 1440 on the day after). */
  minutes: number;
  date: string | null;
  text: string;
  evidence: Evidence;
}

export interface SaidLine {
  text: string;
  evidence: Evidence;
}

export interface MeetingAnalysis {
  /** What broke, as the meeting names it; null when it does not. */
  title: string | null;
  meetingDate: string | null;
  incidentDate: string | null;
  /** The clock the meeting keeps ("ET", "UTC"), only when someone said it. */
  timezone: string | null;
  /** "SEV2" when the meeting said a severity. */
  severity: string | null;
  attendees: Attendee[];
  timeline: TimelineCandidate[];
  impact: SaidLine[];
  /** Explanations offered ("turned out", "because"): contributing-factor hypotheses. */
  factors: SaidLine[];
  commitments: Commitment[];
  openQuestions: SaidLine[];
}

/** Reads the meeting: who was there, what happened when, who committed to what by when. */
export function analyseMeeting(transcript: Transcript, options: { meetingDate?: string | null; vocabulary?: TranscriptVocabulary } = {}): MeetingAnalysis {
  const meetingDate = options.meetingDate ?? dateFromHeader(transcript);
  const attendees = readAttendees(transcript);
  // People as the transcript labels them ("Omar"), then those who never spoke ("Linh Tran").
  const speakers = [...new Set(transcript.utterances.map((utterance) => utterance.speaker).filter(Boolean))];
  const people = [...speakers, ...attendees.map((attendee) => attendee.name).filter((name) => !speakers.some((speaker) => name === speaker || name.split(/\s+/)[0] === speaker))];
  const incidentDate = meetingDate ? incidentDateOf(transcript, meetingDate) : null;
  const timezone = zoneOf(transcript);
  const tracked = trackCommitments(transcript.utterances, people, meetingDate, extend(SELF_COMMITMENT, options.vocabulary?.commitment));
  const vague = extend(VAGUE, options.vocabulary?.vague);
  for (const commitment of tracked.commitments) finishGaps(commitment, vague);
  return {
    title: titleOf(transcript),
    meetingDate,
    incidentDate,
    timezone,
    severity: severityOf(transcript),
    attendees,
    timeline: timelineOf(transcript, incidentDate ?? meetingDate, timezone),
    impact: linesMatching(transcript, IMPACT.pattern, 8),
    factors: linesMatching(transcript, EXPLANATION.pattern, 6),
    commitments: tracked.commitments,
    openQuestions: openQuestionsOf(transcript, tracked.commitments, extend(PROBLEM, options.vocabulary?.problem)),
  };
}

/** The header's title, else what "this is the review for ..." names; without the dates. */
function titleOf(transcript: Transcript): string | null {
  const header = transcript.header.title?.text ?? transcript.header.subject?.text ?? transcript.header.incident?.text ?? null;
  const fromHeader = [transcript.title, header].find((text) => text && !/^(?:meeting transcript|transcript|incident review|post-?mortem|notes)$/i.test(text.trim()));
  if (fromHeader) return tidyTitle(fromHeader.replace(/^(?:incident review|post-?mortem|review|retro(?:spective)?)\s*[:\-–—]\s*/i, ""));
  for (const utterance of transcript.utterances.slice(0, 8)) {
    const said = /\b(?:review|retro(?:spective)?|post-?mortem)\s+(?:for|of|on|about)\s+(?:the\s+|our\s+|this\s+|last\s+\w+'s\s+|yesterday's\s+|\w+day's\s+)?([^.?!]{4,80})/i.exec(utterance.text);
    if (said) {
      const what = said[1]!
        .replace(/,?\s+(?:from|on|last|yesterday|this|that|which|when|in|at)\b.*$/i, "")
        .replace(/^(?:the\s+)?(?:one\s+)?/i, "")
        .trim();
      if (what.split(/\s+/).length >= 1 && !/^(?:incident|outage|it|this)$/i.test(what)) return tidyTitle(what);
    }
  }
  // "We had a payments outage last night": the words before the kind of failure name it.
  for (const utterance of transcript.utterances.slice(0, 8)) {
    const named = new RegExp(String.raw`\b(?:the|a|an|our|this)\s+((?:[\p{L}\d-]+\s+){1,4}${FAILURE})\b`, "iu").exec(utterance.text);
    if (named && !/^(?:significant|big|major|small|minor|recent|last|same)\s/i.test(named[1]!)) return tidyTitle(named[1]!);
  }
  return null;
}

const FAILURE = "(?:outage|incident|failure|crash|expiry|leak|backlog|scare|degradation|breach|corruption|delay|slowdown|error spike)";

function tidyTitle(text: string): string {
  const trimmed = text.trim().replace(/[.\s]+$/, "");
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

function severityOf(transcript: Transcript): string | null {
  for (const utterance of transcript.utterances) {
    const found = /\b(?:sev(?:erity)?[- ]?([0-4]|one|two|three|four)|P([0-4]))\b/i.exec(utterance.text);
    if (found) {
      const level = found[1] ?? found[2]!;
      const number = { one: 1, two: 2, three: 3, four: 4 }[level.toLowerCase()] ?? Number(level);
      if (number >= 1) return `SEV${number}`;
    }
  }
  const header = transcript.header.severity?.text;
  const inHeader = header ? /\b(?:sev)?\s*([1-4])\b/i.exec(header) : null;
  return inHeader ? `SEV${inHeader[1]}` : null;
}

/** The day the incident started, from how the meeting first refers to it. */
function incidentDateOf(transcript: Transcript, meetingDate: string): string | null {
  const field = transcript.header.incident?.text;
  if (field) {
    const found = incidentDayFrom(field, meetingDate);
    if (found) return found;
  }
  // The opening turns say which incident the meeting reviews; later ones wander.
  const opening = transcript.utterances.slice(0, 12);
  for (const utterance of opening) {
    for (const sentence of sentencesOf(utterance.text)) {
      if (!/\b(?:review|incident|outage|failure|crash|expiry|leak|scare|backlog|push|on the|yesterday|last)\b/i.test(sentence.text)) continue;
      const window = `${sentence.text} ${nextSentence(utterance, sentence.text)}`;
      const day = incidentDayFrom(window, meetingDate);
      if (day && day <= meetingDate) return day;
    }
  }
  return null;
}

function nextSentence(utterance: Utterance, sentence: string): string {
  const all = sentencesOf(utterance.text).map((item) => item.text);
  const at = all.indexOf(sentence);
  // "last Friday. The 13th." finishes the date in the next sentence; only a short one counts.
  const next = all[at + 1] ?? "";
  return next.split(/\s+/).length <= 4 ? next : "";
}

function zoneOf(transcript: Transcript): string | null {
  for (const utterance of transcript.utterances) {
    const found = ZONE.pattern.exec(utterance.text);
    if (found) return ZONE_ABBREVIATIONS[found[1]!.toLowerCase()] ?? found[1]!.toUpperCase();
  }
  return null;
}

/** Clock times of events said in the meeting, in the order they happened, one entry per event. */
function timelineOf(transcript: Transcript, day: string | null, zone: string | null): TimelineCandidate[] {
  const entries: TimelineCandidate[] = [];
  let previous: number | null = null;
  const seen = new Set<string>();
  transcript.utterances.forEach((utterance, turn) => {
    for (const sentence of sentencesOf(utterance.text)) {
      const times = findSpokenTimes(sentence.text);
      if (times.length === 0) continue;
      // "At, um, 2:25?" answered with another time is a guess someone corrected.
      if (/\?\s*$/.test(sentence.text) && transcript.utterances.slice(turn + 1, turn + 3).some((next) => findSpokenTimes(next.text).length > 0)) continue;
      const clauses = splitEvents(sentence.text, times.map((time) => time.index));
      times.forEach((time, index) => {
        const after = sentence.text.slice(time.index + time.text.length);
        const other = OTHER_CLOCK.exec(after);
        if (other && !(zone && other[1] && (ZONE_ABBREVIATIONS[other[1].toLowerCase()] ?? other[1].toUpperCase()) === zone)) return;
        const absolute = placeInTime(time.minutes, time.ambiguous, previous);
        const clock = clockOf(absolute);
        if (seen.has(clock)) {
          previous = absolute;
          return;
        }
        seen.add(clock);
        previous = absolute;
        const text = tidyEvent(clauses[index]!, time.text, clock);
        entries.push({ time: clock, minutes: absolute, date: day && absolute >= 1440 ? addDay(day, Math.floor(absolute / 1440)) : day, text, evidence: evidenceOf(utterance, sentence) });
      });
    }
  });
  return entries.sort((a, b) => a.minutes - b.minutes);
}

function addDay(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function clockOf(absolute: number): string {
  const minutes = ((absolute % 1440) + 1440) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Where on the incident's clock a time falls: near the one before, crossing midnight forwards. */
function placeInTime(minutes: number, ambiguous: boolean, previous: number | null): number {
  if (previous === null) return minutes;
  const base = Math.floor(previous / 1440) * 1440;
  const options = (ambiguous ? [nearest(minutes, previous % 1440)] : [minutes]).flatMap((clock) => [base - 1440 + clock, base + clock, base + 1440 + clock]);
  const cost = (candidate: number) => (candidate >= previous ? candidate - previous : (previous - candidate) * (ambiguous ? 4 : 1));
  return options.filter((candidate) => candidate >= 0).sort((a, b) => cost(a) - cost(b))[0]!;
}

/** "I did a push at 16:32 and forced a reload. Recovery at 16:40": each time gets its own clause. */
function splitEvents(sentence: string, positions: number[]): string[] {
  if (positions.length === 1) return [sentence];
  const cuts = [0];
  for (let index = 1; index < positions.length; index++) {
    const between = sentence.slice(positions[index - 1], positions[index]);
    const joints = [...between.matchAll(/,?\s+(?:and|then|but)\s+|[;]\s+|,\s+/gi)];
    const joint = joints[joints.length - 1];
    cuts.push(joint ? positions[index - 1]! + joint.index! : positions[index]!);
  }
  return cuts.map((cut, index) => sentence.slice(cut, cuts[index + 1] ?? sentence.length));
}

function tidyEvent(clause: string, time: string, clock: string): string {
  const text = clause
    .replace(new RegExp(String.raw`\b(?:at|by|around|about|from|until|since)?\s*(?:like,?\s+|about\s+|around\s+)?${time.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`, "i"), "")
    .replace(/\b(?:at|by|around),\s+(?:like,?\s+|um,?\s+)?/gi, "")
    .replace(/^[\s,;]*(?:and|then|but|so|um|uh|yeah|okay)?[\s,]+/i, "")
    .replace(/\s+([,.;])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  // "2:21." alone: the time was said, the event is for the team to write.
  if (!/\p{L}{2}/u.test(text)) return `{{what happened at ${clock}}}`;
  return withoutFiller(text);
}

/** "So, um, about 38 percent failed" -> "About 38 percent failed". */
function withoutFiller(text: string): string {
  const bare = text.replace(/^(?:(?:so|um|uh|and|yeah|okay|well|like|right)[,.]?\s+)+/i, "");
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

function linesMatching(transcript: Transcript, pattern: RegExp, limit: number): SaidLine[] {
  const out: SaidLine[] = [];
  for (const utterance of transcript.utterances) {
    for (const sentence of sentencesOf(utterance.text)) {
      if (out.length >= limit) return out;
      if (pattern.test(sentence.text) && !/\?\s*$/.test(sentence.text) && sentence.text.split(/\s+/).length >= 4) out.push({ text: withoutFiller(sentence.text), evidence: evidenceOf(utterance, sentence) });
    }
  }
  return out;
}

/**
 * Questions the meeting could not answer ("I don't know", "let's park that") and problems no
 * action answers; a scribe's parking lot is open by definition.
 */
function openQuestionsOf(transcript: Transcript, commitments: Commitment[], problem: RegExp): SaidLine[] {
  const out: SaidLine[] = [];
  // A question some work answers shares most of its words with that work's title.
  const taken = commitments.map((commitment) => contentWords(commitment.title));
  const coveredByWork = (text: string) => {
    const words = contentWords(text);
    return taken.some((set) => [...words].filter((word) => set.has(word)).length >= Math.max(2, Math.ceil(words.size * 0.6)));
  };
  transcript.utterances.forEach((utterance, turn) => {
    const sentences = sentencesOf(utterance.text);
    if (utterance.section && /parking|open questions?|unresolved|unanswered/i.test(utterance.section)) {
      out.push({ text: utterance.text, evidence: evidenceOf(utterance, sentences[0] ?? null) });
      return;
    }
    sentences.forEach((sentence, index) => {
      const text = sentence.text;
      const asked = /\?\s*$/.test(text) || /\b(?:asking|wondering|wants to know|want to know|the question is)\s+(?:if|whether|who|what|how|why|when)\b/i.test(text);
      if (asked && text.split(/\s+/).length >= 4 && !/^or\b/i.test(text) && !/\b(?:can|could|would|will) you\b|\bdo you want to (?:walk|start|go)\b|\bmiss\b|\bhear me\b|\bsee (?:it|the|my)\b/i.test(text)) {
        const replies = [...sentences.slice(index + 1).map((next) => next.text), ...transcript.utterances.slice(turn + 1, turn + 5).map((next) => next.text)].join(" ");
        if (UNKNOWN.pattern.test(replies) && !coveredByWork(text)) out.push({ text, evidence: evidenceOf(utterance, sentence) });
        return;
      }
      const found = problem.exec(text);
      if (found && !coveredByWork(text) && !/\?\s*$/.test(text)) out.push({ text: text.replace(/^(?:part of the problem was|so|and|but)\s+/i, ""), evidence: evidenceOf(utterance, sentence) });
    });
  });
  return out;
}

function finishGaps(commitment: Commitment, vague: RegExp): void {
  if (commitment.owners.length === 0 && !commitment.gaps.some((gap) => gap.includes("owner"))) commitment.gaps.push("nobody took it on: name one owner");
  if (commitment.owners.length > 1) commitment.gaps.push(`${commitment.owners.join(" and ")} both took this on: name one owner`);
  // Only the words of whoever took it on count: the request may be vaguer than the answer.
  const ownWords = `${commitment.title} ${commitment.evidence[commitment.evidence.length - 1]?.said ?? ""}`;
  const word = [...ownWords.matchAll(vague)].map((found) => found[0]).find((found) => !/^some(?:one|body)$/i.test(found));
  if (word) commitment.gaps.push(`"${word}" is not an outcome: say what done looks like`);
  if (commitment.due === null) {
    const why = commitment.conditional && commitment.owners.length > 0 ? " (it was promised on a condition)" : "";
    commitment.gaps.push(commitment.dueText ? `"${commitment.dueText}" is not a date: pick the day it is due` : `no due date was agreed${why}: pick one`);
  }
}

/** The meeting's date: the "Date:" or "When:" line, else the first date anywhere in the header. */
function dateFromHeader(transcript: Transcript): string | null {
  const fields = Object.entries(transcript.header).sort(([a], [b]) => Number(/^(?:date|when)$/.test(b)) - Number(/^(?:date|when)$/.test(a)));
  for (const [key, field] of fields) {
    if (key === "incident") continue;
    const found = findDate(field.text);
    if (found?.valid) return found.iso;
  }
  // "Review: storage latency, 2026-03-02": a title line that carries the date.
  const inTitle = transcript.title ? findDate(transcript.title) : null;
  return inTitle?.valid ? inTitle.iso : null;
}

/**
 * Everyone present: the header's list ("Marcus (VP Engineering)", "Operations (Alex)": either order),
 * late joiners and everyone who spoke, with the full name the meeting gives; regrets left out.
 */
function readAttendees(transcript: Transcript): Attendee[] {
  const speakers = [...new Set(transcript.utterances.map((utterance) => utterance.speaker).filter(Boolean))];
  const attendees: Attendee[] = [];
  const regrets = new Set(["regrets", "apologies", "absent"].flatMap((key) => splitNames(transcript.header[key]?.text ?? "").map((entry) => entry.name)));
  for (const key of ["facilitator", "chair", "notes", "scribe", "note taker", "attendees", "participants", "present", "joined late"]) {
    const field = transcript.header[key];
    if (!field) continue;
    for (const entry of splitNames(field.text)) {
      const role = entry.role ?? (/^(?:notes|scribe|note taker)$/.test(key) ? "scribe" : /^(?:facilitator|chair)$/.test(key) ? "facilitator" : null);
      const name = entry.role && speakers.includes(entry.role) && !speakers.includes(entry.name) ? entry.role : entry.name;
      const other = name === entry.role ? entry.name : role;
      const known = attendees.find((attendee) => attendee.name === name);
      if (known) known.role = known.role ?? other;
      else if (!regrets.has(name)) attendees.push({ name, role: other });
    }
  }
  const everything = transcript.utterances.map((utterance) => utterance.text).join(" ");
  for (const speaker of speakers) {
    if (attendees.some((attendee) => attendee.name === speaker || attendee.name.split(/\s+/)[0] === speaker)) {
      // "Marcus" speaks; the header calls him "Marcus Feldman".
      continue;
    }
    // A late joiner named in full by someone: "Sven Olsen has joined".
    const full = /\s/.test(speaker) ? null : new RegExp(String.raw`\b${speaker}\s+(\p{Lu}[\p{L}'’-]+)\b`, "u").exec(everything);
    attendees.push({ name: full && !/^(?:I|The|And|From)$/.test(full[1]!) ? `${speaker} ${full[1]}` : speaker, role: introducedRole(transcript, speaker) });
  }
  for (const attendee of attendees) attendee.role = attendee.role ?? introducedRole(transcript, attendee.name.split(/\s+/)[0]!);
  return attendees;
}

function splitNames(text: string): Attendee[] {
  const out: Attendee[] = [];
  for (const part of text.split(/,(?![^()]*\))|;|\band\b/)) {
    const found = /^\s*([^()]+?)\s*(?:\(([^)]+)\))?\s*(?:,.*)?$/.exec(part.replace(/,\s*from about.*$/i, ""));
    if (!found || found[1]!.trim() === "") continue;
    out.push({ name: found[1]!.trim(), role: found[2]?.trim() ?? null });
  }
  return out;
}

/** "Rafael, SRE.", "Priya from support", "I'm Hannah, infra manager": the role someone gives themselves. */
function introducedRole(transcript: Transcript, first: string): string | null {
  const theirs = transcript.utterances.filter((utterance) => utterance.speaker.split(/\s+/)[0] === first).slice(0, 3);
  for (const utterance of theirs) {
    const found = new RegExp(String.raw`\b${first}(?:\s+[\p{Lu}][\p{L}'’-]+)*(?:,\s+|\s+from\s+)((?!I\b|I'm\b|we\b|yes\b|yeah\b)[\p{L} &/-]{2,40}?)[.,]`, "u").exec(utterance.text);
    if (found && found[1]!.split(/\s+/).length <= 4) return found[1]!.trim();
  }
  return null;
}
