/**
 * Catastrophic backtracking: every predicate of src/model that runs a regular expression, and the
 * extraction and rules (whose private patterns are reached through the document shapes below), get
 * 50,000-character lines built to make a backtracking pattern go quadratic or worse. The bounds are
 * loose (a shared, busy CI machine); a quadratic pattern takes minutes here, not seconds. The
 * benchmark, not this test, measures speed.
 */
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config.js";
import { short } from "../../src/lint/text.js";
import { lintText } from "../../src/lint/lint-text.js";
import { findDate, findMonthDay, findTime, isCalendarDate, leadingTimestamp } from "../../src/model/dates.js";
import { parseMarkdown } from "../../src/model/parse.js";
import { fieldKeyFor, inlineFields, leadingLabel, mapColumns } from "../../src/model/fields.js";
import {
  classifySection,
  findCommittedAction,
  findDeferral,
  findHedge,
  findPlaceholder,
  hasThreshold,
  isRealOwner,
  labelFromCell,
  labelFromMarker,
  normaliseHeading,
  ownerProblem,
  statusFromText,
} from "../../src/model/vocabulary.js";
import { TODAY } from "../helpers/rule-tester.js";

/** Near-matches: long runs that almost complete a pattern, then fail at the very end. */
function adversarialLines(length: number): Record<string, string> {
  const fill = (unit: string, end = "x") => unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + end;
  return {
    spaces: fill(" "),
  tabs: fill("\t"),
  "spaces then punctuation": fill(" -.:,?"),
  stars: fill("**"),
  underscores: fill("__"),
  pipes: fill("|"),
  "pipe cells": fill("| "),
  digits: fill("1"),
  "clock-like": fill("1:1"),
  "date-like": fill("2026-1"),
  "month names": fill("may "),
  letters: fill("a", "!"),
  "label-like": fill("**a:** "),
  "owner labels": fill("owner "),
  brackets: fill("["),
  "link-like": fill("[a]("),
  parentheses: fill("("),
  dashes: fill("- "),
  "em dashes": fill("— "),
  mojibake: fill("Ã"),
  "hedge-like": fill("as the "),
  "conditional-like": fill("if a "),
  emoji: fill("🔴"),
  };
}

const ADVERSARIAL = adversarialLines(50_000);
// Whole documents go through the Markdown parser too: 20,000 characters still take a quadratic
// pattern seconds, and keep the suite's time reasonable.
const ADVERSARIAL_IN_DOCUMENTS = adversarialLines(20_000);

const PREDICATES: Record<string, (line: string) => unknown> = {
  findDate,
  findMonthDay: (line) => findMonthDay(line, line),
  findTime,
  isCalendarDate,
  leadingTimestamp,
  leadingTimestampInAYear: (line) => leadingTimestamp(line, null, 2024),
  fieldKeyFor: (line) => (["timeline", "actions", "triggers", "quality-gate"] as const).map((context) => fieldKeyFor(line, context)),
  mapColumns: (line) => mapColumns([line, line], "actions"),
  inlineFields,
  leadingLabel,
  normaliseHeading,
  classifySection,
  findPlaceholder,
  isRealOwner,
  ownerProblem,
  findHedge,
  labelFromCell,
  labelFromMarker,
  findCommittedAction,
  findDeferral,
  hasThreshold,
  statusFromText,
  short,
};

/** Places in a postmortem where extraction and the rules run their own patterns on a line. */
const CONTEXTS: Record<string, (line: string) => string> = {
  paragraph: (line) => line,
  heading: (line) => `## ${line}`,
  "metadata line": (line) => `**Date**: ${line}`,
  "timeline list": (line) => `## Timeline\n\n- 14:05 ${line}\n- ${line}`,
  "timeline table": (line) => `## Timeline\n\n| Time | Event | Fact/Hypothesis |\n|---|---|---|\n| 14:05 | ${line} | ${line} |`,
  "action list": (line) => `## Action items\n\n- [ ] ${line}\n- Fix it — owner: ${line} due ${line}`,
  "action table": (line) => `## Action items\n\n| Action | Owner | Due | Success signal |\n|---|---|---|---|\n| ${line} | ${line} | ${line} | ${line} |`,
  "trigger list": (line) => `## Kill criteria\n\n- If ${line}, then ${line}`,
  "date heading": (line) => `## Timeline\n\n### ${line}\n\ntext`,
};

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe("regular expressions are safe from catastrophic backtracking", () => {
  it("every model predicate handles every adversarial line quickly", () => {
    const slow: string[] = [];
    let total = 0;
    for (const [name, predicate] of Object.entries(PREDICATES)) {
      for (const [shape, line] of Object.entries(ADVERSARIAL)) {
        const ms = timed(() => predicate(line));
        total += ms;
        if (ms > 250) slow.push(`${name} on ${shape}: ${Math.round(ms)} ms`);
      }
    }
    expect(slow).toEqual([]);
    expect(total).toBeLessThan(3_000);
  });

  // Hundreds of parses of 20,000-character documents take minutes on a loaded 2-core machine:
  // run them with PM_SLOW_TESTS=1 (and in the benchmark) rather than in every `npm test`.
  it.runIf(process.env.PM_SLOW_TESTS === "1").each(Object.entries(CONTEXTS))("extraction and every rule handle adversarial lines in a %s quickly", (_context, build) => {
    const config = defaultConfig();
    const slow: string[] = [];
    for (const [shape, line] of Object.entries(ADVERSARIAL_IN_DOCUMENTS)) {
      const text = `# Incident\n\n${build(line)}\n`;
      // The Markdown parser (a dependency) is slow on some of these by itself: what pm adds on
      // top of parsing (extraction and every rule) is what is bounded.
      const parsing = timed(() => parseMarkdown(text));
      const ms = timed(() => lintText(text, "adversarial.md", config, TODAY));
      if (ms > 2_000 + 3 * parsing) slow.push(`${shape}: ${Math.round(ms)} ms (parsing alone ${Math.round(parsing)} ms)`);
    }
    expect(slow).toEqual([]);
  });
});
