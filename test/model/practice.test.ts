import { describe, expect, it } from "vitest";
import { extract } from "../../src/model/extract.js";

const practiceOf = (markdown: string) => extract("test.md", markdown).practice;

describe("review practice extraction", () => {
  it("reads roles, goal and audience from labelled lines and tables, with their lines", () => {
    const practice = practiceOf("# R\n\n- **Goal:** learning\n- **Scribe:** Ana\n\n| Field | Value |\n|---|---|\n| Facilitator | Sam |\n| Audience | SRE |\n");
    expect(practice.goal).toMatchObject({ text: "learning", line: 3 });
    expect(practice.roles.map((role) => [role.role, role.text, role.line])).toEqual([
      ["scribe", "Ana", 4],
      ["facilitator", "Sam", 8],
    ]);
    expect(practice.audience).toMatchObject({ text: "SRE", line: 9 });
  });

  it("ignores roles whose value is a placeholder", () => {
    expect(practiceOf("# R\n\n- **Facilitator:** [Name]\n- **Scribe:** TBD\n").roles).toEqual([]);
  });

  it("clusters factors by a column, a sub-heading or a bold lead-in", () => {
    const practice = practiceOf(
      "# R\n\n## Contributing factors\n\n### Process\n\n- Changes skip review on Fridays\n\n**Tech:**\n\n- The pool has no per-workload cap\n\n| Category | Factor |\n|---|---|\n| Comms | Status page needs a manual update |\n",
    );
    expect(practice.factors.map((factor) => [factor.category, factor.line])).toEqual([
      ["process", 7],
      ["tech", 11],
      ["comms", 15],
    ]);
  });

  it("does not treat a document titled Root Cause Analysis as one list of causes", () => {
    expect(practiceOf("# Root Cause Analysis template\n\n## Intro\n\n- Describe the incident here please\n- Keep it short and factual\n").factors).toEqual([]);
  });

  it("measures a nested why chain by its depth, a flat one by its length", () => {
    const nested = practiceOf(
      "# R\n\n## Five whys\n\n- Why did downloads fail?\n  - Why was the URL wrong?\n    - Why was it not tested?\n  - Why was review skipped?\n",
    );
    expect(nested.whyChains).toEqual([{ line: 5, column: 1, steps: 3 }]);
    const flat = practiceOf("# R\n\n## Whys\n\n* Exports were deleted by the job\n* ...because the job ignored the flag\n* ...because nobody documented the flag\n");
    expect(flat.whyChains[0]!.steps).toBe(3);
  });

  it("finds a TL;DR shareout and a recurring review with its cadence and owner", () => {
    const practice = practiceOf(
      "# R\n\n**TL;DR:** the cache fell over and we split the pool.\n\n## Learnings review (recurring)\n\n- **Cadence:** monthly\n- **Owner:** Dana\n",
    );
    expect(practice.shareouts).toMatchObject([{ kind: "tldr", line: 3 }]);
    expect(practice.learningsReview).toMatchObject({ line: 5, cadence: { text: "monthly", line: 7 }, owner: { text: "Dana", line: 8 } });
  });

  it("marks a template by the placeholders in its title and header fields", () => {
    expect(practiceOf("# Postmortem: [Incident title]\n\n**Date:** YYYY-MM-DD\n").templateMarkers.map((marker) => marker.line)).toEqual([1, 3]);
    expect(practiceOf("# Cache outage\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| HH:mm | unknown |\n").templateMarkers).toEqual([]);
  });
});
