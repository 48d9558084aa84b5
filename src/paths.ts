import { existsSync, readFileSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { glob, isDynamicPattern } from "tinyglobby";

const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i;
const ALWAYS_SKIPPED = new Set(["node_modules", ".git", ".hg", ".svn"]);

export interface ExpandedPaths {
  /** Absolute paths, in the order given, each once. */
  files: string[];
  /** Arguments that matched nothing, with why; `missing` when a named file or folder does not exist. */
  unmatched: Array<{ pattern: string; reason: string; missing: boolean }>;
}

/**
 * Files named on the command line are taken exactly as given (pre-commit passes staged files);
 * directories are searched for Markdown, respecting .gitignore; globs are expanded.
 */
export async function expandPaths(patterns: string[], cwd: string): Promise<ExpandedPaths> {
  const files: string[] = [];
  const seen = new Set<string>();
  const unmatched: ExpandedPaths["unmatched"] = [];
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) {
        const found = await walk(absolute, rootIgnores(cwd, absolute));
        if (found.length === 0) unmatched.push({ pattern, reason: "no Markdown files in this directory", missing: false });
        found.forEach(add);
      } else add(absolute);
      continue;
    }
    if (info.code !== "ENOENT" || !isDynamicPattern(pattern)) {
      // A named file that can't be read is reported by the reader with the precise reason.
      if (info.code === "ENOENT") unmatched.push({ pattern, reason: "no such file or directory", missing: true });
      else add(absolute);
      continue;
    }
    const matches = (await glob(pattern, { cwd, absolute: true, onlyFiles: true, ignore: ["**/node_modules/**", "**/.git/**"] })).sort();
    if (matches.length === 0) unmatched.push({ pattern, reason: "the glob matched no files", missing: false });
    matches.forEach(add);
  }
  return { files, unmatched };
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
