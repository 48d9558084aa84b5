import type { Rule } from "../lint/types.js";
import { namesImpact } from "../model/guidance.js";

const rule: Rule = {
  meta: {
    id: "impact-quantified",
    description: "The impact section states numbers: users, requests, orders, minutes, money or percentages.",
    defaultSeverity: "warn",
    messages: {
      noFigures:
        'The impact ("{title}") states no numbers: say how many users, requests or orders were affected, for how long, and what it cost. Estimates ("~2,000 orders", "about 15% of requests") are fine; say how they were measured.',
    },
  },
  check(doc) {
    return doc.impact
      .filter((statement) => namesImpact(statement) && statement.figures.length === 0 && !statement.unfilled)
      .map((statement) => ({ messageId: "noFigures", data: { title: statement.title }, line: statement.line, column: statement.column }));
  },
};

export default rule;
