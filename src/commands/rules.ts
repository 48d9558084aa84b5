import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { closest } from "../did-you-mean.js";
import { UserError } from "../errors.js";
import type { Io } from "../io.js";
import { ruleDocsUrl } from "../lint/engine.js";
import { rules } from "../rules/index.js";

/** The rule docs pages, shipped in the package, so `pm rules RULE` works offline. */
const RULE_DOCS_DIR = fileURLToPath(new URL("../../docs/rules/", import.meta.url));

/** `pm rules`: every rule with its default severity and what it checks; `pm rules RULE`: that rule's docs page. */
export default async function listRules(args: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  const rows = rules.map((rule) => ({ id: rule.meta.id, defaultSeverity: rule.meta.defaultSeverity, description: rule.meta.description, url: ruleDocsUrl(rule.meta.id) }));
  const [wanted] = args;
  if (wanted !== undefined) {
    const row = rows.find((candidate) => candidate.id === wanted);
    if (!row) {
      const guess = closest(wanted, rows.map((candidate) => candidate.id));
      throw new UserError(`unknown rule "${wanted}"${guess ? ` (did you mean "${guess}"?)` : ""}; run pm rules to list them`);
    }
    const docs = readRuleDocs(row.id);
    io.stdout(options.format === "json" ? `${JSON.stringify({ ...row, docs }, null, 2)}\n` : `${docs.trimEnd()}\n\nOnline: ${row.url}\n`);
    return 0;
  }
  if (options.format === "json") {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rows.map((row) => row.id.length));
  const lines = rows.map((row) => `${row.id.padEnd(width)}  ${row.defaultSeverity.padEnd(7)}  ${row.description}`);
  io.stdout(
    `${"Rule".padEnd(width)}  Default  What it checks\n${lines.join("\n")}\n\n` +
      `Docs: pm rules RULE (or ${ruleDocsUrl("RULE")}); set severities under "rules" in .pmrc.yaml (pm init writes one).\n`,
  );
  return 0;
}

function readRuleDocs(id: string): string {
  try {
    return readFileSync(`${RULE_DOCS_DIR}${id}.md`, "utf8");
  } catch (error) {
    throw new UserError(`the docs page of ${id} is missing from this installation (${(error as Error).message}); it is online at ${ruleDocsUrl(id)}`);
  }
}
