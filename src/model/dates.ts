/**
 * Calendar dates and clock times as postmortems write them. Dates are plain calendar dates
 * (YYYY-MM-DD strings, compared as day numbers), so nothing drifts with time zones.
 */

export interface FoundDate {
  /** YYYY-MM-DD, zero-padded; only meaningful when `valid`. */
  iso: string;
  /** False for impossible dates such as 2026-13-45 or 2026-02-30, and for ambiguous ones. */
  valid: boolean;
  /** True for a numeric date such as 02/03/2026 that reads as two different days, with no order to tell which. */
  ambiguous: boolean;
  index: number;
  match: string;
}

/** How a document writes numeric dates such as 10/14/2022: month first (US) or day first. */
export type NumericDateOrder = "month-first" | "day-first";

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH_NAME = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
// "2026-01-08T06:20:00Z" puts the time straight after the day.
const ISO = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\b|(?=T\d))/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\.?,?\\s+(\\d{4})\\b`, "i");
// "10/14/2022", "2/3/22", "16-10-2024", "5-26-21", and "11/03/202" (a year with a digit missing,
// read as no real date). Both separators are the same: "10-14/2022" is no date.
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{2,4})(?![\d/]|-\d)/;
const EVERY_NUMERIC = new RegExp(NUMERIC.source, "g");

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function make(year: number, month: number, day: number, index: number, match: string): FoundDate {
  return { iso: toIso(year, month, day), valid: isValidDate(year, month, day), ambiguous: false, index, match };
}

/** The order a numeric date's own numbers show: a first number above 12 is a day, a second one a month's day. */
function orderShownBy(first: number, second: number): NumericDateOrder | null {
  if (first > 12 && second <= 12) return "day-first";
  if (second > 12 && first <= 12) return "month-first";
  return null;
}

function numericDate(found: RegExpExecArray, order: NumericDateOrder | null): FoundDate {
  const first = Number(found[1]);
  const second = Number(found[3]);
  const yearText = found[4]!;
  // "22" is 2022; a three-digit year is a typo, not year 202.
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const shown = orderShownBy(first, second) ?? (first === second ? "month-first" : order);
  if (shown === null) return { iso: toIso(year, first, second), valid: false, ambiguous: true, index: found.index, match: found[0] };
  const date = shown === "month-first" ? make(year, first, second, found.index, found[0]) : make(year, second, first, found.index, found[0]);
  return yearText.length === 3 ? { ...date, valid: false } : date;
}

/**
 * The order a document's numeric dates are written in, from those whose numbers show it
 * (10/14/2022 is month first, 14/10/2022 day first); null when none shows it or they disagree.
 */
export function numericDateOrder(text: string): NumericDateOrder | null {
  const seen = new Set<NumericDateOrder>();
  for (const found of text.matchAll(EVERY_NUMERIC)) {
    const order = orderShownBy(Number(found[1]), Number(found[3]));
    // Only a real date is evidence: "24/7/365" (always on) has a three-digit "year", and
    // 31/2/2026 is no date in either order.
    if (order && found[4]!.length !== 3 && numericDate(found, order).valid) seen.add(order);
  }
  return seen.size === 1 ? [...seen][0]! : null;
}

/**
 * The first calendar date written in the text: ISO, "January 8, 2025", "8 January 2025" or
 * numeric with slashes (10/14/2022, 2/3/22). A numeric date whose numbers could be either day or
 * month is read in `order` (the document's, from `numericDateOrder`); without one it is found but
 * `ambiguous` and not valid, so no due date moves on a guess.
 */
export function findDate(text: string, order: NumericDateOrder | null = null): FoundDate | null {
  const candidates: FoundDate[] = [];
  const numeric = NUMERIC.exec(text);
  if (numeric) candidates.push(numericDate(numeric, order));
  const iso = ISO.exec(text);
  if (iso) candidates.push(make(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso.index, iso[0]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) candidates.push(make(Number(mdy[3]), MONTHS[mdy[1]!.slice(0, 3).toLowerCase()]!, Number(mdy[2]), mdy.index, mdy[0]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) candidates.push(make(Number(dmy[3]), MONTHS[dmy[2]!.slice(0, 3).toLowerCase()]!, Number(dmy[1]), dmy.index, dmy[0]));
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

const MONTH_DAY = new RegExp(`^\\s*(?:[a-z]+,?\\s+)?(?:${MONTH_NAME}\\.?\\s+(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME})(?:st|nd|rd|th)?\\s*$`, "i");

/**
 * A heading such as "May 12" or "15 May" with no year: the year comes from `context` (a date or a
 * title mentioning one). Returns YYYY-MM-DD, or null when the text is not such a day.
 */
export function findMonthDay(text: string, context: string): string | null {
  const found = MONTH_DAY.exec(text);
  if (!found) return null;
  const monthName = (found[1] ?? found[4])!;
  const day = Number(found[2] ?? found[3]);
  const month = MONTHS[monthName.slice(0, 3).toLowerCase()]!;
  const year = Number(/\b(19|20)\d{2}\b/.exec(context)?.[0] ?? 2000);
  return isValidDate(year, month, day) ? toIso(year, month, day) : null;
}

/** Made once: dayAfterTime runs for every timeline entry. */
const DAY_AFTER_TIME = new RegExp(`^\\s*(?:[A-Z]{2,5}\\s+)?\\(?((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b`, "i");

/**
 * The day written just after an entry's time, as in "02:54 AM PST Monday Nov 1st: ..." or
 * "22:30 UTC (Oct 29) - ...", with the
 * year taken from `context`. Returns YYYY-MM-DD, or null when no such day follows.
 */
export function dayAfterTime(rest: string, context: string): string | null {
  const found = DAY_AFTER_TIME.exec(rest);
  return found ? findMonthDay(found[1]!, context) : null;
}

/** Whether the whole text is one valid calendar date (what a due-date prompt accepts). */
export function isCalendarDate(text: string): boolean {
  const found = findDate(text.trim());
  return found !== null && found.valid && found.match.length === text.trim().length;
}

/** Days since 1970-01-01 for a YYYY-MM-DD date. */
export function dayNumber(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  return Math.round(Date.UTC(year!, month! - 1, day!) / 86_400_000);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(iso: string, days: number): string {
  const date = new Date((dayNumber(iso) + days) * 86_400_000);
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Today's calendar date where the user is, not in UTC: what "due today" means to them. */
export function localToday(now: Date = new Date()): string {
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export interface FoundTime {
  /** Minutes after midnight. */
  minutes: number;
  index: number;
  match: string;
}

const CLOCK = /(?<![\d:])([01]?\d|2[0-3])(?::([0-5]\d))(?::([0-5]\d))?\s*([ap]\.?m\.?)?(?![\d])/i;
const CLOCK_AMPM = /(?<![\d:])(1[0-2]|0?[1-9])\s*([ap]\.?m\.?)(?![a-z])/i;
// "\s*[~≈]?\s*" would try every split of a long run of spaces between its two \s*.
const MILITARY = /^\s*(?:[~≈]\s*)?([01]\d|2[0-3])([0-5]\d)\b(?!\s*(?:[-/]|\d))/;

/** The first clock time in the text: "14:05", "10:15:30", "2:15 PM", "11AM", or "1405" at the start. */
export function findTime(text: string): FoundTime | null {
  const clock = CLOCK.exec(text);
  if (clock) {
    let hours = Number(clock[1]);
    const meridiem = clock[4]?.toLowerCase().replace(/\./g, "");
    if (meridiem === "pm" && hours < 12) hours += 12;
    if (meridiem === "am" && hours === 12) hours = 0;
    return { minutes: hours * 60 + Number(clock[2]), index: clock.index, match: clock[0] };
  }
  const ampm = CLOCK_AMPM.exec(text);
  if (ampm) {
    let hours = Number(ampm[1]);
    if (/p/i.test(ampm[2]!) && hours < 12) hours += 12;
    if (/a/i.test(ampm[2]!) && hours === 12) hours = 0;
    return { minutes: hours * 60, index: ampm.index, match: ampm[0] };
  }
  const military = MILITARY.exec(text);
  if (military) return { minutes: Number(military[1]) * 60 + Number(military[2]), index: military.index, match: military[0].trim() };
  return null;
}

/** "Feb 21", "June 14th,", "19. April," at the start of an entry: a day whose year the document gives elsewhere. */
const MONTH_DAY_START = new RegExp(`^(?:${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+${MONTH_NAME}\\.?)(?![\\d:])\\b,?`, "i");

function monthDayAtStart(head: string, year: number): FoundDate | null {
  const found = MONTH_DAY_START.exec(head);
  if (!found) return null;
  const month = MONTHS[(found[1] ?? found[4])!.slice(0, 3).toLowerCase()]!;
  return make(year, month, Number(found[2] ?? found[3]), 0, found[0]);
}

/**
 * Whether text starts with a time or a date (ignoring "~", bold and code marks): a timeline entry's
 * lead. With `year` (the document's), a day without one ("Jan 16, 5:44 AM") is read in that year.
 */
export function leadingTimestamp(
  text: string,
  order: NumericDateOrder | null = null,
  year: number | null = null,
): { date: FoundDate | null; time: FoundTime | null; match: string } | null {
  const lead = /^[\s*_`~≈>[(]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?/i.exec(text)![0].length;
  const head = text.slice(lead, lead + 40);
  const written = findDate(head, order);
  const date = written !== null && written.index === 0 ? written : year !== null ? monthDayAtStart(head, year) : written;
  const dateAtStart = date !== null && date.index === 0;
  // "2022-02-02 1625: ..." puts a four-digit time after the date.
  const militaryAfterDate = dateAtStart ? MILITARY.exec(head.slice(date.match.length)) : null;
  const time = militaryAfterDate
    ? { minutes: Number(militaryAfterDate[1]) * 60 + Number(militaryAfterDate[2]), index: date!.match.length + militaryAfterDate[0].search(/\d/), match: militaryAfterDate[0].trim() }
    : findTime(head);
  const timeAtStart = time !== null && (time.index === 0 || (dateAtStart && time.index <= date.match.length + 3));
  if (!dateAtStart && !timeAtStart) return null;
  const end = Math.max(dateAtStart ? date.index + date.match.length : 0, timeAtStart ? time.index + time.match.length : 0);
  return { date: dateAtStart ? date : null, time: timeAtStart ? time : null, match: head.slice(0, end) };
}

/** How far back a clock time must jump from an evening one to be the next day's ("23:09" then "01:17"). */
const NEXT_DAY_JUMP = 10 * 60;
const EVENING = 18 * 60;

/**
 * Whether an entry at `minutes`, written after one at `previous` on the same day, is on the next
 * day: the clock jumps far back from the evening. "16:05" then "02:54" is out of order instead.
 */
export function isNextDay(previous: number, minutes: number): boolean {
  return previous >= EVENING && previous - minutes >= NEXT_DAY_JUMP;
}

export interface Timestamp {
  /** YYYY-MM-DD when the text gave a date. */
  date: string | null;
  minutes: number;
  /** Normalised: "14:05" or "2026-03-16 14:05". */
  text: string;
}

/** Reads text that is only a clock time, optionally after a date ("14:05", "2026-03-16 2:05 PM"); null otherwise. */
export function readTimestamp(text: string): Timestamp | null {
  const trimmed = text.trim();
  const found = leadingTimestamp(trimmed);
  if (!found?.time || found.match.trim().length !== trimmed.length) return null;
  if (found.date && !found.date.valid) return null;
  const clock = `${String(Math.floor(found.time.minutes / 60)).padStart(2, "0")}:${String(found.time.minutes % 60).padStart(2, "0")}`;
  const date = found.date?.iso ?? null;
  return { date, minutes: found.time.minutes, text: date ? `${date} ${clock}` : clock };
}
