import type { Severity } from "./lint/types.js";
import { rules } from "./rules/index.js";

/** The presets a config can name with `extends:`; each is a severity for every rule, from the rules' own metadata. */
export const PRESET_NAMES = ["default", "strict"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** `default` is each rule's defaultSeverity; `strict` makes every rule an error. */
export function presetSeverities(name: PresetName): Record<string, Severity> {
  return Object.fromEntries(rules.map((rule) => [rule.meta.id, name === "strict" ? "error" : rule.meta.defaultSeverity]));
}
