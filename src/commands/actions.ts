import { readCollection, todayFrom } from "../collection.js";
import { resolveConfig } from "../config-lookup.js";
import { UserError } from "../errors.js";
import type { Io } from "../io.js";
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
  const tracked: TrackedAction[] = [];
  const { documents, failed } = await readCollection(args, config, io, (doc) => tracked.push(...trackActions(doc, today)));

  const shown = sortByUrgency(filterActions(tracked, filters, today));
  io.stdout(render(format, { actions: shown, total: tracked.length, documents }, io));
  if (failed) return 2;
  return options.failOnOverdue === true && shown.some((action) => action.daysOverdue !== null) ? 1 : 0;
}
