import { existsSync, readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import ignore, { type Ignore } from "ignore";

const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i;
const ALWAYS_SKIPPED = new Set(["node_modules", ".git", ".hg", ".svn"]);

/** The Markdown files below a directory, sorted, skipping what the .gitignore files from `cwd` down ignore. */
export function findMarkdown(cwd: string, directory: string): Promise<string[]> {
  return walk(directory, rootIgnores(cwd, directory));
}

interface IgnoreScope {
  base: string;
  rules: Ignore;
}

/** .gitignore files from the working directory down to the searched directory. */
function rootIgnores(cwd: string, directory: string): IgnoreScope[] {
  const scopes: IgnoreScope[] = [];
  const relative = path.relative(cwd, directory);
  const chain = relative.startsWith("..") || path.isAbsolute(relative) ? [] : [cwd];
  if (chain.length > 0 && relative !== "") {
    let current = cwd;
    for (const part of relative.split(path.sep).slice(0, -1)) {
      current = path.join(current, part);
      chain.push(current);
    }
  }
  for (const base of chain) {
    const scope = readIgnore(base);
    if (scope) scopes.push(scope);
  }
  return scopes;
}

function readIgnore(base: string): IgnoreScope | null {
  const file = path.join(base, ".gitignore");
  if (!existsSync(file)) return null;
  try {
    return { base, rules: ignore().add(readFileSync(file, "utf8")) };
  } catch {
    return null;
  }
}

function isIgnored(scopes: IgnoreScope[], absolute: string, isDirectory: boolean): boolean {
  return scopes.some((scope) => {
    const relative = path.relative(scope.base, absolute).split(path.sep).join("/");
    return relative !== "" && !relative.startsWith("..") && scope.rules.ignores(isDirectory ? `${relative}/` : relative);
  });
}

/** Markdown files below a directory, sorted, without following symlinked directories (no loops). */
async function walk(directory: string, inherited: IgnoreScope[]): Promise<string[]> {
  const own = readIgnore(directory);
  const scopes = own ? [...inherited, own] : inherited;
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    const absolute = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (ALWAYS_SKIPPED.has(entry.name) || isIgnored(scopes, absolute, true)) continue;
      found.push(...(await walk(absolute, scopes)));
    } else if ((entry.isFile() || entry.isSymbolicLink()) && MARKDOWN.test(entry.name) && !isIgnored(scopes, absolute, false)) {
      found.push(absolute);
    }
  }
  return found;
}
