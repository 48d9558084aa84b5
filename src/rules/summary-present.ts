import type { Rule } from "../lint/types.js";
import { headerUnfilled } from "../model/guidance.js";
import type { PostmortemDoc, SectionKind } from "../model/types.js";

/** Sections a reader should reach only after the summary. */
const DETAIL_KINDS = new Set<SectionKind>(["timeline", "contributing-factors", "root-cause", "five-whys", "actions", "lessons", "resolution"]);
const SUMMARY_KEYS = /^(?:summary|tl;?dr|abstract|description|overview)$/i;
const SUMMARY_LEAD = /^\s*(?:tl;?\s?dr|(?:executive |incident )?summary|in short|overview)\s*[:—–-]/i;
const MAX_WORDS = 400;
/** An opening paragraph this long tells the story, as blog-style postmortems do. */
const MIN_INTRO_WORDS = 20;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Where the summary starts, how long it is, and how it was found; null when there is none. */
function findSummary(doc: PostmortemDoc): { line: number; words: number; title: string | null } | null {
  const fm = Object.entries(doc.frontMatter.data).find(([key, value]) => SUMMARY_KEYS.test(key) && typeof value === "string" && words(value) >= 5);
  if (fm) return { line: doc.frontMatter.line ?? 1, words: words(String(fm[1])), title: null };
  const candidates: Array<{ line: number; words: number; title: string | null }> = [];
  const section = doc.sections.find((item) => item.ownKind === "summary");
  if (section) {
    // Only the section's own text: its subsections ("### How users were affected") are details.
    const ownEnd = doc.sections.find((item) => item.line > section.line)?.line ?? section.endLine + 1;
    const body = doc.prose.filter((block) => block.line > section.line && block.line < ownEnd && block.shape !== "heading");
    const anyText = doc.prose.some((block) => block.line > section.line && block.line <= section.endLine && block.shape !== "heading");
    candidates.push({ line: section.line, words: anyText ? Math.max(1, body.reduce((sum, block) => sum + words(block.text), 0)) : 0, title: section.title });
  }
  const lead = doc.prose.find((block) => SUMMARY_LEAD.test(block.text));
  if (lead) candidates.push({ line: lead.line, words: words(lead.text), title: null });
  const firstSection = doc.sections.find((item) => item.depth >= 2);
  const intro = doc.prose.filter((block) => block.shape === "paragraph" && (firstSection === undefined || block.line < firstSection.line));
  const introWords = intro.reduce((sum, block) => sum + words(block.text), 0);
  if (introWords >= MIN_INTRO_WORDS) candidates.push({ line: intro[0]!.line, words: introWords, title: null });
  return candidates.sort((a, b) => a.line - b.line)[0] ?? null;
}

const rule: Rule = {
  meta: {
    id: "summary-present",
    description: "A short summary (or TL;DR) near the top says what happened, the impact and how it was resolved.",
    defaultSeverity: "warn",
    messages: {
      missing:
        'No summary near the top: add a "## Summary" right after the title, two to four sentences on what happened, who was affected and for how long, and how it was resolved.',
      empty: 'The "{title}" section is empty: write two to four sentences on what happened, the impact and how it was resolved.',
      late: 'The summary (line {line}) comes after the "{detail}" section: move it to the top, so readers get what happened, the impact and the fix before the details.',
      long: 'The summary is {words} words: keep it under {max} (what happened, the impact, how it was resolved) and move the details to later sections.',
    },
  },
  check(doc) {
    const summary = findSummary(doc);
    const top = doc.title?.line ?? 1;
    if (!summary) return headerUnfilled(doc) ? [] : [{ messageId: "missing", line: top }];
    if (summary.title !== null && summary.words === 0) return [{ messageId: "empty", data: { title: summary.title }, line: summary.line }];
    const detail = doc.sections.find((section) => section.ownKind !== null && DETAIL_KINDS.has(section.ownKind));
    if (detail && detail.line < summary.line) return [{ messageId: "late", data: { line: summary.line, detail: detail.title }, line: summary.line }];
    if (summary.title !== null && summary.words > MAX_WORDS) return [{ messageId: "long", data: { words: summary.words, max: MAX_WORDS }, line: summary.line }];
    return [];
  },
};

export default rule;
