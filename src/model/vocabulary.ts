/**
 * The words pm understands. Extraction, the lint rules and the `pm new` prompts all share these
 * predicates, so what the prompt accepts is exactly what lint will accept later.
 */
import { allMatches } from "./regex.js";
import { trimTrailing } from "./trim.js";
import type { FactLabel, FactorCategory, SectionKind } from "./types.js";

/** Words a team adds to pm's own, from the `vocabulary` block of its config file. */
export interface VocabularyWords {
  factLabels: string[];
  hypothesisLabels: string[];
  deferralWords: string[];
  placeholders: string[];
  /** Transcript phrases (`pm new --from`): someone taking a task on, e.g. "I'll take". */
  commitmentPhrases: string[];
  /** Transcript phrases that commit to no outcome, e.g. "noodle on". */
  vaguePhrases: string[];
  /** Transcript phrases that raise a problem, e.g. "we keep hitting". */
  problemPhrases: string[];
}

/** The team's words compiled once per run; every predicate below takes one (the default adds nothing). */
export interface Vocabulary {
  readonly words: VocabularyWords;
  readonly factLabel: RegExp | null;
  readonly hypothesisLabel: RegExp | null;
  readonly factMarker: RegExp | null;
  readonly hypothesisMarker: RegExp | null;
  readonly deferral: RegExp | null;
  readonly placeholder: RegExp | null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The words as one alternation, longest first so "to be checked" wins over "to be". */
function alternation(words: string[]): string | null {
  const cleaned = [...new Set(words.map((word) => word.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  return cleaned.length > 0 ? cleaned.map(escapeRegExp).join("|") : null;
}

/** Matches the words where they are not part of a longer word. */
function wordPattern(words: string[], flags: string): RegExp | null {
  const any = alternation(words);
  return any ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${any})(?![\\p{L}\\p{N}_])`, flags) : null;
}

/** The same marker shapes as the built-in labels: "(word ...)", "[word]", "**word**", "word:" at the start. */
function markerPattern(words: string[]): RegExp | null {
  const any = alternation(words);
  if (!any) return null;
  const word = `(?:${any})(?![\\p{L}\\p{N}_])`;
  return new RegExp(`\\(\\s*${word}[^)]*\\)|\\[\\s*${word}\\s*\\]|\\*\\*\\s*${word}\\s*\\*\\*|^\\s*${word}\\s*[:;—–-]`, "iu");
}

export function buildVocabulary(words: Partial<VocabularyWords> = {}): Vocabulary {
  const full: VocabularyWords = {
    factLabels: words.factLabels ?? [],
    hypothesisLabels: words.hypothesisLabels ?? [],
    deferralWords: words.deferralWords ?? [],
    placeholders: words.placeholders ?? [],
    commitmentPhrases: words.commitmentPhrases ?? [],
    vaguePhrases: words.vaguePhrases ?? [],
    problemPhrases: words.problemPhrases ?? [],
  };
  return {
    words: full,
    factLabel: wordPattern(full.factLabels, "iu"),
    hypothesisLabel: wordPattern(full.hypothesisLabels, "iu"),
    factMarker: markerPattern(full.factLabels),
    hypothesisMarker: markerPattern(full.hypothesisLabels),
    deferral: wordPattern(full.deferralWords, "iu"),
    // Placeholders are matched as written: a team's "TK" should not flag "tk" in prose.
    placeholder: wordPattern(full.placeholders, "u"),
  };
}

/** pm's own words only. */
export const DEFAULT_VOCABULARY: Vocabulary = buildVocabulary();

/** The earliest match among patterns, or null. */
function earliest(text: string, patterns: Array<RegExp | null>): { index: number; match: string } | null {
  let best: { index: number; match: string } | null = null;
  for (const pattern of patterns) {
    const found = pattern?.exec(text);
    if (found && (best === null || found.index < best.index)) best = { index: found.index, match: found[0] };
  }
  return best;
}

/** Lower-cases a heading and strips numbering, emoji, markup and trailing punctuation. */
export function normaliseHeading(title: string): string {
  const text = title
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}\s/&+'()?:.,-]/gu, " ")
    .replace(/^\s*(?:(?:section|part|step)\s+)?(?:\d+|[ivx]+|[a-z])[.)]\s*|^\s*\d+\s+(?=\p{L})/u, "")
    .replace(/\s+/g, " ");
  return trimTrailing(text, /[\s:.?,-]/).trim();
}

/** Heading patterns, most specific first: the first match decides. */
const SECTION_PATTERNS: Array<[SectionKind, RegExp]> = [
  ["quality-gate", /^(quality gate|self[- ]assessment|rubric|scorecard)\b/],
  ["parked", /^(parked|parking lot|later ideas|not now|deferred)\b/],
  ["triggers", /\bkill criteria\b|^(triggers|tripwires|escalation triggers|kill switch(es)?|stop criteria|exit criteria)\b/],
  ["five-whys", /\b(5|five)[- ]whys?\b|^whys$|^why did (it|the root cause|root cause) happen/],
  [
    "timeline",
    /^(incident |detailed |chronological )?timeline\b(?!\s+review)|^(facts?\s*(\+|&|and)\s*timeline|timeline of events|chain of events|sequence of events|chronology|event log)\b/,
  ],
  [
    "actions",
    /^(action items?|actions?( tracker| plan| taken and planned| register| list)?|follow[- ]?up (actions?|items|tasks|improvements|work)|next actions|remediations?( items| actions| plan)?|corrective (and preventa?tive )?(actions|measures)|preventa?tive (actions|measures)|(immediate|short[- ]term|long[- ]term|medium[- ]term|future|planned) (actions|fixes|remediations?|measures|improvements)|what we('re| are) doing about it|to[- ]?dos?|tasks)(\s*\(.*\)|\s*[/&+,].*|\s+and\s+.*)?$/,
  ],
  ["actions", /^(how (are we|we('re| are)) (preventing|going to prevent)|how (will|do) we prevent|preventing (it|this) from happening again)\b/],
  ["contributing-factors", /^(contributing factors?|contributors|factors|causes|what caused|why wasn't this caught|leadup|lead[- ]up|fault)\b/],
  ["root-cause", /\broot[- ]causes?\b|^(technical cause|cause|trigger(\(s\))?|what (caused|went wrong technically)|how (did )?(this|it) happen)/],
  // "Impact & Learnings Review" is a recurring review, not the impact section.
  ["review-cadence", /\b(recurring|learnings review|review cadence|follow[- ]up review)\b/],
  ["impact", /\bimpact\b|^(users affected|customer impact|what was impacted|scope)\b/],
  ["summary", /\bsummary\b|^(tl;? ?dr|overview|abstract|description|incident description|what happened|the issue|background)\b/],
  ["lessons", /^(lessons? (learned|learnt)|learnings?|key takeaways|takeaways|what we learned)\b/],
  ["decisions", /^decisions?\b/],
  ["dissemination", /\b(dissemination|shareout|share[- ]out|communication plan|distribution)\b/],
  ["risks", /^risks?\b/],
  ["open-questions", /^(open questions?|unknowns|questions)\b/],
  ["next-steps", /^(next steps|follow[- ]?up( plan)?|moving forward|looking forward)\b/],
  ["brief", /^(retro brief|brief|incident (details|metadata)|metadata|attendees|roles|participants)\b/],
  ["agenda", /^agenda\b/],
  ["went-well", /^what went (well|right)|^where we got lucky/],
  ["went-wrong", /^what (went wrong|went badly|didn'?t go( so)? well|could (be|have gone) better)/],
  ["resolution", /^(resolution|recovery|mitigation|how (was it|it was) (resolved|fixed)|what fixed it|the fix)\b/],
  ["detection", /^(detection|how (was it|we) detected)\b/],
];

/** The kind of section a heading names, or null. */
export function classifySection(title: string): SectionKind | null {
  const text = normaliseHeading(title);
  for (const [kind, pattern] of SECTION_PATTERNS) if (pattern.test(text)) return kind;
  return null;
}

/** Template leftovers: text still waiting to be written. */
const PLACEHOLDER_PATTERNS: RegExp[] = [
  // "[issue here](https://...)" is a link someone wrote; "[Link](link)" is a blank still to fill.
  /\[(?:name|names|link|date|owner|team|incident title|title|tbd|todo|yyyy-mm-dd|[a-z][a-z /-]{0,30}(?:name|link|date|here|description|title))\](?!\((?:[a-z][a-z+.-]*:|\/|#|\.{1,2}\/)[^)]*\)|\[[^\]]+\])/i,
  /\[XX+\]/,
  // "<owner>", "<YYYY-MM-DD>", "<name/role>": angle-bracket blanks, but not HTML tags such as <br> or <details>.
  /(?<![\w<])<(?!(?:a|abbr|b|br|code|dd|del|details|div|dl|dt|em|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|q|s|small|span|strong|sub|summary|sup|table|tbody|td|th|thead|tr|u|ul)\b)[A-Za-z][\w /.,…'-]{0,60}>/,
  /\{\{[^}]*\}\}/,
  /\b(?:YYYY-MM-DD|YYYY-MM-D\d|HH:MM|hh:mm)\b/,
  // "TBD" as the whole value of a field or cell; "amount TBD, action #5 quantifies it" is an open question, not a leftover.
  // The look-behind comes after the word so it runs only where the word is, not at every position.
  /(?:TBD|TODO|FIXME|TK)(?<=(?:^|[:|(]|\*\*)\s*(?:TBD|TODO|FIXME|TK))(?=\s*(?:$|[|)]|\*\*))/,
  // "XX minutes" and "XX:XX" are blanks; "2X:XX (not sure exact time)" is an author's honest estimate.
  // Read as: "XX+" not after [\w$.:-], or "XXX+" after - or _. Each look-behind follows the Xs it
  // checks, so the pattern starts with a letter V8 can scan for instead of trying every position
  // (five times faster on prose).
  /XX(?<=(?<![\w$.:-])XX)X*(?!\w)|XXX(?<=[-_]XXX)X*\b/,
  /\blorem ipsum\b/i,
];

/**
 * Text every built-in placeholder contains (keep it in step with the patterns above). Most lines
 * hold none of it, and one test then answers for all the patterns.
 */
const MAY_HOLD_PLACEHOLDER = /[[<{]|YYYY-MM-D|HH:MM|TBD|TODO|FIXME|TK|XX|lorem ipsum/i;

/** The patterns worth running on the text: pm's (unless the text can't hold one) and the team's. */
function placeholderPatterns(text: string, vocabulary: Vocabulary): RegExp[] {
  const builtIn = MAY_HOLD_PLACEHOLDER.test(text) ? PLACEHOLDER_PATTERNS : [];
  return vocabulary.placeholder ? [...builtIn, vocabulary.placeholder] : builtIn;
}

/** The first placeholder in the text (pm's or the team's), or null. */
export function findPlaceholder(text: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): { index: number; match: string } | null {
  return earliest(text, placeholderPatterns(text, vocabulary));
}

/** Values that name no one: an owner field holding one of these has no owner. */
const NON_OWNERS = /^(?:tbd|tba|tbc|todo|\?+|-+|—|–|n\/?a|none|nobody|someone|somebody|anyone|anybody|everyone|all|all engineers|the team|team|unassigned|unknown|owner|name|\[[^\]]*\]|_+|x+)$/i;

/** Whether an owner value names a person, handle, role or team who can be asked about it. */
export function isRealOwner(value: string | null | undefined, vocabulary: Vocabulary = DEFAULT_VOCABULARY): boolean {
  if (!value) return false;
  const text = value
    .replace(/\((?:to be confirmed|tbc|tbd)[^)]*\)/gi, "")
    .replace(/[*_`]/g, "")
    .trim();
  if (text === "" || NON_OWNERS.test(text)) return false;
  if (/^(?:tbd|tba|tbc)\b/i.test(text)) return false;
  return findPlaceholder(text, vocabulary) === null || /@\w/.test(text);
}

/** Why an owner value is not an owner, for messages and prompt validation; null when it is fine. */
export function ownerProblem(value: string | null | undefined, vocabulary: Vocabulary = DEFAULT_VOCABULARY): string | null {
  if (!value || value.trim() === "") return "no owner is named";
  if (!isRealOwner(value, vocabulary)) return `"${value.trim()}" is a placeholder, not an owner`;
  return null;
}

/** Words that say an entry is a guess, not something observed. */
const HEDGES =
  /\b(?:probably|presumably|possibly|perhaps|we (?:believe|think|suspect)|i (?:believe|think|suspect)|(?<!as (?:the |a )?)likely|unlikely|appears? to|appeared to|seems? to|seemed to|may have|might have|could have been|suspected|not (?:yet )?confirmed)\b/i;

/** The hedging words in a text, or null when it reads as plain fact. */
export function findHedge(text: string): string | null {
  const found = HEDGES.exec(text);
  return found ? found[0] : null;
}

const HYPOTHESIS_WORDS = /\b(hypothes[ie]s|hypothesi[sz]ed|unconfirmed|unverified|to be confirmed|tbc|assumption|assumed|guess|speculative|suspected)\b/i;
const FACT_WORDS = /\b(fact|confirmed|verified|observed)\b/i;
const MARKER = /\(\s*(fact|hypothesis|unconfirmed|confirmed|assumption)\b[^)]*\)|\[\s*(fact|hypothesis|unconfirmed|confirmed|assumption)\s*\]|\*\*\s*(fact|hypothesis|unconfirmed|assumption)\s*\*\*|^\s*(fact|hypothesis)\s*[:;—–-]|\b(fact|hypothesis)\s*[:;]\s/i;

/** A label read from a cell of a Fact/Hypothesis column: the earliest word that decides. */
export function labelFromCell(text: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): { label: FactLabel; text: string } | null {
  return earliestLabel(text, [HYPOTHESIS_WORDS, vocabulary.hypothesisLabel], [FACT_WORDS, vocabulary.factLabel]);
}

/** Whichever label's words come first in the text; a tie goes to hypothesis, the cautious reading. */
function earliestLabel(text: string, hypothesis: Array<RegExp | null>, fact: Array<RegExp | null>): { label: FactLabel; text: string } | null {
  const hyp = earliest(text, hypothesis);
  const facts = earliest(text, fact);
  if (!hyp && !facts) return null;
  if (hyp && (!facts || hyp.index <= facts.index)) return { label: "hypothesis", text: hyp.match.trim() };
  return { label: "fact", text: facts!.match.trim() };
}

/** A label written as a marker inside free text: "(fact)", "**Hypothesis**", "[unconfirmed]". */
export function labelFromMarker(text: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): { label: FactLabel; text: string } | null {
  const found = MARKER.exec(text);
  const builtIn = found ? { index: found.index, label: builtInMarkerLabel(found), text: found[0].trim() } : null;
  const team = earliestLabel(text, [vocabulary.hypothesisMarker], [vocabulary.factMarker]);
  if (!team) return builtIn && { label: builtIn.label, text: builtIn.text };
  const teamIndex = text.indexOf(team.text);
  return builtIn && builtIn.index < teamIndex ? { label: builtIn.label, text: builtIn.text } : team;
}

function builtInMarkerLabel(found: RegExpExecArray): FactLabel {
  const word = (found.slice(1).find(Boolean) ?? "").toLowerCase();
  return word === "fact" || word === "confirmed" ? "fact" : "hypothesis";
}

/** Actions a trigger can commit to in advance. */
const COMMITTED_ACTIONS =
  /\b(halt|halts|pause|paused|freeze|frozen|block|blocks|roll(?:s|ed)? ?back|rollback|revert|escalat\w*|kill|stop|pivot|page|pages|disable|shut down|cancel|abort|invest|re-?train\w*|retrain\w*|fail over|failover|suspend|quarantine|throttle|declare|open an? (?:incident|sev)|mandatory|require|add|assign|run|trigger)\b/i;

/** Words that defer the decision instead of committing to one. */
const DEFERRALS =
  /\b(discuss(?:ion)?|revisit|consider|look into|decide later|decide then|sync on|sync up|talk about|think about|figure out|evaluate options|explore|we'?ll see|tbd|to be decided|review (?:it|options|whether)|circle back|follow up on)\b/i;

export function findCommittedAction(text: string): string | null {
  const found = COMMITTED_ACTIONS.exec(text);
  return found ? found[0] : null;
}

export function findDeferral(text: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): string | null {
  return earliest(text, [DEFERRALS, vocabulary.deferral])?.match ?? null;
}

/** A threshold names a number or a count ("> 5%", "2 or more", "1 occurrence", "breach"). */
export function hasThreshold(text: string): boolean {
  return /\d|\b(one|two|three|four|five|ten|any|every|single|first|breach|exceeds?|above|below|drops?|more than|less than)\b/i.test(text);
}

/** Whether a value reads as a status meaning the action is finished or abandoned. */
export function statusFromText(text: string): "open" | "in-progress" | "done" | "dropped" | null {
  const value = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  if (/\bnot (yet )?(started|done|begun)\b|\bto ?do\b|^\s*(?:\[ \]|☐)/.test(value)) return "open";
  if (/✅|✔|✓|☑|^\s*\[x\]|\b(done|complete|completed|closed|fixed|resolved|shipped|merged|finished)\b/.test(value)) return "done";
  if (/❌|🚫|\b(dropped|won'?t do|wontfix|won'?t fix|cancelled|canceled|abandoned|obsolete|rejected|superseded|duplicate|not doing|no longer needed)\b/.test(value)) return "dropped";
  if (/🟡|⏳|\b(in progress|in-progress|ongoing|started|wip|doing|in review)\b/.test(value)) return "in-progress";
  if (/🔴|⬜|\b(open|not started|todo|to do|planned|pending|new|backlog|blocked)\b/.test(value)) return "open";
  return null;
}

/**
 * A heading that files actions under a status: "Completed", "Open items", "Immediate actions
 * (completed)". Only a short status phrase counts, so "Fix the closed-loop alerts" names none.
 */
export function statusFromHeading(title: string): "open" | "in-progress" | "done" | "dropped" | null {
  const phrase = (/\(([^)]*)\)\s*$/.exec(title)?.[1] ?? title)
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .replace(/\s+(?:actions?|items?|tasks?|work|follow-?ups?)\s*$/i, "")
    .trim();
  if (phrase === "" || phrase.split(/\s+/).length > 4) return null;
  return statusFromText(phrase);
}

/** "Short term", "Phase 2", "P1", "Next quarter": a time horizon or rank that groups actions. */
const ACTION_HORIZON = /^(?:(?:immediate|short|medium|mid|long)[- ]?term|(?:phase|stage|step|week|month|quarter|q|p)\s*\d+|(?:this|next) (?:week|sprint|month|quarter)|now|next|later)\b/i;

/**
 * A bold line that names a group of actions rather than one action: a horizon ("Short term"), a
 * status ("Completed"), an actions heading ("Follow-up work") or a lead-in ending with a colon.
 */
export function isActionGroupLabel(title: string): boolean {
  const kind = classifySection(title);
  return kind === "actions" || kind === "next-steps" || kind === "parked" || statusFromHeading(title) !== null ||
    /:\s*$/.test(title) || ACTION_HORIZON.test(title.trim());
}

/** The answer in a "Done?" column: yes means done, no means still open. */
export function statusFromDoneAnswer(text: string): "open" | "done" | null {
  const value = text.trim().toLowerCase();
  if (/^(yes|y|true)$/.test(value)) return "done";
  if (/^(no|n|false|not yet)$/.test(value)) return "open";
  return null;
}

/** Whether a word is one of the section kinds headings are classified into (template declarations use them). */
export function isSectionKind(text: string): text is SectionKind {
  return SECTION_PATTERNS.some(([kind]) => kind === text);
}

/** Every placeholder in the text, left to right and not overlapping (a table row may hold several). */
export function findPlaceholders(text: string, vocabulary: Vocabulary = DEFAULT_VOCABULARY): Array<{ index: number; match: string }> {
  const all: Array<{ index: number; match: string }> = [];
  for (const pattern of placeholderPatterns(text, vocabulary)) {
    for (const found of allMatches(pattern, text)) all.push({ index: found.index, match: found[0] });
  }
  all.sort((a, b) => a.index - b.index || b.match.length - a.match.length);
  const kept: Array<{ index: number; match: string }> = [];
  for (const found of all) {
    const last = kept[kept.length - 1];
    if (!last || found.index >= last.index + last.match.length) kept.push(found);
  }
  return kept;
}

/** Opens with an example marker; "(e.g. PostgreSQL, Redis)" inside a sentence is the author's own prose. */
const EXAMPLE = /^(?:\.{3}|\(?e\.g\.|\(?for example\b|example\b)/i;
const INSTRUCTION = /^(?:describe|explain|list|summari[sz]e|include|provide|add|write|enter|fill in|insert|document|outline|briefly|use this|delete|replace)\b/i;

/** A template's example ("e.g. 50% of requests") or an instruction to the author ("Describe the impact"): not the document's own words. */
export function isExampleOrInstruction(text: string): boolean {
  const value = text.trim();
  return EXAMPLE.test(value) || INSTRUCTION.test(value);
}

const LEARNINGS_REVIEW_TITLE =
  /\brecurring\b|\blearnings? review\b|\breview (?:cadence|ritual|meeting)\b|\bfollow[- ]?up review\b|\b(?:weekly|bi-?weekly|monthly|quarterly) (?:review|sync|retro)\b/i;

/** A heading about a recurring review of the learnings ("Monthly learnings review"), not about this incident. */
export function isLearningsReviewTitle(title: string): boolean {
  return LEARNINGS_REVIEW_TITLE.test(title);
}

/** Incident severities, most severe first: what `pm new` offers and front matter should hold. */
export const SEVERITIES = ["SEV1", "SEV2", "SEV3", "SEV4"] as const;
export type SeverityLevel = (typeof SEVERITIES)[number];

/** "sev2", "SEV-2", "S2", "P2" and "2" all name SEV2; anything else is not a severity. */
export function severityFromText(text: string): SeverityLevel | null {
  const found = /^\s*(?:(?:sev|s|p)\s*-?\s*)?([1-4])\s*$/i.exec(text);
  return found ? (`SEV${found[1]}` as SeverityLevel) : null;
}

/** What kind of review a postmortem records. */
export const REVIEW_TYPES = ["incident", "near-miss", "security", "project"] as const;
export type ReviewType = (typeof REVIEW_TYPES)[number];

export function reviewTypeFromText(text: string): ReviewType | null {
  const value = text.trim().toLowerCase().replace(/[\s_]+/g, "-");
  if (value === "nearmiss") return "near-miss";
  return (REVIEW_TYPES as readonly string[]).includes(value) ? (value as ReviewType) : null;
}

// -- the review practice (what `pm score` grades) -------------------------------------------------

const FACTOR_CATEGORIES: Array<[FactorCategory, RegExp]> = [
  ["people", /^(people|human|humans|human factors?|individuals?|staffing|skills?|training)$/],
  ["process", /^(process(es)?|procedures?|practices?|policy|policies|workflow|change management)$/],
  ["tech", /^(tech|technical|technology|product|product ?\/ ?tech|tech ?\/ ?product|software|code|tooling|tools|infrastructure|infra|systems?|platform|architecture|monitoring|observability|design)$/],
  ["comms", /^(comms|communications?)$/],
  ["environment", /^(environment(al)?|external|third[- ]party|vendors?|dependencies|context)$/],
  ["organisation", /^(organi[sz]ation(al)?|org|culture|team|teams)$/],
];

/** The cluster a short label names ("Process", "**Tech**", "People factors"), or null. */
export function factorCategory(label: string): FactorCategory | null {
  const text = normaliseHeading(label)
    .replace(/[():,.]/g, " ")
    .replace(/\b(contributing|factors?|issues?|causes?|related)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (text === "" || text.split(" ").length > 3) return null;
  for (const [category, pattern] of FACTOR_CATEGORIES) if (pattern.test(text)) return category;
  return null;
}

const BLAMELESS =
  /\bblameless\b|\bblame[- ]free\b|\bno[- ]blame\b|\bnot (?:to )?(?:judge|blame|punish)\b|\bimprove (?:our )?systems,? not\b|\bacted reasonably\b|\bavoid\w* (?:\w+\/)?blam|\bassume (?:good|positive) intent\b|\bpsychological(?:ly)? safe/i;

/** Whether a line states a blameless ground rule. */
export function isBlamelessStatement(text: string): boolean {
  return BLAMELESS.test(text);
}

const CADENCE =
  /\b(daily|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|yearly|annually|every (?:\d+ |other )?(?:days?|weeks?|months?|quarters?|sprints?)|each (?:week|month|quarter|sprint))\b/i;

/** The recurrence a text states ("biweekly", "every 2 weeks"), or null. */
export function findCadence(text: string): string | null {
  const found = CADENCE.exec(text);
  return found ? found[0] : null;
}
