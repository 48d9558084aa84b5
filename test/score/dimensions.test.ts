import { describe, expect, it } from "vitest";
import { extract } from "../../src/model/extract.js";
import { actions } from "../../src/score/actions.js";
import { dissemination } from "../../src/score/dissemination.js";
import { scope } from "../../src/score/scope.js";
import { systems } from "../../src/score/systems.js";
import { timeline } from "../../src/score/timeline.js";
import { triggers } from "../../src/score/triggers.js";
import type { Dimension } from "../../src/score/types.js";

function grade(dimension: Dimension, markdown: string) {
  return dimension.grade(extract("test.md", markdown));
}

/** Each dimension: a document earning 0, one earning 1 and one earning 2, and what the 0 and 1 are told. */
const cases: Array<{ dimension: Dimension; zero: string; one: string; two: string; oneMissing: RegExp }> = [
  {
    dimension: scope,
    zero: "# Outage\n\n## Summary\n\nThe outage was human error by the on-call engineer.\n",
    one: "# Outage\n\n- **Goal:** understand the outage\n- **Facilitator:** Sam Lee\n\n## Summary\n\nThe cache fell over.\n",
    two: [
      "# Outage",
      "",
      "- **Goal:** learning and prevention",
      "- **Audience:** engineering and support",
      "- **Facilitator:** Sam Lee",
      "- **Scribe:** Ana Ruiz",
      "- **Decision owner:** Head of Platform",
      "- **Ground rules:** we improve systems, we do not judge individuals",
      "- **Constraints:** anonymised, no individual names in the write-up",
      "",
    ].join("\n"),
    oneMissing: /name the scribe, decision owner/,
  },
  {
    dimension: timeline,
    zero: "# Outage\n\n## Timeline\n\nIn the morning things broke, then later we fixed them.\n",
    one: "# Outage\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 09:00 | Deploy |\n| 09:05 | Alerts fire |\n| 09:30 | Rolled back |\n",
    two: [
      "# Outage",
      "",
      "## Impact",
      "",
      "About 1,200 users could not log in for 35 minutes.",
      "",
      "## Timeline",
      "",
      "| Time | Event | Evidence | Fact/Hypothesis |",
      "|---|---|---|---|",
      "| 09:00 | Deploy of v2 | deploy log | Fact |",
      "| 09:05 | Alerts fire | PagerDuty | Fact |",
      "| 09:20 | Cache eviction storm | Grafana panel | Hypothesis |",
      "| 09:35 | Rolled back | deploy log | Fact |",
      "",
    ].join("\n"),
    oneMissing: /label every entry fact or hypothesis/,
  },
  {
    dimension: systems,
    zero: "# Outage\n\n## Root cause\n\nA bad config.\n",
    one: "# Outage\n\n## Contributing factors\n\n- The config change was not reviewed by a second person\n- Staging had a tenth of production traffic\n",
    two: [
      "# Outage",
      "",
      "## Contributing factors",
      "",
      "| Cluster | Factor | Why it made sense at the time |",
      "|---|---|---|",
      "| Process | Config changes skip review | Reviews slowed urgent fixes last year |",
      "| Tech | Staging has a tenth of the traffic | Cost; functional tests passed for years |",
      "| Comms | Support heard about it from customers | The status page needed a manual update |",
      "",
      "## 5 Whys",
      "",
      "1. Why did login fail? The cache evicted every session key.",
      "2. Why did it evict them? The new config halved its memory.",
      "3. Why was memory halved? The config template had the wrong default.",
      "",
    ].join("\n"),
    oneMissing: /cluster the factors by kind/,
  },
  {
    dimension: actions,
    zero: "# Outage\n\n## Action items\n\n- Be more careful with deploys\n",
    one: "# Outage\n\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Add a config linter | @sam | 2026-05-01 |\n| Raise cache memory alert | @ana | 2026-05-03 |\n",
    two: [
      "# Outage",
      "",
      "## Action items",
      "",
      "| Action | Owner | Due | Success signal | Follow-up |",
      "|---|---|---|---|---|",
      "| Add a config linter | @sam | 2026-05-01 | Bad defaults fail CI | 2026-05-15 |",
      "| Raise cache memory alert | @ana | 2026-05-03 | Alert fires in the next drill | 2026-05-20 |",
      "",
      "**Parked ideas:**",
      "",
      "- Replace the cache (revisit next quarter)",
      "",
    ].join("\n"),
    oneMissing: /success signal/,
  },
  {
    dimension: dissemination,
    zero: "# Outage\n\n## Timeline\n\n- 09:00 deploy\n",
    one: "# Outage\n\n## Summary\n\nA config change halved the cache and logged out every user for half an hour.\n",
    two: [
      "# Outage",
      "",
      "## TL;DR shareout",
      "",
      "A config change halved the cache and logged out every user; we now lint configs in CI.",
      "",
      "## Learnings review (recurring)",
      "",
      "- **Cadence:** monthly",
      "- **Owner:** Head of Platform",
      "- **Inputs:** action tracker, new incidents",
      "- **Attendees:** platform and support leads",
      "",
    ].join("\n"),
    oneMissing: /TL;DR/,
  },
  {
    dimension: triggers,
    zero: "# Outage\n\n## Kill criteria\n\n- If it happens again we'll discuss it\n",
    one: "# Outage\n\n## Kill criteria\n\n| Signal | Committed action |\n|---|---|\n| Cache evictions spike | Roll back the config |\n",
    two: [
      "# Outage",
      "",
      "## Kill criteria",
      "",
      "| Signal | Window | Threshold | Committed action | Owner |",
      "|---|---|---|---|---|",
      "| Config-caused outage | 90 days after the linter ships | 1 or more | Freeze config changes | @sam |",
      "| Evictions above baseline | 30 days | > 5% of keys per hour | Roll back the config | @ana |",
      "",
    ].join("\n"),
    oneMissing: /window/,
  },
];

describe.each(cases)("dimension $dimension.id ($dimension.name)", ({ dimension, zero, one, two, oneMissing }) => {
  it("gives 0, and says what to add first", () => {
    const result = grade(dimension, zero);
    expect(result.score).toBe(0);
    expect(result.missing.length).toBeGreaterThan(0);
  });

  it("gives 1, and says what is missing for 2", () => {
    const result = grade(dimension, one);
    expect(result.score).toBe(1);
    expect(result.missing.join("\n")).toMatch(oneMissing);
  });

  it("gives 2 with evidence lines and nothing missing", () => {
    const result = grade(dimension, two);
    expect(result.score).toBe(2);
    expect(result.missing).toEqual([]);
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const item of result.evidence) for (const line of item.lines) expect(line).toBeGreaterThan(1);
  });
});

describe("grading details", () => {
  it("keeps blame wording from reaching 2 and names the line", () => {
    const blamed = cases[0]!.two + "\n## Summary\n\nThe outage was Sam's fault.\n";
    const result = grade(scope, blamed);
    expect(result.score).toBe(1);
    expect(result.missing[0]).toMatch(/reword line 13/);
  });

  it("does not count a deferral as a committed trigger action", () => {
    const result = grade(triggers, "# O\n\n## Triggers\n\n| Signal | Threshold | Committed action | Owner |\n|---|---|---|---|\n| Errors | > 1% | Discuss at the next sync | @sam |\n");
    expect(result.score).toBe(1);
    expect(result.missing.join("\n")).toMatch(/pre-committed action/);
  });

  it("does not count template placeholders as timeline entries", () => {
    const result = grade(timeline, "# O\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| HH:MM | [Event] |\n| HH:MM | [Event] |\n");
    expect(result.score).toBe(0);
  });
});
