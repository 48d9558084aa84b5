import { defaultPostmortemPaths, vocabularyOf } from "../config.js";
import { resolveConfig } from "../config-lookup.js";
import { UserError } from "../errors.js";
import { FileProblem, readDocument } from "../files.js";
import type { Io } from "../io.js";
import { findDate, localToday } from "../model/dates.js";
import { extract } from "../model/extract.js";
import { expandPaths } from "../paths.js";
import {
  ACTION_FORMATS,
  formatActionsCsv,
  formatActionsJson,
  formatActionsMarkdown,
  formatActionsTable,
  type ActionFormat,
  type ActionReport,
} from "../reporters/actions.js";
import { colorsFor } from "../reporters/color.js";
import { filterActions, parseDays, sortByUrgency, trackActions, type ActionFilters, type StatusFilter, type TrackedAction } from "../tracker/tracker.js";

function todayFrom(option: unknown): string {
  if (option === undefined) return localToday();
  const text = String(option).trim();
  const found = findDate(text);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || !found?.valid) throw new UserError(`--today "${text}" is not a calendar date: write it as YYYY-MM-DD`);
  return found.iso;
}

function filtersFrom(options: Record<string, unknown>): ActionFilters {
  const filters: ActionFilters = {};
  if (typeof options.owner === "string") filters.owner = options.owner;
  if (options.overdue === true) filters.overdue = true;
  if (options.dueWithin !== undefined) {
    const days = parseDays(String(options.dueWithin));
    if (days === null) throw new UserError(`--due-within "${String(options.dueWithin)}" is not a number of days: write it as 14d, 2w or 14`);
    filters.dueWithinDays = days;
  }
  if (typeof options.status === "string") filters.status = options.status as StatusFilter;
  if (typeof options.doc === "string") filters.doc = options.doc;
  return filters;
}

function render(format: ActionFormat, report: ActionReport, io: Io): string {
  switch (format) {
    case "json":
      return formatActionsJson(report);
    case "csv":
      return formatActionsCsv(report);
    case "markdown":
      return formatActionsMarkdown(report);
    case "table":
      return formatActionsTable(report, io.columns, colorsFor(io));
  }
}

export default async function actions(args: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  const format = String(options.format ?? "table") as ActionFormat;
  if (!ACTION_FORMATS.includes(format)) throw new UserError(`unknown format "${format}": use one of ${ACTION_FORMATS.join(", ")}`);
  const today = todayFrom(options.today);
  const filters = filtersFrom(options);

  const config = resolveConfig(io.cwd);
  const { files, unmatched } = await expandPaths(args.length > 0 ? args : defaultPostmortemPaths(io.cwd, config), io.cwd);
  let failed = unmatched.length > 0;
  for (const { pattern, reason } of unmatched) io.stderr(`pm: ${pattern}: ${reason}\n`);

  const tracked: TrackedAction[] = [];
  let documents = 0;
  for (const file of files) {
    try {
      const source = readDocument(file, io.cwd);
      const doc = extract(source.path, source.text, vocabularyOf(config));
      if (doc.problems.some((problem) => problem.kind === "no-line-breaks")) {
        io.stderr(`pm: ${source.path}: has no line breaks, so its actions can't be read; restore them (pm lint explains)\n`);
      }
      tracked.push(...trackActions(doc, today));
      documents++;
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      io.stderr(`pm: ${error.message}\n`);
      failed = true;
    }
  }

  const shown = sortByUrgency(filterActions(tracked, filters, today));
  io.stdout(render(format, { actions: shown, total: tracked.length, documents }, io));
  if (failed) return 2;
  return options.failOnOverdue === true && shown.some((action) => action.daysOverdue !== null) ? 1 : 0;
}
