/**
 * Deadlines and days as people say them ("by Friday", "within two weeks", "yesterday"),
 * resolved against the meeting date. Results are calendar dates (YYYY-MM-DD).
 */
import { addDays, dayNumber, findDate } from "../model/dates.js";

export interface SpokenDue {
  /** The words as said. */
  text: string;
  /** The resolved date, or null when the words name no day ("next sprint"). */
  iso: string | null;
  /** What to ask the team when the words name no day. */
  question: string | null;
  /** Whether it was said as a question ("Give us a week?"): only a proposal until someone agrees. */
  tentative: boolean;
  /** "by Friday" is a deadline; "within two weeks" a span: a deadline wins when both are said. */
  strength: number;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, couple: 2, "a couple of": 2 };

const DUE = new RegExp(
  [
    String.raw`\b(?:by|before|until|no later than)\s+(?:this\s+|next\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
    String.raw`\b(today|tonight|end of (?:the )?day|eod|tomorrow|end of (?:the |this )?week|end of (?:the |this )?month)\b`,
    String.raw`\b(?:within|in|give (?:us|me))\s+(a|an|one|two|three|four|five|six|a couple of|\d+)\s+(days?|weeks?|months?)\b`,
    String.raw`\b(next sprint|next week|next month|next quarter|soon|asap)\b`,
    String.raw`\b(?:by|before|until)\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2})`,
  ].join("|"),
  "gi",
);

function weekday(iso: string): number {
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

/** Every deadline said in a sentence, resolved against the meeting date. */
export function findDues(sentence: string, meetingDate: string | null): SpokenDue[] {
  const tentative = /\?\s*$/.test(sentence.trim());
  const dues: SpokenDue[] = [];
  DUE.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = DUE.exec(sentence)) !== null) {
    const [text, day, relative, count, unit, vague, absolute] = found;
    const due = { text: text.trim(), tentative };
    if (day) dues.push({ ...due, iso: meetingDate ? nextWeekday(meetingDate, day.toLowerCase()) : null, question: meetingDate ? null : "which date?", strength: 3 });
    else if (relative) dues.push({ ...due, iso: meetingDate ? relativeDay(meetingDate, relative.toLowerCase()) : null, question: meetingDate ? null : "which date?", strength: 3 });
    else if (count && unit) {
      const amount = NUMBERS[count.toLowerCase()] ?? Number(count);
      const days = unit.startsWith("day") ? amount : unit.startsWith("week") ? amount * 7 : amount * 30;
      dues.push({ ...due, iso: meetingDate ? addDays(meetingDate, days) : null, question: meetingDate ? null : "which date?", strength: 2 });
    } else if (vague) dues.push({ ...due, iso: null, question: `"${vague}" is not a date: which day?`, strength: 1 });
    else if (absolute) {
      const year = meetingDate ? meetingDate.slice(0, 4) : "";
      const date = findDate(/\d{4}/.test(absolute) ? absolute : `${absolute} ${year}`);
      dues.push({ ...due, iso: date?.valid ? date.iso : null, question: date?.valid ? null : "which date?", strength: 3 });
    }
  }
  return dues;
}

/** The next such weekday after the meeting ("by Friday" said on a Friday means a week later). */
function nextWeekday(meetingDate: string, day: string): string {
  const ahead = (WEEKDAYS.indexOf(day) - weekday(meetingDate) + 7) % 7 || 7;
  return addDays(meetingDate, ahead);
}

function relativeDay(meetingDate: string, words: string): string {
  if (/today|tonight|end of (?:the )?day|eod/.test(words)) return meetingDate;
  if (words === "tomorrow") return addDays(meetingDate, 1);
  if (/week/.test(words)) return addDays(meetingDate, (5 - weekday(meetingDate) + 7) % 7);
  const [year, month] = meetingDate.split("-").map(Number);
  const last = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return `${meetingDate.slice(0, 8)}${String(last).padStart(2, "0")}`;
}

/** The incident's day when the meeting mentions it relative to itself ("yesterday", "last night"). */
export function incidentDayFrom(text: string, meetingDate: string): string | null {
  if (/\b(yesterday|last night)\b/i.test(text)) return addDays(meetingDate, -1);
  if (/\b(this morning|earlier today)\b/i.test(text)) return meetingDate;
  const daysAgo = /\b(two|three|2|3) days ago\b/i.exec(text);
  if (daysAgo) return addDays(meetingDate, -(NUMBERS[daysAgo[1]!.toLowerCase()] ?? Number(daysAgo[1])));
  return null;
}
