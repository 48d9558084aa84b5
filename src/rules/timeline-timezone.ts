import type { Rule } from "../lint/types.js";
import { timezoneNextTo } from "../model/timezones.js";

const rule: Rule = {
  meta: {
    id: "timeline-timezone",
    description: "Timeline times say their timezone: on each entry, in the time column header, the timeline heading or front matter.",
    defaultSeverity: "warn",
    messages: {
      none: 'The timeline\'s times ({count} entries) don\'t say their timezone: write it once in the time column header ("Time (UTC)"), the timeline heading, a line such as "All times in UTC", or `timezone:` in front matter.',
      missing: 'Timeline entry at {time} has no timezone while others have one: add it (e.g. "{time} {zone}"), or state one zone for the whole timeline.',
    },
  },
  check(doc) {
    if (doc.timezone) return [];
    const timed = doc.timeline.filter((entry) => entry.time !== null && entry.minutes !== null);
    if (timed.length === 0) return [];
    const zones = timed.map((entry) => timezoneNextTo(entry.text, entry.time!.text));
    const zoned = zones.filter((zone): zone is string => zone !== null);
    if (zoned.length === 0) return [{ messageId: "none", data: { count: timed.length }, line: timed[0]!.line, column: timed[0]!.column }];
    return timed.flatMap((entry, index) =>
      zones[index] ? [] : [{ messageId: "missing", data: { time: entry.time!.text, zone: zoned[0]! }, line: entry.line, column: entry.column, text: entry.time!.text }],
    );
  },
};

export default rule;
