import { isUnreadable } from "../model/extract.js";
import { repositoryFileUrl } from "../package-info.js";
import type { PostmortemDoc } from "../model/types.js";
import { applyDirectives, parseDirectives, unknownRuleMessages } from "./directives.js";
import { spanFinder } from "./span.js";
import type { Finding, LintMessage, LintResult, Rule, RuleContext, Severity } from "./types.js";

/** A rule's docs page online; `pm rules ID` prints the same page from the installed package. */
export function ruleDocsUrl(ruleId: string): string {
  return repositoryFileUrl(`docs/rules/${ruleId}.md`);
}

export interface LintSettings {
  rules: readonly Rule[];
  /** Severity per rule id; rules not named run at their default severity. */
  severities: Record<string, Severity>;
  /** Options per rule id, handed to that rule alone as `context.options`. */
  ruleOptions?: Record<string, Record<string, unknown>>;
  context: RuleContext;
}

function formatMessage(template: string, data: Finding["data"]): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (data && name in data ? String(data[name]) : whole));
}

/**
 * Runs every enabled rule on one document and stamps each finding with its rule id, severity and
 * docs URL, so rules only say what is wrong, where, and what to do. Control comments
 * (`<!-- pm-lint-disable RULE -->`) are applied here, once for every rule.
 */
export function lintDocument(doc: PostmortemDoc, settings: LintSettings): LintResult {
  const unreadable = isUnreadable(doc.problems);
  const found: LintMessage[] = [];
  const spanOf = spanFinder(doc.text);
  for (const rule of settings.rules) {
    const severity = settings.severities[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (severity === "off") continue;
    if (unreadable && !rule.meta.checksUnreadableDocuments) continue;
    const context = { ...settings.context, options: settings.ruleOptions?.[rule.meta.id] ?? {} };
    for (const finding of rule.check(doc, context)) {
      const template = rule.meta.messages[finding.messageId];
      if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown message id "${finding.messageId}"`);
      found.push({
        ruleId: rule.meta.id,
        severity: severity === "error" ? 2 : 1,
        message: formatMessage(template, finding.data),
        ...spanOf(finding),
        url: ruleDocsUrl(rule.meta.id),
      });
    }
  }
  const directives = parseDirectives(doc.comments);
  const known = new Set(settings.rules.map((rule) => rule.meta.id));
  const messages = [...applyDirectives(found, directives), ...unknownRuleMessages(directives, known, spanOf)];
  messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return {
    filePath: doc.file,
    messages,
    errorCount: messages.filter((message) => message.severity === 2).length,
    warningCount: messages.filter((message) => message.severity === 1).length,
  };
}
