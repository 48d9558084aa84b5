// The rule list wherever it is written out: the README's table and the config schema's rule
// properties, made from each rule's metadata (src/rules/ID.ts), the one source of a rule's
// description, default severity and options. `npm run sync-rules` rewrites both; a test fails when
// either is out of step with the metadata.

export const README_START = "<!-- rules:start (made by npm run sync-rules from each rule's meta) -->";
export const README_END = "<!-- rules:end -->";

/** The README's rule table, one row per rule in registry order. */
export function readmeTable(rules) {
  const cell = (text) => text.replace(/\|/g, "\\|");
  const rows = rules.map(({ meta }) => {
    const option = meta.options ? ` Option: ${meta.options.description}` : "";
    return `| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${meta.defaultSeverity} | ${cell(meta.description)}${cell(option)} |`;
  });
  return [README_START, "", "| Rule | Default | What it checks |", "|---|---|---|", ...rows, "", README_END].join("\n");
}

/** The README with its rule table replaced by the one made from the metadata. */
export function withReadmeTable(readme, rules) {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} ... ${README_END} block`);
  return readme.slice(0, start) + readmeTable(rules) + readme.slice(end + README_END.length);
}

/** The schema's `rules.properties`: each rule id with its description, as the metadata says. */
export function schemaRuleProperties(rules) {
  return Object.fromEntries(
    rules.map(({ meta }) => [meta.id, { description: meta.description, $ref: `#/definitions/${meta.options?.schemaDefinition ?? "ruleEntry"}` }]),
  );
}

/** The schema with its rule properties made from the metadata. */
export function withSchemaRules(schema, rules) {
  return { ...schema, properties: { ...schema.properties, rules: { ...schema.properties.rules, properties: schemaRuleProperties(rules) } } };
}
