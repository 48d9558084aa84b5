/**
 * Running a pattern over text many times without recompiling it. `new RegExp(pattern.source, ...)`
 * and `String.prototype.matchAll` (which clones its RegExp) both make V8 set up a new regexp per
 * call; for the model's per-line and per-block scans that cost more than the matching itself.
 */

const globals = new WeakMap<RegExp, RegExp>();

/** The pattern with the "g" flag, made once per pattern and kept (a global pattern is itself). */
function globalOf(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let global = globals.get(pattern);
  if (!global) globals.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags}g`)));
  return global;
}

/**
 * The matches of the pattern in the text, in order, as matchAll finds them; stops at the first
 * match `until` accepts. The shared global pattern is run to the end (or the stop) before control
 * returns, so no caller sees another's lastIndex; `until` must not run the same pattern itself.
 */
function scan(pattern: RegExp, text: string, until?: (match: RegExpExecArray) => boolean): RegExpExecArray[] {
  const global = globalOf(pattern);
  const found: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let match = global.exec(text); match; match = global.exec(text)) {
    found.push(match);
    if (until?.(match)) break;
    // An empty match would be found again at the same place forever: step on as matchAll does,
    // by a whole code point in unicode mode.
    if (match[0] === "") global.lastIndex += global.unicode && (text.codePointAt(global.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  global.lastIndex = 0;
  return found;
}

/** Every match of the pattern in the text (global or not), like `text.matchAll`. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  return scan(pattern, text);
}

/** Whether some match of the pattern in the text passes the test; stops at the first that does. */
export function someMatch(pattern: RegExp, text: string, test: (match: RegExpExecArray) => boolean): boolean {
  let passed = false;
  scan(pattern, text, (match) => (passed = test(match)));
  return passed;
}
