/**
 * Who took on what, by when: commitments followed through a meeting. A request waits for its
 * addressee's answer (yes, no, or their own words); a later "scratch that" withdraws or moves a
 * commitment; a date said after a commitment by its owner or whoever asked belongs to it; a recap
 * adds nothing. Rules of how people speak in meetings, never of one meeting.
 */
import type { Utterance } from "./parse.js";
import { whereIs } from "./parse.js";
import {
  ACTION_MARKER,
  AGREEMENT,
  DECLINE,
  OPEN_REQUEST,
  PROPOSAL,
  REASSIGNMENT,
  RECAP,
  REPORTED_COMMITMENT,
  REQUEST,
  SAME_WORK,
  SUPPORT,
  UNOWNED_WORK,
  WITHDRAWAL,
} from "./patterns.js";
import { findDues, type SpokenDue } from "./when.js";

export interface Evidence {
  line: number;
  /** The cue number, in formats with numbered cues. */
  cue: number | null;
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
  /** Said with a condition or a hedge ("if the DB team agrees", "no promises"). */
  conditional: boolean;
}

export interface Sentence {
  text: string;
  /** Offset in the turn's text. */
  at: number;
}

interface Item {
  commitment: Commitment;
  turn: number;
  requester: string | null;
  dueTentative: boolean;
  dueStrength: number;
  cancelled: boolean;
}

interface Request {
  to: string | null;
  from: string;
  text: string;
  turn: number;
  evidence: Evidence;
  /** An unowned item the request asks someone to take. */
  item: Item | null;
  /** "Name, the X.": assigns a topic; kept only if answered. */
  soft: boolean;
  /** A date the request asked for. */
  due: SpokenDue | null;
}

/** How many turns later a reply still answers a request, or a date still belongs to a commitment. */
const ANSWER_WINDOW = 4;
const FOLLOW_UP_WINDOW = 3;

/** Talk inside the meeting: "walk us through", "start", "go first" are done on the spot. */
const MEETING_TALK = /^(?:walk (?:us|me) through|tell (?:us|me)|explain|describe|clarify|summari[sz]e|go over|elaborate|repeat|start|go first|kick (?:us )?off|hear me|see (?:my|the) screen|share)\b/i;
const CONDITION = /\b(?:if|once|only if|unless|depends on|no promises|provided|assuming|as long as)\b/i;
/** Talk about what happened, not about what will: its weekdays are no deadlines. */
const PAST = /\b(?:was|were|did|had|said|went|happened|last|ago)\b/i;
const PRONOUN_OBJECT = /\b(it|them|that|this one|this)\b/i;

export function sentencesOf(text: string): Sentence[] {
  // A sentence ends at ".", "?" or "!" before a space and a capital, digit or quote ("version 3.18" does not end one).
  const out: Sentence[] = [];
  const boundary = /[.?!]+(?=\s+["'“(\[]?[\p{Lu}\d])|[.?!]+\s*$/gu;
  let start = 0;
  let found: RegExpExecArray | null;
  while ((found = boundary.exec(text)) !== null) {
    const end = found.index + found[0].length;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  const piece = text.slice(start, end);
  const lead = piece.length - piece.trimStart().length;
  if (piece.trim() !== "") out.push({ text: piece.trim(), at: start + lead });
}

export function evidenceOf(utterance: Utterance, sentence: Sentence | null): Evidence {
  const said = sentence?.text ?? utterance.text;
  const where = whereIs(utterance, sentence?.at ?? 0);
  return { line: where.line, cue: where.cue, speaker: utterance.speaker, said: said.length > 200 ? `${said.slice(0, 197)}...` : said };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const STOP = new Set(
  "the a an and or of to for in on at by with from that this it is be do we i you our your my their them they its into up out all any some one also just then so as about over after before can will would could should have has had get got make thing things stuff like".split(" "),
);

export function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .map((word) => word.replace(/(?:ing|ed|es|s)$/, ""))
      .filter((word) => word.length > 2 && !STOP.has(word)),
  );
}

function overlap(a: Set<string>, b: Set<string>): number {
  let count = 0;
  for (const word of a) if (b.has(word)) count++;
  return count;
}

/**
 * The work as a work item: the speaker's words without the deadline, the filler and the
 * hedges, in the imperative ("own the threshold change" -> "Threshold change").
 */
export function workItem(clause: string, topic: string | null): string {
  // "ask them, and if they say yes, I'll raise the max": the promise is the consequent.
  const consequent = /\bif\b[^,]*,\s*(?:then\s+)?I(?:'ll| will)\s+(.+)$/i.exec(clause);
  let text = (consequent ? consequent[1]! : clause)
    .replace(/,?\s+and I(?:'ll| will)\s+/gi, "; ")
    .replace(/,\s*(?:yes|yeah|sure|okay)\s*$/i, "")
    .replace(/\s*[—–-]+\s*$/, "")
    .replace(/^(?:also|just|actually|then|definitely|probably|go ahead and)\s+/i, "")
    .replace(/,\s+so\b.*$/i, "")
    .replace(/,?\s+(?:but|though|because|since|if|once|unless|which|along with)\b.*$/i, "")
    .replace(/\s+(?:after this(?: meeting| call)?|while (?:you're|I'm) in there|too|as well|myself|instead|either)(?=[\s,.;]*$)/gi, "")
    .replace(/\s+(?:for|in|within)\s+(?:a|the)?\s*(?:couple of|few)?\s*(?:days?|weeks?)$/i, "");
  const dues = findDues(text, null);
  for (const due of dues) text = text.replace(due.text, " ");
  text = text.replace(/\s+/g, " ").replace(/[\s,;:.!?-]+$/, "").replace(/\s+\)/g, ")").trim();
  // "...into the help desk by [tomorrow EOD]": the preposition went with the date.
  if (dues.length > 0) text = text.replace(/\s+(?:by|before|until|till|on|in|within|for|at)$/i, "");
  // "own that", "take it": the work is what was pointed at.
  if (topic && (text === "" || SAME_WORK.pattern.test(text) || /^(?:do|own|take|handle)\s+(?:that|it|this)\b/i.test(text))) return workItem(topic, null);
  if (topic) text = text.replace(new RegExp(String.raw`\b(?:to|on|with|about|for)\s+(them|it|that)$`, "i"), (whole, pronoun: string) => whole.replace(pronoun, topic.replace(/^The\b/, "the")));
  // "Own the threshold change" is the threshold change; "own the alert" says more with its verb.
  const owned = /^(?:own|take|handle|drive|take care of|look after|be responsible for)\s+(?:the\s+)?(.*)$/i.exec(text);
  if (owned && contentWords(owned[1]!).size >= 2) text = owned[1]!;
  text = text.replace(/^the\s+/i, "");
  return capitalise(text);
}

/** The thing a speaker puts on the table: "Name, the flag fetch.", "What about the reviews?", "On the pinning thing." */
function topicOf(sentence: string): string | null {
  const found =
    /^(?:\w+,\s+)?(?:what about|how about|on|and for|for|regarding|about)\s+(the\s+[^?.,]{3,60})[?.,]/i.exec(sentence) ??
    /^(?:(?:[Oo]kay|[Oo]k|[Ss]o|[Aa]nd|[Gg]ood|[Gg]reat|[Rr]ight|[Aa]lso)[,.]?\s+)*(?:[A-Z][\p{L}'’-]+,\s+)?((?:[Tt]he\s+)?[a-z][\w' -]{2,50})\.$/u.exec(sentence) ??
    /^(?:(?:okay|ok|so|and|good|great|right|also)[,.]?\s+)*so,?\s+((?:a|an|the)\s+[^.?]{3,60})\.$/i.exec(sentence);
  if (!found) return null;
  const topic = found[1]!.trim();
  if (/^(?:the )?(?:timeline|impact|numbers|fixes|actions|recap|customer impact|one more|thanks)$/i.test(topic)) return null;
  return topic.split(/\s+/).length <= 10 ? topic : null;
}

interface Names {
  /** The attendee an address ("Ken", "Mei Lin", "Wei") means, or null. */
  resolve(word: string): string | null;
  /** Attendees addressed by name at the start or end of a sentence. */
  addressed(sentence: string): string | null;
}

export function namesOf(people: string[]): Names {
  const resolve = (word: string): string | null => {
    const lower = word.toLowerCase();
    const exact = people.filter((person) => person.toLowerCase() === lower || person.toLowerCase().split(/\s+/).includes(lower));
    const byFirst = people.filter((person) => person.toLowerCase().startsWith(`${lower} `) || person.toLowerCase() === lower);
    if (byFirst.length === 1) return byFirst[0]!;
    if (exact.length === 1) return exact[0]!;
    // "Ken" for Kenji: a nickname is the start of one attendee's first name.
    const prefix = people.filter((person) => lower.length >= 3 && person.toLowerCase().startsWith(lower));
    return prefix.length === 1 ? prefix[0]! : null;
  };
  const NAME = String.raw`([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?)`;
  const lead = new RegExp(String.raw`^(?:(?:okay|ok|so|and|good|great|right|also|alright|perfect|thanks|hmm|um|actually)[,.]?\s+)*${NAME}(?:,|\s+(?=(?:can|could|would|will|is|do|you)\b))`, "iu");
  const tail = new RegExp(String.raw`,\s*(?:right,\s*)?${NAME}\s*[?.!]*$`, "u");
  const addressed = (sentence: string): string | null => {
    for (const pattern of [lead, tail]) {
      const found = pattern.exec(sentence);
      if (!found) continue;
      const words = found[1]!.split(/\s+/);
      const person = resolve(found[1]!) ?? resolve(words[0]!);
      if (person) return person;
    }
    return null;
  };
  return { resolve, addressed };
}

export interface Tracked {
  commitments: Commitment[];
  /** What each request or question turned into, to tell answered questions from open ones. */
  takenTurns: Set<number>;
}

/** Follows the meeting turn by turn and returns the commitments still standing at its end. */
export function trackCommitments(utterances: Utterance[], people: string[], meetingDate: string | null, selfCommitment: RegExp): Tracked {
  const names = namesOf(people);
  const items: Item[] = [];
  const takenTurns = new Set<number>();
  let pending: Request | null = null;
  let proposal: { text: string; speaker: string; turn: number; item: Item | null } | null = null;
  let recapBy: string | null = null;
  let lastWithdrawal: number | null = null;

  const live = () => items.filter((item) => !item.cancelled);
  const create = (owners: string[], title: string, turn: number, evidence: Evidence[], requester: string | null): Item => {
    const commitment: Commitment = { title, owners, due: null, dueText: null, gaps: [], evidence, conditional: false };
    const item: Item = { commitment, turn, requester, dueTentative: true, dueStrength: 0, cancelled: false };
    items.push(item);
    takenTurns.add(turn);
    return item;
  };
  const setDue = (item: Item, due: SpokenDue, force = false) => {
    const better = force || item.commitment.due === null || (item.dueTentative && !due.tentative) || (!due.tentative && due.strength >= item.dueStrength);
    if (!better || (due.iso === null && item.commitment.due !== null)) return;
    item.commitment.due = due.iso;
    item.commitment.dueText = due.text;
    item.dueTentative = due.tentative;
    item.dueStrength = due.strength;
  };
  /** The live item `words` points at: most words in common, else the latest by `owner`. */
  const target = (words: string, owner: string | null): Item | null => {
    const wanted = contentWords(words);
    let best: Item | null = null;
    let score = 0;
    for (const item of live()) {
      const found = overlap(wanted, contentWords(`${item.commitment.title} ${item.commitment.evidence.map((evidence) => evidence.said).join(" ")}`));
      if (found > score || (found === score && found > 0)) [best, score] = [item, found];
    }
    // Named work that matches nothing still standing (already dropped, never taken): no target.
    if (best || wanted.size > 0) return best;
    const candidates = live().filter((item) => owner === null || item.commitment.owners.includes(owner));
    return candidates[candidates.length - 1] ?? null;
  };

  utterances.forEach((utterance, turn) => {
    const speaker = utterance.speaker;
    const sentences = sentencesOf(utterance.text);
    if (recapBy !== null && speaker !== recapBy) recapBy = null;
    const answering = pending && turn - pending.turn <= ANSWER_WINDOW && pending.from !== speaker && (pending.to === null || pending.to === speaker) ? pending : null;
    let madeThisTurn: Item[] = [];
    let firstWork = -1;
    let withdrewThisTurn: Item | null = null;
    let addressee: string | null = null;
    let topic: string | null = null;

    const take = (item: Item, sentence: Sentence) => {
      madeThisTurn.push(item);
      if (firstWork < 0) firstWork = sentences.indexOf(sentence);
      if (CONDITION.test(sentence.text)) item.commitment.conditional = true;
    };

    for (const [index, sentence] of sentences.entries()) {
      const text = sentence.text;
      const evidence = evidenceOf(utterance, sentence);
      if (RECAP.pattern.test(text)) recapBy = speaker;

      // Withdrawing or moving work said earlier.
      const withdrawal = WITHDRAWAL.pattern.exec(text);
      const reassignment = REASSIGNMENT.pattern.exec(text);
      if (reassignment) {
        const to = names.resolve(reassignment[1] ?? reassignment[3]!);
        const what = reassignment[2] ?? reassignment[4] ?? "";
        const item = target(/^(?:this|that|it|over)$/i.test(what) ? "" : what, null);
        if (to && item) {
          // An offer just made by the new owner was this same work.
          for (const offer of live()) if (offer !== item && offer.turn >= turn - 3 && offer.commitment.owners.includes(to) && offer.commitment.due === null) offer.cancelled = true;
          item.commitment.owners = [to];
          item.commitment.evidence.push(evidence);
          item.turn = turn;
          withdrewThisTurn = item;
          continue;
        }
      }
      // "Dropping it." just after a withdrawal confirms it; it withdraws nothing more.
      const confirms = withdrawal && lastWithdrawal !== null && turn - lastWithdrawal <= 2 && /^(?:that|this|it)(?: one)?$|^$/i.test((withdrawal[1] ?? withdrawal[2] ?? withdrawal[3] ?? withdrawal[4] ?? "").trim());
      if (withdrawal && !withdrewThisTurn && !confirms) {
        const what = (withdrawal[1] ?? withdrawal[2] ?? withdrawal[3] ?? withdrawal[4] ?? "").replace(/^the\s+/i, "");
        const pointed = /^(?:that|this|it)(?: one)?$/i.test(what) || what === "";
        const owner = names.addressed(text);
        const item = pointed ? target("", owner ?? (index === 0 && answering?.to ? null : null)) : target(what, owner);
        const laterInTurn = sentences.slice(index + 1).some((next) => selfCommitment.test(next.text)) || selfCommitment.test(text.slice(withdrawal.index + withdrawal[0].length));
        if (item) {
          withdrewThisTurn = item;
          if (laterInTurn) {
            // "Scratch that, I'll do the playbook instead": the work moves to the speaker.
            item.commitment.owners = [speaker];
            item.commitment.evidence.push(evidence);
            item.turn = turn;
            item.dueTentative = true;
            item.dueStrength = 0;
            madeThisTurn.push(item);
            break;
          }
          item.cancelled = true;
          lastWithdrawal = turn;
          continue;
        }
      }
      if (recapBy !== null) continue;

      const who = names.addressed(text);
      if (who && who !== speaker) addressee = who;
      const said = topicOf(text);
      topic = topic ?? said;

      // A scribe's notes: "AI: Kofi: ...", "Mariana said she'd ...", "Rosa asked Kofi to ...".
      const marker = ACTION_MARKER.pattern.exec(text);
      const reported = REPORTED_COMMITMENT.pattern.exec(text);
      if (marker || reported) {
        const owner = names.resolve(marker?.[1] ?? reported![1] ?? reported![4]!) ?? (marker?.[1] ?? reported![1] ?? reported![4]!);
        const work = marker?.[2] ?? reported![2] ?? reported![5]!;
        const item = create([owner], workItem(work, null), turn, [evidence], reported?.[3] ?? null);
        take(item, sentence);
        if (reported?.[3] && !/\b(?:said yes|agreed|accepted|will do it|took it)\b/i.test(utterance.text)) item.commitment.gaps.push(`${owner} was asked: confirm they agreed`);
        continue;
      }

      // Someone taking work on in their own words (unless a hedge came first: "we should probably..., so we can...").
      const hedge = UNOWNED_WORK.pattern.exec(text);
      const own = selfCommitment.exec(text);
      if (own && !/\?\s*$/.test(text) && !(hedge && hedge.index < own.index)) {
        const clause = (own[1] ?? text.slice(own.index + own[0].length)).trim();
        const group = /^(?:\w+,?\s+)*(?:we'll|we will|we can|we're going to|we are going to)\b/i.test(text.slice(own.index));
        const mine = live().filter((item) => item.commitment.owners.length === 1 && item.commitment.owners[0] === speaker);
        const latestMine = mine.length > 0 && mine[mine.length - 1]!.turn >= turn - FOLLOW_UP_WINDOW ? mine[mine.length - 1]! : null;
        // "I can pair" helps someone else's work; "Omar and I will pair on it" takes it on together.
        const together = /\b[A-Z][a-z]+ and I\b/.test(text);
        if (SUPPORT.pattern.test(clause) && !together) continue;
        if (group && !(answering && (answering.to === speaker || answering.to === null))) continue;
        const same = SAME_WORK.pattern.test(clause) || (madeThisTurn.length > 0 && clause.split(/\s+/).length <= 4);
        if (same) {
          const into = madeThisTurn[madeThisTurn.length - 1] ?? (answering ? null : latestMine);
          if (into) {
            into.commitment.evidence.push(evidence);
            continue;
          }
        }
        if (answering) {
          const item = answering.item ?? create([speaker], same || !saysMore(clause, answering.text) ? workItem(answering.text, null) : workItem(clause, answering.text), turn, [answering.evidence], answering.from);
          const partner = /\b([A-Z][a-z]+) and I\b/.exec(text.slice(own.index));
          item.commitment.owners = partner && names.resolve(partner[1]!) ? [speaker, names.resolve(partner[1]!)!] : [speaker];
          item.commitment.evidence.push(evidence);
          if (answering.due) setDue(item, answering.due);
          take(item, sentence);
          pending = null;
          continue;
        }
        if (madeThisTurn.length > 0 && overlap(contentWords(clause), contentWords(madeThisTurn[madeThisTurn.length - 1]!.commitment.title)) > 0) {
          madeThisTurn[madeThisTurn.length - 1]!.commitment.evidence.push(evidence);
          continue;
        }
        // "I could add a linter": an offer, until someone asks for it or a date is put on it.
        const offer = /^(?:\w+,?\s+)*I could\b/i.test(text.slice(own.index));
        if (offer) {
          proposal = { text: clause, speaker, turn, item: null };
          continue;
        }
        const partner = /\b([A-Z][a-z]+) and I\b/.exec(text.slice(own.index));
        const owners = partner && names.resolve(partner[1]!) ? [speaker, names.resolve(partner[1]!)!] : [speaker];
        const item = create(owners, workItem(clause, topic), turn, [evidence], null);
        take(item, sentence);
        continue;
      }

      // Work named with nobody taking it ("we should probably...", "someone needs to...").
      const unowned = hedge;
      if (unowned) {
        const work = unowned.slice(1).find(Boolean)!;
        const item = create([], workItem(work, topic), turn, [evidence], null);
        item.commitment.conditional = true;
        madeThisTurn.push(item);
        proposal = { text: work, speaker, turn, item };
        if (answering) pending = null;
        continue;
      }

      // A request to a person, or to whoever will take it.
      const request = REQUEST.pattern.exec(text);
      const open = OPEN_REQUEST.pattern.exec(text);
      if (request || open) {
        const asked = (request ? (request[1] ?? request[2] ?? request[3]) : (open![1] ?? open![2])) ?? "";
        // "Can you own that, Ken?": the name is the address, not the work.
        const work = asked.replace(/[?]+$/, "").replace(/,\s*(?:right,\s*)?[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?\s*$/u, "").trim();
        if (MEETING_TALK.test(work)) continue;
        const to = request ? (who ?? addressee ?? previousSpeaker(utterances, turn)) : null;
        if (to === speaker) continue;
        const pointsBack = work === "" || /^(?:\w+\s+)?(?:that|it|this|them)\b/i.test(work) || (PRONOUN_OBJECT.test(work) && work.split(/\s+/).length <= 4);
        const previousSentence = sentences[index - 1]?.text ?? "";
        const pointed = pointsBack ? (topic ?? (proposal && turn - proposal.turn <= 3 ? proposal.text : null) ?? (topicOf(previousSentence) ? previousSentence : null)) : null;
        // "Send it to me first?" to someone who just took work on: more of the same work.
        const theirs = to ? live().find((item) => item.turn >= turn - 2 && item.commitment.owners.includes(to)) : undefined;
        if (pointsBack && !pointed && theirs) {
          theirs.commitment.evidence.push(evidence);
          continue;
        }
        // "Can you have a draft by Friday?": the date asked for holds until the answer names another.
        const dueAsked = pickDue(sentences.slice(index).flatMap((next) => findDues(next.text, meetingDate)));
        pending = { to, from: speaker, text: pointed ?? work, turn, evidence, item: pointsBack && proposal?.item && turn - proposal.turn <= 3 ? proposal.item : null, soft: false, due: dueAsked ? { ...dueAsked, tentative: true } : null };
        continue;
      }
      // "Yuki, phased release." assigns a topic to a person; it stands if they answer.
      if (who && who !== speaker && said && /\.$/.test(text)) {
        pending = { to: who, from: speaker, text: said, turn, evidence, item: null, soft: true, due: null };
        continue;
      }
      const proposed = PROPOSAL.pattern.exec(text);
      if (proposed) proposal = { text: proposed[1]!, speaker, turn, item: null };
    }

    // A plain yes to a request made just before: the replier takes it on.
    if (madeThisTurn.length === 0 && answering && pending === answering && recapBy === null && !answering.soft) {
      if (DECLINE.pattern.test(utterance.text)) pending = null;
      else if (AGREEMENT.pattern.test(utterance.text) && !/^[^.?!]*\?/.test(utterance.text)) {
        const item = answering.item ?? create([speaker], workItem(answering.text, null), turn, [answering.evidence], answering.from);
        if (answering.item) item.commitment.owners = [speaker];
        if (answering.due) setDue(item, answering.due);
        item.commitment.evidence.push(evidenceOf(utterance, null));
        if (CONDITION.test(utterance.text)) item.commitment.conditional = true;
        madeThisTurn = [item];
        pending = null;
      }
    }

    // Dates said now belong to what was just taken on, or to recent work of the speaker's.
    if (recapBy === speaker && madeThisTurn.length === 0) return;
    const considered = madeThisTurn.length > 0 ? sentences.slice(Math.max(0, firstWork)) : sentences.filter((sentence) => !PAST.test(sentence.text));
    const dues = considered.filter((sentence) => !SUPPORT.pattern.test(sentence.text.replace(/^.*?\bI (?:can|could|'ll|will)\s+/i, ""))).flatMap((sentence) => findDues(sentence.text, meetingDate));
    const best = pickDue(dues);
    if (best) {
      if (madeThisTurn.length > 0) for (const item of madeThisTurn) setDue(item, best, item === withdrewThisTurn);
      else {
        const recent = live().filter((item) => item.turn >= turn - FOLLOW_UP_WINDOW && item.commitment.owners.length > 0 && (item.commitment.owners.includes(speaker) || item.requester === speaker || (item.commitment.due === null && item.turn >= turn - 1)));
        const item = recent[recent.length - 1];
        if (item && !(pending && pending.turn === turn)) setDue(item, best);
      }
    }

    // A request nobody answered in time stays as work with no owner.
    if (pending && turn - pending.turn >= ANSWER_WINDOW) pending = keepUnanswered(pending, items, create);
  });
  if (pending) keepUnanswered(pending, items, create);
  return { commitments: items.filter((item) => !item.cancelled).map((item) => item.commitment), takenTurns };
}

/** Whether the answer names the work better than the request did: more than the request's own words. */
function saysMore(answer: string, request: string): boolean {
  const own = contentWords(workItem(answer, null));
  const asked = contentWords(request);
  return own.size >= 3 && [...own].some((word) => !asked.has(word));
}

function previousSpeaker(utterances: Utterance[], turn: number): string | null {
  for (let index = turn - 1; index >= 0; index--) if (utterances[index]!.speaker !== utterances[turn]!.speaker) return utterances[index]!.speaker || null;
  return null;
}

function keepUnanswered(request: Request, items: Item[], create: (owners: string[], title: string, turn: number, evidence: Evidence[], requester: string | null) => Item): null {
  if (request.soft || request.item) return null;
  const words = contentWords(request.text);
  if (items.some((item) => !item.cancelled && overlap(words, contentWords(item.commitment.title)) >= Math.min(2, words.size))) return null;
  const item = create([], workItem(request.text, null), request.turn, [request.evidence], request.from);
  if (request.to) item.commitment.gaps.push(`${request.to} was asked but did not say yes: confirm the owner`);
  return null;
}

function pickDue(dues: SpokenDue[]): SpokenDue | null {
  if (dues.length === 0) return null;
  const resolved = dues.filter((due) => due.iso !== null);
  const pool = resolved.length > 0 ? resolved : dues;
  const firm = pool.filter((due) => !due.tentative);
  return [...(firm.length > 0 ? firm : pool)].sort((a, b) => b.strength - a.strength)[0]!;
}
