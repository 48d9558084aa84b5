/**
 * Days and clock times as people say them ("by Friday", "within two weeks", "the 24th",
 * "quarter to four", "half six"), resolved against the meeting date. Dates are YYYY-MM-DD.
 */
import { addDays, dayNumber, findDate } from "../model/dates.js";

export interface SpokenDue {
  /** The words as said. */
  text: string;
  /** The resolved date, or null when the words name no day ("next sprint"). */
  iso: string | null;
  /** Whether it was said as a question ("This Friday?"): only a proposal until someone agrees. */
  tentative: boolean;
  /** "by Friday" is a deadline; "within two weeks" a span: a deadline wins when both are said. */
  strength: number;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY = String.raw`(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs)?|fri)`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const ORDINAL = String.raw`(\d{1,2})(?:st|nd|rd|th)`;
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  "a couple of": 2, couple: 2, a_few: 3,
};

/** A span counted from some later event ("a day after that", "once I have it") is no date. */
const FROM_EVENT = String.raw`(?!\s+(?:after|once|from when|from the day)\b)`;

const DUE = new RegExp(
  [
    // 1: "by Friday", "this Friday", "on Tuesday", "next Wed", bare "Thursday" (only in a commitment: see findDues)
    String.raw`\b(?:(?:by|before|until|till|on|no later than)\s+)?(this\s+|next\s+)?${WEEKDAY}\b(?!\s+(?:the\s+)?\d)`,
    // 3: "today", "tomorrow", "end of next week", "end of the month"
    String.raw`(?<!\bfrom\s)\b(today|tonight|end of (?:the )?day|eod|tomorrow|end of (?:the |this )?week|end of next week|end of (?:the |this )?month)\b`,
    // 4, 5: "within two weeks", "in 3 days", "give me a day"
    String.raw`(?:\b(?:within|in|give (?:us|me)|till|until)\s+|\b(?=\w+\s+\w+\s+from\s+(?:today|now)\b))(a|an|one|two|three|four|five|six|a couple of|\d+)\s+(days?|weeks?|months?)\b(?!'s)${FROM_EVENT}`,
    // 6: words that name no day
    String.raw`\b(next sprint|next week|next month|next quarter|soon|asap|at some point|someday)\b`,
    // 7: "by October 6th", "October 2nd", "by 2026-07-17"
    String.raw`\b(${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:\s+\d{4})?|\d{4}-\d{2}-\d{2})`,
    // 8: "by the 24th", "the 26th is fine", "The 20th."
    String.raw`(?:\b(?:by|before|until|till)\s+the\s+|^\s*(?:so,?\s+|then,?\s+|yes,?\s+|and\s+)?the\s+|\bsay\s+(?:by\s+)?the\s+)${ORDINAL}\b`,
  ].join("|"),
  "gi",
);

function weekday(iso: string): number {
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

function weekdayIndex(word: string): number {
  return WEEKDAYS.findIndex((day) => day.startsWith(word.toLowerCase().slice(0, 3)));
}

/**
 * Every deadline said in a sentence, resolved against the meeting date. A bare weekday
 * ("I'll send it Thursday") counts only when `bareWeekdays` is set: in other talk a weekday is
 * usually when something happened.
 */
export function findDues(sentence: string, meetingDate: string | null, bareWeekdays = true): SpokenDue[] {
  const tentative = /\?\s*$/.test(sentence.trim());
  const dues: SpokenDue[] = [];
  DUE.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = DUE.exec(sentence)) !== null) {
    const [text, which, day, relative, count, unit, vague, absolute, ordinal] = found;
    const due = { text: text.trim(), tentative };
    if (day) {
      const bare = !/^(?:by|before|until|till|on|no later than|this|next)\b/i.test(text.trim());
      if (bare && !bareWeekdays) continue;
      // "the Friday before": a weekday in the past is no deadline.
      if (/\b(?:last|on)\s*$/i.test(sentence.slice(0, found.index)) && !/\b(?:by|before)\b/i.test(text)) continue;
      // "by Friday" and "next Wed" set a deadline; "on Monday" more often says when something happens.
      const strength = bare ? 2 : /^on\b/i.test(text.trim()) ? 2.5 : 3;
      dues.push({ ...due, iso: meetingDate ? nextWeekday(meetingDate, weekdayIndex(day), which?.trim().toLowerCase() === "next") : null, strength });
    } else if (relative) dues.push({ ...due, iso: meetingDate ? relativeDay(meetingDate, relative.toLowerCase()) : null, strength: 3 });
    else if (count && unit) {
      const amount = NUMBER_WORDS[count.toLowerCase()] ?? Number(count);
      const days = unit.startsWith("day") ? amount : unit.startsWith("week") ? amount * 7 : amount * 30;
      dues.push({ ...due, iso: meetingDate ? addDays(meetingDate, days) : null, strength: 2 });
    } else if (vague) dues.push({ ...due, iso: null, strength: 1 });
    else if (absolute) {
      const iso = meetingDate ? monthDay(absolute, meetingDate) : null;
      if (iso || !meetingDate) dues.push({ ...due, iso, strength: 3 });
    } else if (ordinal && meetingDate) dues.push({ ...due, iso: nextDayOfMonth(meetingDate, Number(ordinal)), strength: 3 });
  }
  return dues;
}

/** "October 6th" or "6 Oct" in the year that puts it on or after the meeting. */
function monthDay(words: string, meetingDate: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(words)) return findDate(words)?.iso ?? null;
  const year = Number(meetingDate.slice(0, 4));
  const withYear = /\d{4}/.test(words) ? words : `${words} ${year}`;
  const found = findDate(withYear);
  if (!found?.valid) return null;
  if (!/\d{4}/.test(words) && found.iso < meetingDate) return findDate(`${words} ${year + 1}`)?.iso ?? found.iso;
  return found.iso;
}

/** "the 24th": the next date with that day of the month, on or after the meeting. */
function nextDayOfMonth(meetingDate: string, day: number): string | null {
  if (day < 1 || day > 31) return null;
  let [year, month] = meetingDate.split("-").map(Number) as [number, number];
  for (let tries = 0; tries < 3; tries++) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    if (day <= last && iso >= meetingDate) return iso;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return null;
}

/**
 * The next such weekday after the meeting ("by Friday" said on a Friday means a week later);
 * "next Friday" is the Friday of the coming week (Monday to Sunday).
 */
function nextWeekday(meetingDate: string, day: number, next: boolean): string {
  if (next) {
    const monday = addDays(meetingDate, 7 - ((weekday(meetingDate) + 6) % 7));
    return addDays(monday, (day + 6) % 7);
  }
  const ahead = (day - weekday(meetingDate) + 7) % 7 || 7;
  return addDays(meetingDate, ahead);
}

function relativeDay(meetingDate: string, words: string): string {
  if (/today|tonight|end of (?:the )?day|eod/.test(words)) return meetingDate;
  if (words === "tomorrow") return addDays(meetingDate, 1);
  const friday = addDays(meetingDate, (5 - weekday(meetingDate) + 7) % 7);
  if (/next week/.test(words)) return addDays(friday, 7);
  if (/week/.test(words)) return friday;
  const [year, month] = meetingDate.split("-").map(Number);
  const last = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return `${meetingDate.slice(0, 8)}${String(last).padStart(2, "0")}`;
}

/**
 * The day of the incident from how the meeting refers to it: "yesterday's outage", "last
 * Friday. The 13th", "on the 1st", "from Monday", "three days ago". Null when nothing says.
 */
export function incidentDayFrom(text: string, meetingDate: string): string | null {
  const ordinal = /\b(?:on|from)?\s*the\s+(\d{1,2})(?:st|nd|rd|th)\b/i.exec(text) ?? new RegExp(String.raw`\b${WEEKDAY}\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b`, "i").exec(text);
  const dayOfMonth = ordinal ? Number(ordinal[ordinal.length - 1]) : null;
  if (dayOfMonth !== null) {
    const iso = previousDayOfMonth(meetingDate, dayOfMonth);
    if (iso) return iso;
  }
  const named = /\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/i.exec(text);
  if (named) {
    const year = Number(meetingDate.slice(0, 4));
    const found = findDate(`${named[0]} ${year}`);
    if (found?.valid) return found.iso <= meetingDate ? found.iso : (findDate(`${named[0]} ${year - 1}`)?.iso ?? null);
  }
  if (/\b(yesterday|last night)\b/i.test(text)) return addDays(meetingDate, -1);
  if (/\b(this morning|earlier today)\b/i.test(text)) return meetingDate;
  const daysAgo = /\b(two|three|four|five|six|\d) days ago\b/i.exec(text);
  if (daysAgo) return addDays(meetingDate, -(NUMBER_WORDS[daysAgo[1]!.toLowerCase()] ?? Number(daysAgo[1])));
  const day = new RegExp(String.raw`\b(?:last|on|from|since)\s+${WEEKDAY}\b|\b${WEEKDAY}(?:'s|’s)`, "i").exec(text);
  if (day) {
    const index = weekdayIndex((day[1] ?? day[2])!);
    const back = (weekday(meetingDate) - index + 7) % 7 || 7;
    return addDays(meetingDate, -back);
  }
  return null;
}

/** "the 13th" said after the fact: the latest such date on or before the meeting. */
function previousDayOfMonth(meetingDate: string, day: number): string | null {
  let [year, month] = meetingDate.split("-").map(Number) as [number, number];
  for (let tries = 0; tries < 3; tries++) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    if (day <= last && iso <= meetingDate) return iso;
    month -= 1;
    if (month < 1) [year, month] = [year - 1, 12];
  }
  return null;
}

export interface SpokenTime {
  /** Minutes after midnight, when the words fix the half of the day. */
  minutes: number;
  /** Whether "3:05" could as well be 15:05: the hour was said without AM/PM on a 12-hour clock. */
  ambiguous: boolean;
  index: number;
  text: string;
}

const HOUR_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
const MINUTE_WORD = "five|ten|twenty|twenty-five|twenty five|quarter|half";
const UNIT_AFTER = String.raw`(?!\s*(?:%|percent|per\b|minutes?|mins?\b|hours?|hrs?\b|days?|weeks?|months?|years?|seconds?|secs?\b|times\b|x\b|of\b|people|users|customers|requests|messages|calls|tickets|merchants|partners|services|repos|million|thousand|hundred|more|less|or\b|to\s+\d|-\d|\.\d|/))`;

const CLOCK_WORDS = new RegExp(
  [
    // 1-4: "14:05", "2:15 PM", "9:20"
    String.raw`(?<![\d:.,$])([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?:\s*([ap])\.?m\b\.?)?(?![\d:]|\.\d)`,
    // 4, 5: "6 PM", "11am"
    String.raw`\b(1[0-2]|[1-9])\s*([ap])\.?m\b\.?`,
    // 6-8: "ten past two", "quarter to four", "half past midnight"
    String.raw`\b(${MINUTE_WORD})\s+(past|to|after)\s+(${HOUR_WORD}|midnight|noon)\b`,
    // 9: "half six" (British: half past six)
    String.raw`\bhalf\s+(${HOUR_WORD})\b(?!\s+(?:an?|hours?|days?))`,
    // 10: "around midnight", "noon"
    String.raw`\b(midnight|noon|midday)\b`,
    // 11: "at seven", "around eight", "one in the morning", "ten o'clock"
    String.raw`(?:\b(?:at|around|about|by|until|till|since|from)\s+(?:like\s+|about\s+|around\s+)?)(${HOUR_WORD})\b(?=\s*(?:o'clock|in the (?:morning|evening|afternoon)|[ap]\.?m\b|[,.;!?]|(?:and|when|i|we|the|that|this|on|our|for|straight|sharp|or so|ish)\b|$))${UNIT_AFTER}`,
    // 12: "ten o'clock" without a preposition
    String.raw`\b(${HOUR_WORD})\s+o'clock\b`,
  ].join("|"),
  "gi",
);

function hourOf(word: string): number {
  const lower = word.toLowerCase();
  if (lower === "midnight") return 0;
  if (lower === "noon" || lower === "midday") return 12;
  return NUMBER_WORDS[lower] ?? Number(word);
}

const MINUTES_OF: Record<string, number> = { five: 5, ten: 10, twenty: 20, "twenty-five": 25, "twenty five": 25, quarter: 15, half: 30 };

/** Every clock time said in a sentence ("at 2:15 PM", "quarter to four", "half six", "18:45"). */
export function findSpokenTimes(sentence: string): SpokenTime[] {
  const out: SpokenTime[] = [];
  CLOCK_WORDS.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = CLOCK_WORDS.exec(sentence)) !== null) {
    const [text, hh, mm, meridiem, hourAmPm, meridiemOnly, minuteWord, relation, hourWord, halfHour, named, bareHour, oclock] = found;
    const after = sentence.slice(found.index + text.length, found.index + text.length + 22).toLowerCase();
    const dayPart = /^\s*(?:in the (morning|evening|afternoon|night)|at night|tonight)/.exec(after)?.[1] ?? (/^\s*at night/.test(after) ? "night" : null);
    let hour: number;
    let minute = 0;
    let ambiguous = false;
    if (hh !== undefined) {
      hour = Number(hh);
      minute = Number(mm);
      ambiguous = !meridiem && hour >= 1 && hour <= 12 && !/^0/.test(hh);
      if (meridiem) hour = to24(hour, meridiem);
    } else if (hourAmPm !== undefined) hour = to24(Number(hourAmPm), meridiemOnly!);
    else if (minuteWord !== undefined) {
      const base = hourOf(hourWord!);
      const offset = MINUTES_OF[minuteWord.toLowerCase()]!;
      hour = relation!.toLowerCase() === "to" ? (base + 23) % 24 : base;
      minute = relation!.toLowerCase() === "to" ? 60 - offset : offset;
      ambiguous = !/midnight|noon/i.test(hourWord!);
    } else if (halfHour !== undefined) {
      hour = hourOf(halfHour);
      minute = 30;
      ambiguous = true;
    } else if (named !== undefined) hour = hourOf(named);
    else {
      hour = hourOf((bareHour ?? oclock)!);
      ambiguous = true;
    }
    if (ambiguous && dayPart) {
      ambiguous = false;
      if (/evening|afternoon|night/.test(dayPart) && hour < 12) hour += 12;
      if (dayPart === "morning" && hour === 12) hour = 0;
    }
    out.push({ minutes: (hour % 24) * 60 + minute, ambiguous, index: found.index, text: text.trim() });
  }
  return out;
}

function to24(hour: number, meridiem: string): number {
  if (/p/i.test(meridiem) && hour < 12) return hour + 12;
  if (/a/i.test(meridiem) && hour === 12) return 0;
  return hour;
}

/**
 * An ambiguous "3:05" read next to the time before it: the half of the day that continues the
 * story (after 14:21, "3:05" is 15:05; after 21:30, "half six" is 06:30 the next morning).
 * Going back a little is allowed, as people do; going back far is not.
 */
export function nearest(minutes: number, previous: number | null): number {
  if (previous === null) return minutes;
  const candidates = [minutes % 720, (minutes % 720) + 720];
  const cost = (candidate: number) => {
    const forward = (candidate - (previous % 1440) + 1440) % 1440;
    const backward = 1440 - forward;
    return Math.min(forward, backward * 4);
  };
  return candidates.sort((a, b) => cost(a) - cost(b))[0]!;
}
