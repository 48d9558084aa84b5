/**
 * Answers for `pm new` that a meeting transcript already gives: the incident date, the people
 * and their roles, a title. They rank below flags and an answers file, so the user has the last word.
 */
import type { GivenAnswers } from "../new/answers.js";
import type { Attendee, MeetingAnalysis } from "./analyse.js";
import type { Transcript } from "./parse.js";

function withRole(attendees: Attendee[], role: RegExp): string | undefined {
  return attendees.find((attendee) => attendee.role !== null && role.test(attendee.role))?.name;
}

export function answersFromMeeting(transcript: Transcript, analysis: MeetingAnalysis): GivenAnswers {
  const given: GivenAnswers = {};
  const date = analysis.incidentDate ?? analysis.meetingDate;
  if (date) given.date = date;
  given.title = analysis.title ?? (analysis.meetingDate ? `Incident reviewed on ${analysis.meetingDate}` : "Incident review");
  if (analysis.severity) given.severity = analysis.severity;
  // Whoever opened the meeting ran it, unless someone is named facilitator.
  const facilitator = withRole(analysis.attendees, /facilitat|moderat|chair/i) ?? analysis.attendees.find((attendee) => attendee.name.split(/\s+/)[0] === transcript.utterances[0]?.speaker.split(/\s+/)[0])?.name ?? (transcript.utterances[0]?.speaker || undefined);
  if (facilitator) given.facilitator = facilitator;
  const scribe = withRole(analysis.attendees, /scribe|note/i);
  if (scribe) given.scribe = scribe;
  const decider = withRole(analysis.attendees, /decision|\bvp\b|vice president|director|head|cto|ceo|incident commander/i);
  if (decider) given.decisionOwner = decider;
  return given;
}
