/**
 * The collection of postmortems that `pm actions` and `pm report` read: the paths given, else the
 * config's postmortems folder (as `pm lint` finds them), each document read and modelled once and
 * handed to the command. Also the `--today` option both commands take for what counts as overdue.
 */
import { defaultPostmortemPaths, vocabularyOf, type ResolvedConfig } from "./config.js";
import { UserError } from "./errors.js";
import { FileProblem, readDocument } from "./files.js";
import type { Io } from "./io.js";
import { findDate, localToday } from "./model/dates.js";
import { extract } from "./model/extract.js";
import type { PostmortemDoc } from "./model/types.js";
import { expandPaths } from "./paths.js";

export interface CollectionRead {
  /** How many documents were read and handed on. */
  documents: number;
  /** Whether a path matched nothing or a file could not be read (each already reported on stderr). */
  failed: boolean;
}

/**
 * Reads every document of the collection in order and calls `visit` with its model, one at a time
 * so no more than one document's text and tree is held. Unreadable files are reported and skipped.
 * `skip` leaves a file out before it is modelled (pm report's own index page, for one).
 */
export async function readCollection(
  args: string[],
  config: ResolvedConfig,
  io: Io,
  visit: (doc: PostmortemDoc) => void,
  skip: (file: string, text: string) => boolean = () => false,
): Promise<CollectionRead> {
  const { files, unmatched } = await expandPaths(args.length > 0 ? args : defaultPostmortemPaths(io.cwd, config), io.cwd);
  let failed = unmatched.length > 0;
  for (const { pattern, reason } of unmatched) io.stderr(`pm: ${pattern}: ${reason}\n`);
  let documents = 0;
  for (const file of files) {
    let source;
    try {
      source = readDocument(file, io.cwd, config.maxFileBytes);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      io.stderr(`pm: ${error.message}\n`);
      failed = true;
      continue;
    }
    if (skip(file, source.text)) continue;
    const doc = extract(source.path, source.text, vocabularyOf(config));
    if (doc.problems.some((problem) => problem.kind === "no-line-breaks")) {
      io.stderr(`pm: ${source.path}: has no line breaks, so its actions can't be read; restore them (pm lint explains)\n`);
    }
    visit(doc);
    documents++;
  }
  return { documents, failed };
}

/** `--today YYYY-MM-DD`: the date overdue days are counted from; the local date when not given. */
export function todayFrom(option: unknown): string {
  if (option === undefined) return localToday();
  const text = String(option).trim();
  const found = findDate(text);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !found?.valid) throw new UserError(`--today "${text}" is not a calendar date: write it as YYYY-MM-DD`);
  return found.iso;
}
