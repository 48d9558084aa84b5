import { statSync, type Stats } from "node:fs";
import path from "node:path";

export interface ExpandedPaths {
  /** Absolute paths, in the order given, each once. */
  files: string[];
  /** The files among them that were named as such, not found in a folder or by a glob. */
  named: Set<string>;
  /** Arguments that matched nothing, with why; `missing` when a named file or folder does not exist. */
  unmatched: Array<{ pattern: string; reason: string; missing: boolean }>;
}

/**
 * Files named on the command line are taken exactly as given (pre-commit passes staged files);
 * directories are searched for Markdown, respecting .gitignore; globs are expanded. The searching
 * code is loaded only for a directory or a glob, so a hook that names its files loads none of it.
 */
export async function expandPaths(patterns: string[], cwd: string): Promise<ExpandedPaths> {
  const files: string[] = [];
  const named = new Set<string>();
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
    const info = statOrError(absolute);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) {
        const { findMarkdown } = await import("./directory-search.js");
        const found = await findMarkdown(cwd, absolute);
        if (found.length === 0) unmatched.push({ pattern, reason: "no Markdown files in this directory", missing: false });
        found.forEach(add);
      } else {
        add(absolute);
        named.add(absolute);
      }
      continue;
    }
    const { glob, isDynamicPattern } = await import("tinyglobby");
    if (info.code !== "ENOENT" || !isDynamicPattern(pattern)) {
      // A named file that can't be read is reported by the reader with the precise reason.
      if (info.code === "ENOENT") unmatched.push({ pattern, reason: "no such file or directory", missing: true });
      else {
        add(absolute);
        named.add(absolute);
      }
      continue;
    }
    const matches = (await glob(pattern, { cwd, absolute: true, onlyFiles: true, ignore: ["**/node_modules/**", "**/.git/**"] })).sort();
    if (matches.length === 0) unmatched.push({ pattern, reason: "the glob matched no files", missing: false });
    matches.forEach(add);
  }
  return { files, named, unmatched };
}

function statOrError(absolute: string): Stats | NodeJS.ErrnoException {
  try {
    return statSync(absolute);
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}
