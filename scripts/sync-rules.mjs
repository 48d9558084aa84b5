#!/usr/bin/env node
// Rewrites the README's rule table and the config schema's rule list from the rules' metadata.
// Usage: npm run sync-rules (builds first).
import { readFileSync, writeFileSync } from "node:fs";
import { rules } from "../dist/rules/index.js";
import { withReadmeTable, withSchemaRules } from "./rule-catalog.mjs";

const root = new URL("../", import.meta.url);
const readme = new URL("README.md", root);
writeFileSync(readme, withReadmeTable(readFileSync(readme, "utf8"), rules));
const schemaFile = new URL("schema/pmrc.schema.json", root);
const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
writeFileSync(schemaFile, `${JSON.stringify(withSchemaRules(schema, rules), null, 2)}\n`);
console.log(`sync-rules: README.md and schema/pmrc.schema.json list ${rules.length} rules`);
