/**
 * When the incident started, was detected, mitigated and resolved, and how long each took: from
 * front matter or header times when the document gives them, else from the timeline's wording.
 * Also the durations the document claims ("Time to detect: 10 minutes"), to check against them.
 */
import { dayNumber, findDate, findTime, isNextDay } from "./dates.js";
import { someMatch } from "./regex.js";
import type { ClaimedDuration, DurationKind, Field, FrontMatter, IncidentMoment, IncidentTimes, ProseBlock, TimelineEntry } from "./types.js";

type MomentKind = "started" | "detected" | "mitigated" | "resolved";

const DURATION_LABELS: Array<[DurationKind, RegExp]> = [
  ["detect", /^(?:(?:mean )?time[- ]to[- ](?:detect(?:ion)?|discover\w*|notice)|m?ttd|detection time)$/],
  ["mitigate", /^(?:(?:mean )?time[- ]to[- ](?:mitigat\w*|contain\w*)|m?ttm|mitigation time)$/],
  ["resolve", /^(?:(?:mean )?time[- ]to[- ](?:resol\w*|recover\w*|restor\w*|repair|fix)|m?ttr|resolution time|recovery time)$/],
  ["duration", /^(?:(?:incident|outage|total|impact) )?(?:duration(?: of (?:the )?(?:impact|outage|incident))?|downtime|total downtime|outage length)$/],
];

const MOMENT_KEYS: Array<[MomentKind, RegExp]> = [
  ["started", /^(?:(?:incident|impact|outage) )?(?:start(?:ed)?(?: at| time| date\/time)?|began)$/],
  ["detected", /^(?:detected(?: at)?|detection(?: time)?|time detected)$/],
  ["mitigated", /^(?:mitigated(?: at)?|mitigation time|time mitigated)$/],
  ["resolved", /^(?:resolved(?: at)?|resolution time|time resolved|end(?:ed)?(?: at| time| date\/time)?)$/],
];

/** Wording that tells a moment of the incident, with what it must and must not match (run as tests). */
export interface MomentWording {
  kind: MomentKind;
  pattern: RegExp;
  matches: string[];
  ignores: string[];
}

export const MOMENT_WORDING: Record<MomentKind, MomentWording> = {
  /** Start of impact ("errors began", "OUTAGE BEGINS"); not "investigation started". */
  started: {
    kind: "started",
    pattern:
      /\b(?:start of (?:the )?(?:incident|outage|impact)|(?:incident|impact|outage|(?:error|failure)s?(?: rates?)?|degradation|downtime|timeouts?|latency) (?:began|begins|started|starts|spiked?|spikes)|began (?:failing|returning|erroring|timing out|rejecting)|went down|goes down|became (?:unavailable|unresponsive)|drops? (?:of )?(?:in )?(?:availability|uptime|success rate)|first (?:errors?|failures?|signs?))\b/i,
    matches: ["OUTAGE BEGINS: timeouts on the API", "error rates spiked on checkout", "all services became unresponsive", "the site went down", "the uptime metric shows a sharp drop in availability"],
    ignores: ["investigation started", "the team began the rollback"],
  },
  /** The team first knew: an alert, a page, a report or ticket from someone, a warning. */
  detected: {
    kind: "detected",
    pattern:
      /\b(?:alert(?:s|ed|ing)?|alarms?|alarmed|paged|pages? (?:sent|went out|fired)|(?:sent|got|received) (?:a )?page|pagerduty|opsgenie|detect(?:s|ed)|notic(?:ed|es|ing)|discover(?:s|ed)|observed|report(?:s|ed|ing)?|became aware|informed|notified|acknowledg\w*|declared|warnings?|(?:receives?|received|gets?|got) (?:an? )?(?:e-?mail|message|call|ticket)|e-?mails (?:\w+ )?(?:security|support|us|the team)|tickets? (?:is |was )?(?:opened|filed|raised|created)|opened an? (?:ticket|issue))\b/i,
    matches: [
      "operations engineers respond to alarms",
      "Automated warning from the cloud provider about subnets",
      "monitoring detects increased error rates",
      "A user emails Security about a phishing mail",
      "Ticket is opened about slow server starts",
      "smartcontracts receives an e-mail from a researcher",
      "An email is sent to the moderation team reporting this user",
    ],
    ignores: ["Site repo pages configuration is modified", "we could not detect the fault", "the release is cut"],
  },
  /** User impact stopped or was worked around. */
  mitigated: {
    kind: "mitigated",
    pattern:
      /\b(?:mitigat\w+|rolled back|roll-?back (?:complete|completed|finished|done|deployed)|reverted|failed over|failover (?:complete|completed)|workaround (?:applied|deployed|in place)|restored|recover(?:s|ed|ing)?|recovery (?:complete|completed|done)|back (?:up|online|to normal|to 100%)|put back up|errors? (?:drop\w*|decreas\w*|subsid\w*)|began decreasing|(?:service|traffic|launches|crawl) resum\w+|returned to (?:normal|baseline)|blocked|revoked|destroyed|yanked|(?:is|was|were|been) disabled|(?:issue|problem|errors?) (?:goes|went) away|started succeeding|(?:replacement|migration|patch|fix|remediation) (?:is |was )?(?:completed|complete|deployed|finished|applied))\b/i,
    matches: ["Access token destroyed.", "The user's IP address is blocked", "issue goes away after the quota is deleted", "Network infrastructure replacement completed", "Claims frontend is put back up"],
    ignores: ["attempts to roll back fail", "the change cannot be simply reverted", "a rollback is planned", "SN outlines the recovery plan", "restarted the web server"],
  },
  /** Declared over or fully fixed; "Believing the issue to be resolved" is not. */
  resolved: {
    kind: "resolved",
    pattern:
      /\b(?:resolved|all[- ]clear|(?:incident|outage|impact) (?:closed|over|ended|ends|is over)|(?:issue|incident) is closed|closed the incident|calls? the end of (?:the )?incident|(?:bringing|brought|brings) the (?:outage|incident) to an end|fully (?:recovered|restored|operational)|(?:all )?systems? (?:verified )?operational|service (?:is |was )?restored)\b/i,
    matches: ["OUTAGE ENDS", "Service resumes. Incident ends.", "The issue is closed and everything seems fine", "calls the end of incident", "All systems verified operational"],
    ignores: ["Believing the issue to be resolved, the team left", "not yet resolved", "it seemed resolved but errors came back"],
  },
};

const STARTED = MOMENT_WORDING.started.pattern;
const DETECTED = MOMENT_WORDING.detected.pattern;
const MITIGATED = MOMENT_WORDING.mitigated.pattern;
const RESOLVED = MOMENT_WORDING.resolved.pattern;

/** Words before a match that say it did not happen, or only seemed to: "cannot be reverted", "believing it resolved". */
const NOT_SAID = /\b(?:not|no|cannot|can't|couldn't|unable to|without|attempts? to|tried to|trying to|tries to|try to|before|believ\w*|thought|assum\w*|seem\w*|appear\w*|hop\w*|planned|plan to)\b[^.;,]*$/i;

/** Whether the text says it happened: "cannot be simply reverted", "attempts to roll back" and "believing it resolved" don't. */
export function says(pattern: RegExp, text: string): boolean {
  return someMatch(pattern, text, (match) => {
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
    return !NOT_SAID.test(before) && !/^\s+(?:is|was) planned\b/i.test(after);
  });
}

/** Minutes in a duration such as "55 minutes", "~1.5 hours", "7 hours 9 minutes", "1h 30m", "90-minute". */
export function parseDuration(text: string): number | null {
  const unit = /(\d+(?:\.\d+)?)\s*-?\s*(d|days?|h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)\b/gi;
  const masked = text.replace(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, (time) => " ".repeat(time.length));
  let total = 0;
  let end = -1;
  // Only the first run of units counts: "55 minutes (10:15 - 11:10), 3 retries" is 55 minutes.
  for (const match of masked.matchAll(unit)) {
    if (end >= 0 && !/^\s*(?:and\s*|,\s*)?$/.test(masked.slice(end, match.index))) break;
    const value = Number(match[1]);
    const name = match[2]!.toLowerCase();
    total += name.startsWith("d") ? value * 1440 : name.startsWith("h") ? value * 60 : name.startsWith("s") ? value / 60 : value;
    end = match.index! + match[0].length;
  }
  return end >= 0 ? Math.round(total) : null;
}

/** Two clock times written as a range in one value ("10:15 AM - 11:10 AM", "22:30 UTC on Oct 29 to 05:39"). */
function clockRange(text: string): { from: number; to: number } | null {
  const start = findTime(text);
  if (!start) return null;
  const rest = text.slice(start.index + start.match.length);
  if (!/^[^\d]{0,40}?(?:-|–|—|\bto\b|\buntil\b)/.test(rest)) return null;
  const end = findTime(rest);
  if (!end) return null;
  const to = end.minutes > start.minutes ? end.minutes : end.minutes + 1440;
  return { from: start.minutes, to };
}

/** "Label: value" at the start of a line, or a two-cell "Label | value" table row. */
function labelledLines(block: ProseBlock): Array<{ label: string; value: string; line: number }> {
  return block.text.split("\n").flatMap((raw, offset) => {
    const found = /^\s*([A-Za-z][A-Za-z /()-]{1,40}?)\s*(?::|\|)\s*(.+)$/.exec(raw);
    if (!found) return [];
    const label = found[1]!.toLowerCase().replace(/\s*\(.*\)\s*/, "").replace(/\s+/g, " ").trim();
    return [{ label, value: found[2]!.trim(), line: block.line + offset }];
  });
}

function claimFrom(kind: DurationKind, value: string, at: Field): ClaimedDuration | null {
  const minutes = parseDuration(value);
  if (minutes === null || minutes <= 0) return null;
  return { ...at, text: value, kind, minutes, range: clockRange(value) };
}

function durationKind(label: string): DurationKind | null {
  const normal = label.toLowerCase().replace(/[_-]+/g, " ").replace(/\s+/g, " ").trim();
  for (const [kind, pattern] of DURATION_LABELS) if (pattern.test(normal)) return kind;
  return null;
}

/** Durations the document states, in front matter or as labelled lines anywhere in its prose. */
export function findClaimedDurations(frontMatter: FrontMatter, prose: readonly ProseBlock[]): ClaimedDuration[] {
  const claims: ClaimedDuration[] = [];
  for (const [key, value] of Object.entries(frontMatter.data)) {
    const kind = durationKind(key);
    if (kind && (typeof value === "string" || typeof value === "number")) {
      const claim = claimFrom(kind, typeof value === "number" ? `${value} minutes` : value, { text: String(value), line: frontMatter.line ?? 1, column: 1 });
      if (claim) claims.push(claim);
    }
  }
  for (const block of prose) {
    if (block.shape === "heading") continue;
    for (const { label, value, line } of labelledLines(block)) {
      const kind = durationKind(label);
      const claim = kind ? claimFrom(kind, value, { text: value, line, column: 1 }) : null;
      if (claim && !claims.some((other) => other.line === line)) claims.push(claim);
    }
  }
  return claims;
}

function wordsOf(entry: TimelineEntry): string {
  return entry.event || entry.text;
}

/** The timed entry where impact began: the first that says so, up to the first sign of detection; else the first timed entry. */
export function impactStart(timeline: readonly TimelineEntry[]): TimelineEntry | null {
  const timed = timeline.filter((entry) => entry.minutes !== null && entry.time !== null);
  const detectedAt = timed.findIndex((entry) => says(DETECTED, wordsOf(entry)));
  const said = timed.find((entry, index) => (detectedAt < 0 || index <= detectedAt) && says(STARTED, wordsOf(entry)));
  return said ?? timed[0] ?? null;
}

/** Every timed entry on one minute scale; an undated entry whose clock jumps back past midnight is on the next day. */
function timelineScale(entries: readonly TimelineEntry[], baseDay: number): Array<{ entry: TimelineEntry; at: number }> {
  const scaled: Array<{ entry: TimelineEntry; at: number }> = [];
  let rollover = 0;
  let previous: { date: string | null; minutes: number } | null = null;
  for (const entry of entries) {
    if (entry.minutes === null || entry.time === null) continue;
    if (previous && entry.date === null && previous.date === null && isNextDay(previous.minutes, entry.minutes)) rollover++;
    const day = entry.date ? dayNumber(entry.date) : baseDay + rollover;
    scaled.push({ entry, at: day * 1440 + entry.minutes });
    previous = { date: entry.date, minutes: entry.minutes };
  }
  return scaled;
}

function momentFromValue(value: unknown, at: Field, source: IncidentMoment["source"], incidentDate: string | null): IncidentMoment | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    return { ...at, text: iso, source, at: dayNumber(iso.slice(0, 10)) * 1440 + value.getUTCHours() * 60 + value.getUTCMinutes() };
  }
  if (typeof value !== "string") return null;
  const time = findTime(value);
  if (!time) return null;
  const date = findDate(value);
  const day = date?.valid ? date.iso : incidentDate;
  return { ...at, text: value, source, at: (day ? dayNumber(day) : 0) * 1440 + time.minutes };
}

/** The incident's moments and durations. */
export function findIncidentTimes(
  frontMatter: FrontMatter,
  metadata: Record<string, Field>,
  timeline: readonly TimelineEntry[],
  incidentDate: string | null,
  claimed: ClaimedDuration[],
): IncidentTimes {
  const moments: Record<MomentKind, IncidentMoment | null> = { started: null, detected: null, mitigated: null, resolved: null };
  for (const [kind, pattern] of MOMENT_KEYS) {
    for (const [key, value] of Object.entries(frontMatter.data)) {
      if (moments[kind] || !pattern.test(key.toLowerCase().replace(/[_-]+/g, " "))) continue;
      moments[kind] = momentFromValue(value, { text: String(value), line: frontMatter.line ?? 1, column: 1 }, "front-matter", incidentDate);
    }
    for (const [key, field] of Object.entries(metadata)) {
      if (moments[kind] || !pattern.test(key)) continue;
      moments[kind] = momentFromValue(field.text, field, "metadata", incidentDate);
    }
  }

  // Undated timeline times fall on the incident's day, or on the day a header time gives.
  const headerDay = Object.values(moments).find((moment) => moment !== null && moment.at >= 1440);
  const scaled = timelineScale(timeline, incidentDate ? dayNumber(incidentDate) : headerDay ? Math.floor(headerDay.at / 1440) : 0);
  const fromEntry = (item: { entry: TimelineEntry; at: number }): IncidentMoment => ({
    text: item.entry.time!.text,
    line: item.entry.line,
    column: item.entry.column,
    at: item.at,
    source: "timeline",
  });
  const firstAfter = (pattern: RegExp, after: number | null) => scaled.find((item) => (after === null || item.at >= after) && says(pattern, wordsOf(item.entry)));
  if (scaled.length > 0) {
    const detected = moments.detected ?? (firstAfter(DETECTED, null) ? fromEntry(firstAfter(DETECTED, null)!) : null);
    const start = impactStart(timeline);
    moments.started ??= fromEntry(scaled.find((item) => item.entry === start) ?? scaled[0]!);
    moments.detected = detected;
    const after = moments.detected?.at ?? moments.started.at;
    const mitigated = firstAfter(MITIGATED, after);
    const resolved = firstAfter(RESOLVED, after);
    moments.mitigated ??= mitigated ? fromEntry(mitigated) : null;
    moments.resolved ??= resolved ? fromEntry(resolved) : null;
  }
  // Nothing said to stop the impact before the incident was resolved: it stopped then.
  if (moments.resolved && (!moments.mitigated || moments.mitigated.at > moments.resolved.at)) moments.mitigated = moments.resolved;

  const between = (from: IncidentMoment | null, to: IncidentMoment | null) => (from && to && to.at >= from.at ? to.at - from.at : null);
  return {
    ...moments,
    timeToDetect: between(moments.started, moments.detected),
    timeToMitigate: between(moments.started, moments.mitigated),
    timeToResolve: between(moments.started, moments.resolved),
    timedEntries: scaled.map((item) => ({ line: item.entry.line, at: item.at })),
    claimed,
  };
}

/** "95 min" or "2 h 05 min": how long, for people. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
  return `${Math.floor(minutes / 1440)} d ${Math.floor((minutes % 1440) / 60)} h`;
}
