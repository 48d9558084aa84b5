import type { Finding, Rule } from "../lint/types.js";
import type { ClaimedDuration, IncidentMoment, IncidentTimes } from "../model/types.js";
import { formatMinutes } from "../model/incident-times.js";

/** Claims are rounded ("~90 minutes") and timelines approximate: allow 10 minutes or 20%. */
function tolerance(minutes: number): number {
  return Math.max(10, minutes * 0.2);
}

const KIND_NAME: Record<ClaimedDuration["kind"], string> = {
  detect: "time to detect",
  mitigate: "time to mitigate",
  resolve: "time to resolve",
  duration: "duration",
};

/**
 * Where the measured interval may end for each kind of claim, the likeliest first. "Time to
 * recover" and a duration are often counted to when service came back, not to when the incident
 * was declared over, so either moment can end them.
 */
function endsFor(kind: ClaimedDuration["kind"], times: IncidentTimes): IncidentMoment[] {
  if (kind === "detect") return times.detected ? [times.detected] : [];
  if (kind === "mitigate") return times.mitigated ? [times.mitigated] : [];
  return [times.resolved, times.mitigated].filter((moment): moment is IncidentMoment => moment !== null);
}

const rule: Rule = {
  meta: {
    id: "duration-consistent",
    description: "Durations the document states (duration, time to detect / mitigate / resolve) agree with its own times.",
    defaultSeverity: "warn",
    messages: {
      ownRange: 'The {kind} says {claimed} but its own times ({range}) span {actual}: correct one of them.',
      timeline:
        'The {kind} says {claimed} (line {line}), but the times give {actual}: from {from} (line {fromLine}) to {to} (line {toLine}). Correct the figure or the times, or say what the figure measures.',
    },
  },
  check(doc) {
    const findings: Finding[] = [];
    const { times } = doc;
    for (const claim of times.claimed) {
      const kind = KIND_NAME[claim.kind];
      if (claim.range) {
        const actual = claim.range.to - claim.range.from;
        if (Math.abs(actual - claim.minutes) > Math.max(2, claim.minutes * 0.05)) {
          findings.push({ messageId: "ownRange", data: { kind, claimed: formatMinutes(claim.minutes), range: claim.text, actual: formatMinutes(actual) }, line: claim.line, column: claim.column, text: claim.text });
        }
        continue;
      }
      // Several incidents in one document each state their own figures: only a single claim is checked.
      if (times.claimed.filter((other) => other.kind === claim.kind).length > 1) continue;
      const start = times.started;
      const ends = start ? endsFor(claim.kind, times).filter((end) => end.at >= start.at) : [];
      const end = ends[0];
      if (!start || !end) continue;
      // The start of impact is often unclear: any timeline time up to detection that fits the claim is accepted.
      const fits = (to: IncidentMoment) => {
        const latestStart = Math.min(to.at, times.detected?.at ?? to.at);
        const starts = start.source === "timeline" ? times.timedEntries.filter((entry) => entry.at <= latestStart).map((entry) => entry.at) : [start.at];
        return starts.some((at) => Math.abs(to.at - at - claim.minutes) <= tolerance(claim.minutes));
      };
      if (ends.some(fits)) continue;
      findings.push({
        messageId: "timeline",
        data: { kind, claimed: formatMinutes(claim.minutes), line: claim.line, actual: formatMinutes(end.at - start.at), from: start.text, fromLine: start.line, to: end.text, toLine: end.line },
        line: claim.line,
        column: claim.column,
      });
    }
    return findings;
  },
};

export default rule;
