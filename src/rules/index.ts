import type { Rule } from "../lint/types.js";
import actionDueDate from "./action-due-date.js";
import actionOwner from "./action-owner.js";
import actionSuccessSignal from "./action-success-signal.js";
import documentFormat from "./document-format.js";
import killCriteriaCommittedAction from "./kill-criteria-committed-action.js";
import noPlaceholders from "./no-placeholders.js";
import requiredSections from "./required-sections.js";
import timelineFactHypothesis from "./timeline-fact-hypothesis.js";
import timelineTimestamp from "./timeline-timestamp.js";

/** Every rule, in the order `pm rules` lists them. */
export const rules: readonly Rule[] = [
  documentFormat,
  requiredSections,
  timelineFactHypothesis,
  timelineTimestamp,
  actionOwner,
  actionDueDate,
  actionSuccessSignal,
  killCriteriaCommittedAction,
  noPlaceholders,
];
