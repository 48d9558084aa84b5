import type { InputQuestion, Prompter, SelectQuestion } from "../../src/new/prompt.js";

export interface ScriptedPrompter extends Prompter {
  /** Every question asked, in order, with its default. */
  asked: Array<{ message: string; default: string | undefined }>;
  /** Validation messages shown for rejected answers. */
  rejected: string[];
}

/**
 * Answers prompts from a script, as a user typing would: Enter ("") takes the default, a rejected
 * input is followed by the next scripted answer, and running out of script is a test failure.
 */
export function scriptedPrompter(script: string[]): ScriptedPrompter {
  const queue = [...script];
  const next = (message: string): string => {
    const value = queue.shift();
    if (value === undefined) throw new Error(`the script has no answer left for "${message}"`);
    return value;
  };
  const prompter: ScriptedPrompter = {
    asked: [],
    rejected: [],
    async input(question: InputQuestion) {
      prompter.asked.push({ message: question.message, default: question.default });
      for (;;) {
        const typed = next(question.message);
        const value = typed === "" ? (question.default ?? "") : typed;
        const verdict = question.validate(value);
        if (verdict === true) return value;
        prompter.rejected.push(verdict);
      }
    },
    async select(question: SelectQuestion) {
      prompter.asked.push({ message: question.message, default: question.default });
      const typed = next(question.message);
      const value = typed === "" ? question.default : typed;
      if (!question.choices.some((choice) => choice.value === value)) throw new Error(`"${value}" is not one of the choices for "${question.message}"`);
      return value!;
    },
  };
  return prompter;
}
