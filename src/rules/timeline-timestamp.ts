import { short } from "../lint/text.js";
import type { Finding, Rule } from "../lint/types.js";
import { dayNumber, findDate, isNextDay, type NumericDateOrder } from "../model/dates.js";
import type { TimelineEntry } from "../model/types.js";

const rule: Rule = {
  meta: {
    id: "timeline-timestamp",
    description: "Every timeline entry has a time, and the entries are in order.",
    defaultSeverity: "warn",
    messages: {
      missing: 'Timeline entry "{event}" has no time: start it with the time it happened (HH:MM, with the date when the incident spans days).',
      outOfOrder: "Timeline entry at {time} comes after {previous} (line {previousLine}): put the entries in time order.",
    },
  },
  check(doc) {
    const findings: Finding[] = [];
    for (const entry of doc.timeline) {
      if (entry.time === null) findings.push({ messageId: "missing", data: { event: short(entry.event || entry.text, 50) }, line: entry.line, column: entry.column });
    }
    const timed = orderKeys(doc.timeline, doc.dateOrder);
    if (timed.length < 2) return findings;
    // Timelines may run newest-first; only entries against the majority direction are out of order.
    let ascending = 0;
    let descending = 0;
    for (let i = 1; i < timed.length; i++) {
      const step = compare(timed[i - 1]!, timed[i]!);
      if (step > 0) ascending++;
      else if (step < 0) descending++;
    }
    const direction = descending > ascending ? -1 : 1;
    for (let i = 1; i < timed.length; i++) {
      const previous = timed[i - 1]!;
      const current = timed[i]!;
      if (compare(previous, current) * direction < 0) {
        findings.push({
          messageId: "outOfOrder",
          data: { time: current.entry.time!.text, previous: previous.entry.time!.text, previousLine: previous.entry.line },
          line: current.entry.line,
          column: current.entry.column,
        });
      }
    }
    return findings;
  },
};

interface OrderKey {
  entry: TimelineEntry;
  day: number;
  /** Minutes after midnight; null for an entry that gives only a date. */
  minutes: number | null;
}

/** Positive when `b` comes later than `a`. An entry with only a date is anywhere in its day. */
function compare(a: OrderKey, b: OrderKey): number {
  if (a.day !== b.day) return b.day - a.day;
  if (a.minutes === null || b.minutes === null) return 0;
  return b.minutes - a.minutes;
}

/**
 * Where each timed entry falls. An undated entry whose clock jumps back past midnight is taken to
 * be the next day, as timelines that cross midnight without a date heading mean it. An entry whose
 * written date can be read two ways (04-03-2026) has no place to check.
 */
function orderKeys(entries: TimelineEntry[], order: NumericDateOrder | null): OrderKey[] {
  const keyed: OrderKey[] = [];
  let dayOffset = 0;
  let lastDate: string | null = null;
  let lastMinutes: number | null = null;
  for (const entry of entries) {
    if (entry.minutes === null && entry.date === null) continue;
    if (entry.time !== null && findDate(entry.time.text, order)?.ambiguous) continue;
    if (entry.date !== lastDate) dayOffset = 0;
    else if (entry.minutes !== null && lastMinutes !== null && isNextDay(lastMinutes, entry.minutes)) dayOffset += 1;
    const day = (entry.date ? dayNumber(entry.date) : 0) + dayOffset;
    keyed.push({ entry, day, minutes: entry.minutes });
    lastDate = entry.date;
    if (entry.minutes !== null) lastMinutes = entry.minutes;
  }
  return keyed.filter((item) => item.entry.time !== null);
}

export default rule;
