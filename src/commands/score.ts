import { vocabularyOf } from "../config.js";
import { resolveConfig } from "../config-file.js";
import { UserError } from "../errors.js";
import { FileProblem, readDocument } from "../files.js";
import type { Io } from "../io.js";
import { extract } from "../model/extract.js";
import { colorsFor } from "../reporters/color.js";
import { formatScoreText, scoreToJson } from "../reporters/score.js";
import { MAX_TOTAL, scoreDocument, type DocumentScore } from "../score/index.js";

const FORMATS = ["text", "json"] as const;

export default async function score(args: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  const format = String(options.format ?? "text");
  if (!(FORMATS as readonly string[]).includes(format)) throw new UserError(`unknown format "${format}": use one of ${FORMATS.join(", ")}`);
  const min = parseMin(options.min);

  // The team's vocabulary decides labels and placeholders, so score reads documents as lint does.
  const vocabulary = vocabularyOf(resolveConfig(io.cwd));
  let failed = false;
  // A document that can't be graded (flattened) is a finding about the document, like a low total: exit 1.
  let ungradable = false;
  const scored: Array<Extract<DocumentScore, { scorable: true }>> = [];
  for (const file of args) {
    try {
      const source = readDocument(file, io.cwd);
      const result = scoreDocument(extract(source.path, source.text, vocabulary));
      if (result.scorable) scored.push(result);
      else {
        io.stderr(`pm: ${result.file}: ${result.reason}\n`);
        ungradable = true;
      }
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      io.stderr(`pm: ${error.message}\n`);
      failed = true;
    }
  }
  if (format === "json") {
    const json = scored.map(scoreToJson);
    io.stdout(`${JSON.stringify(args.length === 1 ? (json[0] ?? null) : json, null, 2)}\n`);
  } else if (scored.length > 0) {
    io.stdout(formatScoreText(scored, colorsFor(io)));
  }
  if (failed) return 2;
  return ungradable || (min !== null && scored.some((result) => result.total < min)) ? 1 : 0;
}

function parseMin(value: unknown): number | null {
  if (value === undefined) return null;
  const text = String(value);
  const min = Number(text);
  if (!/^\d+$/.test(text) || min > MAX_TOTAL) throw new UserError(`--min must be a whole number from 0 to ${MAX_TOTAL}, not "${text}"`);
  return min;
}
