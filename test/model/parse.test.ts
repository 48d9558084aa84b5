import type { Node, Parent } from "mdast";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/model/extract.js";
import { parseMarkdown } from "../../src/model/parse.js";
import { md } from "../helpers/rule-tester.js";

function types(node: Node): string[] {
  const children = (node as Parent).children ?? [];
  return [node.type, ...children.flatMap(types)];
}

/** Least CPU time of a few parses, in milliseconds: the least is the one least disturbed by other load. */
function parseMilliseconds(text: string): number {
  let least = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = process.cpuUsage();
    parseMarkdown(text);
    const used = process.cpuUsage(started);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}

describe("the Markdown parser", () => {
  it("reads the GFM constructs the model uses: tables, task lists, strikethrough, footnotes", () => {
    const tree = parseMarkdown(md("| a | b |", "|---|---|", "| 1 | 2 |", "", "- [x] done", "- [ ] ~~dropped~~ [^1]", "", "[^1]: why"));
    const found = types(tree);
    for (const type of ["table", "tableCell", "delete", "footnoteReference", "footnoteDefinition"]) expect(found).toContain(type);
    const list = tree.children[1] as { children: Array<{ checked: boolean | null }> };
    expect(list.children.map((item) => item.checked)).toEqual([true, false]);
  });

  it("leaves bare URLs as text (no autolink literals), and the model still takes them as evidence", () => {
    const text = md("# Outage", "", "## Timeline", "", "- 10:02 error rate up (fact) https://grafana.example.com/d/abc");
    expect(types(parseMarkdown(text))).not.toContain("link");
    expect(extract("x.md", text).timeline[0]!.evidence?.text).toBe("https://grafana.example.com/d/abc");
  });

  it("keeps a task item's title clean when it starts with a bare URL", () => {
    const doc = extract("x.md", md("# Outage", "", "## Action items", "", "- [ ] https://tracker.example.com/issues/12 owner: @ana"));
    expect(doc.actions[0]!.title).toBe("https://tracker.example.com/issues/12");
  });

  it("takes time linear in document size, with many lists, block quotes and setext headings", () => {
    // micromark 4.0.3 and micromark-core-commonmark 2.0.4 copy the whole event list each time a
    // container closes or a setext heading ends; package.json pins the versions before. With them,
    // the large text below takes minutes.
    const block = "- item\n\n> quote\n\nHeading\n-\n\n";
    parseMarkdown(block.repeat(300));
    const ratio = parseMilliseconds(block.repeat(2400)) / Math.max(parseMilliseconds(block.repeat(300)), 1);
    // 8 times the text: about 8 times the time.
    expect(ratio).toBeLessThan(20);
  }, 60_000);
});
