/**
 * Postmortem templates: Markdown files whose YAML front matter declares a name, a one-line
 * description and the sections a document made from them requires. `pm new` renders them and
 * `pm lint` reads the same declaration for `required-sections`, so there is one source of truth.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { yaml } from "../vendored.js";
import { UserError } from "../errors.js";
import { describeFsError } from "../files.js";
import type { RequiredSection } from "../lint/types.js";
import type { SectionKind } from "../model/types.js";
import { classifySection, isSectionKind } from "../model/vocabulary.js";

export const BUILT_IN_TEMPLATES_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));

export interface Template {
  name: string;
  description: string;
  requires: RequiredSection[];
  /** The Markdown after the front matter, with {{answer}} tokens and {{fill-in guidance}}. */
  body: string;
  file: string;
  builtIn: boolean;
}

/** Template names are plain file names: nothing that could climb out of or into another folder. */
const TEMPLATE_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

export function templateNameProblem(name: string): string | null {
  if (TEMPLATE_NAME.test(name) && !name.includes("..")) return null;
  return `"${name}" is not a template name: use letters, digits, "-", "_" or "." (no paths); see pm templates`;
}

/** The custom template folders: --templates DIR first, then the config's. */
export function customTemplateDirs(flagDir: unknown, cwd: string, configDirs: readonly string[]): string[] {
  const fromFlag = typeof flagDir === "string" ? [path.resolve(cwd, flagDir)] : [];
  for (const dir of fromFlag) {
    let isFolder = false;
    try {
      isFolder = statSync(dir).isDirectory();
    } catch {
      isFolder = false;
    }
    if (!isFolder) throw new UserError(`--templates ${String(flagDir)}: no such folder`);
  }
  return [...fromFlag, ...configDirs];
}

/** Custom folders before the built-ins, so a custom template with a built-in's name overrides it. */
export function templateSearchPath(customDirs: readonly string[]): string[] {
  return [...customDirs, BUILT_IN_TEMPLATES_DIR];
}

const cache = new Map<string, Template>();

/** Loads one template by name from the first folder that has it; throws UserError when it can't. */
export function loadTemplate(name: string, dirs: readonly string[]): Template {
  const problem = templateNameProblem(name);
  if (problem) throw new UserError(problem);
  for (const dir of dirs) {
    const file = path.join(dir, `${name}.md`);
    if (existsSync(file)) return readTemplateFile(file, dir === BUILT_IN_TEMPLATES_DIR);
  }
  const known = listTemplates(dirs).templates.map((template) => template.name);
  throw new UserError(`no template named "${name}"${known.length > 0 ? `: use one of ${known.join(", ")}` : ""} (see pm templates)`);
}

/** Every template in the folders, overridden ones hidden; broken ones come back as problems, not errors. */
export function listTemplates(dirs: readonly string[]): { templates: Template[]; problems: string[] } {
  const byName = new Map<string, Template>();
  const problems: string[] = [];
  for (const dir of dirs) {
    let entries: string[];
    try {
      entries = readdirSync(dir).filter((entry) => entry.endsWith(".md")).sort();
    } catch (error) {
      problems.push(`${dir}: ${describeFsError(error)}`);
      continue;
    }
    for (const entry of entries) {
      const name = entry.slice(0, -".md".length);
      if (byName.has(name) || templateNameProblem(name)) continue;
      try {
        byName.set(name, readTemplateFile(path.join(dir, entry), dir === BUILT_IN_TEMPLATES_DIR));
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        problems.push(error.message);
      }
    }
  }
  return { templates: [...byName.values()].sort((a, b) => a.name.localeCompare(b.name)), problems };
}

function readTemplateFile(file: string, builtIn: boolean): Template {
  const cached = cache.get(file);
  if (cached) return cached;
  let text: string;
  try {
    if (!statSync(file).isFile()) throw new UserError(`template ${file} is not a regular file`);
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`template ${file}: ${describeFsError(error)}`);
  }
  const template = parseTemplate(text, file, builtIn);
  cache.set(file, template);
  return template;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads a template's declaration; the file's base name must match the declared name. */
export function parseTemplate(text: string, file: string, builtIn = false): Template {
  const fail = (why: string): never => {
    throw new UserError(`template ${file}: ${why}`);
  };
  const block = FRONT_MATTER.exec(text);
  if (!block) fail('it needs YAML front matter with "name", "description" and "requires"');
  let data: unknown;
  try {
    data = yaml().parse(block![1]!);
  } catch (error) {
    fail(`its front matter is not valid YAML: ${String((error as Error).message).split("\n")[0]}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return fail("its front matter must be a mapping");
  const { name, description, requires } = data as Record<string, unknown>;
  const expected = path.basename(file, ".md");
  if (typeof name !== "string" || name !== expected) fail(`its front matter must say name: ${expected} (the file's name)`);
  if (typeof description !== "string" || description.trim() === "" || description.includes("\n")) {
    fail("its front matter needs a one-line description");
  }
  if (!Array.isArray(requires) || requires.length === 0) fail('its front matter needs "requires": the sections a postmortem made from it must have');
  return {
    name: name as string,
    description: (description as string).trim(),
    requires: (requires as unknown[]).map((entry) => requirementFrom(entry, fail)),
    body: text.slice(block![0].length),
    file,
    builtIn,
  };
}

/**
 * A requirement is written as a section kind ("timeline"), a heading name classified the way lint
 * classifies headings ("Kill criteria"), or `{ name, kinds }` when any of several kinds will do.
 */
function requirementFrom(entry: unknown, fail: (why: string) => never): RequiredSection {
  if (typeof entry === "string") return { name: displayName(entry), kinds: [kindFor(entry, fail)] };
  if (typeof entry === "object" && entry !== null) {
    const { name, kinds } = entry as Record<string, unknown>;
    if (typeof name === "string" && Array.isArray(kinds) && kinds.length > 0 && kinds.every((kind) => typeof kind === "string")) {
      return { name, kinds: (kinds as string[]).map((kind) => kindFor(kind, fail)) };
    }
  }
  return fail(`"requires" entries are section names or { name, kinds }, not ${JSON.stringify(entry)}`);
}

function kindFor(text: string, fail: (why: string) => never): SectionKind {
  if (isSectionKind(text)) return text;
  return classifySection(text) ?? fail(`"requires" names "${text}", which is not a section pm recognises (see pm inspect for the kinds)`);
}

function displayName(text: string): string {
  const words = text.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
