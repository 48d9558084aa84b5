import { short } from "../lint/text.js";
import type { Finding, Rule } from "../lint/types.js";
import { lineInBlock } from "../model/prose.js";
import type { PostmortemDoc, ProseBlock, SectionKind } from "../model/types.js";
import { findBlame, type BlameScope } from "../model/wording.js";

/** Where the cause is analysed: a person named here is being made the cause. */
const CAUSE_SECTIONS = new Set<SectionKind>(["root-cause", "contributing-factors", "five-whys", "went-wrong"]);
/**
 * Blame matters where the cause is told: the analysis, the timeline and the summary. Elsewhere
 * (ground rules, takeaways, a first-person "response") the same words talk about blame on purpose
 * or about the writer, and flagging them would be noise.
 */
function scopeOf(doc: PostmortemDoc, block: ProseBlock): BlameScope | null {
  const kind = block.section >= 0 ? doc.sections[block.section]!.kind : null;
  if (kind && CAUSE_SECTIONS.has(kind)) return "cause";
  if (kind === "timeline") return "timeline";
  if (kind === "summary") return "prose";
  return null;
}

function allowList(options: Readonly<Record<string, unknown>> | undefined): string[] {
  const allow = options?.allow;
  return Array.isArray(allow) ? allow.filter((item): item is string => typeof item === "string") : [];
}

const rule: Rule = {
  meta: {
    id: "blameless-language",
    description: "Causes are described as conditions of the system, not as a person's failing (no \"human error\", no person as the cause).",
    defaultSeverity: "warn",
    messages: {
      judgement:
        '"{phrase}" judges a person ("{context}"): say what in the system made the mistake possible and why the action made sense at the time. Blameless postmortems fix systems, not people, and blame makes people stop reporting.',
      person:
        '"{phrase}" makes a person the cause ("{context}"): describe the missing guardrail, unclear runbook or absent check instead. People act reasonably on what they know; the fix belongs in the system.',
    },
  },
  check(doc, context) {
    const allow = allowList(context.options);
    const findings: Finding[] = [];
    for (const block of doc.prose) {
      if (block.shape === "heading") continue;
      const scope = scopeOf(doc, block);
      if (scope === null) continue;
      for (const match of findBlame(block.text, { scope, allow })) {
        const line = lineInBlock(block, match.index);
        const lineText = block.text.split("\n")[line - block.line] ?? block.text;
        findings.push({
          messageId: match.kind,
          data: { phrase: match.match, context: short(lineText.trim(), 70) },
          line,
          column: line === block.line ? block.column : 1,
          text: match.match,
        });
      }
    }
    return findings;
  },
};

export default rule;
