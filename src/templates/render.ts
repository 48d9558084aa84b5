/**
 * Answers + template -> Markdown document. Pure: no prompts, no files, so `pm new` and
 * `pm new --from TRANSCRIPT` share it. Answer tokens are `{{title}}`-style identifiers; any other
 * `{{...}}` text is guidance the author replaces, which `pm lint` reports as a placeholder.
 */
import { yaml } from "../vendored.js";
import { UserError } from "../errors.js";
import { QUESTIONS, type AnswerKey, type Answers } from "../new/questions.js";
import type { Template } from "./catalog.js";

const TOKEN = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;
const ANSWER_KEYS = new Set<string>(QUESTIONS.map((question) => question.key));

/** The answer keys front matter records, in order, with the key names YAML readers expect. */
const FRONT_MATTER_KEYS: Array<[AnswerKey, string]> = [
  ["title", "title"],
  ["date", "date"],
  ["severity", "severity"],
  ["reviewType", "review_type"],
  ["facilitator", "facilitator"],
  ["scribe", "scribe"],
  ["decisionOwner", "decision_owner"],
  ["detected", "detected"],
  ["resolved", "resolved"],
  ["template", "template"],
];

export function renderPostmortem(template: Template, answers: Answers): string {
  const unknown = [...template.body.matchAll(TOKEN)].map((found) => found[1]!).filter((key) => !ANSWER_KEYS.has(key));
  if (unknown.length > 0) {
    throw new UserError(`template ${template.file} uses {{${unknown[0]}}}, which is not an answer: use one of ${[...ANSWER_KEYS].map((key) => `{{${key}}}`).join(", ")}`);
  }
  return `${frontMatter(answers)}${fillTokens(template.body, answers)}`;
}

function frontMatter(answers: Answers): string {
  const data: Record<string, string> = {};
  for (const [key, name] of FRONT_MATTER_KEYS) if (answers[key] !== "") data[name] = answers[key];
  // YAML 1.1 rules for quoting, so readers that still speak 1.1 don't turn "14:05" into 845 or "no" into false.
  return `---\n${yaml().stringify(data, { lineWidth: 0, version: "1.1" })}---\n\n`;
}

function fillTokens(body: string, answers: Answers): string {
  return body
    .split("\n")
    .map((line) => {
      const inTable = line.trimStart().startsWith("|");
      return line.replace(TOKEN, (_whole, key: AnswerKey, offset: number) => {
        const value = answers[key];
        if (value === "") return `{{${QUESTIONS.find((question) => question.key === key)!.fillIn ?? key}}}`;
        const escaped = inTable ? escapeTableCell(value) : escapeInline(value);
        return line.slice(0, offset).trim() === "" ? escapeLineStart(escaped) : escaped;
      });
    })
    .join("\n");
}

/**
 * User text as literal inline Markdown: backslashes that would escape, pipes (which end table
 * cells) and angle brackets (raw HTML) are escaped; line breaks become spaces.
 */
export function escapeInline(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/\\(?=[!-/:-@[-`{-~])/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/</g, "&lt;")
    .replace(/[ \t]*\n[ \t]*/g, " ")
    .trim();
}

/** As escapeInline, but line breaks stay line breaks inside the cell (`<br>`). */
export function escapeTableCell(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .split(/\n+/)
    .map((line) => escapeInline(line))
    .filter((line) => line !== "")
    .join("<br>");
}

/** At the start of a line, text such as "# x", "- x", "> x" or "1. x" would become a block: escape its marker. */
export function escapeLineStart(value: string): string {
  return value.replace(/^([#>+*=-]|\d{1,9}(?=[.)]))/, (marker) => (/\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}

/** "Checkout errors after the 2.3 deploy!" -> "checkout-errors-after-the-2-3-deploy". */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const cut = slug.length > 60 ? slug.slice(0, 60).replace(/-[^-]*$/, "") : slug;
  return cut || "postmortem";
}

/** Where `pm new` writes unless --out says otherwise: postmortems/YYYY-MM-DD-slug.md. */
export function defaultOutputPath(answers: Pick<Answers, "date" | "title">): string {
  return `postmortems/${answers.date}-${slugify(answers.title)}.md`;
}
