/**
 * The patterns that find commitments, deadlines and open problems in what people say.
 * Each pattern carries examples of what it must and must not match; a test runs them, so the
 * vocabulary can grow (here or from config) without guessing what a change breaks.
 */

export interface SpeechPattern {
  id: string;
  pattern: RegExp;
  matches: string[];
  ignores: string[];
}

/** Someone taking something on: "I'll send options", "I can get you the list", "Let me talk to them". */
export const SELF_COMMITMENT: SpeechPattern = {
  id: "self-commitment",
  pattern:
    /(?<=^|[,;:]\s*|\b(?:and|but|so|then|yeah|yes|sure|okay|ok)\s+)(?:I'll|I will|I can|I'm going to|I am going to|let me|we'll|we will|we can|we're going to|we are going to|(?:[A-Z][a-z]+ and I) (?:can|will|'ll))\s+(?!need\b|try\b|see\b|think\b|guess\b|say\b|just add\b|be\b)(?:\w+ly\s+)?(?:go ahead and\s+)?([a-z][\w'-]*(?:\s+[^.?!]*)?)/i,
  matches: ["I'll send options to you by Monday.", "I can get you the list of affected transaction IDs today.", "Let me talk to them after this meeting", "Sarah and I can co-author something.", "I'll set it up and send the invite.", "I can draft something"],
  ignores: ["I'll need someone to actually implement it.", "I think we should", "I mean, we have load tests", "I'll be honest, it was rough", "Let's have something we can use next time"],
};

/** Agreement at the start of a reply to a request: the replier now owns it. */
export const AGREEMENT: SpeechPattern = {
  id: "agreement",
  pattern: /^(?:yeah|yes|yep|sure|ok(?:ay)?|will do|on it|absolutely|of course|got it|sounds good|no problem|fine|that's tight but|i can)\b/i,
  matches: ["Yeah, I can spec it out.", "Sure, let's sync after this.", "Okay, we'll make it work.", "That's tight but... okay"],
  ignores: ["No, that won't work.", "Why were connections maxed out?"],
};

/** A request to a named person: "Dev, can you own setting up those tests?", "Okay Jenny, you draft it". */
export const NAMED_REQUEST: SpeechPattern = {
  id: "named-request",
  pattern: /^(?:(?:[Oo]k(?:ay)?|[Ss]o|[Gg]ood|[Gg]reat|[Ff]ine|[Aa]lright|[Rr]ight),?\s+)?([A-Z][a-z]+),?\s+(?:can|could|would|will)\s+(?:you|your team)\s+([^?]+)\??|^(?:(?:[Oo]k(?:ay)?|[Ss]o|[Gg]ood|[Ff]ine),?\s+)?([A-Z][a-z]+),?\s+(?:you|your team)\s+([^.?!]+)|^([A-Z][a-z]+),?\s+is that something\s+([^?]+)\?/,
  matches: ["Dev, can you own setting up those tests?", "Jenny, can your team handle identifying those customers?", "Okay Jenny, you draft it, loop in legal and product.", "Alex, is that something ops can set up?"],
  ignores: ["Can someone put together a proposal?", "Do it."],
};

/** A request to nobody in particular: the action exists but has no owner until someone volunteers. */
export const OPEN_REQUEST: SpeechPattern = {
  id: "open-request",
  pattern: /\b(?:can|could) (?:someone|somebody|anyone|we)\s+([^?]+)\?|\b(?:someone|somebody) (?:needs to|should|put|has to|must)\s*([^.?!]*)|\bwho(?:'s| is) (?:owning|going to own|taking) (?:that|this)\b|\bwho should own (?:that|this)\b/i,
  matches: ["Can someone put together a proposal?", "Someone put that on the calendar.", "Who's owning that?", "Someone needs to... can we get some kind of automated status page update"],
  ignores: ["I'll set it up and send the invite."],
};

/** Verbs that commit to thinking about something, not to an outcome: kept, with the gap spelled out. */
export const VAGUE: SpeechPattern = {
  id: "vague",
  pattern: /\b(look into|figure out|think about|explore|investigate|see (?:if|whether|what)|check on|sync (?:on|up|after)|get back to|circle back|someone|somebody)\b/gi,
  matches: ["Fine, look into that.", "Let me talk to them after this meeting and figure out who has bandwidth.", "Someone should own the runbook"],
  ignores: ["I'll send options to you by Monday."],
};

/** Problems stated without any action attached: they become open questions in the draft. */
export const PROBLEM: SpeechPattern = {
  id: "problem",
  pattern: /\b(?:we (?:didn't|did not|don't|do not) have|there (?:was|is|were|are) no|we (?:had|have) no|we missed|nobody knew|no one knew|we were (?:completely )?in the dark|we lack(?:ed)?|(?:took|takes) too long)\b[^.?!]*/i,
  matches: ["we didn't have clear runbooks for database connection issues", "From support's side, we were completely in the dark.", "We missed that in code review.", "The rollback took too long."],
  ignores: ["We have load tests."],
};

/** Times said aloud: "At 2:15 PM", "By 2:20", "at 14:05". */
export const SPOKEN_TIME: SpeechPattern = {
  id: "spoken-time",
  pattern: /\b(?:at|by|around|about|from|until|since)\s+(\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\d{1,2}:\d{2})(?=[\s,.;!?]|$)/i,
  matches: ["At 2:15 PM, our monitoring picked up elevated error rates", "By 2:20, we were seeing 50% of transactions failing", "around 14:05 the pool filled"],
  ignores: ["It took us 45 minutes", "2 or more occurrences"],
};

export const PATTERNS: SpeechPattern[] = [SELF_COMMITMENT, AGREEMENT, NAMED_REQUEST, OPEN_REQUEST, VAGUE, PROBLEM, SPOKEN_TIME];

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
