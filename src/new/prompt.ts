/**
 * The only module that talks to the terminal. `pm new` asks every question through a Prompter,
 * so tests swap in scripted answers and `pm new --from` can reuse the flow without inquirer.
 */
import { input, select } from "@inquirer/prompts";
import { Cancelled } from "../errors.js";
import type { Choice } from "./questions.js";

export interface InputQuestion {
  message: string;
  default?: string;
  /** true when the value is acceptable, else the message to show under the prompt. */
  validate: (value: string) => true | string;
}

export interface SelectQuestion {
  message: string;
  choices: Choice[];
  default?: string;
}

export interface Prompter {
  input(question: InputQuestion): Promise<string>;
  select(question: SelectQuestion): Promise<string>;
}

/** Prompts on the real terminal; Ctrl-C becomes Cancelled (exit 130, nothing written). */
export const terminalPrompter: Prompter = {
  input: (question) => cancellable(input({ message: question.message, default: question.default || undefined, validate: question.validate })),
  select: (question) =>
    cancellable(
      select({
        message: question.message,
        default: question.default,
        choices: question.choices.map((choice) => ({ value: choice.value, name: choice.value, description: choice.description })),
      }),
    ),
};

async function cancellable(answer: Promise<string>): Promise<string> {
  try {
    return await answer;
  } catch (error) {
    // Inquirer rejects with ExitPromptError on Ctrl-C (or when the terminal closes).
    if (error instanceof Error && error.name === "ExitPromptError") throw new Cancelled();
    throw error;
  }
}
