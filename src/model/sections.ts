import type { Section } from "./types.js";

/**
 * The index of the innermost section holding a line (the last one starting at or before it), or
 * -1 before the first heading. Sections are in line order, so a binary search: readers ask once
 * per block, and a scan would be quadratic in the document's size.
 */
export function sectionIndexAt(sections: readonly Section[], line: number): number {
  let low = 0;
  let high = sections.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sections[middle]!.line <= line) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * Whether a header field at this line speaks for the whole document: above the first section, or
 * in a section about the document (a summary, an unnamed "Incident details" or "Document
 * management"). An "**Owner:**" in a "Learnings review" or an action's section owns that thing.
 */
export function speaksForDocument(sections: readonly Section[], line: number): boolean {
  const section = sections[sectionIndexAt(sections, line)];
  return !section || section.depth === 1 || section.kind === null || section.kind === "summary" || section.kind === "brief";
}
