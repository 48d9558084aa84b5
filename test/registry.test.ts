import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../src/rules/index.js";

const root = new URL("../", import.meta.url);
const ruleFiles = readdirSync(new URL("src/rules/", root))
  .filter((name) => name.endsWith(".ts") && name !== "index.ts")
  .map((name) => name.replace(/\.ts$/, ""));

describe("rule registry", () => {
  it("lists every rule file exactly once, named by its id", () => {
    expect(rules.map((rule) => rule.meta.id).sort()).toEqual([...ruleFiles].sort());
  });

  for (const id of ruleFiles) {
    it(`${id} has docs, tests and a README entry`, () => {
      expect(existsSync(new URL(`docs/rules/${id}.md`, root)), `docs/rules/${id}.md`).toBe(true);
      expect(existsSync(new URL(`test/rules/${id}.test.ts`, root)), `test/rules/${id}.test.ts`).toBe(true);
      expect(readFileSync(new URL("README.md", root), "utf8")).toContain(`[\`${id}\`](docs/rules/${id}.md)`);
    });
  }

  it("gives every rule a description, a default severity and messages", () => {
    for (const rule of rules) {
      expect(rule.meta.description.length, rule.meta.id).toBeGreaterThan(10);
      expect(["warn", "error"]).toContain(rule.meta.defaultSeverity);
      expect(Object.keys(rule.meta.messages).length, rule.meta.id).toBeGreaterThan(0);
    }
  });
});
