import type { MeetingAnalysis } from "./analyse.js";
import { dueCell, ownerCell } from "./draft.js";

/** The commitments found, one line each with what is still to decide: printed after a --from draft. */
export function formatCommitments(analysis: MeetingAnalysis): string {
  const out = [`Commitments found (${analysis.commitments.length}):`];
  analysis.commitments.forEach((commitment, index) => {
    const line = commitment.evidence[commitment.evidence.length - 1]?.line;
    out.push(`  ${index + 1}. ${commitment.title}`);
    out.push(`     owner: ${ownerCell(commitment)}  due: ${dueCell(commitment)}  (transcript line ${line})`);
    for (const gap of commitment.gaps) out.push(`     to decide: ${gap}`);
  });
  if (analysis.openQuestions.length > 0) {
    out.push(`Open questions (${analysis.openQuestions.length}):`);
    for (const question of analysis.openQuestions) out.push(`  - ${question.text} (line ${question.evidence.line})`);
  }
  return `${out.join("\n")}\n`;
}
