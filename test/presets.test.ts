import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PRESET_NAMES, presetSeverities } from "../src/presets.js";
import { rules } from "../src/rules/index.js";

const schema = JSON.parse(readFileSync(new URL("../schema/pmrc.schema.json", import.meta.url), "utf8"));

describe("presets and default severities", () => {
  it("the presets the schema accepts are the ones pm has: default is the metadata, strict makes every rule an error", () => {
    expect(schema.definitions.preset.enum).toEqual([...PRESET_NAMES]);
    expect(presetSeverities("default")).toEqual(Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity])));
    expect(new Set(Object.values(presetSeverities("strict")))).toEqual(new Set(["error"]));
  });

  it("the checks pm exists for are errors by default; a timeline without labels is a warning", () => {
    const severity = (id: string) => rules.find((rule) => rule.meta.id === id)?.meta.defaultSeverity;
    for (const id of ["action-owner", "action-due-date", "action-success-signal", "kill-criteria-committed-action", "timeline-fact-hypothesis"]) expect(severity(id), id).toBe("error");
    expect(severity("timeline-labels")).toBe("warn");
  });

  it("each rule's docs page states the severity its metadata has", () => {
    for (const rule of rules) {
      const page = readFileSync(new URL(`../docs/rules/${rule.meta.id}.md`, import.meta.url), "utf8");
      expect(page, rule.meta.id).toMatch(new RegExp(`^- Default severity: \\*\\*${rule.meta.defaultSeverity}\\*\\*`, "m"));
    }
  });
});
