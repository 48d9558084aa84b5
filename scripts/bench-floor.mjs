#!/usr/bin/env node
// The benchmark's floor: start node, read the Markdown files under one path and parse each with
// unified + remark-parse + remark-gfm, one after the other, and nothing else. Any linter built on
// mdast pays at least this.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

function markdownFiles(target) {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const full = path.join(target, entry.name);
      if (entry.isDirectory()) return markdownFiles(full);
      return entry.name.endsWith(".md") ? [full] : [];
    });
}

const processor = unified().use(remarkParse).use(remarkGfm).freeze();
let nodes = 0;
for (const file of markdownFiles(process.argv[2] ?? ".")) {
  nodes += processor.parse(readFileSync(file, "utf8")).children.length;
}
process.stdout.write(`${nodes}\n`);
