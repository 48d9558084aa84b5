import { createHash } from "node:crypto";
import type { LintResult } from "../lint/types.js";
import { relativePath } from "./relative-path.js";

/**
 * GitLab Code Quality (a Code Climate subset): https://docs.gitlab.com/ci/testing/code_quality/
 * GitLab reads description, check_name, fingerprint, severity and location.path with
 * location.lines.begin; type and categories are Code Climate's and make the file usable there too.
 * Paths are relative to the working directory: run pm from the repository root.
 */
export function formatGitlab(results: LintResult[], cwd: string): string {
  const issues = results.flatMap((result) => {
    const file = relativePath(result.filePath, cwd);
    const seen = new Map<string, number>();
    return result.messages.map((message) => {
      // The fingerprint leaves the line out, so a finding keeps its identity when lines above it
      // change (GitLab compares fingerprints between the merge request and its base); the count
      // keeps two equal findings in one file apart.
      const identity = `${file}\0${message.ruleId}\0${message.message}`;
      const occurrence = (seen.get(identity) ?? 0) + 1;
      seen.set(identity, occurrence);
      return {
        type: "issue",
        description: message.message,
        check_name: message.ruleId,
        categories: ["Clarity"],
        fingerprint: createHash("sha256").update(`${identity}\0${occurrence}`).digest("hex"),
        severity: message.severity === 2 ? "major" : "minor",
        location: { path: file, lines: { begin: message.line, end: message.endLine } },
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
