import type { Comment } from "../model/types.js";
import { REPOSITORY_URL } from "../package-info.js";
import type { End } from "./span.js";
import type { Finding, LintMessage } from "./types.js";

/** A `<!-- pm-lint-... -->` control comment. */
export interface Directive {
  kind: "disable" | "enable" | "disable-next-line";
  /** The rule ids it names; empty means every rule. */
  rules: string[];
  line: number;
  column: number;
  endLine: number;
}

const DIRECTIVE = /^pm-lint-(disable-next-line|disable|enable)(?:\s+([\s\S]*))?$/;

/** Reads control comments; "-- why" after the rule list is a justification, as in ESLint. */
export function parseDirectives(comments: readonly Comment[]): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const found = DIRECTIVE.exec(comment.text);
    if (!found) continue;
    const list = (found[2] ?? "").split(/(?:^|\s)--(?:\s|$)/)[0]!;
    const rules = list.split(/[\s,]+/).filter(Boolean);
    directives.push({ kind: found[1] as Directive["kind"], rules, line: comment.line, column: comment.column, endLine: comment.endLine });
  }
  return directives;
}

/**
 * Drops the messages control comments switch off. A disable or enable comment holds from its line
 * on (to the end of the file unless re-enabled); disable-next-line covers the line after the comment.
 */
export function applyDirectives(messages: LintMessage[], directives: readonly Directive[]): LintMessage[] {
  if (directives.length === 0) return messages;
  const ranges = directives.filter((directive) => directive.kind !== "disable-next-line").sort((a, b) => a.line - b.line || a.column - b.column);
  const nextLine = directives.filter((directive) => directive.kind === "disable-next-line");
  return messages.filter((message) => {
    const covers = (directive: Directive) => directive.rules.length === 0 || directive.rules.includes(message.ruleId);
    if (nextLine.some((directive) => directive.endLine + 1 === message.line && covers(directive))) return false;
    let disabled = false;
    for (const directive of ranges) {
      if (directive.line > message.line) break;
      if (covers(directive)) disabled = directive.kind === "disable";
    }
    return !disabled;
  });
}

/** The id under which a control comment's own mistakes are reported. */
export const DIRECTIVE_RULE_ID = "pm-lint-comment";

export const DIRECTIVE_DOCS_URL = `${REPOSITORY_URL}#turning-rules-off-in-a-document`;

/** A control comment naming a rule pm doesn't have would silently do nothing: say so instead. */
export function unknownRuleMessages(directives: readonly Directive[], knownRules: ReadonlySet<string>, spanOf: (finding: Pick<Finding, "line" | "column" | "text">) => End): LintMessage[] {
  return directives.flatMap((directive) =>
    directive.rules
      .filter((id) => !knownRules.has(id))
      .map((id) => ({
        ruleId: DIRECTIVE_RULE_ID,
        severity: 1 as const,
        message: `pm-lint-${directive.kind} names "${id}", which is not a pm rule, so it switches nothing off: run pm rules for the ids.`,
        ...spanOf({ line: directive.line, column: directive.column, text: id }),
        url: DIRECTIVE_DOCS_URL,
      })),
  );
}
