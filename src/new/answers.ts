/**
 * Where each answer comes from, first match wins: a flag, the answers file, the default (with
 * --yes), the prompt (only on a terminal). Without a terminal, missing answers are an error listing
 * the flags to pass: `pm new` never waits for input that can't come.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { yaml } from "../vendored.js";
import { UserError } from "../errors.js";
import { describeFsError } from "../files.js";
import type { Prompter } from "./prompt.js";
import { QUESTIONS, type AnswerKey, type Answers, type Question, type QuestionContext } from "./questions.js";

export type GivenAnswers = Partial<Record<AnswerKey, string>>;

export interface AnswerSources {
  flags: GivenAnswers;
  file: GivenAnswers;
  /** Take the default of every question that has one instead of asking. */
  yes: boolean;
  /** Null when no terminal is attached. */
  prompter: Prompter | null;
  context: QuestionContext;
}

export async function resolveAnswers(sources: AnswerSources): Promise<Answers> {
  const answers: Partial<Answers> = {};
  // Check every given answer before asking anything, so a bad flag fails before the user types.
  for (const question of QUESTIONS) {
    const fromFlag = sources.flags[question.key];
    const given = fromFlag ?? sources.file[question.key];
    if (given === undefined) continue;
    const checked = question.check(given, answers, sources.context);
    if ("problem" in checked) throw new UserError(`${fromFlag !== undefined ? `--${question.flag}` : `answers file, ${question.flag}`}: ${checked.problem}`);
    answers[question.key] = checked.value;
  }
  const missing: Question[] = [];
  for (const question of QUESTIONS) {
    if (answers[question.key] !== undefined) continue;
    const fallback = question.defaultFor(answers, sources.context);
    if (sources.yes && fallback !== undefined) answers[question.key] = fallback;
    else if (sources.prompter) answers[question.key] = await ask(sources.prompter, question, answers, sources.context, fallback);
    else missing.push(question);
  }
  if (missing.length > 0) {
    const flags = missing.map((question) => `--${question.flag}`).join(", ");
    const required = missing.filter((question) => question.defaultFor(answers, sources.context) === undefined).map((question) => `--${question.flag}`);
    const yesHint = required.length === missing.length ? "" : `, or add --yes to take the defaults${required.length > 0 ? ` (${required.join(", ")} has none)` : ""}`;
    throw new UserError(`no terminal to ask on and no answer for ${flags}: pass them as flags or in --answers FILE.yaml${yesHint}`);
  }
  return answers as Answers;
}

async function ask(prompter: Prompter, question: Question, answers: Partial<Answers>, context: QuestionContext, fallback: string | undefined): Promise<string> {
  const choices = question.choices?.(context);
  const raw = choices
    ? await prompter.select({ message: question.message, choices, default: fallback })
    : await prompter.input({
        message: question.message,
        default: fallback,
        validate: (value) => {
          const checked = question.check(value, answers, context);
          return "problem" in checked ? checked.problem : true;
        },
      });
  const checked = question.check(raw, answers, context);
  if ("problem" in checked) throw new UserError(`${question.flag}: ${checked.problem}`);
  return checked.value;
}

/** Reads `--answers FILE.yaml`: a mapping whose keys are the flag names (or their camelCase). */
export async function readAnswersFile(file: string, cwd: string): Promise<GivenAnswers> {
  const absolute = path.resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(absolute, "utf8");
  } catch (error) {
    throw new UserError(`--answers ${file}: ${describeFsError(error)}`);
  }
  let data: unknown;
  try {
    data = yaml().parse(text);
  } catch (error) {
    throw new UserError(`--answers ${file}: not valid YAML: ${String((error as Error).message).split("\n")[0]}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) throw new UserError(`--answers ${file}: expected a mapping such as "title: Checkout errors"`);
  const given: GivenAnswers = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const question = QUESTIONS.find((candidate) => candidate.flag === key || candidate.key === key);
    if (!question) throw new UserError(`--answers ${file}: unknown key "${key}": use ${QUESTIONS.map((candidate) => candidate.flag).join(", ")}`);
    if (value === null) given[question.key] = "";
    else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") given[question.key] = String(value);
    else throw new UserError(`--answers ${file}: "${key}" must be text, not ${Array.isArray(value) ? "a list" : "a mapping"}`);
  }
  return given;
}

/** The flag values commander parsed, by answer key. */
export function answersFromFlags(options: Record<string, unknown>): GivenAnswers {
  const given: GivenAnswers = {};
  for (const question of QUESTIONS) {
    const value = options[question.key];
    if (typeof value === "string") given[question.key] = value;
  }
  return given;
}
