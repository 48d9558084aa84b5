import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config.js";
import { lintDocument } from "../../src/lint/engine.js";
import type { LintMessage, Rule } from "../../src/lint/types.js";
import { extract } from "../../src/model/extract.js";
import { DEFAULT_VOCABULARY } from "../../src/model/vocabulary.js";

export const TODAY = "2026-06-01";

/** Lints Markdown with one rule only, at its default severity. */
export function runRule(rule: Rule, markdown: string, options?: Record<string, unknown>): LintMessage[] {
  const config = defaultConfig();
  return lintDocument(extract("test.md", markdown), {
    rules: [rule],
    severities: {},
    ruleOptions: options ? { [rule.meta.id]: options } : {},
    context: { requiredSections: config.requiredSections, today: TODAY, vocabulary: DEFAULT_VOCABULARY },
  }).messages;
}

export interface InvalidCase {
  name: string;
  code: string;
  /**
   * Expected findings in order: the line, and text the message must contain; `words`, when given,
   * is what the message's range (column to endColumn) must cover.
   */
  errors: Array<{ line: number; message?: string | RegExp; words?: string }>;
  /** The rule's options, as a config file would give them. */
  options?: Record<string, unknown>;
}

export interface ValidCase {
  name: string;
  code: string;
  options?: Record<string, unknown>;
}

/** ESLint RuleTester-style tables: valid cases report nothing, invalid ones exactly what is listed. */
export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, () => {
        expect(runRule(rule, testCase.code, testCase.options).map((message) => `${message.line}: ${message.message}`)).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name}`, () => {
        const messages = runRule(rule, testCase.code, testCase.options);
        expect(messages.map((message) => message.line)).toEqual(testCase.errors.map((error) => error.line));
        const sourceLines = testCase.code.split("\n");
        for (const message of messages) {
          // Every range ends on or after its start and covers some of its line's text when it has any.
          expect(message.endLine).toBeGreaterThanOrEqual(message.line);
          if (message.endLine === message.line) expect(message.endColumn).toBeGreaterThanOrEqual(message.column);
          if ((sourceLines[message.line - 1] ?? "").trim() !== "") expect(message.endColumn).toBeGreaterThan(message.column);
        }
        testCase.errors.forEach((error, index) => {
          if (error.message instanceof RegExp) expect(messages[index]!.message).toMatch(error.message);
          else if (error.message) expect(messages[index]!.message).toContain(error.message);
          expect(messages[index]!.ruleId).toBe(rule.meta.id);
          if (error.words !== undefined) {
            const { line, column, endColumn } = messages[index]!;
            expect(sourceLines[line - 1]!.slice(column - 1, endColumn - 1)).toBe(error.words);
          }
        });
      });
    }
  });
}

/** Builds Markdown from lines, so cases read top to bottom with exact line numbers. */
export function md(...lines: string[]): string {
  return `${lines.join("\n")}\n`;
}
