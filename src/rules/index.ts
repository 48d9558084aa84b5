import type { Rule } from "../lint/types.js";
import actionDueDate from "./action-due-date.js";
import actionOwner from "./action-owner.js";
import actionSuccessSignal from "./action-success-signal.js";
import actionVague from "./action-vague.js";
import blamelessLanguage from "./blameless-language.js";
import documentFormat from "./document-format.js";
import durationConsistent from "./duration-consistent.js";
import impactQuantified from "./impact-quantified.js";
import killCriteriaCommittedAction from "./kill-criteria-committed-action.js";
import noPlaceholders from "./no-placeholders.js";
import parkedIdeas from "./parked-ideas.js";
import requiredSections from "./required-sections.js";
import singleOwner from "./single-owner.js";
import summaryPresent from "./summary-present.js";
import timelineCounterfactual from "./timeline-counterfactual.js";
import timelineEvidence from "./timeline-evidence.js";
import timelineFactHypothesis from "./timeline-fact-hypothesis.js";
import timelineLabels from "./timeline-labels.js";
import timelineTimestamp from "./timeline-timestamp.js";
import timelineTimezone from "./timeline-timezone.js";

/** Every rule, in the order `pm rules` lists them. */
export const rules: readonly Rule[] = [
  documentFormat,
  requiredSections,
  summaryPresent,
  singleOwner,
  impactQuantified,
  timelineFactHypothesis,
  timelineLabels,
  timelineTimestamp,
  timelineEvidence,
  timelineTimezone,
  timelineCounterfactual,
  durationConsistent,
  blamelessLanguage,
  actionOwner,
  actionDueDate,
  actionSuccessSignal,
  actionVague,
  parkedIdeas,
  killCriteriaCommittedAction,
  noPlaceholders,
];
