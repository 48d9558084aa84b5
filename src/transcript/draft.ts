/**
 * A rendered template + what the meeting decided -> a postmortem draft. The template's example
 * timeline rows, action rows and open questions are replaced by what the transcript says, found
 * through the same model `pm lint` reads, so the draft's tables keep the template's columns.
 */
import { escapeInline, escapeTableCell } from "../templates/render.js";
import { mapColumns, type FieldKey } from "../model/fields.js";
import { extract } from "../model/extract.js";
import type { Commitment, Evidence, MeetingAnalysis } from "./analyse.js";

/** What a commitment's owner cell says when the meeting named no single owner: lint flags it. */
export function ownerCell(commitment: Commitment): string {
  if (commitment.owners.length === 1) return commitment.owners[0]!;
  if (commitment.owners.length > 1) return `TBD (${commitment.owners.join(" or ")})`;
  return "TBD";
}

/** What a commitment's due cell says: the resolved date, else TBD with what was said. */
export function dueCell(commitment: Commitment): string {
  if (commitment.due) return commitment.due;
  return commitment.dueText ? `TBD (said: ${commitment.dueText})` : "TBD";
}

/** Where in the transcript something was said: "review.vtt cue 43 (line 173)" or "review.txt line 12". */
export function citeLine(evidence: Evidence, transcript: string): string {
  return evidence.cue !== null ? `${transcript} cue ${evidence.cue} (line ${evidence.line})` : `${transcript} line ${evidence.line}`;
}

function quote(evidence: Evidence, transcript: string): string {
  return `${citeLine(evidence, transcript)}, ${evidence.speaker || "notes"}: "${evidence.said}"`;
}

/**
 * The draft: `rendered` with the meeting's timeline, impact, factor candidates, commitments and
 * open questions in place of the template's examples. `severity` is the severity the user gave
 * (a flag or an answers file); when neither they nor the meeting said one it is left for the team.
 */
export function fillDraft(template: string, analysis: MeetingAnalysis, transcript: string, severity: string | null = null): string {
  const rendered = severity || analysis.severity ? template : leaveSeverity(template);
  const people = analysis.attendees.map((attendee) => (attendee.role ? `${attendee.name} (${attendee.role})` : attendee.name)).join(", ");
  // The template's "Attendees:" line asks for who was there: the meeting says.
  const withPeople = people ? rendered.replace(/^(\s*[-*]?\s*\*\*Attendees:\*\*\s*)\{\{[^}]*\}\}\s*$/m, (_whole, lead: string) => `${lead}${escapeInline(people)}`) : rendered;
  const doc = extract("draft.md", withPeople);
  const lines = withPeople.split("\n");
  // Replacements are applied bottom-up so earlier line numbers stay valid.
  const edits: Array<{ from: number; to: number; replacement: string[] }> = [];

  const timelineRows = doc.timeline.filter((entry) => entry.shape === "table").map((entry) => entry.line);
  if (analysis.timeline.length > 0 && timelineRows.length > 0) {
    const columns = tableColumns(lines, timelineRows[0]!, "timeline");
    const rows = analysis.timeline.map((entry) =>
      row(columns, {
        time: entry.date && entry.date !== (analysis.incidentDate ?? analysis.meetingDate) ? `${entry.date} ${entry.time}` : entry.time,
        event: entry.text,
        label: "Hypothesis",
        evidence: `to confirm against logs; said in ${quote(entry.evidence, transcript)}`,
      }),
    );
    edits.push({ from: Math.min(...timelineRows), to: Math.max(...timelineRows), replacement: rows });
  }

  const actionLines = doc.actions.map((action) => action.line);
  if (analysis.commitments.length > 0 && actionLines.length > 0) {
    const first = doc.actions[0]!;
    const replacement =
      first.shape === "table"
        ? analysis.commitments.map((commitment, index) => {
            const columns = tableColumns(lines, first.line, "actions");
            return row(columns, { action: commitment.title, owner: ownerCell(commitment), due: dueCell(commitment) }, index + 1, lines[first.line - 1]!);
          })
        : analysis.commitments.map((commitment) => `- [ ] ${commitment.title} (owner: ${ownerCell(commitment)}, due: ${dueCell(commitment)}, success: {{what will be observably true once it works}})`);
    edits.push({ from: Math.min(...actionLines), to: Math.max(...actionLines), replacement });
  }

  const timelineSection = doc.sections.find((section) => section.kind === "timeline");
  if (timelineSection) {
    const zoneLine = range(timelineSection.line + 1, timelineSection.endLine).find((line) => /\b(?:times are|all times)\b/i.test(lines[line - 1]!));
    if (zoneLine) edits.push({ from: zoneLine, to: zoneLine, replacement: [zoneSentence(lines[zoneLine - 1]!, analysis)] });
  }

  const impactSection = doc.sections.find((section) => section.kind === "impact");
  if (impactSection && analysis.impact.length > 0) {
    const placeholder = range(impactSection.line + 1, impactSection.endLine).find((line) => /^\{\{[^}]*\}\}\s*$/.test(lines[line - 1]!.trim()));
    const said = ["Figures said in the meeting, to check against the dashboards:", "", ...analysis.impact.map((item) => `- ${item.text} (${item.evidence.speaker || "notes"}, ${citeLine(item.evidence, transcript)})`)];
    if (placeholder) edits.push({ from: placeholder, to: placeholder, replacement: said });
  }

  const factorSection = doc.sections.find((section) => section.kind === "contributing-factors") ?? doc.sections.find((section) => section.kind === "root-cause");
  if (factorSection && analysis.factors.length > 0) {
    const candidates = [
      "Candidates from what people explained in the meeting, each a hypothesis until someone checks it:",
      "",
      ...analysis.factors.map((item) => `- Hypothesis: ${item.text} (${item.evidence.speaker || "notes"}, ${citeLine(item.evidence, transcript)})`),
      "",
    ];
    edits.push({ from: factorSection.line + 2, to: factorSection.line + 1, replacement: candidates });
  }

  const questions = analysis.openQuestions.map((question) => `- ${question.text} (raised by ${question.evidence.speaker || "the notes"}, ${citeLine(question.evidence, transcript)}; no action was agreed)`);
  const questionSection = doc.sections.find((section) => section.kind === "open-questions");
  if (questions.length > 0 && questionSection) {
    const placeholders = range(questionSection.line + 1, questionSection.endLine).filter((line) => /^\s*-\s.*\{\{/.test(lines[line - 1]!));
    if (placeholders.length > 0) edits.push({ from: placeholders[0]!, to: placeholders[placeholders.length - 1]!, replacement: questions });
    else edits.push({ from: questionSection.line + 1, to: questionSection.line, replacement: ["", ...questions] });
  }

  edits.sort((a, b) => b.from - a.from);
  for (const edit of edits) lines.splice(edit.from - 1, edit.to - edit.from + 1, ...edit.replacement);
  const body = lines.join("\n").replace(/\n*$/, "\n");
  const appendix = meetingAppendix(analysis, transcript, questions.length > 0 && !questionSection ? questions : []);
  return `${body}\n${appendix}`;
}

/** No severity was said: the front matter drops the default and the body asks the team. */
function leaveSeverity(rendered: string): string {
  const value = /^severity:\s*(\S+)\s*$/m.exec(rendered)?.[1];
  if (!value) return rendered;
  const ask = "{{severity, SEV1 to SEV4: the meeting did not say}}";
  return rendered
    .replace(/^severity:\s*\S+\s*\n/m, "")
    .split("\n")
    .map((line) => (/severity/i.test(line) && !/^severity:/.test(line) ? line.replace(value, ask) : line))
    .join("\n");
}

/** The template's "Times are UTC on ..." line, with the zone the meeting named, or a question when it named none. */
function zoneSentence(line: string, analysis: MeetingAnalysis): string {
  const day = analysis.incidentDate ?? analysis.meetingDate;
  const rest = line.replace(/^.*?\b(?:times are|all times)\b[^.]*\.\s*/i, "");
  const lead = analysis.timezone
    ? `Times are ${analysis.timezone}${day ? ` on ${day}` : ""}, as the meeting said.`
    : `Times are as said in the meeting${day ? `, on ${day}` : ""}; nobody named the time zone: {{the time zone these times are in, e.g. UTC}}.`;
  return rest ? `${lead} ${rest}` : lead;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}

/** The field key of each column of the table whose first body row is at `rowLine`. */
function tableColumns(lines: string[], rowLine: number, context: "timeline" | "actions"): Array<FieldKey | "number" | null> {
  const header = lines[rowLine - 3] ?? "";
  const cells = splitRow(header);
  const keys: Array<FieldKey | "number" | null> = mapColumns(cells, context);
  return keys.map((key, index) => (key === null && /^(#|no\.?|id)$/i.test(cells[index]!.trim()) ? "number" : key));
}

function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

function row(columns: Array<FieldKey | "number" | null>, values: Partial<Record<FieldKey, string>>, number?: number, example?: string): string {
  const exampleCells = example ? splitRow(example) : [];
  const cells = columns.map((key, index) => {
    if (key === "number") return String(number ?? "");
    if (key && values[key] !== undefined) return escapeTableCell(values[key]!);
    // Columns the meeting can't fill keep the template's guidance, so lint still points at them.
    return exampleCells[index] ?? "";
  });
  return `| ${cells.join(" | ")} |`;
}

function meetingAppendix(analysis: MeetingAnalysis, transcript: string, extraQuestions: string[]): string {
  const out: string[] = ["## From the review meeting", ""];
  out.push(`Drafted from ${transcript}${analysis.meetingDate ? ` (meeting on ${analysis.meetingDate})` : ""}. Confirm each item with its owner, then delete this section.`);
  out.push("");
  if (analysis.attendees.length > 0) {
    out.push(`**Attendees:** ${analysis.attendees.map((attendee) => (attendee.role ? `${attendee.name} (${attendee.role})` : attendee.name)).join(", ")}`, "");
  }
  if (analysis.commitments.length > 0) {
    out.push("**Commitments, with what was said and what is still to decide:**", "");
    analysis.commitments.forEach((commitment, index) => {
      out.push(`${index + 1}. ${commitment.title}: owner ${ownerCell(commitment)}, due ${dueCell(commitment)}.`);
      for (const evidence of commitment.evidence) out.push(`   - ${quote(evidence, transcript)}`);
      for (const gap of commitment.gaps) out.push(`   - To decide: ${gap}.`);
    });
    out.push("");
  }
  if (extraQuestions.length > 0) out.push("**Open questions:**", "", ...extraQuestions, "");
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}
