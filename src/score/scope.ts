import type { PostmortemDoc, RoleKind } from "../model/types.js";
import { describeLines, levelOf, quote } from "./evidence.js";
import type { Dimension, Evidence } from "./types.js";

const CRISP_GOAL = /\b(learn\w*|prevent\w*|improv\w*|recurr\w*|understand\w*)\b/i;

const ROLE_NAMES: Record<RoleKind, string> = {
  facilitator: "facilitator",
  scribe: "scribe",
  "decision-owner": "decision owner",
  "incident-lead": "incident lead / owner",
  attendees: "attendees",
};

/** Dimension 1: a stated goal and audience, blameless ground rules, and who runs the review. */
export const scope: Dimension = {
  id: 1,
  name: "Clarity of scope and safety",
  grade(doc: PostmortemDoc) {
    const practice = doc.practice;
    const evidence: Evidence[] = [];
    if (practice.goal) evidence.push(quote("goal", practice.goal));
    if (practice.audience) evidence.push(quote("audience", practice.audience));
    if (practice.groundRules.length > 0) {
      evidence.push({ text: `blameless ground rules (${practice.groundRules.length})`, lines: practice.groundRules.map((rule) => rule.line) });
    }
    const roleOf = (kind: RoleKind) => practice.roles.find((role) => role.role === kind) ?? null;
    for (const kind of Object.keys(ROLE_NAMES) as RoleKind[]) {
      const role = roleOf(kind);
      if (role) evidence.push(quote(ROLE_NAMES[kind], role));
    }
    if (practice.constraints.length > 0) evidence.push(quote("constraint", practice.constraints[0]!));

    const crispGoal = practice.goal !== null && CRISP_GOAL.test(practice.goal.text);
    const blamed = doc.blame.length > 0;
    // Level 1 asks for part of the frame: any two of goal, audience, ground rules, roles, constraints.
    const present = [practice.goal, practice.audience, practice.groundRules[0], practice.roles[0], practice.constraints[0]];
    const levelOne = present.filter((part) => part !== null && part !== undefined).length >= 2;
    const wantedRoles: RoleKind[] = ["facilitator", "scribe", "decision-owner"];
    const levelTwo =
      levelOne && crispGoal && practice.audience !== null && practice.groundRules.length > 0 &&
      wantedRoles.every((kind) => roleOf(kind) !== null) && practice.constraints.length > 0 && !blamed;
    const score = levelOf(levelOne, levelTwo);

    const missing: string[] = [];
    if (blamed) {
      const lines = doc.blame.map((found) => found.line);
      missing.push(`reword ${describeLines(lines)} ("${doc.blame[0]!.text}"): describe what the system allowed, not who erred`);
    }
    if (score === 0) {
      if (!practice.goal) missing.push('state the goal of the review (e.g. "**Goal:** learning and prevention, not blame")');
      if (practice.roles.length === 0) missing.push("name who ran and attended the review (e.g. **Facilitator:**, **Scribe:**, **Decision owner:**)");
      if (practice.groundRules.length === 0) missing.push('write down blameless ground rules (e.g. "we improve systems, we do not judge individuals")');
    } else if (score === 1) {
      if (!practice.goal) missing.push('state the goal of the review (e.g. "**Goal:** learning and prevention")');
      else if (!crispGoal) missing.push(`make the goal at line ${practice.goal.line} about learning and prevention`);
      if (!practice.audience) missing.push('say who the write-up is for (e.g. "**Audience:** engineering and leadership")');
      if (practice.groundRules.length === 0) missing.push('write down blameless ground rules (e.g. "we improve systems, we do not judge individuals")');
      const absent = wantedRoles.filter((kind) => roleOf(kind) === null).map((kind) => ROLE_NAMES[kind]);
      if (absent.length > 0) missing.push(`name the ${absent.join(", ")} (e.g. "**${capitalise(absent[0]!)}:** a name or role")`);
      if (practice.constraints.length === 0) missing.push("state constraints such as anonymisation (e.g. \"no individual names in the write-up\")");
    }
    return { score, evidence, missing };
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
