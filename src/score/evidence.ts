import type { Field } from "../model/types.js";
import type { Evidence, Grade } from "./types.js";

/** "lines 52-64, 70" for messages: consecutive lines collapse into ranges. */
export function describeLines(lines: number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let end = i;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    parts.push(end > i ? `${sorted[i]}-${sorted[end]}` : `${sorted[i]}`);
    i = end;
  }
  const shown = parts.length > 6 ? [...parts.slice(0, 6), "…"] : parts;
  return `${sorted.length === 1 ? "line" : "lines"} ${shown.join(", ")}`;
}

/** Evidence quoting one field of the document. */
export function quote(what: string, field: Field): Evidence {
  const text = field.text.length > 70 ? `${field.text.slice(0, 69)}…` : field.text;
  return { text: `${what}: "${text}"`, lines: [field.line] };
}

/** Evidence naming how many of a set of items have a property. */
export function share(what: string, items: Array<{ line: number }>, total: number, noun: string): Evidence {
  return { text: `${items.length} of ${total} ${noun} ${what}`, lines: items.map((item) => item.line) };
}

/** The level reached: 2 when every level-2 condition holds, 1 when the level-1 one does. */
export function levelOf(levelOne: boolean, levelTwo: boolean): Grade {
  if (levelTwo) return 2;
  return levelOne ? 1 : 0;
}

/** "give every action X" or "give the actions at lines 4, 9 X": what to add, and where. */
export function giveEach(noun: string, lacking: Array<{ line: number }>, total: number, what: string): string {
  return `give ${lacking.length === total ? `every ${noun}` : `the ${noun}s at ${linesOf(lacking)}`} ${what}`;
}

/** The lines of items, for "missing" messages. */
export function linesOf(items: Array<{ line: number }>): string {
  return describeLines(items.map((item) => item.line));
}
