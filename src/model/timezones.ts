/**
 * Timezones as postmortems write them: "14:05 UTC", "Time (UTC)", "All times in CET",
 * "04:50 PM PST", "10:15+01:00", "Europe/Berlin", "Pacific time".
 */

/** Abbreviations are matched in capitals only, so "et" or "ist" inside prose never count. */
const ABBREVIATION =
  "(?:UTC|GMT|Zulu|[ECMP][SD]?T|AK[SD]T|HST|CES?T|EES?T|WES?T|BST|IST|JST|KST|AE[SD]T|AC[SD]T|AWST|NZ[SD]T|SGT|HKT|MSK)(?:\\s?[+\u2212-]\\s?\\d{1,2}(?::?\\d{2})?)?";
const REGION = "(?:(?:Pacific|Eastern|Central|Mountain)(?:\\s+(?:Standard|Daylight))?\\s+[Tt]ime|[A-Z][A-Za-z]+\\/[A-Z][A-Za-z_]+)";
const ZONE = new RegExp(`(?<![A-Za-z])(?:${ABBREVIATION}|${REGION})(?![A-Za-z])`);
/** A numeric offset or "Z" written straight after a time: "10:15+01:00", "14:05Z". */
const ATTACHED_OFFSET = /^(?:Z\b|\s?[+\u2212-]\d{2}:?\d{2}\b)/;
/** An ISO date-time ("2026-01-08T20:09:02-05:00"), or a time with seconds, where "-05:00" is an offset, not a range's end. */
const ISO_TIME = /T\d{1,2}:\d{2}$|:\d{2}:\d{2}(?:\.\d+)?$/;

/** The first timezone named in the text, or null. */
export function findTimezone(text: string): string | null {
  return ZONE.exec(text)?.[0] ?? null;
}

/**
 * The timezone written with a time inside `text`: right after it ("14:05 UTC", "2:15 PM PST",
 * "10:15+01:00") or just before it ("UTC 14:05").
 */
export function timezoneNextTo(text: string, time: string): string | null {
  const index = text.indexOf(time);
  if (index < 0) return null;
  const after = text.slice(index + time.length);
  const attached = ATTACHED_OFFSET.exec(after);
  // "02:00-04:30" is a range; a minus offset is read as one only after an ISO time.
  if (attached && (!/^\s?[\u2212-]/.test(attached[0]) || ISO_TIME.test(text.slice(0, index + time.length)))) return attached[0].trim();
  const near = after.slice(0, 16).replace(/^\s*(?:[ap]\.?m\.?)?/i, "");
  const following = /^[\s(,]*([^\s)|,;:]+(?:\s[+\u2212-]\s?\d{1,2})?(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime)?)/.exec(near);
  if (following && ZONE.test(following[1]!)) return findTimezone(following[1]!);
  // Right after a time, "7:09 AM Eastern" needs no "time" to be a zone.
  const region = /^[\s(,]*(Pacific|Eastern|Central|Mountain)\b/.exec(near);
  if (region) return region[1]!;
  const before = text.slice(Math.max(0, index - 6), index);
  return /(?<![A-Za-z])(?:UTC|GMT)\s*$/.test(before) ? findTimezone(before) : null;
}

/** Made once: timezoneStatement is tried on every prose block. */
const ZONE_STATEMENT = new RegExp(`\\b(?:times?|timestamps?|hours|clock)\\b[^.]{0,40}?(${ZONE.source})`, "i");

/** A sentence that states the zone of every time: "All times in UTC", "Times are PST", "(times in CET)". */
export function timezoneStatement(text: string): string | null {
  const found = ZONE_STATEMENT.exec(text);
  // The zone part is case-sensitive by design; the "i" flag above only relaxes "All Times".
  return found && ZONE.test(found[1]!) ? findTimezone(found[1]!) : null;
}
