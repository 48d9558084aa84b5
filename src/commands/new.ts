import path from "node:path";
import { defaultConfig } from "../config.js";
import { displayPath } from "../files.js";
import type { Io } from "../io.js";
import { findPlaceholders } from "../model/vocabulary.js";
import { answersFromFlags, readAnswersFile, resolveAnswers } from "../new/answers.js";
import { terminalPrompter, type Prompter } from "../new/prompt.js";
import { writeNewFile } from "../new/write.js";
import { customTemplateDirs, listTemplates, loadTemplate, templateSearchPath } from "../templates/catalog.js";
import { defaultOutputPath, renderPostmortem } from "../templates/render.js";

export default async function newCommand(_args: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  return scaffold(options, io, io.isTTY ? terminalPrompter : null);
}

/** `pm new` with the prompter given: the terminal's, a test's scripted one, or null (no terminal). */
export async function scaffold(options: Record<string, unknown>, io: Io, prompter: Prompter | null): Promise<number> {
  const dirs = templateSearchPath(customTemplateDirs(options.templates, io.cwd, defaultConfig().templateDirs));
  const { templates, problems } = listTemplates(dirs);
  for (const problem of problems) io.stderr(`pm: warning: ${problem}\n`);
  const answers = await resolveAnswers({
    flags: answersFromFlags(options),
    file: typeof options.answers === "string" ? await readAnswersFile(options.answers, io.cwd) : {},
    yes: options.yes === true,
    prompter,
    context: {
      today: new Date().toISOString().slice(0, 10),
      templates: templates.map((template) => ({ value: template.name, description: template.description })),
    },
  });
  const template = loadTemplate(answers.template, dirs);
  const text = renderPostmortem(template, answers);
  const out = path.resolve(io.cwd, typeof options.out === "string" ? options.out : defaultOutputPath(answers));
  const shown = displayPath(out, io.cwd);
  await writeNewFile(out, text, shown, options.force === true);

  const fillIns = text.split("\n").reduce((count, line) => count + findPlaceholders(line).length, 0);
  io.stdout(`Created ${shown} from the ${template.name} template.\n`);
  if (fillIns > 0) io.stdout(`Next: replace its ${fillIns} {{...}} placeholders with what each asks for; pm lint ${shown} lists them by line.\n`);
  return 0;
}
