import path from "node:path";
import { pathToFileURL } from "node:url";
import type { LintResult, RuleMeta } from "../lint/types.js";
import { ruleDocsUrl } from "../lint/engine.js";
import { REPOSITORY_URL } from "../package-info.js";

export interface SarifTool {
  version: string;
  rules: readonly RuleMeta[];
}

const LEVEL = { 1: "warning", 2: "error" } as const;

/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). Locations are relative
 * to the working directory (%SRCROOT%), so run pm from the repository root.
 */
export function formatSarif(results: LintResult[], cwd: string, tool: SarifTool): string {
  const ruleIndex = new Map(tool.rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "pm",
            semanticVersion: tool.version,
            informationUri: REPOSITORY_URL,
            rules: tool.rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              helpUri: ruleDocsUrl(rule.id),
              help: { text: `${rule.description} See ${ruleDocsUrl(rule.id)}` },
              defaultConfiguration: { level: rule.defaultSeverity === "error" ? "error" : "warning" },
            })),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, "/")}` } },
        results: results.flatMap((result) =>
          result.messages.map((message) => ({
            ruleId: message.ruleId,
            ...(ruleIndex.has(message.ruleId) ? { ruleIndex: ruleIndex.get(message.ruleId) } : {}),
            level: LEVEL[message.severity],
            message: { text: message.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(result.filePath, cwd),
                  region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A URI relative to %SRCROOT% for a file inside the working directory; a file URL for one outside it. */
function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = path.resolve(cwd, filePath);
  const relative = path.relative(cwd, absolute);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}
