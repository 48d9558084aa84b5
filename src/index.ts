/**
 * pm as a library: `lint`, `score` and `inspect` do what the commands do and return data instead
 * of printing, and `remarkPm` runs the rules inside unified/remark.
 */
import { vocabularyOf } from "./config.js";
import { ConfigLookup } from "./config-lookup.js";
import { FileProblem, readDocument } from "./files.js";
import { lintFiles } from "./lint/lint-files.js";
import { lintText } from "./lint/lint-text.js";
import { localToday } from "./model/dates.js";
import type { LintResult } from "./lint/types.js";
import { extract } from "./model/extract.js";
import type { PostmortemDoc } from "./model/types.js";
import { ignoredBy } from "./ignores.js";
import { expandPaths } from "./paths.js";
import { scoreDocument, type DocumentScore } from "./score/index.js";

export type { ResolvedConfig } from "./config.js";
export { ConfigError, type ConfigProblem } from "./config-file.js";
export { ConfigLookup, configFor, type ConfigLookupOptions } from "./config-lookup.js";
export { FileProblem } from "./files.js";
export type { LintMessage, LintResult, RequiredSection, RuleMeta, Severity } from "./lint/types.js";
export type * from "./model/types.js";
export { default as remarkPm, type RemarkPmOptions } from "./remark.js";
export { rules } from "./rules/index.js";
export type { DimensionResult, DocumentScore, Verdict } from "./score/index.js";

export interface ApiOptions {
  /** Where paths are resolved and the config is looked for; default: process.cwd(). */
  cwd?: string;
  /** A config file to use instead of the one found from cwd upwards. */
  configFile?: string;
  /** Today's date (YYYY-MM-DD) for rules that compare dates; default: today. */
  today?: string;
}

function settings(options: ApiOptions): { cwd: string; lookup: ConfigLookup } {
  const cwd = options.cwd ?? process.cwd();
  return { cwd, lookup: new ConfigLookup({ cwd, configFile: options.configFile }) };
}

/**
 * Lints files, folders (searched for Markdown, respecting .gitignore) or globs, each with the
 * nearest config from its own folder up; files the configs' `ignores` match are left out. Throws
 * ConfigError for a bad config and FileProblem for the first file that is missing or can't be read.
 */
export async function lint(paths: string | string[], options: ApiOptions = {}): Promise<LintResult[]> {
  const { cwd, lookup } = settings(options);
  const { files, unmatched } = await expandPaths(Array.isArray(paths) ? paths : [paths], cwd);
  const missing = unmatched.find((item) => item.missing);
  if (missing) throw new FileProblem(missing.pattern, missing.reason);
  const linted: string[] = [];
  for (const file of files) if (!(await ignoredBy(file, lookup.configFor(file).ignores))) linted.push(file);
  const { results, problems } = await lintFiles(linted, (file) => lookup.configFor(file), cwd, options.today);
  if (problems[0]) throw problems[0];
  return results;
}

/** Lints Markdown text; `filePath` names the document in the result and decides its config (looked up from its folder). */
export function lintMarkdown(text: string, options: ApiOptions & { filePath?: string } = {}): LintResult {
  const { cwd, lookup } = settings(options);
  const config = options.filePath === undefined ? lookup.configForFolder(cwd) : lookup.configFor(options.filePath);
  return lintText(text, options.filePath ?? "<text>", config, options.today ?? localToday());
}

/** What pm reads from a postmortem: sections, timeline, actions and triggers, each with its line. */
export async function inspect(file: string, options: ApiOptions = {}): Promise<PostmortemDoc> {
  const { cwd, lookup } = settings(options);
  const config = lookup.configFor(file);
  const source = readDocument(file, cwd, config.maxFileBytes);
  return extract(source.path, source.text, vocabularyOf(config));
}

/** The rubric grades `pm score` prints: six dimensions 0-2, with evidence lines, a total and a verdict. */
export async function score(file: string, options: ApiOptions = {}): Promise<DocumentScore> {
  return scoreDocument(await inspect(file, options));
}
