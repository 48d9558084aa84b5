import type { ActionItem, PostmortemDoc } from "../model/types.js";
import { deferralIn, hasPlaceholder, isOpen, isOwner, isWritten } from "../model/predicates.js";
import { giveEach, levelOf, linesOf, share } from "./evidence.js";
import type { Dimension, Evidence } from "./types.js";

/** Advice rather than a change someone can make and finish. */
const VAGUE = /\b(?:be (?:more )?careful|pay (?:more )?attention|be (?:more )?aware|remember to|try to|make sure to|keep in mind)\b/i;

/** A link to a tracker: "#123", an issues/pull URL, or a ticket key such as "OPS-42" (not a severity such as "SEV-2"). */
const TRACKED = /(?:^|\s|\()#\d+\b|\/(?:issues|pull|merge_requests)\/\d+|\b(?!SEV-)[A-Z][A-Z0-9]+-\d+\b/;


/** Dimension 4: every action with owner, due date, success signal and follow-up; later ideas parked. */
export const actions: Dimension = {
  id: 4,
  name: "Decisions and actionability",
  grade(doc: PostmortemDoc) {
    const hasOwner = (action: ActionItem) => isOwner(doc, action.owner);
    const hasDue = (action: ActionItem) => isWritten(doc, action.due);
    // A done action has already worked or not: like lint, only open ones are asked how we will know.
    const hasSuccess = (action: ActionItem) => !isOpen(action) || isWritten(doc, action.success);
    const hasFollowUp = (action: ActionItem) => isWritten(doc, action.followUp);
    const items = doc.actions.filter((action) => action.status !== "dropped" && action.title !== "" && !hasPlaceholder(doc, action.title));
    const owned = items.filter(hasOwner);
    const dated = items.filter(hasDue);
    const measured = items.filter(hasSuccess);
    const followed = items.filter(hasFollowUp);
    const tracked = items.filter((action) => TRACKED.test(action.text));
    const concrete = items.filter((action) => deferralIn(doc, action.title) === null && !VAGUE.test(action.title));
    const parked = doc.parkedIdeas.filter((idea) => !hasPlaceholder(doc, idea.text));

    const evidence: Evidence[] = [];
    if (items.length > 0) {
      if (owned.length > 0) evidence.push(share("have an owner", owned, items.length, "actions"));
      if (dated.length > 0) evidence.push(share("have a due date", dated, items.length, "actions"));
      if (measured.length > 0) evidence.push(share("have a success signal", measured, items.length, "actions"));
      if (followed.length > 0) evidence.push(share("have a follow-up date", followed, items.length, "actions"));
      if (tracked.length > 0) evidence.push(share("link to a tracker issue", tracked, items.length, "actions"));
      if (owned.length + dated.length + measured.length + tracked.length === 0 && concrete.length > 0) evidence.push(share("are concrete changes", concrete, items.length, "actions"));
    }
    if (parked.length > 0) evidence.push({ text: `${parked.length} later ${parked.length === 1 ? "idea" : "ideas"} explicitly parked`, lines: parked.map((idea) => idea.line) });

    // Concrete, tracked changes without named owners are more than "be more careful": level 1.
    const levelOne =
      owned.length + dated.length + measured.length > 0 ||
      (items.length > 0 && tracked.length * 2 >= items.length) ||
      (concrete.length >= 2 && concrete.length * 2 >= items.length);
    const complete = (action: ActionItem) => hasOwner(action) && hasDue(action) && hasSuccess(action) && hasFollowUp(action);
    const levelTwo = items.length > 0 && items.every(complete) && parked.length > 0;
    const score = levelOf(levelOne, levelTwo);

    const missing: string[] = [];
    if (score === 0) {
      missing.push(
        items.length === 0
          ? 'add an action tracker: concrete changes, each with an owner and a due date (e.g. "| Add a scale test gate | @dana | 2026-04-14 |")'
          : `replace advice such as "consider" or "be careful" (${linesOf(items)}) with concrete changes, each with an owner and a due date`,
      );
    } else if (score === 1) {
      const lacking = (test: (action: ActionItem) => boolean) => items.filter((action) => !test(action));
      const checks: Array<[(action: ActionItem) => boolean, string]> = [
        [hasOwner, "an owner (a person, handle or team)"],
        [hasDue, "a due date"],
        [hasSuccess, 'a success signal (how you will know it worked, e.g. "no migration failures next quarter")'],
        [hasFollowUp, "a follow-up date to check the effect"],
      ];
      for (const [test, what] of checks) {
        const without = lacking(test);
        if (without.length > 0) missing.push(giveEach("action", without, items.length, what));
      }
      if (parked.length === 0) missing.push('park later ideas explicitly (a "Parked ideas" list) so they are not mistaken for commitments');
    }
    return { score, evidence, missing };
  },
};
