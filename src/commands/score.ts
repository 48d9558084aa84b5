import path from "node:path";
import { isDirectory, vocabularyOf, type ResolvedConfig } from "../config.js";
import { ConfigLookup } from "../config-lookup.js";
import { UserError } from "../errors.js";
import { FileProblem, readDocument, type SourceFile } from "../files.js";
import { ignoredBy } from "../ignores.js";
import type { Io } from "../io.js";
import { extract } from "../model/extract.js";
import { colorsFor } from "../reporters/color.js";
import { formatScoreText, scoreToJson } from "../reporters/score.js";
import { expandPaths } from "../paths.js";
import { MAX_TOTAL, scoreDocument, type DocumentScore } from "../score/index.js";
import { stdinInput } from "./stdin.js";

const FORMATS = ["text", "json"] as const;

export default async function score(args: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  const format = String(options.format ?? "text");
  if (!(FORMATS as readonly string[]).includes(format)) throw new UserError(`unknown format "${format}": use one of ${FORMATS.join(", ")}`);
  const min = parseMin(options.min);

  // Each document is read with its own config's vocabulary, so score reads it as lint does.
  const lookup = new ConfigLookup({ cwd: io.cwd });
  const input = await stdinInput(args, options, lookup, io);
  let failed = false;
  // A document that can't be graded (flattened) is a finding about the document, like a low total: exit 1.
  let ungradable = false;
  const scored: Array<Extract<DocumentScore, { scorable: true }>> = [];
  const grade = (source: SourceFile, config: ResolvedConfig) => {
    const result = scoreDocument(extract(source.path, source.text, vocabularyOf(config)));
    if (result.scorable) scored.push(result);
    else {
      io.stderr(`pm: ${result.file}: ${result.reason}\n`);
      ungradable = true;
    }
  };
  const { files, missing } = input ? { files: [], missing: false } : await documentsToScore(args, lookup, io);
  if (input) grade(input.source, input.config);
  failed = missing;
  for (const file of files) {
    try {
      const config = lookup.configFor(file);
      grade(readDocument(file, io.cwd, config.maxFileBytes), config);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      io.stderr(`pm: ${error.message}\n`);
      failed = true;
    }
  }
  if (files.length === 0 && !input && !failed) throw new UserError("no Markdown files to score");
  if (format === "json") {
    const json = scored.map(scoreToJson);
    // One named file (or stdin) gives one object, as before; several, or a folder, a list.
    const single = input !== null || (args.length === 1 && files.length === 1 && !isDirectory(path.resolve(io.cwd, args[0]!)));
    io.stdout(`${JSON.stringify(single ? (json[0] ?? null) : json, null, 2)}\n`);
  } else if (scored.length > 0) {
    io.stdout(formatScoreText(scored, colorsFor(io)));
  }
  if (failed) return 2;
  if (ungradable) return 1;
  const below = min === null ? [] : scored.filter((result) => result.total < min);
  // A gate that fails says which documents and why, not just exit 1.
  for (const result of below) io.stderr(`pm: ${result.file}: total ${result.total}/${MAX_TOTAL} is below --min ${min}\n`);
  return below.length > 0 ? 1 : 0;
}

/**
 * The files to grade: named files, folders (searched for Markdown, their ignores applied) and
 * globs, as pm lint takes them; `missing` when a named path does not exist (reported already).
 */
async function documentsToScore(args: string[], lookup: ConfigLookup, io: Io): Promise<{ files: string[]; missing: boolean }> {
  if (args.length === 0) throw new UserError("missing required argument 'paths' (or --stdin) (run pm score --help for usage)");
  const { files, named, unmatched } = await expandPaths(args, io.cwd);
  for (const { pattern, reason, missing } of unmatched) io.stderr(`pm: ${missing ? "" : "warning: "}${pattern}: ${reason}\n`);
  const kept: string[] = [];
  for (const file of files) if (named.has(file) || !(await ignoredBy(file, lookup.configFor(file).ignores))) kept.push(file);
  return { files: kept, missing: unmatched.some((item) => item.missing) };
}

function parseMin(value: unknown): number | null {
  if (value === undefined) return null;
  const text = String(value);
  const min = Number(text);
  if (!/^\d+$/.test(text) || min > MAX_TOTAL) throw new UserError(`--min must be a whole number from 0 to ${MAX_TOTAL}, not "${text}"`);
  return min;
}
