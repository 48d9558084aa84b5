import { short } from "../lint/text.js";
import type { Field, PostmortemDoc } from "../model/types.js";

/** The model as JSON, for `pm inspect --format json`: every item carries its line. */
export function inspectToJson(doc: PostmortemDoc) {
  const field = (value: Field | null) => (value ? { text: value.text, line: value.line } : null);
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
      owner: field(action.owner),
      due: field(action.due),
      success: field(action.success),
      followUp: field(action.followUp),
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
      owner: field(trigger.owner),
    })),
    parkedIdeas: doc.parkedIdeas.map(field),
    selfAssessment: doc.selfAssessment,
  };
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
  for (const problem of doc.problems) {
    out.push(problem.kind === "no-line-breaks" ? `  problem: the document has no line breaks (${problem.length} characters on one line)` : `  problem: mojibake such as "${problem.sample}" (${problem.count} places, first at line ${problem.line})`);
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
