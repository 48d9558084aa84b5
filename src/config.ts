import type { RequiredSection, Severity } from "./lint/types.js";

/** The sections every postmortem needs unless its template or the config says otherwise. */
export const DEFAULT_REQUIRED_SECTIONS: RequiredSection[] = [
  { name: "Summary", kinds: ["summary", "impact"] },
  { name: "Timeline", kinds: ["timeline"] },
  { name: "Contributing factors", kinds: ["contributing-factors", "root-cause", "five-whys"] },
  { name: "Action items", kinds: ["actions"] },
];

/** The configuration lint runs with, after defaults, config files and flags are merged. */
export interface ResolvedConfig {
  rules: Record<string, Severity>;
  requiredSections: RequiredSection[];
  maxFileBytes: number;
  /** Folders of custom templates (absolute), searched before the built-in ones. */
  templateDirs: string[];
}

export function defaultConfig(): ResolvedConfig {
  return { rules: {}, requiredSections: DEFAULT_REQUIRED_SECTIONS, maxFileBytes: 10 * 1024 * 1024, templateDirs: [] };
}
