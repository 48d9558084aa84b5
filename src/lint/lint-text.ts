import type { ResolvedConfig } from "../config.js";
import { extract } from "../model/extract.js";
import { rules } from "../rules/index.js";
import { lintDocument } from "./engine.js";
import type { LintResult } from "./types.js";

/** Lints one document's text: parse once, extract the model, run the rules. */
export function lintText(text: string, file: string, config: ResolvedConfig, today: string): LintResult {
  const doc = extract(file, text);
  return lintDocument(doc, {
    rules,
    severities: config.rules,
    context: { requiredSections: config.requiredSections, today },
  });
}
