/**
 * The questions every command asks of the model, answered in one place: is this value a
 * placeholder, does this item name an owner, is this field written, is this action still open.
 * Each takes the document, which carries the vocabulary it was read with, so a team's words
 * (config `placeholders:`, ...) give lint, score, inspect and actions the same answer.
 */
import type { ActionStatus, Field, PostmortemDoc } from "./types.js";
import { findDeferral, findPlaceholder, findPlaceholders, isRealOwner, ownerProblem } from "./vocabulary.js";

type Read = Pick<PostmortemDoc, "vocabulary">;

/** Whether the text holds a template placeholder ("[Name]", "TBD", "{{owner}}", the team's own markers). */
export function hasPlaceholder(doc: Read, text: string): boolean {
  return findPlaceholder(text, doc.vocabulary) !== null;
}

/** The first placeholder in the text, for messages; null when there is none. */
export function placeholderIn(doc: Read, text: string): { index: number; match: string } | null {
  return findPlaceholder(text, doc.vocabulary);
}

/**
 * Whether a field says something: not empty, and more than placeholders ("[date]", "TBD",
 * "YYYY-MM-DD"). "p95 < 200 ms (confirm with [team])" is written: no-placeholders reports the rest.
 */
export function isWritten(doc: Read, field: Field | null | undefined): boolean {
  if (!field) return false;
  const text = field.text.trim();
  if (text === "") return false;
  const found = findPlaceholder(text, doc.vocabulary);
  if (found === null) return true;
  return /\p{L}{3,}|\d/u.test(removePlaceholders(doc, text));
}

function removePlaceholders(doc: Read, text: string): string {
  let rest = "";
  let from = 0;
  for (const found of findPlaceholders(text, doc.vocabulary)) {
    rest += text.slice(from, found.index) + " ";
    from = found.index + found.match.length;
  }
  return rest + text.slice(from);
}

/** Whether an owner value names a person, handle, role or team who can be asked (not "TBD", "[Name]", "the team"). */
export function isOwner(doc: Read, owner: Field | string | null | undefined): boolean {
  return isRealOwner(typeof owner === "string" ? owner : owner?.text, doc.vocabulary);
}

/** Why an owner value names no one, for messages; null when it names someone. */
export function whyNoOwner(doc: Read, owner: Field | string | null | undefined): string | null {
  return ownerProblem(typeof owner === "string" ? owner : owner?.text, doc.vocabulary);
}

/** Open and in-progress actions (and those that state no status) still need doing; done and dropped ones are closed. */
export function isOpen(action: { status: ActionStatus | null }): boolean {
  return action.status === null || action.status === "open" || action.status === "in-progress";
}

/** Wording that puts a committed response off ("consider", "maybe later", the team's deferral words). */
export function deferralIn(doc: Read, text: string): string | null {
  return findDeferral(text, doc.vocabulary);
}
