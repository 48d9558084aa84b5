import { statSync } from "node:fs";
import path from "node:path";
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

/**
 * Where commands that read the whole collection (`pm actions`) look when given no paths:
 * ./postmortems when it exists, else the working directory. This is the seam for the config file:
 * once it can name the postmortems folder, that folder is returned here instead.
 */
export function defaultPostmortemPaths(cwd: string): string[] {
  return isDirectory(path.join(cwd, "postmortems")) ? ["postmortems"] : ["."];
}

function isDirectory(target: string): boolean {
  try {
    return statSync(target).isDirectory();
  } catch {
    return false;
  }
}
