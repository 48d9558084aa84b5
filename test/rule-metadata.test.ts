import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { starterConfig } from "../src/commands/init.js";
import { rules } from "../src/rules/index.js";
// @ts-expect-error: a plain ES module shared with scripts/sync-rules.mjs, without types.
import { readmeTable, schemaRuleProperties } from "../scripts/rule-catalog.mjs";

/** Each rule's metadata is the one source of its description, default and options: every list of the rules says the same. */
const root = new URL("../", import.meta.url);

describe("rule metadata is the single source of the rule lists", () => {
  it("the README's rule table is the one made from the metadata (npm run sync-rules)", () => {
    expect(readFileSync(new URL("README.md", root), "utf8")).toContain(readmeTable(rules));
  });

  it("the config schema lists every rule with the metadata's description (npm run sync-rules)", () => {
    const schema = JSON.parse(readFileSync(new URL("schema/pmrc.schema.json", root), "utf8"));
    expect(schema.properties.rules.properties).toEqual(schemaRuleProperties(rules));
  });

  it("pm init's starter config shows every rule with its default, options and description", () => {
    const config = starterConfig(null);
    for (const { meta } of rules) {
      const line = config.split("\n").find((text) => text.startsWith(`#   ${meta.id}:`));
      expect(line, meta.id).toBeDefined();
      expect(line, meta.id).toContain(meta.options ? `[${meta.defaultSeverity}, ${meta.options.example}]` : ` ${meta.defaultSeverity}`);
      expect(line, meta.id).toContain(meta.description);
    }
  });
});
