import path from "node:path";
import type { Root } from "mdast";
import type { Plugin } from "unified";
import type { VFile } from "vfile";
import type { ResolvedConfig } from "./config.js";
import { ConfigLookup } from "./config-lookup.js";
import { lintText } from "./lint/lint-text.js";
import { localToday } from "./model/dates.js";
import type { Severity } from "./lint/types.js";

export interface RemarkPmOptions {
  /** A config file to use instead of the one found from the document's folder upwards. */
  config?: string;
  /** Severities that override the config's, as in its `rules` block. */
  rules?: Record<string, Severity>;
}

/**
 * pm's rules as a unified plugin, so remark-cli and remark-language-server show the same
 * diagnostics as `pm lint`. Like remark-lint, each finding becomes a message on the file with
 * `ruleId`, `source` ("pm"), `url` (the rule's docs) and `fatal` (true for errors, false for
 * warnings). pm reads the document with its own parser (GFM and front matter on) rather than
 * the tree it is given, so the findings don't depend on which other plugins are in use.
 */
const remarkPm: Plugin<[RemarkPmOptions?], Root> = (options = {}) => {
  const lookups = new Map<string, ConfigLookup>();
  const configFor = (file: VFile): ResolvedConfig => {
    let lookup = lookups.get(file.cwd);
    if (!lookup) {
      // The same lookup as pm lint's: the nearest config from the document's own folder up.
      lookup = new ConfigLookup({ cwd: file.cwd, configFile: options.config, adjust: (config) => Object.assign(config.rules, options.rules) });
      lookups.set(file.cwd, lookup);
    }
    return file.path ? lookup.configFor(path.resolve(file.cwd, file.path)) : lookup.configForFolder(file.cwd);
  };
  return (_tree, file) => {
    const result = lintText(String(file.value), file.path || "<stdin>", configFor(file), localToday());
    for (const finding of result.messages) {
      const message = file.message(finding.message, { place: { start: { line: finding.line, column: finding.column }, end: { line: finding.endLine, column: finding.endColumn } }, ruleId: finding.ruleId, source: "pm" });
      message.url = finding.url;
      message.fatal = finding.severity === 2;
    }
  };
};

export default remarkPm;
