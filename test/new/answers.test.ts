import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UserError, UserErrors } from "../../src/errors.js";
import { NO_WRITTEN_ANSWERS, readAnswersFile, resolveAnswers, type AnswerSources, type GivenAnswers } from "../../src/new/answers.js";
import { QUESTIONS, type QuestionContext } from "../../src/new/questions.js";
import { scriptedPrompter } from "../helpers/scripted-prompter.js";

const context: QuestionContext = {
  today: "2026-03-20",
  templates: [
    { value: "incident", description: "classic" },
    { value: "learning-review", description: "full pack" },
    { value: "near-miss", description: "short" },
  ],
};

function sources(overrides: Partial<AnswerSources>): AnswerSources {
  return { flags: {}, written: NO_WRITTEN_ANSWERS, yes: false, prompter: null, context, ...overrides };
}

/** Answers as if read from a file, each on its own line in question order. */
function written(answers: GivenAnswers): AnswerSources["written"] {
  const at = Object.fromEntries(Object.keys(answers).map((key, index) => [key, { line: index + 1, label: `a.yaml:${index + 1}:3: ${key}` }]));
  return { answers, at, problems: [] };
}

function check(key: string, value: string, answers = {}) {
  return QUESTIONS.find((question) => question.key === key)!.check(value, answers, context);
}

describe("question validation (the predicates lint uses)", () => {
  it("accepts calendar dates and writes them as YYYY-MM-DD", () => {
    expect(check("date", "2026-03-16")).toEqual({ value: "2026-03-16" });
    expect(check("date", "March 16, 2026")).toEqual({ value: "2026-03-16" });
    expect(check("date", "2026-02-30")).toEqual({ problem: expect.stringContaining("not a calendar date") });
    expect(check("date", "yesterday")).toEqual({ problem: expect.stringContaining("YYYY-MM-DD") });
  });

  it("reads severities and review types in their usual spellings", () => {
    expect(check("severity", "sev-1")).toEqual({ value: "SEV1" });
    expect(check("severity", "P2")).toEqual({ value: "SEV2" });
    expect(check("severity", "high")).toEqual({ problem: expect.stringContaining("SEV1, SEV2, SEV3, SEV4") });
    expect(check("reviewType", "Near miss")).toEqual({ value: "near-miss" });
    expect(check("reviewType", "drill")).toEqual({ problem: expect.stringContaining("incident, near-miss") });
  });

  it("takes a person, handle or team for a role, or nothing, but not a placeholder", () => {
    expect(check("facilitator", "@ana")).toEqual({ value: "@ana" });
    expect(check("facilitator", "")).toEqual({ value: "" });
    expect(check("scribe", "TBD")).toEqual({ problem: expect.stringContaining('"TBD" is a placeholder') });
  });

  it("takes clock times, and refuses a resolution before the detection unless dated the next day", () => {
    expect(check("detected", "2:05 PM")).toEqual({ value: "14:05" });
    expect(check("detected", "soon")).toEqual({ problem: expect.stringContaining("HH:MM") });
    expect(check("resolved", "13:00", { date: "2026-03-16", detected: "14:05" })).toEqual({ problem: expect.stringContaining("e.g. 2026-03-17 13:00") });
    expect(check("resolved", "2026-03-17 01:10", { date: "2026-03-16", detected: "14:05" })).toEqual({ value: "2026-03-17 01:10" });
  });

  it("refuses template names that are paths", () => {
    expect(check("template", "../../x")).toEqual({ problem: expect.stringContaining('"../../x" is not a template name') });
    expect(check("template", "missing")).toEqual({ problem: expect.stringContaining("use one of incident, learning-review, near-miss") });
  });
});

describe("resolveAnswers", () => {
  it("asks every question in order on a terminal, offering the defaults", async () => {
    const prompter = scriptedPrompter(["Checkout errors", "", "SEV2", "", "Ana", "", "", "14:05", "15:30", "2,000 payments failed", ""]);
    const answers = await resolveAnswers(sources({ prompter }));
    expect(prompter.asked.map((question) => question.message.split(" (")[0])).toEqual([
      "Title",
      "Incident date",
      "Severity",
      "Review type",
      "Facilitator",
      "Scribe",
      "Decision owner",
      "Detected at",
      "Resolved at",
      "Impact",
      "Template",
    ]);
    expect(prompter.asked[1]!.default).toBe("2026-03-20");
    expect(answers).toEqual({
      title: "Checkout errors",
      date: "2026-03-20",
      severity: "SEV2",
      reviewType: "incident",
      facilitator: "Ana",
      scribe: "",
      decisionOwner: "",
      detected: "14:05",
      resolved: "15:30",
      impact: "2,000 payments failed",
      template: "learning-review",
    });
  });

  it("re-asks after an invalid answer, showing why", async () => {
    const prompter = scriptedPrompter(["", "Outage", "2026-13-01", "2026-03-16", "", "near-miss", "", "", "", "", "", "", ""]);
    const answers = await resolveAnswers(sources({ prompter }));
    expect(prompter.rejected).toEqual([expect.stringContaining("title can't be empty"), expect.stringContaining('"2026-13-01" is not a calendar date')]);
    expect(answers.date).toBe("2026-03-16");
    // A near miss defaults to the short template.
    expect(answers.template).toBe("near-miss");
  });

  it("does not ask what a flag or the answers file already answered (flags win)", async () => {
    const prompter = scriptedPrompter(["", "", "", "", "", "", "", "", ""]);
    const answers = await resolveAnswers(sources({ prompter, flags: { title: "From flag", severity: "1" }, written: written({ title: "From file", template: "incident" }) }));
    expect(answers).toMatchObject({ title: "From flag", severity: "SEV1", template: "incident" });
    expect(prompter.asked.map((question) => question.message)).not.toContainEqual(expect.stringMatching(/^(Title|Severity|Template)/));
  });

  it("with --yes takes the defaults and asks only for what has none", async () => {
    const prompter = scriptedPrompter(["Only the title"]);
    const answers = await resolveAnswers(sources({ prompter, yes: true }));
    expect(prompter.asked).toHaveLength(1);
    expect(answers).toMatchObject({ title: "Only the title", date: "2026-03-20", severity: "SEV3", reviewType: "incident", template: "learning-review", facilitator: "" });
  });

  it("without a terminal, names every missing flag instead of waiting", async () => {
    await expect(resolveAnswers(sources({ flags: { title: "x" } }))).rejects.toThrow(
      "no terminal to ask on and no answer for --date, --severity, --review-type, --facilitator, --scribe, --decision-owner, --detected, --resolved, --impact, --template: pass them as flags or in --answers FILE.yaml, or add --yes to take the defaults",
    );
    await expect(resolveAnswers(sources({ yes: true }))).rejects.toThrow("no answer for --title: pass them as flags or in --answers FILE.yaml");
  });

  it("checks given answers before asking anything, naming where the bad one came from", async () => {
    const prompter = scriptedPrompter([]);
    await expect(resolveAnswers(sources({ prompter, flags: { date: "2026-02-30" } }))).rejects.toThrow(new UserError('--date: "2026-02-30" is not a calendar date: write it as YYYY-MM-DD, e.g. 2026-03-16'));
    await expect(resolveAnswers(sources({ prompter, written: written({ template: "../../x" }) }))).rejects.toThrow(/^a.yaml:1:3: template: "..\/..\/x" is not a template name/);
    expect(prompter.asked).toEqual([]);
  });

  it("reports every bad answer at once, flags first and then the file's by line, with a count", async () => {
    const prompter = scriptedPrompter([]);
    const given = written({ title: "Outage", date: "2026-02-30", severity: "high", facilitator: "TBD" });
    given.problems.push({ line: 5, text: 'a.yaml:5:1: unknown key "titel"' });
    const failure = resolveAnswers(sources({ prompter, flags: { detected: "soon", resolved: "later" }, written: given }));
    await expect(failure).rejects.toThrow(UserErrors);
    const lines = (await failure.catch((error: UserErrors) => error.lines)) as string[];
    expect(lines).toEqual([
      '--detected: "soon" is not a time: write the detection time as HH:MM (UTC), or YYYY-MM-DD HH:MM when it was another day',
      '--resolved: "later" is not a time: write the resolution time as HH:MM (UTC), or YYYY-MM-DD HH:MM when it was another day',
      'a.yaml:2:3: date: "2026-02-30" is not a calendar date: write it as YYYY-MM-DD, e.g. 2026-03-16',
      'a.yaml:3:3: severity: "high" is not a severity: use one of SEV1, SEV2, SEV3, SEV4',
      'a.yaml:4:3: facilitator: "TBD" is a placeholder, not an owner: name the facilitator (a person, @handle or team), or leave it empty to fill in later',
      'a.yaml:5:1: unknown key "titel"',
      "6 problems with the answers; nothing was written",
    ]);
    expect(prompter.asked).toEqual([]);
  });

  it("without a terminal, lists the answers missing after the bad ones, not counting a bad answer as missing", async () => {
    const given = written({ title: "Outage", date: "soon" });
    given.problems.push({ line: 3, text: "a.yaml:3:1: impact: must be text, not a list", key: "impact" });
    await expect(resolveAnswers(sources({ written: given }))).rejects.toThrow(
      [
        'a.yaml:2:3: date: "soon" is not a calendar date: write it as YYYY-MM-DD, e.g. 2026-03-16',
        "a.yaml:3:1: impact: must be text, not a list",
        "no terminal to ask on and no answer for --severity, --review-type, --facilitator, --scribe, --decision-owner, --detected, --resolved, --template: pass them as flags or in --answers FILE.yaml, or add --yes to take the defaults",
        "3 problems with the answers; nothing was written",
      ].join("\npm: "),
    );
    // --yes fills in what has a default; the bad answers still stop it.
    await expect(resolveAnswers(sources({ written: given, yes: true }))).rejects.toThrow(/^a.yaml:2:3: date: .*\npm: a.yaml:3:1: impact: .*\npm: 2 problems with the answers; nothing was written$/);
  });
});

describe("readAnswersFile", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pm-answers-"));
  const write = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return name;
  };

  it("reads flag names or their camelCase, numbers as text, empty as empty, each with where it is written", async () => {
    const file = write("ok.yaml", "title: Outage\nreview-type: near-miss\ndecisionOwner: '@sam'\ndetected: 14:05\nseverity: 2\nscribe:\n");
    const read = await readAnswersFile(file, dir);
    expect(read.answers).toEqual({ title: "Outage", reviewType: "near-miss", decisionOwner: "@sam", detected: "14:05", severity: "2", scribe: "" });
    expect(read.at.reviewType).toEqual({ line: 2, label: "ok.yaml:2:14: review-type" });
    expect(read.at.decisionOwner).toEqual({ line: 3, label: "ok.yaml:3:16: decisionOwner" });
    expect(read.at.scribe).toEqual({ line: 6, label: "ok.yaml:6:8: scribe" });
    expect(read.problems).toEqual([]);
  });

  it("keeps every bad entry as a problem on its line: unknown keys (with a guess), lists, mappings, an answer given twice", async () => {
    const read = await readAnswersFile(write("a.yaml", "titel: x\ntitle: [a, b]\nimpact:\n  who: everyone\nreview-type: incident\nreviewType: near-miss\nzzz: 1\n"), dir);
    expect(read.problems).toEqual([
      { line: 1, text: 'a.yaml:1:1: unknown key "titel" (did you mean "title"?): use title, date, severity, review-type, facilitator, scribe, decision-owner, detected, resolved, impact, template' },
      { line: 2, text: "a.yaml:2:1: title: must be text, not a list", key: "title" },
      { line: 3, text: "a.yaml:3:1: impact: must be text, not a mapping", key: "impact" },
      { line: 6, text: "a.yaml:6:1: reviewType: answered already on line 5: keep one", key: "reviewType" },
      { line: 7, text: expect.stringMatching(/^a.yaml:7:1: unknown key "zzz": use title,/) },
    ]);
    expect(read.answers).toEqual({ reviewType: "incident" });
  });

  it("stops at a file that can't be read, isn't YAML or isn't a mapping, with one clear line each", async () => {
    await expect(readAnswersFile(write("c.yaml", "- a\n"), dir)).rejects.toThrow(new UserError('--answers c.yaml: expected a mapping such as "title: Checkout errors"'));
    await expect(readAnswersFile(write("d.yaml", "title: [\n"), dir)).rejects.toThrow(/^d.yaml:2:1: not valid YAML: /);
    await expect(readAnswersFile(write("e.yaml", "title: a\ntitle: b\n"), dir)).rejects.toThrow("e.yaml:2:1: not valid YAML: Map keys must be unique");
    await expect(readAnswersFile("nope.yaml", dir)).rejects.toThrow(new UserError("--answers nope.yaml: no such file or directory"));
    expect(await readAnswersFile(write("empty.yaml", "# nothing yet\n"), dir)).toEqual(NO_WRITTEN_ANSWERS);
  });
});
