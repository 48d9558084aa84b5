import { writeFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_REQUIRED_SECTIONS, isDirectory } from "../config.js";
import { findConfigFile, sectionName } from "../config-file.js";
import { UserError } from "../errors.js";
import { displayPath } from "../files.js";
import type { Io } from "../io.js";
import { PACKAGE_VERSION, REPOSITORY_URL, repositoryRawUrl } from "../package-info.js";
import { rules } from "../rules/index.js";

export const SCHEMA_HREF = repositoryRawUrl("schema/pmrc.schema.json");

/** Folders teams keep postmortems in; the first that exists becomes the config's `postmortems`. */
const USUAL_FOLDERS = ["postmortems", "docs/postmortems", "incidents", "docs/incidents", "retros"];

/** Rules that take options, with an example that keeps the default behaviour (the schema says what each accepts). */
const COMMENT_COLUMN = 44;

/** A line of YAML, commented out unless `active`, with what it does after it. */
function setting(yaml: string, comment: string, active = false): string {
  const line = active ? yaml : `# ${yaml}`;
  return `${line.padEnd(COMMENT_COLUMN - 1)} # ${comment}`;
}

/** pm's default section list, one commented-out item a line, as a config would write it. */
function defaultSectionsYaml(): string[] {
  return DEFAULT_REQUIRED_SECTIONS.map((section) =>
    section.kinds.length === 1 && section.name === sectionName(section.kinds[0]!) ? section.kinds[0]! : `{ name: ${section.name}, kinds: [${section.kinds.join(", ")}] }`,
  ).map((entry) => `#     - ${entry}`);
}

/**
 * A starter config showing every setting, each with what it does: all commented out but the
 * postmortems folder, so it documents itself and the defaults keep improving with pm. A line
 * "# key: value" is a default or an example; uncommenting it (and its parent key) makes it apply.
 */
export function starterConfig(postmortems: string | null): string {
  const width = Math.max(...rules.map((rule) => rule.meta.id.length)) + 1;
  const ruleLine = (rule: (typeof rules)[number]) => {
    const options = rule.meta.options;
    const severity = options ? `[${rule.meta.defaultSeverity}, ${options.example}]` : rule.meta.defaultSeverity;
    const yaml = `#   ${`${rule.meta.id}:`.padEnd(width)} ${severity}`;
    return `${yaml.padEnd(COMMENT_COLUMN - 1)} # ${rule.meta.description}${options ? ` Option: ${options.description}` : ""}`;
  };
  return [
    `# yaml-language-server: $schema=${SCHEMA_HREF}`,
    "# pm configuration. Every key is optional: a line \"# key: value\" shows a default or an example;",
    "# uncomment it (and the key it sits under) to apply it. See the Configuration section of pm's README.",
    "",
    setting("root: true", "use no config file from the folders above this one"),
    setting("extends: default", "default: pm's severities below; strict: every rule an error"),
    setting(`postmortems: ${postmortems ?? "postmortems"}`, "folder pm lint and pm actions check when given no paths", postmortems !== null),
    setting("templates: .pm/templates", "folder of your own templates, for pm new, pm templates, pm lint"),
    setting('ignores: [archive/, "!README.md"]', "skipped by pm lint (README.md and index.md are, unless !named)"),
    "",
    "# Severity of each rule: off, warn or error (0, 1, 2 work too). These are the defaults;",
    "# pm rules says what each checks.",
    "# rules:",
    ...rules.map(ruleLine),
    "",
    "# Words your team uses, added to the ones pm knows (lint, inspect, pm new and pm new --from use them):",
    "# vocabulary:",
    setting("  factLabels: [observed]", 'label a timeline entry as fact: "(observed)", a column value'),
    setting("  hypothesisLabels: [theory, hunch]", "label a timeline entry as a hypothesis"),
    setting("  deferralWords: [take it offline]", "defer instead of committing to an action"),
    setting("  placeholders: [FILLME]", "template leftovers, matched as written"),
    setting("  commitmentPhrases: [leave it with me]", "take a task on in a meeting transcript"),
    setting("  vaguePhrases: [noodle on]", "commit to no outcome in a transcript"),
    setting("  problemPhrases: [we keep hitting]", "raise a problem in a transcript"),
    "",
    "# Sections every postmortem needs (rule required-sections): a kind from pm inspect, or",
    "# { name, kinds } satisfied by any one of the kinds.",
    "# requiredSections:",
    setting("  default:", "pm's default list"),
    ...defaultSectionsYaml(),
    setting("  templates:", "lists for documents whose front matter says template: NAME"),
    setting("    security: [summary, timeline, detection, contributing-factors, actions]", "an example"),
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
    `      - repo: ${REPOSITORY_URL}`,
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
  const inherits = existing !== null ? ` (its settings apply on top of ${displayPath(existing, io.cwd)}'s here; uncomment root: true to stop that)` : "";
  io.stdout(`Wrote .pmrc.yaml${inherits}.\n\n${hookSnippets(postmortems)}`);
  return 0;
}
