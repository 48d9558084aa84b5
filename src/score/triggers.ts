import type { PostmortemDoc, Trigger } from "../model/types.js";
import { deferralIn, hasPlaceholder, isOwner } from "../model/predicates.js";
import { findCommittedAction, hasThreshold } from "../model/vocabulary.js";
import { giveEach, levelOf, linesOf, share } from "./evidence.js";
import type { Dimension, Evidence } from "./types.js";

const hasThresholdOf = (trigger: Trigger) => hasThreshold(trigger.threshold?.text ?? trigger.signal?.text ?? "");
const hasWindow = (trigger: Trigger) => trigger.window !== null && trigger.window.text.trim() !== "";
const isCommitted = (doc: PostmortemDoc) => (trigger: Trigger) => {
  const action = trigger.action?.text ?? "";
  return findCommittedAction(action) !== null && deferralIn(doc, action) === null;
};
const hasOwner = (doc: PostmortemDoc) => (trigger: Trigger) => isOwner(doc, trigger.owner);

/** Dimension 6: observable signals with threshold and window, each with a pre-committed action and owner. */
export const triggers: Dimension = {
  id: 6,
  name: "Kill criteria / triggers",
  grade(doc: PostmortemDoc) {
    const items = doc.triggers.filter((trigger) => !hasPlaceholder(doc, trigger.text));
    const committed = items.filter(isCommitted(doc));
    const checks: Array<[(trigger: Trigger) => boolean, string, string]> = [
      [hasThresholdOf, "have a threshold", 'a specific threshold (e.g. "2 or more occurrences", "> 1% errors")'],
      [hasWindow, "have a window", 'a window (e.g. "within 60 days of the fix shipping")'],
      [isCommitted(doc), "commit to an action", "a pre-committed action (pause, roll back, freeze, escalate...), not \"discuss\""],
      [hasOwner(doc), "have an owner", "an owner"],
    ];
    const evidence: Evidence[] = [];
    if (items.length > 0) {
      for (const [test, what] of checks) {
        const passing = items.filter(test);
        if (passing.length > 0) evidence.push(share(what, passing, items.length, "triggers"));
      }
    }
    const levelOne = committed.length > 0 || items.some(hasThresholdOf);
    const levelTwo = items.length > 0 && items.every((trigger) => checks.every(([test]) => test(trigger)));
    const score = levelOf(levelOne, levelTwo);

    const missing: string[] = [];
    if (score === 0) {
      missing.push(
        items.length === 0
          ? 'add "## Kill criteria / triggers": observable signals, each with a threshold, a window, a pre-committed action and an owner'
          : `replace "we'll discuss" in the triggers (${linesOf(items)}) with thresholds and pre-committed actions`,
      );
    } else if (score === 1) {
      for (const [test, , what] of checks) {
        const without = items.filter((trigger) => !test(trigger));
        if (without.length > 0) missing.push(giveEach("trigger", without, items.length, what));
      }
    }
    return { score, evidence, missing };
  },
};
