import { short } from "../lint/text.js";
import { formatMinutes } from "../model/incident-times.js";
import { isOwner, isWritten } from "../model/predicates.js";
import type { DocumentProblem, Field, IncidentMoment, IncidentTimes, PostmortemDoc } from "../model/types.js";

/** The model as JSON, for `pm inspect --format json`: every item carries its line. */
export function inspectToJson(doc: PostmortemDoc) {
  const field = (value: Field | null) => (value ? { text: value.text, line: value.line } : null);
  // A value that names no one or only holds a placeholder is shown as written and marked, so a
  // reader of the JSON gets the same answer as lint, score and actions.
  const owner = (value: Field | null) => (value ? { ...field(value)!, ...(isOwner(doc, value) ? {} : { placeholder: true }) } : null);
  const written = (value: Field | null) => (value ? { ...field(value)!, ...(isWritten(doc, value) ? {} : { placeholder: true }) } : null);
  return {
    file: doc.file,
    title: field(doc.title),
    incidentDate: field(doc.incidentDate),
    frontMatter: {
      format: doc.frontMatter.format,
      line: doc.frontMatter.line,
      data: doc.frontMatter.data,
      error: doc.frontMatter.error,
    },
    problems: doc.problems,
    sections: doc.sections.map((section) => ({
      title: section.title,
      kind: section.kind,
      depth: section.depth,
      line: section.line,
      endLine: section.endLine,
    })),
    timeline: doc.timeline.map((entry) => ({
      line: entry.line,
      shape: entry.shape,
      time: entry.time?.text ?? null,
      date: entry.date,
      event: entry.event,
      label: entry.label,
      evidence: entry.evidence?.text ?? null,
    })),
    actions: doc.actions.map((action) => ({
      line: action.line,
      shape: action.shape,
      title: action.title,
      owner: owner(action.owner),
      due: written(action.due),
      success: written(action.success),
      followUp: written(action.followUp),
      status: action.status,
      priority: action.priority,
    })),
    triggers: doc.triggers.map((trigger) => ({
      line: trigger.line,
      shape: trigger.shape,
      signal: field(trigger.signal),
      window: field(trigger.window),
      threshold: field(trigger.threshold),
      action: field(trigger.action),
      owner: owner(trigger.owner),
    })),
    parkedIdeas: doc.parkedIdeas.map(field),
    selfAssessment: doc.selfAssessment,
    timezone: field(doc.timezone),
    owners: { source: doc.owners.source, names: doc.owners.fields.map(field) },
    impact: doc.impact.map((statement) => ({
      title: statement.title,
      source: statement.source,
      line: statement.line,
      unfilled: statement.unfilled,
      figures: statement.figures.map(field),
    })),
    times: timesToJson(doc.times),
  };
}

function timesToJson(times: IncidentTimes) {
  const moment = (value: IncidentMoment | null) => (value ? { text: value.text, line: value.line, source: value.source } : null);
  return {
    started: moment(times.started),
    detected: moment(times.detected),
    mitigated: moment(times.mitigated),
    resolved: moment(times.resolved),
    timeToDetectMinutes: times.timeToDetect,
    timeToMitigateMinutes: times.timeToMitigate,
    timeToResolveMinutes: times.timeToResolve,
    claimed: times.claimed.map((claim) => ({ kind: claim.kind, minutes: claim.minutes, text: claim.text, line: claim.line })),
  };
}

function formatTimes(times: IncidentTimes): string[] {
  const moment = (name: string, value: IncidentMoment | null) => `  ${name.padEnd(10)} ${value ? `${value.text} (line ${value.line}, ${value.source})` : "-"}`;
  const duration = (name: string, minutes: number | null) => `  ${name.padEnd(17)} ${minutes === null ? "-" : formatMinutes(minutes)}`;
  const out = [
    "Incident times",
    moment("started:", times.started),
    moment("detected:", times.detected),
    moment("mitigated:", times.mitigated),
    moment("resolved:", times.resolved),
    duration("time to detect:", times.timeToDetect),
    duration("time to mitigate:", times.timeToMitigate),
    duration("time to resolve:", times.timeToResolve),
  ];
  for (const claim of times.claimed) out.push(`  claimed ${claim.kind}: ${formatMinutes(claim.minutes)} (line ${claim.line}: ${short(claim.text, 50)})`);
  return out;
}

function describeProblem(problem: DocumentProblem): string {
  if (problem.kind === "empty") return "the document is empty";
  if (problem.kind === "too-deeply-nested") return `lists or quotes are nested too deeply to read (line ${problem.line})`;
  if (problem.kind === "no-line-breaks") return `the document has no line breaks (${problem.length} characters on one line)`;
  return `mojibake such as "${problem.sample}" (${problem.count} places, first at line ${problem.line})`;
}

/** A readable outline of what was extracted, so a user can see why lint thinks what it thinks. */
export function formatInspect(doc: PostmortemDoc): string {
  const out: string[] = [];
  out.push(`${doc.file}`);
  if (doc.title) out.push(`  title: ${short(doc.title.text, 90)} (line ${doc.title.line})`);
  out.push(`  incident date: ${doc.incidentDate ? `${doc.incidentDate.text} (line ${doc.incidentDate.line})` : "not found"}`);
  if (doc.frontMatter.format) {
    const keys = Object.keys(doc.frontMatter.data);
    out.push(`  front matter (${doc.frontMatter.format}, line ${doc.frontMatter.line}): ${doc.frontMatter.error ? `error: ${doc.frontMatter.error.message}` : keys.join(", ") || "empty"}`);
  }
  for (const problem of doc.problems) out.push(`  problem: ${describeProblem(problem)}`);

  out.push(`  timezone: ${doc.timezone ? `${doc.timezone.text} (line ${doc.timezone.line})` : "not stated"}`);
  out.push(`  ${doc.owners.source === "author" ? "author(s)" : "owner(s)"}: ${doc.owners.fields.length > 0 ? `${doc.owners.fields.map((owner) => owner.text).join(", ")} (line ${doc.owners.fields[0]!.line})` : "not named"}`);
  for (const statement of doc.impact) {
    out.push(`  impact (line ${statement.line}): ${statement.figures.length > 0 ? statement.figures.slice(0, 6).map((figure) => figure.text).join("; ") : "no figures"}`);
  }

  out.push("", `Sections (${doc.sections.length})`);
  for (const section of doc.sections) {
    out.push(`  ${String(section.line).padStart(5)}  ${"  ".repeat(section.depth - 1)}${short(section.title, 60)}${section.kind ? `  [${section.kind}${section.ownKind ? "" : ", inherited"}]` : ""}`);
  }

  out.push("", `Timeline entries (${doc.timeline.length})`);
  for (const entry of doc.timeline) {
    const label = entry.label ?? "unlabelled";
    out.push(`  ${String(entry.line).padStart(5)}  ${(entry.time?.text ?? "(no time)").padEnd(16)} ${label.padEnd(10)} ${short(entry.event, 70)}${entry.evidence ? `  [evidence: ${short(entry.evidence.text, 30)}]` : ""}`);
  }

  out.push("", `Actions (${doc.actions.length})`);
  for (const action of doc.actions) {
    out.push(`  ${String(action.line).padStart(5)}  ${short(action.title, 70)}`);
    const parts = [
      `owner: ${action.owner?.text ?? "-"}`,
      `due: ${action.due?.text ?? "-"}`,
      `success: ${action.success ? short(action.success.text, 40) : "-"}`,
      `status: ${action.status ?? "-"}`,
    ];
    if (action.followUp) parts.push(`follow-up: ${action.followUp.text}`);
    out.push(`         ${parts.join("  ")}`);
  }

  out.push("", `Triggers (${doc.triggers.length})`);
  for (const trigger of doc.triggers) {
    out.push(`  ${String(trigger.line).padStart(5)}  ${short(trigger.signal?.text ?? trigger.text, 70)}`);
    out.push(`         threshold: ${trigger.threshold ? short(trigger.threshold.text, 30) : "-"}  window: ${trigger.window ? short(trigger.window.text, 30) : "-"}  action: ${trigger.action ? short(trigger.action.text, 40) : "-"}  owner: ${trigger.owner?.text ?? "-"}`);
  }
  out.push("", ...formatTimes(doc.times));
  if (doc.parkedIdeas.length > 0) {
    out.push("", `Parked ideas (${doc.parkedIdeas.length})`);
    for (const idea of doc.parkedIdeas) out.push(`  ${String(idea.line).padStart(5)}  ${short(idea.text, 80)}`);
  }
  if (doc.selfAssessment.length > 0) {
    out.push("", `Self-assessment (${doc.selfAssessment.length})`);
    for (const item of doc.selfAssessment) out.push(`  ${String(item.line).padStart(5)}  ${short(item.dimension, 50)}: ${item.score}`);
  }
  return `${out.join("\n")}\n`;
}
