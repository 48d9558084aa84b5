import { trimTrailing } from "./trim.js";

/**
 * Field labels and table columns, named in the many ways real postmortems name them.
 * Both the "**Owner:** x" bullets and the "Owner" column of a table map to the same key.
 */

export type FieldKey =
  | "action"
  | "owner"
  | "due"
  | "success"
  | "followUp"
  | "status"
  | "priority"
  | "time"
  | "event"
  | "label"
  | "evidence"
  | "actor"
  | "signal"
  | "window"
  | "threshold"
  | "committedAction"
  | "dimension"
  | "score";

type Context = "timeline" | "actions" | "triggers" | "quality-gate";

const LABELS: Record<Context, Array<[FieldKey, RegExp]>> = {
  timeline: [
    ["time", /^(time|timestamp|when|date|date ?\/ ?time|datetime|hour|clock)\b/],
    ["label", /\b(fact|hypothesis|confidence|certainty|verified)\b/],
    ["evidence", /\b(source|evidence|link|links|ref|reference|proof|how we know)\b/],
    ["actor", /^(by whom|actor|who|owner|person|team|by)\b/],
    // "Event Type" classifies the event ("operator", "automated"); the Description beside it tells it.
    ["event", /^(?!event (?:type|category|kind|source)\b)(event|events|what happened|description|details|activity|what|action taken|action|summary|notes?)\b/],
  ],
  actions: [
    ["success", /\b(success|done when|definition of done|verification|how (we'?ll|will we) know|measure|acceptance|exit criteria)\b/],
    ["followUp", /\bfollow[- ]?up\b|\breview date\b|\bcheck[- ]?in\b/],
    ["due", /^(due|deadline|target( date)?|eta|by when|when|date|due date|timeline|completion date)\b/],
    ["owner", /^(owners?|assignee|assigned( to)?|responsible|dri|by whom|who|lead)\b/],
    ["status", /^(status|state|progress|done\??)$/],
    ["priority", /^(priority|prio|severity|p)$/],
    ["action", /^(action|action items?|item|task|description|what|title|remediation|fix|corrective action|todo|step)\b/],
  ],
  triggers: [
    ["threshold", /\b(threshold|limit|level)\b/],
    ["window", /\b(window|timeframe|time frame|period|duration|within)\b/],
    ["signal", /\b(signal|trigger|condition|metric|indicator|if)\b/],
    ["committedAction", /\b(action|response|then|we will|consequence)\b/],
    ["owner", /\b(owner|dri|who|responsible)\b/],
    ["evidence", /\b(source|evidence|data)\b/],
  ],
  "quality-gate": [
    ["dimension", /\b(dimension|criterion|criteria|area|category)\b/],
    ["score", /\b(score|grade|rating|points)\b/],
  ],
};

function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[*_`:]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The field a column header or bullet label names in this context, or null. */
export function fieldKeyFor(label: string, context: Context): FieldKey | null {
  const text = normaliseLabel(label);
  if (text === "" || text === "#") return null;
  for (const [key, pattern] of LABELS[context]) if (pattern.test(text)) return key;
  return null;
}

/** Maps each column of a table header to a field key; the first column taking a key keeps it. */
export function mapColumns(headers: string[], context: Context): Array<FieldKey | null> {
  const taken = new Set<FieldKey>();
  return headers.map((header) => {
    const key = fieldKeyFor(header, context);
    if (key === null || taken.has(key)) return null;
    taken.add(key);
    return key;
  });
}

/** Inline labels inside one line of text: "owner: @a, due 2026-05-01, success: errors < 1%". */
const INLINE_LABEL =
  /(?:^|[\s,;(—–|-])\**(owner|owners|assignee|assigned to|dri|due(?: date)?|deadline|by|target|success(?: signal| metric| criteria)?|done when|follow[- ]?up(?: date)?|status|priority)\**\s*(?::\**|=|(?=\s+(?:\d{4}-\d|\d{1,2}\/\d{1,2}\/\d|@)))\s*/gi;

const INLINE_KEYS: Record<string, FieldKey> = {
  owner: "owner",
  owners: "owner",
  assignee: "owner",
  "assigned to": "owner",
  dri: "owner",
  due: "due",
  "due date": "due",
  deadline: "due",
  by: "due",
  target: "due",
  success: "success",
  "success signal": "success",
  "success metric": "success",
  "success criteria": "success",
  "done when": "success",
  "follow-up": "followUp",
  "follow up": "followUp",
  followup: "followUp",
  "follow-up date": "followUp",
  "follow up date": "followUp",
  "followup date": "followUp",
  status: "status",
  priority: "priority",
};

export interface InlineField {
  key: FieldKey;
  text: string;
  /** Offset of the value in the searched text. */
  index: number;
}

/** Splits "title — owner: x, due y" into its labelled fields, and returns where the title ends. */
export function inlineFields(text: string): { fields: InlineField[]; titleEnd: number } {
  const found: Array<{ key: FieldKey; start: number; valueStart: number }> = [];
  INLINE_LABEL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = INLINE_LABEL.exec(text)) !== null) {
    const key = INLINE_KEYS[match[1]!.toLowerCase().replace(/\s+/g, " ")];
    // "by" only labels a due date when a date follows it ("by 2026-05-01"), never prose ("caused by").
    if (!key) continue;
    if (match[1]!.toLowerCase() === "by" && !/^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2})/.test(text.slice(match.index + match[0].length))) continue;
    found.push({ key, start: match.index, valueStart: match.index + match[0].length });
  }
  const fields: InlineField[] = [];
  for (let i = 0; i < found.length; i++) {
    const end = i + 1 < found.length ? found[i + 1]!.start : text.length;
    const value = trimValue(text.slice(found[i]!.valueStart, end));
    if (value !== "" && !fields.some((field) => field.key === found[i]!.key)) {
      fields.push({ key: found[i]!.key, text: value, index: found[i]!.valueStart });
    }
  }
  return { fields, titleEnd: found.length > 0 ? found[0]!.start : text.length };
}

/** Drops separators around a value, and a closing parenthesis only when it closes nothing inside. */
function trimValue(raw: string): string {
  const separator = /[\s,;.—–|-]/;
  let value = trimTrailing(raw.replace(/^[\s*_]+/, ""), separator);
  const opening = value.match(/\(/g)?.length ?? 0;
  let closing = value.match(/\)/g)?.length ?? 0;
  while (value.endsWith(")") && opening < closing) {
    value = trimTrailing(value.slice(0, -1), separator);
    closing--;
  }
  return value.trim();
}

/** "**Owner:** value" or "Owner: value" at the start of a bullet: the label and the value. */
export function leadingLabel(text: string): { label: string; value: string } | null {
  const found = /^\s*(?:\*\*|__)?([A-Za-z][A-Za-z /&'()-]{0,40}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:)\s*(.*)$/s.exec(text);
  if (!found) return null;
  return { label: found[1]!.trim(), value: found[2]!.trim() };
}

/**
 * Metadata labels (as `metadata` keys them: lower case, marks removed) whose value is the
 * incident's date, most telling first: "**Incident date:**",
 * "Date: January 12, 2026", "Date/Time: ...", "Detection: ...".
 */
export const INCIDENT_DATE_LABELS = ["incident date", "date of incident", "incident date/time", "date", "date/time", "detection", "start date/time"];

/** Of those, the labels that may give the day the report was written or the review held instead. */
export const REPORT_DATE_LABELS = ["date", "date/time"];
