/**
 * Where each answer comes from, first match wins: a flag, the answers file, the default (with
 * --yes), the prompt (only on a terminal). Without a terminal, missing answers are an error listing
 * the flags to pass: `pm new` never waits for input that can't come.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Node as YamlNode } from "yaml";
import { closest } from "../did-you-mean.js";
import { UserError, UserErrors } from "../errors.js";
import { yaml } from "../vendored.js";
import { describeFsError } from "../files.js";
import type { Prompter } from "./prompt.js";
import { QUESTIONS, type AnswerKey, type Answers, type Question, type QuestionContext } from "./questions.js";

export type GivenAnswers = Partial<Record<AnswerKey, string>>;

/** A mistake in the given answers, the line it is on (0 for flags, which come first), and the answer it leaves out. */
export interface AnswerProblem {
  line: number;
  text: string;
  key?: AnswerKey;
}

/** Answers written down: the answers file, over what a transcript answers with `pm new --from`. */
export interface WrittenAnswers {
  answers: GivenAnswers;
  /** Where each answer is written and its key as written, e.g. "answers.yaml:3:7: reviewType", to start the line of a problem with it as a compiler does. */
  at: Partial<Record<AnswerKey, { line: number; label: string }>>;
  /** Entries that gave no answer (unknown keys, lists): reported with the answers' own problems. */
  problems: AnswerProblem[];
}

export const NO_WRITTEN_ANSWERS: WrittenAnswers = { answers: {}, at: {}, problems: [] };

export interface AnswerSources {
  flags: GivenAnswers;
  written: WrittenAnswers;
  /** Take the default of every question that has one instead of asking. */
  yes: boolean;
  /** Null when no terminal is attached. */
  prompter: Prompter | null;
  context: QuestionContext;
}

/**
 * Checks every given answer before asking anything, so a bad flag fails before the user types,
 * and reports all the mistakes at once (with, when no terminal can ask, the answers missing).
 */
export async function resolveAnswers(sources: AnswerSources): Promise<Answers> {
  const answers: Partial<Answers> = {};
  const problems = [...sources.written.problems];
  for (const question of QUESTIONS) {
    const fromFlag = sources.flags[question.key];
    const given = fromFlag ?? sources.written.answers[question.key];
    if (given === undefined) continue;
    const checked = question.check(given, answers, sources.context);
    if ("value" in checked) {
      answers[question.key] = checked.value;
      continue;
    }
    const at = (fromFlag === undefined && sources.written.at[question.key]) || { line: 0, label: `--${question.flag}` };
    problems.push({ line: at.line, text: `${at.label}: ${checked.problem}`, key: question.key });
  }
  const rejected = new Set(problems.map((problem) => problem.key));
  if (problems.length > 0 && sources.prompter) throw answerProblems(problems, null);
  const missing: Question[] = [];
  for (const question of QUESTIONS) {
    if (answers[question.key] !== undefined || rejected.has(question.key)) continue;
    const fallback = question.defaultFor(answers, sources.context);
    if (sources.yes && fallback !== undefined) answers[question.key] = fallback;
    else if (sources.prompter) answers[question.key] = await ask(sources.prompter, question, answers, sources.context, fallback);
    else missing.push(question);
  }
  if (problems.length > 0 || missing.length > 0) throw answerProblems(problems, missing.length > 0 ? missingAnswers(missing, answers, sources.context) : null);
  return answers as Answers;
}

/** One line per problem, flags first, then the file's in the order they are written; a count closes a list of several. */
function answerProblems(problems: AnswerProblem[], missing: string | null): UserError {
  const lines = [...problems].sort((a, b) => a.line - b.line).map((problem) => problem.text);
  if (missing !== null) lines.push(missing);
  if (lines.length === 1) return new UserError(lines[0]!);
  return new UserErrors([...lines, `${lines.length} problems with the answers; nothing was written`]);
}

function missingAnswers(missing: Question[], answers: Partial<Answers>, context: QuestionContext): string {
  const flags = missing.map((question) => `--${question.flag}`).join(", ");
  const required = missing.filter((question) => question.defaultFor(answers, context) === undefined).map((question) => `--${question.flag}`);
  const yesHint = required.length === missing.length ? "" : `, or add --yes to take the defaults${required.length > 0 ? ` (${required.join(", ")} has none)` : ""}`;
  return `no terminal to ask on and no answer for ${flags}: pass them as flags or in --answers FILE.yaml${yesHint}`;
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

/**
 * Reads `--answers FILE.yaml`: a mapping whose keys are the flag names (or their camelCase). A
 * file that can't be read or isn't a mapping stops here; a bad entry becomes a problem reported
 * with the others.
 */
export async function readAnswersFile(file: string, cwd: string): Promise<WrittenAnswers> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), "utf8");
  } catch (error) {
    throw new UserError(`--answers ${file}: ${describeFsError(error)}`);
  }
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const place = (offset: number | undefined) => {
    const position = lines.linePos(offset ?? 0);
    return { line: position.line, label: `${file}:${position.line}:${position.col}` };
  };
  if (document.errors.length > 0) {
    throw new UserErrors(document.errors.map((error) => `${place(error.pos[0]).label}: not valid YAML: ${error.message.split("\n")[0]}`));
  }
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return NO_WRITTEN_ANSWERS;
  if (!isMap(contents)) throw new UserError(`--answers ${file}: expected a mapping such as "title: Checkout errors"`);
  const written: WrittenAnswers = { answers: {}, at: {}, problems: [] };
  const keys = QUESTIONS.map((question) => question.flag);
  for (const { key: keyNode, value } of contents.items) {
    const key = String(isScalar(keyNode) ? keyNode.value : keyNode);
    const where = place((keyNode as YamlNode | null)?.range?.[0]);
    const question = QUESTIONS.find((candidate) => candidate.flag === key || candidate.key === key);
    if (!question) {
      const guess = closest(key, keys);
      written.problems.push({ line: where.line, text: `${where.label}: unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : ""}: use ${keys.join(", ")}` });
      continue;
    }
    const problem = (text: string) => written.problems.push({ line: where.line, text: `${where.label}: ${key}: ${text}`, key: question.key });
    const earlier = written.at[question.key];
    const valueAt = value === null ? where : place(value.range?.[0]);
    written.at[question.key] = { line: valueAt.line, label: `${valueAt.label}: ${key}` };
    if (earlier) problem(`answered already on line ${earlier.line}: keep one`);
    else if (value !== null && !isScalar(value)) problem(`must be text, not ${isSeq(value) ? "a list" : "a mapping"}`);
    else written.answers[question.key] = value === null || value.value === null ? "" : String(value.value);
  }
  return written;
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
