/**
 * What `pm new` asks, in order. Each question has its flag, its default and its validation, which
 * reuses the predicates lint applies later, so the prompt, the flags and an answers file all
 * accept exactly the same values. No terminal code here: see prompt.ts.
 */
import { addDays, findDate, isCalendarDate, readTimestamp } from "../model/dates.js";
import { templateNameProblem } from "../templates/catalog.js";
import { ownerProblem, REVIEW_TYPES, reviewTypeFromText, SEVERITIES, severityFromText } from "../model/vocabulary.js";

export interface Answers {
  title: string;
  date: string;
  severity: string;
  reviewType: string;
  facilitator: string;
  scribe: string;
  decisionOwner: string;
  detected: string;
  resolved: string;
  impact: string;
  template: string;
}

export type AnswerKey = keyof Answers;

export interface Choice {
  value: string;
  description: string;
}

export interface Question {
  key: AnswerKey;
  /** The command-line flag, also accepted as a key of an answers file. */
  flag: string;
  message: string;
  /** Shown after the document is written for an answer left empty, and written where it goes. */
  fillIn?: string;
  /** The default given what was answered so far; undefined when there is none (the answer is required). */
  defaultFor: (answers: Partial<Answers>, context: QuestionContext) => string | undefined;
  /** The canonical form of a valid answer, or the reason it is not valid. */
  check: (value: string, answers: Partial<Answers>, context: QuestionContext) => { value: string } | { problem: string };
  /** Fixed choices for a select prompt; computed from context for the template. */
  choices?: (context: QuestionContext) => Choice[];
}

export interface QuestionContext {
  today: string;
  templates: Choice[];
}

const ok = (value: string) => ({ value });
const problem = (why: string) => ({ problem: why });

function optionalPerson(role: string) {
  return (value: string) => {
    if (value.trim() === "") return ok("");
    const why = ownerProblem(value);
    return why ? problem(`${why}: name the ${role} (a person, @handle or team), or leave it empty to fill in later`) : ok(oneLine(value));
  };
}

function optionalTime(label: string) {
  return (value: string) => {
    if (value.trim() === "") return ok("");
    const time = readTimestamp(value);
    return time ? ok(time.text) : problem(`"${value.trim()}" is not a time: write the ${label} as HH:MM (UTC), or YYYY-MM-DD HH:MM when it was another day`);
  };
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

export const QUESTIONS: readonly Question[] = [
  {
    key: "title",
    flag: "title",
    message: "Title (what broke, in a few words)",
    defaultFor: () => undefined,
    check: (value) => (oneLine(value) === "" ? problem("the title can't be empty: say what broke, e.g. \"Checkout errors after config push\"") : ok(oneLine(value))),
  },
  {
    key: "date",
    flag: "date",
    message: "Incident date (YYYY-MM-DD)",
    defaultFor: (_, context) => context.today,
    check: (value) => {
      if (!isCalendarDate(value)) return problem(`"${value.trim()}" is not a calendar date: write it as YYYY-MM-DD, e.g. 2026-03-16`);
      return ok(findDate(value.trim())!.iso);
    },
  },
  {
    key: "severity",
    flag: "severity",
    message: "Severity",
    defaultFor: () => "SEV3",
    choices: () => [
      { value: "SEV1", description: "critical: a core service down or data lost for many customers" },
      { value: "SEV2", description: "major: a key feature broken or badly degraded" },
      { value: "SEV3", description: "minor: partial degradation, a workaround exists" },
      { value: "SEV4", description: "low: no customer impact (near misses, internal tools)" },
    ],
    check: (value) => {
      const severity = severityFromText(value);
      return severity ? ok(severity) : problem(`"${value.trim()}" is not a severity: use one of ${SEVERITIES.join(", ")}`);
    },
  },
  {
    key: "reviewType",
    flag: "review-type",
    message: "Review type",
    defaultFor: () => "incident",
    choices: () => [
      { value: "incident", description: "something broke and people or systems were affected" },
      { value: "near-miss", description: "something almost broke, or broke with no real impact" },
      { value: "security", description: "a security or privacy event" },
      { value: "project", description: "a project, launch or migration that went wrong" },
    ],
    check: (value) => {
      const type = reviewTypeFromText(value);
      return type ? ok(type) : problem(`"${value.trim()}" is not a review type: use one of ${REVIEW_TYPES.join(", ")}`);
    },
  },
  {
    key: "facilitator",
    flag: "facilitator",
    message: "Facilitator (runs the review; Enter to fill in later)",
    fillIn: "name the facilitator, who runs the review",
    defaultFor: () => "",
    check: optionalPerson("facilitator"),
  },
  {
    key: "scribe",
    flag: "scribe",
    message: "Scribe (takes the notes; Enter to fill in later)",
    fillIn: "name the scribe, who takes the notes",
    defaultFor: () => "",
    check: optionalPerson("scribe"),
  },
  {
    key: "decisionOwner",
    flag: "decision-owner",
    message: "Decision owner (signs off the actions; Enter to fill in later)",
    fillIn: "name the decision owner, who signs off the actions",
    defaultFor: () => "",
    check: optionalPerson("decision owner"),
  },
  {
    key: "detected",
    flag: "detected",
    message: "Detected at (HH:MM UTC; Enter to fill in later)",
    fillIn: "time it was detected, HH:MM UTC",
    defaultFor: () => "",
    check: optionalTime("detection time"),
  },
  {
    key: "resolved",
    flag: "resolved",
    message: "Resolved at (HH:MM UTC; Enter to fill in later)",
    fillIn: "time it was resolved, HH:MM UTC",
    defaultFor: () => "",
    check: (value, answers) => {
      const checked = optionalTime("resolution time")(value);
      if (!("value" in checked) || checked.value === "" || !answers.detected) return checked;
      return resolvedAfterDetected(answers.date ?? "", answers.detected, checked.value) ? checked : problem(`resolution (${checked.value}) comes before detection (${answers.detected}): if it was the next day, write the date too, e.g. ${addDays(answers.date ?? "2026-03-16", 1)} ${checked.value.slice(-5)}`);
    },
  },
  {
    key: "impact",
    flag: "impact",
    message: "Impact (who was affected, how many, how long; Enter to fill in later)",
    fillIn: "impact: who was affected, how many, for how long",
    defaultFor: () => "",
    check: (value) => ok(value.trim()),
  },
  {
    key: "template",
    flag: "template",
    message: "Template",
    defaultFor: (answers, context) => {
      const preferred = answers.reviewType === "near-miss" ? "near-miss" : "learning-review";
      return context.templates.some((template) => template.value === preferred) ? preferred : context.templates[0]?.value;
    },
    choices: (context) => context.templates,
    check: (value, _answers, context) => {
      const name = value.trim();
      const nameProblem = templateNameProblem(name);
      if (nameProblem) return problem(nameProblem);
      if (context.templates.some((template) => template.value === name)) return ok(name);
      return problem(`no template named "${name}": use one of ${context.templates.map((template) => template.value).join(", ")} (see pm templates)`);
    },
  },
];

/** Both times on the incident date unless they carry their own date. */
function resolvedAfterDetected(incidentDate: string, detected: string, resolved: string): boolean {
  const at = (text: string) => {
    const time = readTimestamp(text)!;
    return `${time.date ?? incidentDate} ${String(time.minutes).padStart(4, "0")}`;
  };
  return at(resolved) >= at(detected);
}
