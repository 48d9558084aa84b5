import { displayPath } from "../files.js";
import type { ResolvedConfig } from "../config.js";
import type { RuleContext, RuleMeta } from "../lint/types.js";

const DEFAULT = "default";

/** `pm lint --print-config FILE`: the settings that apply to one file, each with where it came from (as JSON data). */
export function formatConfig(input: {
  file: string;
  config: ResolvedConfig;
  rules: readonly RuleMeta[];
  /** The sections this file needs and the template they came from. */
  requirements: Pick<RuleContext, "requiredSections" | "template">;
  cwd: string;
}): Record<string, unknown> {
  const { config } = input;
  const template = input.requirements.template ?? null;
  const from = (key: string) => config.sources[key] ?? DEFAULT;
  const sectionsFrom = () => {
    if (template === null || template.problem !== null) return from("requiredSections.default");
    return config.templateSections[template.name] ? from(`requiredSections.templates.${template.name}`) : `template ${template.name}`;
  };
  const shown = (folder: string) => displayPath(folder, input.cwd) || ".";
  const printed = {
    file: input.file,
    configFile: config.file,
    configFiles: config.files,
    ignores: config.ignores.map((layer) => ({ patterns: layer.patterns, relativeTo: layer.from === "default" ? "any folder" : shown(layer.base), from: layer.from })),
    template: template?.name ?? null,
    ...(template?.problem ? { templateProblem: template.problem } : {}),
    rules: Object.fromEntries(input.rules.map((rule) => [rule.id, { severity: config.rules[rule.id] ?? rule.defaultSeverity, from: from(`rules.${rule.id}`) }])),
    requiredSections: { sections: input.requirements.requiredSections, from: sectionsFrom() },
    vocabulary: Object.fromEntries(Object.entries(config.vocabulary).map(([key, words]) => [key, { added: words, from: from(`vocabulary.${key}`) }])),
    postmortems: { path: config.postmortems === null ? null : shown(config.postmortems), from: from("postmortems") },
    templates: { folders: config.templateDirs.map(shown), from: from("templates") },
  };
  return printed;
}
