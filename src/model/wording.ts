/**
 * Wording that industry postmortem guidance (Google SRE book ch. 15, SRE workbook ch. 10,
 * PagerDuty, Atlassian) asks authors to avoid or to include: blame, counterfactuals, vague or
 * people-reliant actions, later ideas mixed with commitments, and impact stated in numbers.
 * The lint rules, `pm score` and the `pm new` prompts share these predicates.
 */
import { allMatches } from "./regex.js";

export interface WordingMatch {
  /** Offset of the match in the searched text. */
  index: number;
  match: string;
}

function first(pattern: RegExp, text: string): WordingMatch | null {
  const found = pattern.exec(text);
  return found ? { index: found.index, match: found[0] } : null;
}

// -- blame ----------------------------------------------------------------------------------------

/** Words that judge a person rather than describe a system, wherever they appear. */
const JUDGEMENT =
  /\b(?:(?:human|operator|pilot)[- ]errors?|(?:\w+'s|his|her|their|my|your) (?:own )?(?:fault|mistakes?|negligence|carelessness)|(?:was|were|is) (?:\w+ )?(?:to blame|at fault)|careless(?:ly|ness)?|negligen(?:t|tly|ce)|reckless(?:ly|ness)?|incompeten(?:t|ce)|sloppy|sloppiness|laziness|(?:should|ought to) have known(?: better)?|should'?ve known|should have been more careful|dropped the ball|screwed up|messed up|botched|(?:did(?:n'?t| not)|failed to) (?:adequately|properly|sufficiently|thoroughly|carefully) (?:test|check|review|verify|validate|vet)\w*)\b/i;

/** A sentence that negates or rejects blame: "not human error", "is never a root cause", "a symptom of". */
const REJECTS_BLAME = /\b(?:not|never|no|isn'?t|wasn'?t|aren'?t|avoid\w*|without|blameless|blame|don'?t|do not|nor|symptom)\b/i;

/** A person named as the actor: an @handle, "the engineer who...", or a role noun. */
const HANDLE = "@[A-Za-z0-9][\\w.-]*";
const ROLE =
  "(?:the|an?|one|our|their)\\s+(?:(?:new|junior|senior|on-?call|responsible|same)\\s+)?(?:engineer|developer|dev|operator|admin(?:istrator)?|intern|employee|contractor|person|sre|dba|team member|staff member|release manager|reviewer|maintainer)";
const PERSON_VERBS =
  "(?:forgot|neglected|ignored|overlooked|failed to|did(?:n'?t| not) (?:bother|check|test|follow|notice|read|review|verify|think)|mistakenly|accidentally|carelessly|wrongly|incorrectly|by mistake|caused|broke|messed up|screwed up|should have)";
/** "@bob forgot to...", "the engineer who deployed...", "an operator mistakenly ran...". */
/** The person must be the subject: "warned the engineer who deployed it" is about the tooling. */
const AS_SUBJECT = "(?<=(?:^|[.!?:;,(\\n]|\\b(?:because|since|when|as|and|but|so|that|then|why))\\s*)";
const PERSON_AS_CAUSE = new RegExp(
  `${AS_SUBJECT}(?:${HANDLE}|${ROLE})(?:\\s+who\\s+(?!was\\b|is\\b|were\\b|had been\\b|happened\\b)[a-z]+\\w*|(?:\\s+\\w+){0,2}?\\s+${PERSON_VERBS}\\b)`,
  "i",
);
const WRONGDOING_VERBS = "(?:forgot|neglected|ignored|failed to|mistakenly|carelessly|wrongly|by mistake|messed up|screwed up|should have)";
/** In a timeline, only a person doing wrong is blame: "@bob forgot to...", "an operator mistakenly ran...". */
const PERSON_DOING_WRONG = new RegExp(`${AS_SUBJECT}(?:${HANDLE}|${ROLE})(?:\\s+\\w+){0,2}?\\s+${WRONGDOING_VERBS}\\b`, "i");
const NAMED_PERSON_VERBS = "(?:forgot|neglected|ignored|carelessly|should have known|didn'?t bother|messed up|screwed up|botched)";
/** A name written as a person ("Bob", "Bob Smith") followed by a verb only people do wrong. */
const NAMED_PERSON_AS_CAUSE = new RegExp(`(?<![\\w@])(?<!\\b(?:the|a|an|our|this|that)\\s)[A-Z][a-z]{2,}(?:\\s[A-Z][a-z]+)?\\s+${NAMED_PERSON_VERBS}\\b`);

export interface BlameMatch extends WordingMatch {
  kind: "judgement" | "person";
}

/**
 * Where the text sits: "cause" (root cause, contributing factors) where any person as the subject
 * of what went wrong is blame; "timeline" where people act neutrally ("@jane acknowledged the
 * alert") and only a person doing wrong is; "prose" elsewhere, where only judging words are.
 */
export type BlameScope = "cause" | "timeline" | "prose";

interface BlamePattern {
  pattern: RegExp;
  kind: BlameMatch["kind"];
  /**
   * What any match must contain, tested first: the person patterns start with a look-behind, so
   * V8 tries them at every position of every block, while the verbs they end with are rare.
   */
  needs: RegExp | null;
}

const JUDGEMENTS: BlamePattern = { pattern: JUDGEMENT, kind: "judgement", needs: null };
const NAMED_PEOPLE: BlamePattern = { pattern: NAMED_PERSON_AS_CAUSE, kind: "person", needs: new RegExp(`\\s${NAMED_PERSON_VERBS}\\b`) };

/** The patterns each scope looks for. */
const BLAME_PATTERNS: Record<BlameScope, BlamePattern[]> = {
  cause: [JUDGEMENTS, { pattern: PERSON_AS_CAUSE, kind: "person", needs: new RegExp(`\\s(?:who\\s|${PERSON_VERBS}\\b)`, "i") }, NAMED_PEOPLE],
  timeline: [JUDGEMENTS, { pattern: PERSON_DOING_WRONG, kind: "person", needs: new RegExp(`\\s${WRONGDOING_VERBS}\\b`, "i") }, NAMED_PEOPLE],
  prose: [JUDGEMENTS],
};

/**
 * Blame in one block of text, unless the sentence rejects it ("this was not human error").
 * `allow` lists words, names or handles that are never reported (case-insensitive).
 */
export function findBlame(text: string, options: { scope: BlameScope; allow: readonly string[] }): BlameMatch[] {
  const allowed = options.allow.map((item) => item.toLowerCase());
  const isAllowed = (match: string) => allowed.some((item) => item !== "" && match.toLowerCase().includes(item));
  const found: BlameMatch[] = [];
  for (const { pattern, kind, needs } of BLAME_PATTERNS[options.scope]) {
    if (needs && !needs.test(text)) continue;
    for (const match of allMatches(pattern, text)) {
      if (REJECTS_BLAME.test(sentenceAround(text, match.index!, match[0].length).replace(match[0], ""))) continue;
      if (isAllowed(match[0])) continue;
      if (found.some((other) => match.index! < other.index + other.match.length && other.index < match.index! + match[0].length)) continue;
      found.push({ index: match.index!, match: match[0].trim(), kind });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function sentenceAround(text: string, index: number, length: number): string {
  const start = Math.max(text.lastIndexOf(".", index - 1), text.lastIndexOf("?", index - 1), text.lastIndexOf("!", index - 1)) + 1;
  const rest = text.slice(index + length).search(/[.?!](?:\s|$)/);
  return text.slice(start, rest < 0 ? text.length : index + length + rest);
}

// -- counterfactuals ------------------------------------------------------------------------------

/** "would have", "should have", "could have" (but not the hedge "could have been stale"). */
const COUNTERFACTUAL =
  /\b(?:would|should|could|ought to|might)(?:n'?t| not)? have(?! been\b)\b|\b(?:would|should)(?:n'?t| not)? have been\b|\bcould(?:n'?t| not)? have been (?:caught|prevented|avoided|detected|noticed|spotted|found|stopped|handled|done)\b|\b(?:would|should|could)'ve\b|\bif only\b|\bhad we\b/i;

export function findCounterfactual(text: string): WordingMatch | null {
  return first(COUNTERFACTUAL, text);
}

// -- actions --------------------------------------------------------------------------------------

/** Actions that cannot be finished or verified as written. */
const VAGUE_ACTION =
  /^\s*(?:(?:improve|enhance|optimi[sz]e|strengthen|better)\b|make\s+(?:\S+\s+){1,4}?(?:better|more (?:robust|reliable|resilient|stable|careful))\b|investigate\b|look(?:ing)? into\b|explore\b|consider\b|think about\b|discuss\b|revisit\b|research\b)/i;

/** Actions that rely on people trying harder instead of changing the system. */
const PEOPLE_RELIANT =
  /\b(?:be (?:more |extra )?(?:careful|vigilant|diligent|attentive|aware|cautious)|take (?:more |extra )?care|pay (?:more |closer |extra )?attention|remind (?:engineers|developers|people|everyone|the team|staff|devs|folks|all)|double[- ]check|triple[- ]check|(?:try|remember) (?:harder|to)|don'?t forget|stop forgetting|think twice)\b/i;

/** A measurable target: a number, a threshold word, or a comparison. */
const MEASURABLE = /\d|[<>≤≥]|\b(?:every|all|zero|no longer|at least|at most|within|under|below|above|fewer|less than|more than)\b/i;

export function findVagueAction(title: string): WordingMatch | null {
  const found = first(VAGUE_ACTION, title);
  if (!found) return null;
  return MEASURABLE.test(title) ? null : found;
}

export function findPeopleReliance(text: string): WordingMatch | null {
  return first(PEOPLE_RELIANT, text);
}

/**
 * Wording that makes a commitment a someday idea. "Maybe" counts only when it opens the action:
 * "Nominate a driver, maybe a shared terminal" commits to the driver.
 */
const LATER_IDEA =
  /^\s*(?:maybe|perhaps)\b|\b(?:nice[- ]to[- ]have|would be (?:nice|good|great)|if (?:we have |there is )?time (?:permits|allows)|when (?:we have|there is) (?:time|capacity|bandwidth)|someday|some day|eventually|might want to|(?:could|may) (?:also )?(?:want|be worth)|wish ?list|stretch goal|in the (?:distant )?future|at some point|one day|(?:later|future) idea)\b/i;

export function findLaterWording(text: string): WordingMatch | null {
  return first(LATER_IDEA, text);
}

/** A parked idea says why it waits: "(expensive; revisit in Q3)", "— because...", "until the...". */
export function hasParkingReason(text: string): boolean {
  return /\(.{3,}\)|\s[—–-]\s|:\s|;|\b(?:because|since|until|after|once|when|as|due to|blocked|depends|needs?|too|expensive|costly|complex|risky|low (?:value|priority)|out of scope|revisit|reconsider|not worth)\b/i.test(text);
}

// -- hypotheses -----------------------------------------------------------------------------------

/** How a hypothesis will be confirmed or ruled out. */
const CONFIRMATION_PLAN =
  /\b(?:confirm\w*|verif\w*|validat\w*|check\w*|test\w*|reproduc\w*|needs?|pending|awaiting|to be (?:confirmed|checked|determined|verified)|tbc|investigat\w*|follow[- ]?up|action\s*#?\s*\d+|open question|ask\w*|query|compare|measure)\b/i;

export function findConfirmationPlan(text: string): WordingMatch | null {
  return first(CONFIRMATION_PLAN, text);
}

// -- impact figures -------------------------------------------------------------------------------

const COUNTED_NOUNS =
  "[a-z-]*(?:users?|customers?|checkouts?|logins?|sign-?ups?|purchases?|bookings?|clients?|accounts?|requests?|queries|calls|orders?|transactions?|payments?|charges?|merchants?|sessions?|errors?|failures?|events?|messages?|emails?|jobs?|builds?|deploys?|deployments?|pods?|nodes?|servers?|instances?|hosts?|sites?|pages?|projects?|repos(?:itories)?|packages?|crates?|downloads?|uploads?|files?|records?|rows?|sequences?|tickets?|complaints?|tweets?|workspaces?|teams?|organi[sz]ations?|tenants?|regions?|services?|endpoints?|launches?|people|members?|devices?|apps?|flags?|blocks?|coins?|wallets?|tokens?|attacks?|incidents?|releases?|versions?|vulnerabilit(?:y|ies)|machines?|clusters?|data)";
const COUNTED = `(?:%|percent|per ?cent|(?:k|m|bn)\\b|(?:thousand|million|billion)\\b|${COUNTED_NOUNS}\\b|(?:minutes?|mins?|hours?|hrs?|h|seconds?|secs?|s|ms|days?|weeks?|dollars?|euros?|pounds?|usd|eur|gbp|xch|eth|GB|MB|TB|rps|qps)\\b)`;
/**
 * A figure that counts what was affected: "~2,000 transactions", "15%", "$2,400", "3.5k requests",
 * "47 minutes", and zero or all stated outright ("no packages were compromised", "no impact").
 */
const FIGURE = new RegExp(
  `(?:[$€£¥]\\s?\\d[\\d,.]*\\s*(?:k|m|bn|thousand|million|billion)?\\b|(?<![\\w.:/-])[~≈<>]?\\d[\\d,.]*\\+?\\s*(?:[a-z-]+\\s+){0,3}?${COUNTED}|\\b(?:a single|one|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|thousands of|millions of)\\s+(?:[a-z-]+\\s+){0,2}?${COUNTED_NOUNS}\\b|\\b(?:all|none|every|no|zero|half)\\s+(?:of\\s+(?:the\\s+|our\\s+)?)?(?:[a-z-]+\\s+)?(?:${COUNTED_NOUNS}|traffic|impact)\\b)`,
  "gi",
);

/** Every figure in the text that counts what was affected; dates, times and versions don't count. */
export function findFigures(text: string): WordingMatch[] {
  const masked = text
    .replace(/\b\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?/g, (date) => " ".repeat(date.length))
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, (time) => " ".repeat(time.length))
    .replace(/\bv?\d+\.\d+\.\d+\S*/g, (version) => " ".repeat(version.length))
    .replace(/#\d+|\b\d{6,}\b/g, (id) => " ".repeat(id.length));
  return allMatches(FIGURE, masked).map((match) => ({ index: match.index!, match: text.slice(match.index!, match.index! + match[0].length).trim() }));
}
