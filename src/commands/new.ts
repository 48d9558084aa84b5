import path from "node:path";
import { resolveConfig } from "../config-lookup.js";
import type { VocabularyWords } from "../model/vocabulary.js";
import { displayPath, readDocument } from "../files.js";
import { localToday } from "../model/dates.js";
import type { Io } from "../io.js";
import { findPlaceholders } from "../model/vocabulary.js";
import { answersFromFlags, NO_WRITTEN_ANSWERS, readAnswersFile, resolveAnswers, type GivenAnswers } from "../new/answers.js";
import { QUESTIONS } from "../new/questions.js";
import { terminalPrompter, type Prompter } from "../new/prompt.js";
import { writeNewFile } from "../new/write.js";
import { customTemplateDirs, listTemplates, loadTemplate, templateSearchPath } from "../templates/catalog.js";
import { defaultOutputPath, renderPostmortem } from "../templates/render.js";
import { analyseMeeting } from "../transcript/analyse.js";
import { answersFromMeeting } from "../transcript/answers.js";
import { fillDraft } from "../transcript/draft.js";
import { parseTranscript } from "../transcript/parse.js";
import { formatCommitments } from "../transcript/report.js";

export default async function newCommand(_args: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  return scaffold(options, io, io.isTTY ? terminalPrompter : null);
}

/** `pm new` with the prompter given: the terminal's, a test's scripted one, or null (no terminal). */
export async function scaffold(options: Record<string, unknown>, io: Io, prompter: Prompter | null): Promise<number> {
  const config = resolveConfig(io.cwd);
  const dirs = templateSearchPath(customTemplateDirs(options.templates, io.cwd, config.templateDirs));
  const { templates, problems } = listTemplates(dirs);
  for (const problem of problems) io.stderr(`pm: warning: ${problem}\n`);
  const flags = answersFromFlags(options);
  const file = typeof options.answers === "string" ? await readAnswersFile(options.answers, io.cwd) : NO_WRITTEN_ANSWERS;
  // With --from, the transcript answers what it can; flags and the answers file still win.
  const meeting = typeof options.from === "string" ? await readMeeting(options.from, flags, config.vocabulary, io) : null;
  if (meeting) delete flags.date;
  const answers = await resolveAnswers({
    flags,
    written: meeting ? { answers: { ...meeting.answers, ...file.answers }, at: { ...meeting.at, ...file.at }, problems: file.problems } : file,
    // A dry run only previews: without a terminal to ask on, it takes the defaults.
    yes: options.yes === true || (options.dryRun === true && prompter === null),
    prompter,
    context: {
      today: localToday(),
      templates: templates.map((template) => ({ value: template.name, description: template.description })),
    },
  });
  const template = loadTemplate(answers.template, dirs);
  const rendered = renderPostmortem(template, answers);
  const out = path.resolve(io.cwd, typeof options.out === "string" ? options.out : defaultOutputPath(answers));
  const shown = displayPath(out, io.cwd);
  const severityGiven = flags.severity ?? file.answers.severity ?? null;
  const text = meeting ? fillDraft(rendered, meeting.analysis, citePath(meeting.absolute, out, io.cwd), severityGiven) : rendered;

  if (options.dryRun === true) {
    io.stdout(text);
    if (meeting) io.stdout(`\n${formatCommitments(meeting.analysis)}`);
    io.stdout(`\n(dry run: nothing was written; without --dry-run this goes to ${shown})\n`);
    return 0;
  }
  await writeNewFile(out, text, shown, options.force === true);

  const fillIns = text.split("\n").reduce((count, line) => count + findPlaceholders(line).length, 0);
  io.stdout(`Created ${shown} from the ${template.name} template${meeting ? ` and ${meeting.shown}` : ""}.\n`);
  if (meeting) io.stdout(formatCommitments(meeting.analysis));
  if (fillIns > 0) io.stdout(`Next: replace its ${fillIns} {{...}} placeholders with what each asks for; pm lint ${shown} lists them by line.\n`);
  return 0;
}

/** Reads and analyses the transcript of `--from`; `--date` gives the meeting date when it has none. */
async function readMeeting(file: string, flags: GivenAnswers, words: VocabularyWords, io: Io) {
  const source = readDocument(file, io.cwd);
  const transcript = parseTranscript(source.text, source.path);
  const vocabulary = { commitment: words.commitmentPhrases, vague: words.vaguePhrases, problem: words.problemPhrases };
  const analysis = analyseMeeting(transcript, { meetingDate: flags.date ?? null, vocabulary });
  const answers = answersFromMeeting(transcript, analysis);
  // A problem with an answer the transcript gave is reported as the transcript's.
  const at = Object.fromEntries(QUESTIONS.filter((question) => question.key in answers).map((question) => [question.key, { line: 0, label: `${source.path}: ${question.flag}` }]));
  return { shown: source.path, absolute: path.resolve(io.cwd, file), analysis, answers, at };
}

/**
 * How the draft names its transcript: a committed document must not carry a local path. Inside
 * the project (the working directory) it is the path from the draft's folder, else the file name.
 */
function citePath(transcript: string, draft: string, cwd: string): string {
  const inside = (file: string) => !path.relative(cwd, file).startsWith("..") && !path.isAbsolute(path.relative(cwd, file));
  if (!inside(transcript) || !inside(draft)) return path.basename(transcript);
  return path.relative(path.dirname(draft), transcript).split(path.sep).join("/");
}
