import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readCollection, todayFrom } from "../collection.js";
import { resolveConfig } from "../config-lookup.js";
import { UserError } from "../errors.js";
import { describeFsError } from "../files.js";
import type { Io } from "../io.js";
import { reportedDocument, type ReportedDocument } from "../report/document.js";
import { buildReport, type ReportData } from "../report/figures.js";
import type { Linker } from "../report/markdown.js";
import { GENERATED_MARK } from "../report/wording.js";

const REPORT_FORMATS = ["html", "markdown", "json"] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A page pm report wrote says so near its top; it may be replaced, and is not a postmortem. */
function isGeneratedPage(text: string): boolean {
  return text.slice(0, 300).includes(GENERATED_MARK);
}

/** Relative URLs from the report's folder to each document, every path segment percent-encoded (so "javascript:x.md" stays a file name). */
function linkerFrom(folder: string, cwd: string): Linker {
  return (file) =>
    path
      .relative(folder, path.resolve(cwd, file))
      .split(path.sep)
      .map((segment) => encodeURIComponent(segment))
      .join("/");
}

async function render(format: ReportFormat, data: ReportData, linkTo: Linker): Promise<string> {
  switch (format) {
    case "json":
      return `${JSON.stringify({ version: 1, ...data }, null, 2)}\n`;
    case "markdown":
      return (await import("../report/markdown.js")).formatReportMarkdown(data, linkTo);
    case "html":
      return (await import("../report/html.js")).formatReportHtml(data, linkTo);
  }
}

/**
 * Writes the report beside nothing it would destroy: a file that pm report did not write is left
 * alone unless --force, a postmortem that was read never is, and the text goes to a temporary file
 * renamed into place, so a failed write leaves the old page whole.
 */
function writeReport(target: string, shown: string, text: string, read: Set<string>, force: boolean): void {
  if (read.has(target)) throw new UserError(`--output ${shown}: that is one of the postmortems the report reads; write the report elsewhere`);
  if (existsSync(target) && !force) {
    let existing = "";
    try {
      existing = readFileSync(target, "utf8");
    } catch (error) {
      throw new UserError(`--output ${shown}: ${describeFsError(error)}`);
    }
    if (!isGeneratedPage(existing)) throw new UserError(`--output ${shown}: the file exists and pm report did not write it; pass --force to replace it`);
  }
  const temporary = `${target}.pm-report-${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UserError(`--output ${shown}: ${describeFsError(error)}`);
  }
}

export default async function report(args: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  const format = String(options.format ?? "html") as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UserError(`unknown format "${format}": use one of ${REPORT_FORMATS.join(", ")}`);
  const today = todayFrom(options.today);
  const owner = typeof options.owner === "string" && options.owner.trim() !== "" ? options.owner.trim() : null;
  const output = typeof options.output === "string" ? path.resolve(io.cwd, options.output) : null;

  const config = resolveConfig(io.cwd);
  if (typeof options.maxFileSize === "number") config.maxFileBytes = options.maxFileSize;
  const documents: ReportedDocument[] = [];
  const read = new Set<string>();
  const { failed } = await readCollection(
    args,
    config,
    io,
    (doc) => {
      read.add(path.resolve(io.cwd, doc.file));
      documents.push(reportedDocument(doc, today));
    },
    (_file, text) => isGeneratedPage(text),
  );

  const data = buildReport(documents, today, owner);
  const text = await render(format, data, linkerFrom(output ? path.dirname(output) : io.cwd, io.cwd));
  if (output === null) io.stdout(text);
  else {
    writeReport(output, String(options.output), text, read, options.force === true);
    io.stderr(`pm: wrote ${String(options.output)} (${data.documents.total} postmortems)\n`);
  }
  return failed ? 2 : 0;
}
