/**
 * What a review meeting decided: attendees, timeline candidates, commitments (with owner, due date
 * and the gaps still to close) and problems nobody took on. Rules and patterns only: deterministic
 * and offline.
 */
import { findDate, findTime } from "../model/dates.js";
import type { Transcript, Utterance } from "./parse.js";
import { AGREEMENT, extend, NAMED_REQUEST, OPEN_REQUEST, PROBLEM, SELF_COMMITMENT, SPOKEN_TIME, VAGUE, type TranscriptVocabulary } from "./patterns.js";
import { findDues, incidentDayFrom, type SpokenDue } from "./when.js";

export interface Attendee {
  name: string;
  role: string | null;
}

export interface Evidence {
  line: number;
  speaker: string;
  said: string;
}

export interface Commitment {
  title: string;
  /** Everyone who took it on; more than one is a gap (one owner per action). */
  owners: string[];
  due: string | null;
  dueText: string | null;
  /** What still has to be decided, in words the team can act on. */
  gaps: string[];
  evidence: Evidence[];
}

export interface TimelineCandidate {
  time: string;
  minutes: number;
  date: string | null;
  text: string;
  evidence: Evidence;
}

export interface OpenQuestion {
  text: string;
  evidence: Evidence;
}

export interface MeetingAnalysis {
  meetingDate: string | null;
  incidentDate: string | null;
  attendees: Attendee[];
  timeline: TimelineCandidate[];
  commitments: Commitment[];
  openQuestions: OpenQuestion[];
}

interface PendingRequest {
  to: string | null;
  text: string;
  /** What "that" in the request points at, when it points. */
  topic: string | null;
  index: number;
  evidence: Evidence;
  /** Problems raised with the request: an action now answers them. */
  problems: number[];
}

/** How many turns later a reply still answers a request. */
const ANSWER_WINDOW = 5;

/** Verbs of talk inside the meeting: "walk us through the timeline" is done on the spot. */
const MEETING_TALK = /^(?:walk (?:us|me) through|tell (?:us|me)|explain|describe|clarify|summari[sz]e|go over|elaborate|repeat)\b/i;
/** Agreement that is no new task: "we'll make it work", "I can do that" (the task was already said). */
const NO_NEW_TASK = /^(?:make it work|do (?:it|that|this|our best|my best)|try|manage|live with it)\b/i;
/** "Someone", "everyone": words that name no owner. */
const NOBODY = /\b(someone|somebody|anyone|everyone|everybody|all of you|each of you|the team)\b/i;
/** "We need X", "can we get X": what a later "who owns that?" refers to. */
const NEED = /\b(?:we (?:really |probably )?(?:need|should(?: probably)?|have to|must)|can we get|we'd need)\s+(?:to\s+)?([^.?!]{6,})/i;
const DEMAND = /\bI (?:want|need) ([^.?!]+?) from (everyone|everybody|all of you|each of you|the team|you all)\b([^.?!]*)/i;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+(?=[A-Z"'])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

function evidenceOf(utterance: Utterance, said: string): Evidence {
  return { line: utterance.line, speaker: utterance.speaker, said: said.length > 160 ? `${said.slice(0, 157)}...` : said };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A commitment's words without the deadline and the small talk around them. */
function clean(clause: string): string {
  let text = clause.replace(/^(?:also|just|actually|then)\s+/i, "").replace(/\s+but\s+.*$/i, "");
  for (const due of findDues(text, null)) text = text.replace(due.text, " ");
  return text
    .replace(/\s+after this( meeting)?\b.*$/i, "")
    .replace(/\s+/g, " ")
    .replace(/[\s,;:.!?-]+$/, "")
    .trim();
}

/** Reads the meeting: who was there, what happened when, who committed to what by when. */
export function analyseMeeting(transcript: Transcript, options: { meetingDate?: string | null; vocabulary?: TranscriptVocabulary } = {}): MeetingAnalysis {
  const meetingDate = options.meetingDate ?? dateFromHeader(transcript);
  const attendees = readAttendees(transcript);
  const speakers = new Set([...attendees.map((attendee) => attendee.name), ...transcript.utterances.map((utterance) => utterance.speaker)]);
  // People are addressed by first name: "Ben, can you..." asks "Ben Okafor".
  const byFirstName = new Map<string, string>();
  for (const speaker of speakers) {
    byFirstName.set(speaker, speaker);
    const first = speaker.split(/\s+/)[0]!;
    if (!byFirstName.has(first)) byFirstName.set(first, speaker);
  }
  const vague = extend(VAGUE, options.vocabulary?.vague);
  const problem = extend(PROBLEM, options.vocabulary?.problem);
  const selfCommitment = extend(SELF_COMMITMENT, options.vocabulary?.commitment);

  const commitments: Commitment[] = [];
  const created: Array<{ commitment: Commitment; index: number; dueTentative: boolean; dueStrength: number }> = [];
  const problems: Array<{ text: string; evidence: Evidence; covered: boolean }> = [];
  const timeline: TimelineCandidate[] = [];
  let pending: PendingRequest | null = null;
  let lastNeed: { text: string; index: number; problemIndexes: number[] } | null = null;
  let incidentDate: string | null = null;

  const keepUnanswered = (request: PendingRequest) => {
    const commitment: Commitment = { title: capitalise(request.text), owners: request.to ? [request.to] : [], due: null, dueText: null, gaps: [], evidence: [request.evidence] };
    if (request.to) commitment.gaps.push(`${request.to} was asked but did not say yes: confirm the owner`);
    for (const problemIndex of request.problems) problems[problemIndex]!.covered = true;
    commitments.push(commitment);
  };

  transcript.utterances.forEach((utterance, index) => {
    const said = sentences(utterance.text);
    if (meetingDate && !incidentDate) incidentDate = incidentDayFrom(utterance.text, meetingDate);
    timeline.push(...spokenTimes(utterance, said, incidentDate ?? meetingDate));

    const problemIndexes: number[] = [];
    for (const sentence of said) {
      const found = problem.exec(sentence);
      if (found) {
        problemIndexes.push(problems.length);
        problems.push({ text: capitalise(sentence.replace(/^(?:part of the problem was|so|and|but)\s+/i, "")), evidence: evidenceOf(utterance, sentence), covered: false });
      }
    }
    const need = said.map((sentence) => NEED.exec(sentence)).find(Boolean);
    if (need) lastNeed = { text: clean(need[1]!), index, problemIndexes };

    // 1. A reply to a request made just before: the replier takes it on.
    const ownSentences = said.filter((sentence) => {
      const found = selfCommitment.exec(sentence);
      return found !== null && !NO_NEW_TASK.test(found[1] ?? "") && !/\?\s*$/.test(sentence);
    });
    const startNew = (owners: string[], title: string, request: PendingRequest | null, sentencesSaid: string[]) => {
      const commitment: Commitment = {
        title,
        owners,
        due: null,
        dueText: null,
        gaps: [],
        evidence: [...(request ? [request.evidence] : []), evidenceOf(utterance, sentencesSaid.join(" "))],
      };
      commitments.push(commitment);
      created.push({ commitment, index, dueTentative: true, dueStrength: 0 });
      for (const problemIndex of [...problemIndexes, ...(request?.problems ?? [])]) problems[problemIndex]!.covered = true;
      return commitment;
    };

    const answering = pending && index - pending.index <= ANSWER_WINDOW && (pending.to === null || pending.to === utterance.speaker) ? pending : null;
    const clauseOf = (sentence: string) => clean(selfCommitment.exec(sentence)?.[1] ?? sentence);
    if (ownSentences.length > 0) {
      const owners = ownersOf(ownSentences[0]!, utterance.speaker, byFirstName, answering !== null);
      const clauses = ownSentences.map(clauseOf).filter((clause) => clause !== "");
      const alreadyMine = created.find((item) => item.index >= index - 2 && item.commitment.owners.length === 1 && item.commitment.owners[0] === utterance.speaker && answering === null);
      if (alreadyMine) alreadyMine.commitment.evidence.push(evidenceOf(utterance, ownSentences.join(" ")));
      else startNew(owners, titleFor(clauses, answering), answering, ownSentences);
      if (answering) pending = null;
    } else if (answering && AGREEMENT.pattern.test(utterance.text) && utterance.text.split(/\s+/).length <= 15 && !MEETING_TALK.test(answering.text)) {
      startNew([utterance.speaker], capitalise(clean(answering.text)), answering, [utterance.text]);
      pending = null;
    }

    // 2. Requests made in this utterance, for the next speakers to take on.
    const needProblems = (topic: string | null) => [...problemIndexes, ...(topic && lastNeed && topic === lastNeed.text ? lastNeed.problemIndexes : [])];
    for (const sentence of said) {
      const named = NAMED_REQUEST.pattern.exec(sentence);
      const name = named ? (byFirstName.get((named[1] ?? named[3] ?? named[5])!) ?? null) : null;
      if (named && name) {
        const text = clean((named[2] ?? named[4] ?? named[6])!);
        if (MEETING_TALK.test(text)) continue;
        // "Alex, is that something ops can set up?" takes over the open request it points at.
        const anaphoric = /\b(that|this|it)\b/.test(sentence);
        const previous: PendingRequest | null = anaphoric ? pending : null;
        const topic = previous ? (previous.topic ?? previous.text) : anaphoric && lastNeed && index - lastNeed.index <= 3 ? lastNeed.text : null;
        // "Okay Jenny, you draft it": confirms what Jenny just took on rather than a new task.
        const confirmed = created.find((item) => item.index >= index - 2 && item.commitment.owners.includes(name));
        if (confirmed) {
          confirmed.commitment.evidence.push(evidenceOf(utterance, sentence));
          continue;
        }
        pending = { to: name, text, topic, index, evidence: evidenceOf(utterance, sentence), problems: [...needProblems(topic), ...(previous?.problems ?? [])] };
        continue;
      }
      const open = OPEN_REQUEST.pattern.exec(sentence);
      if (open) {
        const text = clean(open[1] ?? open[2] ?? "") || (lastNeed && index - lastNeed.index <= 3 ? lastNeed.text : sentence);
        // "Let's prioritize that. Can someone put together a proposal?": the request is about "that".
        const topic = /\b(that|this|it)\b/.test(utterance.text) && lastNeed && index - lastNeed.index <= 3 ? lastNeed.text : null;
        pending = { to: null, text, topic, index, evidence: evidenceOf(utterance, sentence), problems: needProblems(topic) };
      }
      const demand = DEMAND.exec(sentence);
      if (demand) {
        startNew([], capitalise(`${demand[1]!.trim()} from ${demand[2]}${demand[3] ?? ""}`.replace(/[\s.]+$/, "")), null, [sentence]).gaps.push(`"${demand[2]}" is no owner: name one person`);
      }
    }

    // 3. Deadlines said now belong to what was just taken on; a firm one replaces a proposal.
    const dues = said.flatMap((sentence) => findDues(sentence, meetingDate));
    const best = pickDue(dues);
    if (best) {
      const madeNow = created.some((item) => item.index === index);
      for (const item of created) {
        if (item.index < index - 2 || (madeNow && item.index !== index)) continue;
        const better = item.commitment.due === null || (item.dueTentative && !best.tentative) || (item.dueTentative && best.tentative && item.index !== index) || best.strength > item.dueStrength;
        if (!better) continue;
        item.commitment.due = best.iso;
        item.commitment.dueText = best.text;
        item.dueTentative = best.tentative;
        item.dueStrength = best.strength;
      }
    }

    // 4. A request nobody answered in time stays as an action with no owner.
    if (pending && index - pending.index >= ANSWER_WINDOW) {
      keepUnanswered(pending);
      pending = null;
    }
  });
  if (pending) keepUnanswered(pending);

  for (const commitment of commitments) finishGaps(commitment, vague);
  return {
    meetingDate,
    incidentDate,
    attendees,
    timeline: timeline.sort((a, b) => a.minutes - b.minutes),
    commitments,
    openQuestions: problems.filter((item) => !item.covered).map(({ text, evidence }) => ({ text, evidence })),
  };
}

function pickDue(dues: SpokenDue[]): SpokenDue | null {
  if (dues.length === 0) return null;
  return [...dues].sort((a, b) => b.strength - a.strength)[0]!;
}

function ownersOf(sentence: string, speaker: string, byFirstName: Map<string, string>, replying: boolean): string[] {
  const pair = /\b([A-Z][a-z]+) and I\b|\bI and ([A-Z][a-z]+)\b/.exec(sentence);
  const partner = pair ? byFirstName.get((pair[1] ?? pair[2])!) : undefined;
  if (partner) return [speaker, partner];
  // "We'll ..." from someone not answering a request names a group, not an owner.
  if (/^\s*(?:\w+,?\s+)?we\b/i.test(sentence) && !replying) return [];
  return [speaker];
}

function titleFor(clauses: string[], request: PendingRequest | null): string {
  const what = capitalise(clauses.join("; "));
  const about = request ? (request.topic ?? request.text) : null;
  // "Spec it out" says little alone: keep what was asked.
  return about && about.toLowerCase() !== what.toLowerCase() ? `${what} (re: ${about})` : what;
}

function finishGaps(commitment: Commitment, vague: RegExp): void {
  if (commitment.owners.length === 0 && !commitment.gaps.some((gap) => gap.includes("owner"))) commitment.gaps.push("no single owner was named: name one");
  if (commitment.owners.length > 1) commitment.gaps.push(`${commitment.owners.join(" and ")} both took this on: name one owner`);
  // Only the words of whoever took it on count: the request may be vaguer than the answer.
  const ownWords = `${commitment.title} ${commitment.evidence[commitment.evidence.length - 1]?.said ?? ""}`;
  const word = [...ownWords.matchAll(vague)].map((found) => found[0]).find((found) => !NOBODY.test(found));
  if (word) commitment.gaps.push(`"${word}" is not an outcome: say what done looks like`);
  if (commitment.due === null) commitment.gaps.push(commitment.dueText ? `"${commitment.dueText}" is not a date: pick the day it is due` : "no due date was said: pick one");
}

/** The meeting's date: the "Date:" line, else the first date anywhere in the header. */
function dateFromHeader(transcript: Transcript): string | null {
  const fields = Object.entries(transcript.header).sort(([a], [b]) => Number(b === "date") - Number(a === "date"));
  for (const [, field] of fields) {
    const found = findDate(field.text);
    if (found?.valid) return found.iso;
  }
  return null;
}

/** "Marcus (VP Engineering), Operations (Alex)": either order, since exports write both. */
function readAttendees(transcript: Transcript): Attendee[] {
  const speakers = new Set(transcript.utterances.map((utterance) => utterance.speaker));
  const field = transcript.header.attendees ?? transcript.header.participants ?? transcript.header.present;
  const attendees: Attendee[] = [];
  if (field) {
    for (const part of field.text.split(/,(?![^()]*\))/)) {
      const found = /^\s*([^()]+?)\s*(?:\(([^)]+)\))?\s*$/.exec(part);
      if (!found) continue;
      const outside = found[1]!.trim();
      const inside = found[2]?.trim() ?? null;
      if (inside && speakers.has(inside) && !speakers.has(outside)) attendees.push({ name: inside, role: outside });
      else attendees.push({ name: outside, role: inside });
    }
  }
  for (const speaker of speakers) if (!attendees.some((attendee) => attendee.name === speaker)) attendees.push({ name: speaker, role: null });
  return attendees;
}

function spokenTimes(utterance: Utterance, said: string[], day: string | null): TimelineCandidate[] {
  const found: TimelineCandidate[] = [];
  let lastMeridiem: string | null = null;
  for (const sentence of said) {
    const spoken = SPOKEN_TIME.pattern.exec(sentence);
    if (!spoken) continue;
    const words = spoken[1]!;
    const meridiem = /[ap]\.?m/i.exec(words)?.[0] ?? null;
    if (!/:/.test(words) && !meridiem) continue;
    const time = findTime(meridiem || !lastMeridiem ? words : `${words} ${lastMeridiem}`);
    if (meridiem) lastMeridiem = meridiem;
    if (!time) continue;
    const hh = String(Math.floor(time.minutes / 60)).padStart(2, "0");
    const mm = String(time.minutes % 60).padStart(2, "0");
    const text = sentence.replace(spoken[0], "").replace(/\s+([,.;])/g, "$1").replace(/\s+/g, " ").replace(/^[\s,]+/, "");
    found.push({ time: `${hh}:${mm}`, minutes: time.minutes, date: day, text: capitalise(text), evidence: evidenceOf(utterance, sentence) });
  }
  return found;
}
