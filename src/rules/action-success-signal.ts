import { short } from "../lint/text.js";
import type { Rule } from "../lint/types.js";
import { isOpen, isWritten } from "../model/predicates.js";

const rule: Rule = {
  meta: {
    id: "action-success-signal",
    description: "Every open action says how we will know it worked.",
    defaultSeverity: "error",
    messages: {
      noneHave:
        'None of the {count} open actions says how we will know it worked: add a "Success signal" column (or "success: ..." on each action) naming what will be observably true, e.g. "p95 query time < 200 ms for 14 days".',
      missing: 'Action "{title}" has no success signal: say what will be observably true once it has worked (a "Success signal" column or "success: ...").',
      placeholder: 'Action "{title}" has "{success}" as its success signal: replace it with something observable.',
    },
  },
  check(doc) {
    const open = doc.actions.filter(isOpen);
    if (open.length >= 2 && open.every((action) => !action.success)) {
      return [{ messageId: "noneHave", data: { count: open.length }, line: open[0]!.line, column: open[0]!.column }];
    }
    return open.flatMap((action) => {
      const title = short(action.title);
      const success = action.success;
      if (!success || success.text.trim() === "") return [{ messageId: "missing", data: { title }, line: action.line, column: action.column }];
      if (!isWritten(doc, success)) {
        return [{ messageId: "placeholder", data: { title, success: short(success.text, 30) }, line: success.line, column: success.column, text: success.text }];
      }
      return [];
    });
  },
};

export default rule;
