/**
 * Drops the trailing characters that `character` matches (a one-character pattern). The regex
 * `[set]+$` does the same but backtracks quadratically on a long run of the set that isn't at the
 * end (50,000 dashes in a heading took over a minute).
 */
export function trimTrailing(text: string, character: RegExp): string {
  let end = text.length;
  while (end > 0 && character.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Whitespace that collapsing would change: a run of two, or a tab, line break or other space. */
const UNCOLLAPSED_SPACE = /\s\s|[^\S ]/;

/**
 * The text with each run of whitespace made one space. The model collapses every cell, item and
 * label it reads; most already are, and testing first skips building an identical copy.
 */
export function collapseSpaces(text: string): string {
  return UNCOLLAPSED_SPACE.test(text) ? text.replace(/\s+/g, " ") : text;
}
