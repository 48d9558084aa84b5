import { describe, expect, it } from "vitest";
import { extract } from "../../src/model/extract.js";
import { MOMENT_WORDING, says } from "../../src/model/incident-times.js";
import { md } from "../helpers/rule-tester.js";

describe.each(Object.values(MOMENT_WORDING))("the $kind wording", ({ pattern, matches, ignores }) => {
  it.each(matches)("finds it in %s", (text) => expect(says(pattern, text)).toBe(true));
  it.each(ignores)("does not find it in %s", (text) => expect(says(pattern, text)).toBe(false));
});

const moments = (text: string) => {
  const { times } = extract("m.md", text);
  return { started: times.started?.line ?? null, detected: times.detected?.line ?? null, mitigated: times.mitigated?.line ?? null, resolved: times.resolved?.line ?? null };
};

describe("the incident's moments", () => {
  it("takes detection and resolution from a header table of bold keys", () => {
    const text = md("| Pipeline incident | |", "|---|---|", "| **Detected** | `2026-02-03 12:00` |", "| **Resolved** | `2026-02-04 09:30` |", "", "## Timeline", "", "- 11:20 - job exits and alerts the channel", "- 12:30 - rerun published");
    const { times } = extract("m.md", text);
    expect([times.detected?.line, times.resolved?.line]).toEqual([3, 4]);
  });

  it("puts mitigation at the resolution when nothing stopped the impact earlier", () => {
    expect(moments(md("## Timeline", "", "- 10:00 errors began", "- 10:05 paged", "- 10:40 fix merged; incident ends"))).toEqual({ started: 3, detected: 4, mitigated: 5, resolved: 5 });
  });

  it("does not take a belief that it was resolved as the resolution", () => {
    const text = md("## Timeline", "", "- 10:00 errors began", "- 10:05 paged", "- 10:20 believing the issue to be resolved, the team stands down", "- 11:00 errors return; rolled back", "- 11:30 all clear");
    expect(moments(text)).toEqual({ started: 3, detected: 4, mitigated: 6, resolved: 7 });
  });
});
