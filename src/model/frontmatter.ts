import type { Root } from "mdast";
import { yaml } from "../vendored.js";
import type { FrontMatter } from "./types.js";

export const NO_FRONT_MATTER: FrontMatter = { data: {}, line: null, endLine: null, format: null, error: null };

/** Reads the YAML (or flat TOML) block remark-frontmatter found at the top of the document. */
export function readFrontMatter(tree: Root): FrontMatter {
  // remark-frontmatter adds "yaml" and "toml" nodes; mdast's types only declare "yaml".
  const first = tree.children[0] as { type: string; value: string; position?: Root["position"] } | undefined;
  if (!first || (first.type !== "yaml" && first.type !== "toml") || !first.position) return NO_FRONT_MATTER;
  const line = first.position.start.line;
  const endLine = first.position.end.line;
  if (first.type === "toml") return { data: parseFlatToml(first.value), line, endLine, format: "toml", error: null };

  // maxAliasCount bounds alias expansion, so a "billion laughs" block fails fast instead of eating memory.
  const document = yaml().parseDocument(first.value, { prettyErrors: false, uniqueKeys: false });
  const problem = document.errors[0];
  if (problem) {
    // The block's first line is the "---" fence, so its YAML starts one line below.
    const before = first.value.slice(0, problem.pos[0]);
    const errorLine = line + 1 + (before.match(/\n/g)?.length ?? 0);
    const column = before.length - before.lastIndexOf("\n");
    return { data: {}, line, endLine, format: "yaml", error: { message: firstLine(problem.message), line: errorLine, column } };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return { data: {}, line, endLine, format: "yaml", error: { message: firstLine(String((error as Error).message)), line, column: 1 } };
  }
  if (value === null || value === undefined) return { data: {}, line, endLine, format: "yaml", error: null };
  if (typeof value !== "object" || Array.isArray(value)) {
    return { data: {}, line, endLine, format: "yaml", error: { message: "front matter must be a mapping of keys to values", line: line + 1, column: 1 } };
  }
  return { data: value as Record<string, unknown>, line, endLine, format: "yaml", error: null };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim();
}

/** Enough TOML for blog-style front matter: `key = "value"` lines, sections ignored. */
function parseFlatToml(source: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const raw of source.split("\n")) {
    const found = /^\s*([A-Za-z0-9_-]+)\s*=\s*(.*\S)/.exec(raw);
    if (!found) continue;
    const value = found[2]!;
    data[found[1]!] = /^["'].*["']$/.test(value) ? value.slice(1, -1) : value;
  }
  return data;
}
