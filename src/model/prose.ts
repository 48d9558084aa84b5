import type { Node, Root, TableRow } from "mdast";
import { toString } from "mdast-util-to-string";
import type { ProseBlock, Section } from "./types.js";
import { sectionIndexAt } from "./sections.js";
import { collapseSpaces } from "./trim.js";

/** Nodes that hold examples, instructions or metadata, never the author's prose. */
const NOT_PROSE = new Set(["code", "html", "yaml", "toml", "definition", "footnoteDefinition"]);

/**
 * Every paragraph, heading and table row, in document order, with the section it sits in. Line
 * breaks inside a paragraph are kept so a phrase found in it can be reported at its own line.
 */
export function collectProse(tree: Root, sections: readonly Section[]): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const push = (node: Node, shape: ProseBlock["shape"], text: string) => {
    if (!node.position || text.trim() === "") return;
    const { line, column } = node.position.start;
    blocks.push({ shape, text, line, column, section: sectionIndexAt(sections, line) });
  };
  const visit = (node: Node, parent: Node | null) => {
    if (NOT_PROSE.has(node.type)) return;
    if (node.type === "heading") return push(node, "heading", toString(node, { includeImageAlt: false }));
    if (node.type === "paragraph") {
      const shape = parent?.type === "listItem" ? "list-item" : parent?.type === "blockquote" ? "quote" : "paragraph";
      return push(node, shape, toString(node, { includeImageAlt: false }));
    }
    if (node.type === "tableRow") {
      const cells = (node as TableRow).children.map((cell) => collapseSpaces(toString(cell, { includeImageAlt: false })).trim());
      return push(node, "table-row", cells.join(" | "));
    }
    for (const child of (node as { children?: Node[] }).children ?? []) visit(child, node);
  };
  visit(tree, null);
  return blocks;
}

/** The 1-based line of `index` inside a block's text. */
export function lineInBlock(block: ProseBlock, index: number): number {
  return block.line + (block.text.slice(0, index).match(/\n/g)?.length ?? 0);
}
