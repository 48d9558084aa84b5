import { resolveConfig } from "../config-lookup.js";
import type { Io } from "../io.js";
import { customTemplateDirs, listTemplates, templateSearchPath } from "../templates/catalog.js";

/** Lists the templates `pm new --template` accepts, with what each is for and what it requires. */
export default async function templates(_args: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  const { templates: found, problems } = listTemplates(templateSearchPath(customTemplateDirs(options.templates, io.cwd, resolveConfig(io.cwd).templateDirs)));
  const width = Math.max(0, ...found.map((template) => template.name.length));
  for (const template of found) {
    const origin = template.builtIn ? "" : ` (from ${template.file})`;
    io.stdout(`${template.name.padEnd(width)}  ${template.description}${origin}\n`);
    if (options.verbose === true) io.stdout(`${" ".repeat(width)}  requires: ${template.requires.map((required) => required.name).join(", ")}\n`);
  }
  for (const problem of problems) io.stderr(`pm: ${problem}\n`);
  return problems.length > 0 ? 2 : 0;
}
