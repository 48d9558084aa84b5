import { writeFile } from "node:fs/promises";
import path from "node:path";
import { isDirectory } from "../config.js";
import { findConfigFile } from "../config-file.js";
import { UserError } from "../errors.js";
import { displayPath } from "../files.js";
import type { Io } from "../io.js";
import { PACKAGE_VERSION } from "../package-info.js";
import { rules } from "../rules/index.js";

export const SCHEMA_HREF = "https://raw.githubusercontent.com/pm-postmortem/pm/main/schema/pmrc.schema.json";

/** Folders teams keep postmortems in; the first that exists becomes the config's `postmortems`. */
const USUAL_FOLDERS = ["postmortems", "docs/postmortems", "incidents", "docs/incidents", "retros"];

/** A starter config: all commented out but the postmortems folder, so it documents itself and defaults keep improving. */
export function starterConfig(postmortems: string | null): string {
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  return [
    `# yaml-language-server: $schema=${SCHEMA_HREF}`,
    "# pm configuration. Every key is optional; see the Configuration section of pm's README.",
    "",
    postmortems === null ? "# postmortems: postmortems   # the folder `pm lint` checks when given no paths" : `postmortems: ${postmortems}   # the folder \`pm lint\` checks when given no paths`,
    "",
    "# Severities (off, warn or error); these are the defaults, uncomment a line to change it:",
    "# rules:",
    ...rules.map((rule) => `#   ${`${rule.meta.id}:`.padEnd(width + 1)} ${rule.meta.defaultSeverity}`),
    "",
    "# Words your team uses, added to the ones pm knows:",
    "# vocabulary:",
    "#   factLabels: [observed]",
    "#   hypothesisLabels: [theory]",
    "#   deferralWords: [take it offline]",
    "#   placeholders: [FILLME]",
    "",
    "# Sections every postmortem needs; a document with `template: security` in its front matter",
    "# uses the list under templates.security instead:",
    "# requiredSections:",
    "#   default: [summary, timeline, contributing-factors, actions]",
    "#   templates:",
    "#     security: [summary, timeline, detection, contributing-factors, actions]",
    "",
  ].join("\n");
}

export function hookSnippets(postmortems: string | null): string {
  const folder = postmortems ?? "postmortems";
  return [
    "Run pm on staged postmortems before each commit, with one of:",
    "",
    "  pre-commit (https://pre-commit.com), in .pre-commit-config.yaml:",
    "    repos:",
    "      - repo: https://github.com/pm-postmortem/pm",
    `        rev: v${PACKAGE_VERSION}`,
    "        hooks:",
    "          - id: pm-lint",
    `            files: ^${folder}/`,
    "",
    "  husky + lint-staged, in package.json:",
    `    "lint-staged": { "${folder}/**/*.md": "pm lint" }`,
    "  and in .husky/pre-commit:",
    "    npx lint-staged",
    "",
  ].join("\n");
}

/** `pm init`: writes a starter .pmrc.yaml (never over an existing config) and prints the hook setup. */
export default async function init(_args: string[], _options: Record<string, unknown>, io: Io): Promise<number> {
  const existing = findConfigFile(io.cwd);
  if (existing !== null && path.dirname(existing) === path.resolve(io.cwd)) {
    throw new UserError(`${displayPath(existing, io.cwd)} already configures pm here; nothing was written`);
  }
  const postmortems = USUAL_FOLDERS.find((folder) => isDirectory(path.join(io.cwd, folder))) ?? null;
  const target = path.join(io.cwd, ".pmrc.yaml");
  try {
    // "wx" fails if the file appeared meanwhile: a user's file is never overwritten.
    await writeFile(target, starterConfig(postmortems), { flag: "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code === "EEXIST" ? ".pmrc.yaml already exists; nothing was written" : `cannot write .pmrc.yaml: ${(error as Error).message}`);
  }
  io.stdout(`Wrote .pmrc.yaml${existing !== null ? ` (it takes precedence over ${displayPath(existing, io.cwd)} for this folder)` : ""}.\n\n${hookSnippets(postmortems)}`);
  return 0;
}
