import type { Rule } from "../lint/types.js";
import { short } from "../lint/text.js";
import { isOwner } from "../model/predicates.js";

const rule: Rule = {
  meta: {
    id: "action-owner",
    description: "Every action names an owner who can be asked about it, not a placeholder.",
    defaultSeverity: "error",
    messages: {
      noneHave: 'None of the {count} actions names an owner: add an Owner column (or "owner: @handle" on each action) so each has someone to ask about it.',
      missing: 'Action "{title}" has no owner: add an Owner column, an "owner: @handle" field or a "**Owner:**" bullet.',
      placeholder: 'Action "{title}" has "{owner}" as its owner, which names no one: put the person or team who will do it.',
    },
  },
  check(doc) {
    const first = doc.actions[0];
    if (first && doc.actions.length >= 2 && doc.actions.every((action) => !action.owner)) {
      return [{ messageId: "noneHave", data: { count: doc.actions.length }, line: first.line, column: first.column }];
    }
    return doc.actions.flatMap((action) => {
      const title = short(action.title);
      if (!action.owner || action.owner.text.trim() === "") return [{ messageId: "missing", data: { title }, line: action.line, column: action.column }];
      if (!isOwner(doc, action.owner)) {
        return [{ messageId: "placeholder", data: { title, owner: action.owner.text }, line: action.owner.line, column: action.owner.column, text: action.owner.text }];
      }
      return [];
    });
  },
};

export default rule;
