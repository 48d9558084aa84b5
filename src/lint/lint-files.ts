import type { ResolvedConfig } from "../config.js";
import { FileProblem, readDocument } from "../files.js";
import { localToday } from "../model/dates.js";
import { lintText } from "./lint-text.js";
import type { LintResult } from "./types.js";

export interface LintedFiles {
  results: LintResult[];
  /** Files that could not be read (missing, binary, not UTF-8, too large), each with why. */
  problems: FileProblem[];
}

/** Reads and lints each file; a file that can't be read is set aside with the reason and the rest go on. */
export async function lintFiles(files: string[], config: ResolvedConfig, cwd: string, today = localToday()): Promise<LintedFiles> {
  const results: LintResult[] = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    try {
      const source = await readDocument(file, cwd, config.maxFileBytes);
      results.push(lintText(source.text, source.path, config, today));
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      problems.push(error);
    }
  }
  return { results, problems };
}
