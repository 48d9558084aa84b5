import { vocabularyOf, type ResolvedConfig } from "../config.js";
import { UserError } from "../errors.js";
import { extract } from "../model/extract.js";
import type { PostmortemDoc } from "../model/types.js";
import { rules } from "../rules/index.js";
import { loadTemplate, templateSearchPath } from "../templates/catalog.js";
import { lintDocument } from "./engine.js";
import type { LintResult, RuleContext } from "./types.js";

/** Lints one document's text: parse once, extract the model, run the rules. */
export function lintText(text: string, file: string, config: ResolvedConfig, today: string): LintResult {
  return lintModel(extract(file, text, vocabularyOf(config)), config, today);
}

/** Runs the rules on a document already read into the model (the language server keeps the model for its outline and fixes). */
export function lintModel(doc: PostmortemDoc, config: ResolvedConfig, today: string): LintResult {
  const vocabulary = vocabularyOf(config);
  return lintDocument(doc, {
    rules,
    severities: config.rules,
    ruleOptions: config.ruleOptions,
    context: { ...requirementsFor(doc, config), today, vocabulary },
  });
}

/**
 * A document made by `pm new` names its template, whose front matter says which sections it needs;
 * a list for that template in the config file takes precedence.
 */
export function requirementsFor(doc: PostmortemDoc, config: ResolvedConfig): Pick<RuleContext, "requiredSections" | "template"> {
  const name = doc.frontMatter.data.template;
  if (typeof name !== "string" || name.trim() === "") return { requiredSections: config.requiredSections };
  const configured = config.templateSections[name.trim()];
  if (configured) return { requiredSections: configured, template: { name: name.trim(), problem: null } };
  try {
    const template = loadTemplate(name.trim(), templateSearchPath(config.templateDirs));
    return { requiredSections: template.requires, template: { name: template.name, problem: null } };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { requiredSections: config.requiredSections, template: { name, problem: error.message } };
  }
}
