import { defaultConfig } from "../config.js";
import { UserError } from "../errors.js";
import { displayPath, FileProblem, readDocument } from "../files.js";
import type { Io } from "../io.js";
import { lintText } from "../lint/lint-text.js";
import type { LintResult } from "../lint/types.js";
import { expandPaths } from "../paths.js";
import { customTemplateDirs } from "../templates/catalog.js";
import { colorsFor } from "../reporters/color.js";
import { formatJson } from "../reporters/json.js";
import { formatStylish } from "../reporters/stylish.js";

const FORMATS = ["stylish", "json"] as const;

export default async function lint(args: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  const format = String(options.format ?? "stylish");
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UserError(`unknown format "${format}": use one of ${FORMATS.join(", ")}`);
  }
  const config = defaultConfig();
  // Custom templates matter to lint too: a document made from one is checked against its declaration.
  config.templateDirs = customTemplateDirs(options.templates, io.cwd, config.templateDirs);
  const { files, unmatched } = await expandPaths(args.length > 0 ? args : ["."], io.cwd);
  let failed = unmatched.length > 0;
  for (const { pattern, reason } of unmatched) io.stderr(`pm: ${pattern}: ${reason}\n`);

  const today = new Date().toISOString().slice(0, 10);
  const results: LintResult[] = [];
  for (const file of files) {
    try {
      const source = await readDocument(file, io.cwd, config.maxFileBytes);
      results.push(lintText(source.text, source.path, config, today));
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      io.stderr(`pm: ${error.message}\n`);
      failed = true;
    }
  }
  if (files.length === 0 && unmatched.length === 0) {
    throw new UserError(`no Markdown files found in ${displayPath(io.cwd, io.cwd) || "."}`);
  }
  io.stdout(format === "json" ? formatJson(results, io.cwd) : formatStylish(results, colorsFor(io)));
  if (failed) return 2;
  return results.some((result) => result.errorCount > 0) ? 1 : 0;
}
