import type { ChalkInstance } from "chalk";
import type { LintResult } from "../lint/types.js";
import { formatCompact } from "./compact.js";
import { formatGithub } from "./github.js";
import { formatGitlab } from "./gitlab.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatSarif, type SarifTool } from "./sarif.js";
import { formatStylish } from "./stylish.js";
import type { Omitted } from "./summary.js";

export const FORMATS = ["stylish", "json", "sarif", "github", "gitlab", "junit", "compact"] as const;

export type FormatName = (typeof FORMATS)[number];

export function isFormat(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

export interface ReportSettings {
  cwd: string;
  color: ChalkInstance;
  tool: SarifTool;
  /** What the human formats must not call clean: warnings --quiet hid, paths that could not be read. */
  omitted?: Omitted;
}

/** The results as text in the chosen format; reporters are plain functions and never write anywhere. */
export function formatResults(format: FormatName, results: LintResult[], settings: ReportSettings): string {
  switch (format) {
    case "stylish":
      return formatStylish(results, settings.color, settings.omitted);
    case "json":
      return formatJson(results, settings.cwd);
    case "sarif":
      return formatSarif(results, settings.cwd, settings.tool);
    case "github":
      return formatGithub(results, settings.omitted);
    case "gitlab":
      return formatGitlab(results, settings.cwd);
    case "junit":
      return formatJunit(results, settings.cwd);
    case "compact":
      return formatCompact(results, settings.cwd, settings.omitted);
  }
}
