import type { Io } from "../io.js";
import { ruleDocsUrl } from "../lint/engine.js";
import { rules } from "../rules/index.js";

/** `pm rules`: every rule with its default severity and what it checks. */
export default async function listRules(_args: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  const rows = rules.map((rule) => ({ id: rule.meta.id, defaultSeverity: rule.meta.defaultSeverity, description: rule.meta.description, url: ruleDocsUrl(rule.meta.id) }));
  if (options.format === "json") {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rows.map((row) => row.id.length));
  const lines = rows.map((row) => `${row.id.padEnd(width)}  ${row.defaultSeverity.padEnd(7)}  ${row.description}`);
  io.stdout(`${"Rule".padEnd(width)}  Default  What it checks\n${lines.join("\n")}\n\nDocs: ${ruleDocsUrl("RULE")}; set severities under "rules" in .pmrc.yaml (pm init writes one).\n`);
  return 0;
}
