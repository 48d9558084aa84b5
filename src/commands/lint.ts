import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { defaultPostmortemPaths, vocabularyOf, type ResolvedConfig } from "../config.js";
import { ConfigLookup } from "../config-lookup.js";
import { UserError } from "../errors.js";
import { describeFsError, displayPath, FileProblem, readDocument, type SourceFile } from "../files.js";
import { ignoredBy } from "../ignores.js";
import type { Io } from "../io.js";
import { lintFiles } from "../lint/lint-files.js";
import { lintText, requirementsFor } from "../lint/lint-text.js";
import { applySuppressions, prune, readSuppressions, suppress, SUPPRESSIONS_FILE, writeSuppressions } from "../lint/suppressions.js";
import { localToday } from "../model/dates.js";
import { extract } from "../model/extract.js";
import type { LintResult } from "../lint/types.js";
import { PACKAGE_VERSION } from "../package-info.js";
import { expandPaths } from "../paths.js";
import { customTemplateDirs } from "../templates/catalog.js";
import { colorsFor } from "../reporters/color.js";
import { FORMATS, formatResults, isFormat, type FormatName } from "../reporters/index.js";
import { plural } from "../reporters/summary.js";
import { rules } from "../rules/index.js";
import { formatConfig } from "../reporters/config.js";
import { stdinInput } from "./stdin.js";

interface LintOptions {
  format: FormatName;
  quiet: boolean;
  /** Exit 1 when there are more warnings than this; null for no limit. */
  maxWarnings: number | null;
  outputFile: string | null;
}

/**
 * `pm lint`, in five steps that each stay in their own function: find the files, look up each
 * one's config, lint them, report, and decide the exit code.
 */
export default async function lint(args: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  const settings = readOptions(options);
  const lookup = configLookup(options, io);
  if (typeof options.printConfig === "string") return printConfig([options.printConfig, ...args], lookup, io);
  const input = await stdinInput(args, options, lookup, io);
  if (input) return lintStdin(input.source, input.config, options, settings, io);

  const { files, named, missing } = await findFiles(args, lookup.configForFolder(io.cwd), io);
  const linted = await withoutIgnored(files, named, lookup, io);
  const linting = await lintFiles(linted, (file) => lookup.configFor(file), io.cwd);
  const { problems } = linting;
  const { results, unpruned } = await applyBaseline(linting.results, options, io);
  for (const problem of problems) io.stderr(`pm: ${problem.message}\n`);
  // "0 files checked: no problems." would read as success when no file could be read.
  const nothingRead = results.length === 0 && missing + problems.length > 0;
  if (!(nothingRead && settings.format === "stylish")) await report(results, settings, missing + problems.length, io);
  return exitCode(results, missing + problems.length + unpruned, settings, io);
}

/**
 * The baseline (pm-suppressions.json): --suppress-all / --suppress-rule accept the linted files'
 * current errors, --prune-suppressions drops what no longer occurs, then the errors it accepts are
 * left out. Suppressions that no longer occur fail the run (exit 2, as ESLint) unless
 * --pass-on-unpruned-suppressions, so the baseline only ever shrinks.
 */
async function applyBaseline(results: LintResult[], options: Record<string, unknown>, io: Io): Promise<{ results: LintResult[]; unpruned: number }> {
  const file = path.resolve(io.cwd, typeof options.suppressionsLocation === "string" ? options.suppressionsLocation : SUPPRESSIONS_FILE);
  const base = path.dirname(file);
  const shown = displayPath(file, io.cwd);
  let suppressions = readSuppressions(file, io.cwd);
  const rulesToSuppress = Array.isArray(options.suppressRule) ? options.suppressRule.map(String) : [];
  for (const id of rulesToSuppress) {
    if (!rules.some((rule) => rule.meta.id === id)) throw new UserError(`--suppress-rule ${id}: no such rule; run pm rules to list them`);
  }
  if (options.suppressAll === true || rulesToSuppress.length > 0 || options.pruneSuppressions === true) {
    if (options.suppressAll === true || rulesToSuppress.length > 0) suppressions = suppress(results, suppressions, base, io.cwd, options.suppressAll === true ? null : rulesToSuppress);
    if (options.pruneSuppressions === true) suppressions = prune(results, suppressions, base, io.cwd);
    await writeSuppressions(file, suppressions, io.cwd);
    const total = Object.values(suppressions).reduce((sum, byRule) => sum + Object.values(byRule).reduce((count, entry) => count + entry.count, 0), 0);
    io.stderr(`pm: wrote ${shown}: ${plural(total, "error")} in ${plural(Object.keys(suppressions).length, "file")} accepted as the baseline\n`);
  }
  const applied = applySuppressions(results, suppressions, base, io.cwd);
  if (applied.suppressed > 0) io.stderr(`pm: ${plural(applied.suppressed, "error")} suppressed by ${shown}\n`);
  if (applied.unused.length === 0 || options.passOnUnprunedSuppressions === true) return { results: applied.results, unpruned: 0 };
  for (const entry of applied.unused) io.stderr(`pm: ${entry.file}: ${entry.ruleId} is suppressed ${entry.count} times but occurs ${entry.found}\n`);
  io.stderr(`pm: ${shown} has suppressions that no longer occur: run pm lint --prune-suppressions (or pass --pass-on-unpruned-suppressions)\n`);
  return { results: applied.results, unpruned: 1 };
}

/** One config lookup for the run: each document gets the nearest config from its own folder up, with the command line's changes. */
function configLookup(options: Record<string, unknown>, io: Io): ConfigLookup {
  const ignorePatterns = Array.isArray(options.ignorePattern) ? options.ignorePattern.map(String) : [];
  return new ConfigLookup({
    cwd: io.cwd,
    configFile: typeof options.config === "string" ? options.config : undefined,
    ignorePatterns,
    noIgnore: options.ignore === false,
    adjust: (config) => {
      // Custom templates matter to lint too: a document made from one is checked against its declaration.
      config.templateDirs = customTemplateDirs(options.templates, io.cwd, config.templateDirs);
      if (typeof options.maxFileSize === "number") config.maxFileBytes = options.maxFileSize;
    },
  });
}

/** `--stdin`: lints standard input as if it were the file --stdin-filename names (its config, its ignores). */
async function lintStdin(source: SourceFile, config: ResolvedConfig, options: Record<string, unknown>, settings: LintOptions, io: Io): Promise<number> {
  const ignored = options.stdinFilename !== undefined ? await ignoredBy(source.absolute, config.ignores) : null;
  if (ignored) {
    io.stderr(`pm: warning: ${source.path} is ignored (${describeIgnore(ignored)}); --no-ignore lints it\n`);
    await report([], settings, 0, io);
    return 0;
  }
  const { results, unpruned } = await applyBaseline([lintText(source.text, source.path, config, localToday())], options, io);
  await report(results, settings, 0, io);
  return exitCode(results, unpruned, settings, io);
}

/** ESLint's --print-config FILE, for each file named: what applies to it (its nearest config, its template's sections). */
async function printConfig(files: string[], lookup: ConfigLookup, io: Io): Promise<number> {
  const printed = files.map((file) => {
    const config = lookup.configFor(file);
    let source;
    try {
      source = readDocument(file, io.cwd, config.maxFileBytes);
    } catch (error) {
      if (error instanceof FileProblem) throw new UserError(`--print-config ${error.message}`);
      throw error;
    }
    const doc = extract(source.path, source.text, vocabularyOf(config));
    return formatConfig({ file: source.path, config, rules: rules.map((rule) => rule.meta), requirements: requirementsFor(doc, config), cwd: io.cwd });
  });
  io.stdout(files.length === 1 ? `${JSON.stringify(printed[0], null, 2)}\n` : `${JSON.stringify(printed, null, 2)}\n`);
  return 0;
}

function readOptions(options: Record<string, unknown>): LintOptions {
  const format = String(options.format ?? "stylish");
  if (!isFormat(format)) throw new UserError(`unknown format "${format}": use one of ${FORMATS.join(", ")}`);
  return {
    format,
    quiet: options.quiet === true,
    maxWarnings: typeof options.maxWarnings === "number" && options.maxWarnings >= 0 ? options.maxWarnings : null,
    outputFile: typeof options.outputFile === "string" ? options.outputFile : null,
  };
}

/**
 * Files named on the command line are linted exactly (a pre-commit hook passes staged files);
 * with no paths, the config's postmortems folder, ./postmortems or the working directory is searched. A named
 * path that does not exist is an error (a typo, a stale hook); a folder or glob with no Markdown
 * in it is a warning.
 */
async function findFiles(args: string[], config: ResolvedConfig, io: Io): Promise<{ files: string[]; named: Set<string>; missing: number }> {
  const targets = args.length > 0 ? args : defaultPostmortemPaths(io.cwd, config);
  // Linting every *.md of a repository flags READMEs too: say why, and how to narrow it.
  if (args.length === 0 && config.postmortems === null && targets[0] === ".") io.stderr("pm: no postmortems folder (./postmortems, or postmortems: in .pmrc.yaml): linting every Markdown file under .\n");
  const { files, named, unmatched } = await expandPaths(targets, io.cwd);
  for (const { pattern, reason, missing } of unmatched) io.stderr(`pm: ${missing ? "" : "warning: "}${pattern}: ${reason}\n`);
  const missing = unmatched.filter((item) => item.missing).length;
  if (files.length === 0 && missing === 0) throw new UserError("no Markdown files to lint");
  return { files, named, missing };
}

/**
 * Leaves out what the ignores of each file's config (and --ignore-pattern) match. Folders and
 * globs skip them silently; a file named on the command line is skipped with a warning, as ESLint
 * does, but does not fail the run: a hook that stages postmortems/README.md still passes.
 */
async function withoutIgnored(files: string[], named: Set<string>, lookup: ConfigLookup, io: Io): Promise<string[]> {
  const kept: string[] = [];
  for (const file of files) {
    const ignored = await ignoredBy(file, lookup.configFor(file).ignores);
    if (!ignored) kept.push(file);
    else if (named.has(file)) io.stderr(`pm: warning: ${displayPath(file, io.cwd)} is ignored (${describeIgnore(ignored)}); --no-ignore lints it\n`);
  }
  return kept;
}

function describeIgnore(layer: { from: string; patterns: string[] }): string {
  return layer.from === "default" ? "pm ignores README.md and index.md by default" : `ignores in ${layer.from}`;
}

/** ESLint's --quiet: warnings are neither shown nor counted in the report (--max-warnings still sees them). */
function errorsOnly(result: LintResult): LintResult {
  return { ...result, messages: result.messages.filter((message) => message.severity === 2), warningCount: 0 };
}

async function report(results: LintResult[], settings: LintOptions, unreadable: number, io: Io): Promise<void> {
  const shown = settings.quiet ? results.map(errorsOnly) : results;
  const hiddenWarnings = settings.quiet ? results.reduce((sum, result) => sum + result.warningCount, 0) : 0;
  const toFile = settings.outputFile !== null;
  const text = formatResults(settings.format, shown, {
    cwd: io.cwd,
    color: colorsFor(toFile ? { ...io, stdoutIsTTY: false } : io),
    tool: { version: PACKAGE_VERSION, rules: rules.map((rule) => rule.meta) },
    omitted: { hiddenWarnings, unreadable },
  });
  if (settings.outputFile === null) {
    io.stdout(text);
    return;
  }
  const target = path.resolve(io.cwd, settings.outputFile);
  if (/\.(md|markdown|mdown|mkd)$/i.test(target)) throw new UserError(`--output-file ${settings.outputFile}: refusing to write a report over a Markdown file`);
  try {
    // ESLint creates the report's folder: a CI step writing reports/pm.sarif needs no mkdir first.
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  } catch (error) {
    throw new UserError(`--output-file ${settings.outputFile}: ${describeFsError(error)}`);
  }
}

/** ESLint's exit codes: 2 when a named file was missing or unreadable (or the baseline needs pruning), 1 on errors or too many warnings, else 0. */
function exitCode(results: LintResult[], failedFiles: number, settings: LintOptions, io: Io): number {
  if (failedFiles > 0) return 2;
  if (results.some((result) => result.errorCount > 0)) return 1;
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (settings.maxWarnings !== null && warnings > settings.maxWarnings) {
    io.stderr(`pm: ${plural(warnings, "warning")}, more than --max-warnings ${settings.maxWarnings} allows\n`);
    return 1;
  }
  return 0;
}
