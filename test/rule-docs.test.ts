import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../src/rules/index.js";
import { runRule } from "./helpers/rule-tester.js";

/** The "## Fails" and "## Passes" examples of docs/rules/ID.md are run as tests, as remark-lint does. */
function example(doc: string, heading: "Fails" | "Passes"): string {
  // The first block after the heading: examples may hold "## " headings of their own.
  const start = doc.search(new RegExp(`^## ${heading}\n`, "m"));
  const block = start >= 0 ? /^```markdown\n([\s\S]*?)^```/m.exec(doc.slice(start)) : null;
  if (!block) throw new Error(`no \`\`\`markdown block under "## ${heading}"`);
  return block[1]!;
}

describe("rule docs", () => {
  for (const rule of rules) {
    const path = new URL(`../docs/rules/${rule.meta.id}.md`, import.meta.url);
    it(`${rule.meta.id}: its "Fails" example fails`, () => {
      const messages = runRule(rule, example(readFileSync(path, "utf8"), "Fails"));
      expect(messages.length).toBeGreaterThan(0);
    });
    it(`${rule.meta.id}: its "Passes" example passes`, () => {
      expect(runRule(rule, example(readFileSync(path, "utf8"), "Passes")).map((message) => message.message)).toEqual([]);
    });
  }
});
