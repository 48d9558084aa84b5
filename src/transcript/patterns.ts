/**
 * How people speak in review meetings: taking work on, asking for it, agreeing, declining,
 * withdrawing, hedging, and leaving questions open. Each pattern carries examples it must and
 * must not match; a test runs them, so the vocabulary can grow (here or from config) without
 * guessing what a change breaks. None of them names a system, a team or a person.
 */

export interface SpeechPattern {
  id: string;
  pattern: RegExp;
  matches: string[];
  ignores: string[];
}

const LEAD = String.raw`(?<=^|[,;:—–-]\s*|\b(?:and|but|so|then|yeah|yes|sure|okay|ok|um|uh|well|also|fine|actually|good|great)[,.]?\s+)`;

/** Someone taking something on: "I'll send options", "I can get you the list", "Let me talk to them". Group 1 is the work. */
export const SELF_COMMITMENT: SpeechPattern = {
  id: "self-commitment",
  pattern: new RegExp(
    String.raw`${LEAD}(?:I'll|I will|I can|I could|I'm going to|I am going to|let me|we'll|we will|we can|we're going to|we are going to|(?:[A-Z][a-z]+ and I) (?:can|will|'ll))\s+(?!need\b|try\b|see\b|think\b|guess\b|say\b|be\b|bet\b|admit\b|tell you\b|imagine\b|read it\b|stop the\b|start\b|get to\b|come back\b|leave\b|just\s+say\b|not\b|never\b)(?:also\s+|just\s+|definitely\s+|probably\s+|\w+ly\s+)?(?:go ahead and\s+)?([a-z][\w'’-]*(?:\s+[^.?!]*)?)`,
    "i",
  ),
  matches: [
    "I'll send options to you by Monday.",
    "I can get you the list of affected transaction IDs today.",
    "Let me talk to them after this meeting",
    "Sarah and I can co-author something.",
    "Yeah, okay, I'll take it.",
    "Um, yeah, I can do the failover runbook next week.",
    "So I'll put together a template for outages.",
  ],
  ignores: ["I'll need someone to actually implement it.", "I think we should", "I mean, we have load tests", "I'll be honest, it was rough", "Let's have something we can use next time", "We'll get to the alert later."],
};

/** Work that is only the thing already on the table: "do it", "have that by the 17th", "take it". */
export const SAME_WORK: SpeechPattern = {
  id: "same-work",
  pattern: /^(?:do|take|own|handle|have|get|make|fold|pick up|look at)\s+(?:it|that|this|them|one|the same)\b(?:\s+(?:done|ready|in|up|over|on))?|^have\s+(?:it|that|this|the draft|a draft|something|the fix)\b|^have\s+(?!a look\b)(?:the|a|an|my|our)\s+[\w -]+?\s+(?:in|done|ready|out|finished|up)\b|^(?:make it work|do (?:our|my) best|live with it|manage)\b/i,
  matches: ["do it today", "have that by the 17th", "take it", "have it done by Friday", "have the draft by Monday", "do that within two weeks", "have the linter in by the 24th"],
  ignores: ["do the failover runbook", "take the postmortem", "have a look at the alert thresholds and the paging"],
};

/** Offers that support someone else's work or hand something over: not a work item of their own. */
export const SUPPORT: SpeechPattern = {
  id: "support",
  pattern: /^(?:pair|help|assist|join|back (?:you|them) up|copy you|cc you|loop you in|send (?:you|it to you|over) (?:my|the) notes|send you my|do an hour|give you a hand|review it|look at the rules with)\b|\bwith (?:you|him|her|them)\b(?!\s+on\b)|^(?:add that|confirm|say|tell you|read it|share my screen|stop the (?:recording|transcript)|facilitate|take (?:the )?notes|be the scribe|keep time|chair|moderate)\b|^own (?:the|my) (?:parts?|bits?|share)\b/i,
  matches: ["pair", "copy you", "send you my notes", "do an hour with you Monday", "add that the pipeline was stale", "own the parts that are mine", "read it after"],
  ignores: ["send the baseline Thursday", "add schema validation to the config service", "add a config linter"],
};

/** Agreement at the start of a reply to a request: the replier now owns it. */
export const AGREEMENT: SpeechPattern = {
  id: "agreement",
  pattern: /^(?:(?:uh|um|er|oh|so|well|okay|ok|hmm),?\s+)*(?:yeah|yes|yep|yup|sure|ok(?:ay)?|will do|on it|absolutely|of course|got it|sounds good|no problem|fine|happy to|definitely|that's tight but|i can|i will|can do|consider it done)\b/i,
  matches: ["Yeah, I can spec it out.", "Sure. End of next week.", "Uh, yeah. Sure.", "That's tight but... okay", "Yes. Before the next release."],
  ignores: ["No, that won't work.", "Why were connections maxed out?", "Not in scope for me, honestly."],
};

/** A reply that turns a request down: the work stays open. */
export const DECLINE: SpeechPattern = {
  id: "decline",
  pattern: /^(?:(?:uh|um|hmm|honestly|well),?\s+)*(?:no\b(?!\s+problem)|nope\b|not (?:in scope|me\b|mine|my (?:area|team|call|department|policy))|i can't\b|i cannot\b|i won't be able|that's not (?:me|mine|my)|(?:that|it)(?:'s| is)n't (?:me|mine|us)|\w+ isn't us\b|(?:that's\s+)?above my pay grade|i'd rather not)/i,
  matches: ["Not in scope for me, honestly.", "No, I can't take that on.", "Billing isn't us.", "That's above my pay grade."],
  ignores: ["No problem, I'll do it.", "Yeah, I can take it."],
};

/** Asking a person for work: "can you own that", "could you add", "is that something you can set up". Group 1 is the work. */
export const REQUEST: SpeechPattern = {
  id: "request",
  pattern: /\b(?:can|could|would|will)\s+(?:you|your team|y'all)\s+(?!hear\b|see\b|say\b|tell\b|walk\b|explain\b|repeat\b|remind\b|clarify\b|describe\b|speak\b|share your screen\b|go over\b)((?:also\s+)?[a-z][^?]*)|\bis (?:that|this) (?:something (?:you|your team|[\w-]+)(?: can| could)?|yours|on you)\s*([^?]*)|\b(?:can|could) we\s+((?!talk\b|take\b|move on\b|go\b|start\b|get started\b|wrap\b)[a-z][^?]*)\?/i,
  matches: ["Dev, can you own setting up those tests?", "Can you own that, Ken?", "Alex, is that something ops can set up?", "Mateo, is that yours?", "Kwame, can we fetch flags before widget init?"],
  ignores: ["Can everyone see the doc?", "Can you walk us through it?", "Can you hear me?", "Can someone put together a proposal?"],
};

/** A request to nobody in particular: the work exists, without an owner until someone volunteers. */
export const OPEN_REQUEST: SpeechPattern = {
  id: "open-request",
  pattern: /\b(?:can|could) (?:someone|somebody|anyone)\s+([^?]+)\?|\bone of you,?\s+(?:please\s+)?([a-z][^.?!]+)|\bwho(?:'s| is) (?:owning|going to own|taking|doing) (?:that|this|it)\b|\bwho (?:should|wants to|can) own (?:that|this|it)\b|\bany volunteers\b/i,
  matches: ["Can someone put together a proposal?", "Who's owning that?", "Who should own that?", "Lena and Omar, one of you please own the alert."],
  ignores: ["I'll set it up and send the invite.", "Who turned off phased release?"],
};

/**
 * Work named without anyone taking it: "we should probably...", "someone needs to...", "let's keep an
 * eye on...", "maybe we can... once things calm down". Kept as an action with no owner, for lint to flag. Group 1 is the work.
 */
export const UNOWNED_WORK: SpeechPattern = {
  id: "unowned-work",
  pattern: /\b(?:we|you) (?:should|ought to|need to|could) (?:probably|maybe|really|eventually|at some point)\s+([a-z][^.?!]{6,})|\b(?:someone|somebody|one of us) (?:needs to|should|has to|ought to|will have to)\s+([a-z][^.?!]{6,})|\blet's ((?:keep an eye on|watch|keep watching|monitor|keep monitoring)\s+[^.?!]{4,})|\bmaybe we (?:can|could|should)\s+([a-z][^.?!]{6,})|\bat some point we (?:should|need to|could)\s+([a-z][^.?!]{6,})|\bit would be (?:nice|good|great) to\s+([a-z][^.?!]{6,})/i,
  matches: [
    "We should probably look into dropping the pinning.",
    "Someone needs to fix the replay tool so it checks keys.",
    "Let's keep an eye on the resolver memory.",
    "Maybe we can do a capacity review together once things calm down.",
  ],
  ignores: ["Someone needs to.", "We should.", "I think we should raise the max.", "We need a retry budget.", "Someone must have copied it for debugging."],
};

/** What a request can point at: "we need X", "I want to X", "I could X". Group 1 is the work. */
export const PROPOSAL: SpeechPattern = {
  id: "proposal",
  pattern: /\b(?:we (?:really |probably |definitely )?(?:need|should|have to|must|want)|I (?:want|'d like|would like) to|we'd need|I think we should|I could|we could)\s+(?:to\s+|have\s+)?([^.?!]{6,})/i,
  matches: ["We need a proper inventory of every cert we have.", "I want to audit all the sample repos.", "I could add a config linter that flags retry changes.", "I think we should raise the max from twelve."],
  ignores: ["We have load tests.", "I need to go."],
};

/** Taking back work said earlier: "scratch the hook", "let's drop the cron job", "the drill's dropped". Group 1 or 2 is what. */
export const WITHDRAWAL: SpeechPattern = {
  id: "withdrawal",
  pattern: /\b(?:scratch|drop|cancel|forget(?: about)?|skip|kill)\s+(that(?: one)?|this(?: one)?|it|the\s+[^.,;!?]+)|\blet's not (?:do|add|build|write)?\s*([^.,;!?]*)|^(?:(?:and|so|also|okay|ok)[,]?\s+)?((?:the\s+)?(?:(?!\b(?:if|when|unless|whether)\b)[^.,;!?]){2,40}?)(?:\s+is|'s|\s+was|\s+got|\s+are)\s+(?:dropped|cancell?ed|off the list|not needed any ?more)\b|^\[struck: ([^\]]+)\]|\bdon't spend time on (?:it|that)\b|^(?:dropping it|dropped)\b/i,
  matches: ["Scratch the gitleaks hook.", "Diego, let's drop the cron job.", "The drill's dropped, the July one covers it.", "So let's not do a separate drill.", "Scratch that one, Olu.", "[struck: nightly diff script] dropped later in the meeting", "And the failover runbook is dropped."],
  ignores: ["The packets were dropped by the load balancer at the edge.", "Alert if a slot is dropped or goes inactive."],
};

/** Someone else now does it: "Amara will do the cert runbook instead", "Mariana takes this instead". Group 1: who; group 2: what. */
export const REASSIGNMENT: SpeechPattern = {
  id: "reassignment",
  pattern: /\b([A-Z][\p{L}'’-]+) (?:will|can|'ll|is going to|should) (?:do|take|own|write|handle|pick up)\s+(.*?)\s+instead\b|\b([A-Z][\p{L}'’-]+) (?:takes|took|is taking) (this|that|it|over|the [^,.;]+?)(?: over)?\s+instead\b/u,
  matches: ["Scratch that, Amara will do the cert runbook instead.", "later: Mariana takes this instead (she owns the status page)"],
  ignores: ["I'll do the playbook instead.", "Amara will do the cert runbook."],
};

/** "Kofi said yes", "Mariana said she'd write...", "Rosa asked Kofi to own...": a scribe's third-person notes. */
export const REPORTED_COMMITMENT: SpeechPattern = {
  id: "reported-commitment",
  pattern: /\b([A-Z][\p{L}'’-]+) (?:said|says|agreed|offered|promised|volunteered|committed) (?:she|he|they)(?:'d| would| will|'ll)\s+(?!be\b|join\b|come\b|drop\b|call\b|leave\b|try\b)([a-z][^.;]*)|\b([A-Z][\p{L}'’-]+) (?:asked|wants) ([A-Z][\p{L}'’-]+) to\s+(?:also\s+)?([a-z][^.;]*)/u,
  matches: ["Mariana said she'd write a support macro by tomorrow EOD.", "Rosa asked Kofi to also own monitoring for the slot."],
  ignores: ["Kofi guessed a few hundred a month.", "Aisha said she'll be a few minutes late.", "Sam said he'd join late."],
};

/** An action marker a scribe writes: "AI: Kofi: fix the archiving", "Action: Jakub to set up a test". Group 1: owner; group 2: work. */
export const ACTION_MARKER: SpeechPattern = {
  id: "action-marker",
  pattern: /^\s*(?:AI|Action(?: item)?|TODO|To ?do|Follow[- ]up)\s*[:-]\s*([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?)\s*(?::|-|–|\bto\b|\bwill\b)\s*(.+)$/iu,
  matches: ["AI: Kofi: fix WAL archiving, by Fri", "Action: Jakub to set up a weekly restore test, within two weeks"],
  ignores: ["Kofi: archiving stopped on 17 Dec."],
};

/** Where someone starts repeating the actions back: what follows restates, it adds no work. */
export const RECAP: SpeechPattern = {
  id: "recap",
  pattern: /\b(?:to )?recap\b|\blet me (?:summari[sz]e|read back)|\bto summari[sz]e\b|\bso the actions are\b|\baction items(?: are)?:/i,
  matches: ["Okay, recap.", "So, recap. Rafael, circuit breaker by Friday.", "Let me summarize what we have."],
  ignores: ["Let's get to what we're doing about it."],
};

/** A reply that leaves a question open: "I don't know", "good question", "let's park that". */
export const UNKNOWN: SpeechPattern = {
  id: "unknown",
  pattern: /\b(?:I (?:genuinely |honestly |really )?don't (?:know|remember)|(?:no|not a) (?:idea|clue)|good question|not sure (?:who|it's|that)|nobody knew|no one knew|nobody knows|nobody\?|nobody(?:, right now| here owns)|park (?:that|it|this)|leave (?:it|that|this) (?:open|as an open question|with a question mark)|(?:that's|also|is) open\b|write it down as open|as (?:an )?open (?:question|item)|let's note that|not knowable|above my pay grade|I'd (?:have to )?ask\b|not resolved|still open|we'll (?:never|not) (?:know|solve)|don't think we'll solve)/i,
  matches: ["I genuinely don't know.", "Good question.", "Let's park that one for now.", "Let's leave it open.", "Then that's open too.", "Nobody knew.", "So... nobody?"],
  ignores: ["I know exactly what happened.", "It's open source."],
};

/** Verbs that commit to thinking about something, not to an outcome: kept, with the gap spelled out. */
export const VAGUE: SpeechPattern = {
  id: "vague",
  pattern: /\b(look into|figure out|think about|explore|investigate|see (?:if|whether|what)|check on|sync (?:on|up|after)|get back to|circle back|keep an eye on|someone|somebody)\b/gi,
  matches: ["Fine, look into that.", "Let me talk to them after this meeting and figure out who has bandwidth.", "Someone should own the runbook"],
  ignores: ["I'll send options to you by Monday."],
};

/** Problems stated without any action attached: they become open questions in the draft. */
export const PROBLEM: SpeechPattern = {
  id: "problem",
  pattern: /\b(?:we (?:didn't|did not|don't|do not) have(?! to\b)|there (?:was|is|were|are) no|we (?:had|have) no|we missed|nobody knew|no one knew|we were (?:completely )?in the dark|we lack(?:ed)?|(?:took|takes) too long)\b[^.?!]*/i,
  matches: ["we didn't have clear runbooks for database connection issues", "From support's side, we were completely in the dark.", "We missed that in code review.", "The rollback took too long."],
  ignores: ["We have load tests.", "So we don't have to do it by hand."],
};

/** How people explain why it happened: candidates for contributing factors, to be confirmed. */
export const EXPLANATION: SpeechPattern = {
  id: "explanation",
  pattern: /\b(?:turned out|it turns out|because (?!of the meeting)|we missed|the (?:root )?cause|the real (?:gap|problem|issue)|(?:that's|this is|it's) the bug|a bug in|nobody (?:caught|reviews?|noticed|looks at|watches|has touched|owned|updates)|(?:was|were) never (?:refreshed|updated|tested|checked)|wasn't (?:staged|reviewed|tested|monitored)|didn't (?:batch|check|catch|fire|page|know)|was pointed at|assumed)\b/i,
  matches: ["Turned out the new engine was holding connections open.", "Because 429s aren't errors in our alerting.", "We missed that in code review.", "It's a bug in the UI."],
  ignores: ["We rolled back at 13:10.", "Thanks for joining."],
};

/** Figures of harm said aloud: percentages, counts of people or requests, durations of impact. */
export const IMPACT: SpeechPattern = {
  id: "impact",
  pattern:
    /\b\d[\d,.]*\s*(?:%|percent\b|per cent\b)|\b(?:\d[\d,.]*|hundred|thousand|million)\s*(?:k\b|million\s+|thousand\s+)?(?:[a-z-]+\s+)?(?:users|customers|merchants|partners|requests|transactions|checkouts|orders|tickets|webhooks|messages|emails|reviews|calls|rows|sessions|accounts|devices|payments)\b|\b(?:minutes|hours|days) of (?:customer )?(?:impact|downtime|degradation|lag)\b|\b(?:a hundred|ninety|sixty|thirty)[- ](?:\w+\s+)?percent\b/i,
  matches: ["About 38 percent of card transactions failed.", "Roughly 12,400 failed checkouts.", "We got 340 tickets.", "About ninety minutes of customer impact."],
  ignores: ["The retry count went from 2 to 6.", "Version 5.12 rejected it."],
};

/** Which clock the meeting keeps: "all times today are Eastern", "Times in IST please". Group 1 is the zone. */
export const ZONE: SpeechPattern = {
  id: "zone",
  pattern:
    /\b(?:times?(?: today)? (?:are|is|in)|all times(?: are| in)?|everything(?:'s| is)? in|keep everything in|in (?:our )?local time,?|we'll use|times are in)\s+(?:all\s+)?(UTC|GMT|Zulu|Eastern|Pacific|Central|Mountain|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|CET|CEST|BST|IST|JST|AEST|AEDT|SGT|HKT|KST|NZST)\b/i,
  matches: ["All times today are Eastern, because that's PagerDuty.", "Times in IST please.", "Let's keep everything in UTC.", "All times Pacific, please.", "Times are CET unless someone says otherwise."],
  ignores: ["Their status page says 19:10 UTC."],
};

export const PATTERNS: SpeechPattern[] = [
  SELF_COMMITMENT,
  SAME_WORK,
  SUPPORT,
  AGREEMENT,
  DECLINE,
  REQUEST,
  OPEN_REQUEST,
  UNOWNED_WORK,
  PROPOSAL,
  WITHDRAWAL,
  REASSIGNMENT,
  REPORTED_COMMITMENT,
  ACTION_MARKER,
  RECAP,
  UNKNOWN,
  VAGUE,
  PROBLEM,
  EXPLANATION,
  IMPACT,
  ZONE,
];

/** Zone names as said, to the abbreviation a timeline uses. */
export const ZONE_ABBREVIATIONS: Record<string, string> = {
  eastern: "ET", est: "ET", edt: "ET", et: "ET",
  pacific: "PT", pst: "PT", pdt: "PT", pt: "PT",
  central: "CT", cst: "CT", cdt: "CT", ct: "CT",
  mountain: "MT", mt: "MT",
  gmt: "UTC", zulu: "UTC", utc: "UTC",
};

/** A zone named right after a clock time ("19:10 UTC"): the same moment on another clock, when it is not the meeting's. */
export const OTHER_CLOCK = /^\s*(UTC|GMT|Zulu|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|CET|CEST|BST|IST|JST|AEST|SGT|Eastern|Pacific|Central)\b|^\s*(?:for me|my time|their time|local time for|in \w+ time)\b/i;

/** Extra words a team adds in config: each list extends the pattern of the same id. */
export interface TranscriptVocabulary {
  vague?: string[];
  problem?: string[];
  commitment?: string[];
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A pattern that also matches the team's own words for the same thing. */
export function extend(base: SpeechPattern, words: string[] | undefined): RegExp {
  if (!words || words.length === 0) return base.pattern;
  return new RegExp(`${base.pattern.source}|\\b(?:${words.map(escape).join("|")})\\b`, base.pattern.flags);
}
