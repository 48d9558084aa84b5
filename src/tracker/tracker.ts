/**
 * The action tracker behind `pm actions`: every action of every postmortem as one row, with its
 * days overdue, filtered and sorted by urgency. Pure functions over the model; no I/O.
 */
import { daysBetween, findDate } from "../model/dates.js";
import type { ActionStatus, PostmortemDoc } from "../model/types.js";
import { isOpen, isOwner } from "../model/predicates.js";

export interface TrackedAction {
  /** The document's path as the user should see it. */
  document: string;
  documentTitle: string | null;
  line: number;
  column: number;
  action: string;
  /** The owner as written; null when none is written. */
  owner: string | null;
  /** Whether the owner names someone who can be asked (not "TBD", "[Name]", a team placeholder). */
  hasOwner: boolean;
  /** The due date as YYYY-MM-DD when it is a real calendar date, else null. */
  due: string | null;
  /** The due date as written ("2026-05-01", "Q3", "next sprint"). */
  dueText: string | null;
  /** What the document says, or "open" when it says nothing. */
  status: ActionStatus;
  statusText: string | null;
  success: string | null;
  /** Whole days past the due date for an open action; null when not overdue. */
  daysOverdue: number | null;
}

export function trackActions(doc: PostmortemDoc, today: string): TrackedAction[] {
  return doc.actions.map((item) => {
    const status: ActionStatus = item.status ?? "open";
    const found = item.due ? findDate(item.due.text, doc.dateOrder) : null;
    const due = found?.valid ? found.iso : null;
    const late = due === null ? 0 : daysBetween(due, today);
    return {
      document: doc.file,
      documentTitle: doc.title?.text ?? null,
      line: item.line,
      column: item.column,
      action: item.title,
      owner: item.owner?.text.trim() || null,
      hasOwner: isOwner(doc, item.owner),
      due,
      dueText: item.due?.text ?? null,
      status,
      statusText: item.statusText,
      success: item.success?.text ?? null,
      daysOverdue: isOpen({ status }) && late > 0 ? late : null,
    };
  });
}

export type StatusFilter = "open" | "in-progress" | "done" | "dropped";

export interface ActionFilters {
  owner?: string;
  overdue?: boolean;
  /** Keep open actions due on or before today + this many days (overdue ones included). */
  dueWithinDays?: number;
  status?: StatusFilter;
  doc?: string;
}

/** Matches an owner query as whole words, ignoring case and a leading "@": "ana" finds "@ana" and "Ana Ruiz", not "@banana". */
function ownerMatcher(query: string): (owner: string | null) => boolean {
  const words = query.trim().replace(/^@/, "");
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])${escaped}(?![\\p{L}\\p{N}_-])`, "iu");
  return (owner) => owner !== null && pattern.test(owner);
}

export function filterActions(actions: TrackedAction[], filters: ActionFilters, today: string): TrackedAction[] {
  const ownerMatches = filters.owner !== undefined ? ownerMatcher(filters.owner) : null;
  const docQuery = filters.doc?.toLowerCase();
  return actions.filter((action) => {
    if (ownerMatches && !ownerMatches(action.owner)) return false;
    if (filters.overdue && action.daysOverdue === null) return false;
    if (filters.dueWithinDays !== undefined) {
      if (!isOpen(action) || action.due === null || daysBetween(today, action.due) > filters.dueWithinDays) return false;
    }
    if (filters.status === "open" && !isOpen(action)) return false;
    if (filters.status !== undefined && filters.status !== "open" && action.status !== filters.status) return false;
    if (docQuery !== undefined && !action.document.toLowerCase().includes(docQuery) && !(action.documentTitle ?? "").toLowerCase().includes(docQuery)) {
      return false;
    }
    return true;
  });
}

/** Most urgent first: open actions by due date (most overdue first), open undated ones, then closed ones. */
export function sortByUrgency(actions: TrackedAction[]): TrackedAction[] {
  const rank = (action: TrackedAction) => (!isOpen(action) ? 2 : action.due === null ? 1 : 0);
  return [...actions].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (rank(a) === 0 ? compareText(a.due!, b.due!) : 0) ||
      compareText(a.document, b.document) ||
      a.line - b.line,
  );
}

/** Code-point order: the same on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface OwnerSummary {
  owner: string;
  open: number;
  overdue: number;
}

/** The label under which actions without a real owner are counted. */
export const NO_OWNER = "(no owner)";

/** Open and overdue counts per owner, for owners with open actions: most overdue first. */
export function summariseByOwner(actions: TrackedAction[]): OwnerSummary[] {
  const byKey = new Map<string, OwnerSummary>();
  for (const action of actions) {
    if (!isOpen(action)) continue;
    const owner = action.hasOwner ? action.owner! : NO_OWNER;
    const key = owner.toLowerCase();
    const entry = byKey.get(key) ?? { owner, open: 0, overdue: 0 };
    entry.open++;
    if (action.daysOverdue !== null) entry.overdue++;
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open || compareText(a.owner.toLowerCase(), b.owner.toLowerCase()));
}

/** "14d", "2w" or "14": a number of days for --due-within; null when it reads as none of these. */
export function parseDays(text: string): number | null {
  const found = /^\s*(\d{1,4})\s*(d|days?|w|weeks?)?\s*$/i.exec(text);
  if (!found) return null;
  const count = Number(found[1]);
  return /^w/i.test(found[2] ?? "") ? count * 7 : count;
}
