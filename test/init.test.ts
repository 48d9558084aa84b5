import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { starterConfig } from "../src/commands/init.js";
import { DEFAULT_REQUIRED_SECTIONS } from "../src/config.js";
import { loadConfigFile, SCHEMA_URL } from "../src/config-file.js";
import { rules } from "../src/rules/index.js";
import { uncommentSettings } from "./helpers/starter-config.js";

interface SchemaNode {
  properties?: Record<string, SchemaNode & { $ref?: string }>;
}
const schema = JSON.parse(readFileSync(SCHEMA_URL, "utf8")) as SchemaNode & Record<string, unknown>;
const topLevelKeys = Object.keys(schema.properties!);

/** The keys a starter config line sets or shows commented out, with their indentation. */
function shownKeys(text: string): string[] {
  return [...text.matchAll(/^(?:# )?( *[A-Za-z$][\w-]*):/gm)].map((match) => match[1]!);
}

describe("pm init's starter config", () => {
  for (const postmortems of [null, "docs/postmortems"]) {
    const text = starterConfig(postmortems);

    it(`shows every top-level key the schema accepts (postmortems folder ${postmortems ?? "not found"})`, () => {
      expect(topLevelKeys.length).toBeGreaterThan(5);
      for (const key of topLevelKeys) {
        // $schema is for editors: the yaml-language-server comment on the first line is the YAML way to give it.
        if (key === "$schema") expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=https:\/\/\S+\/schema\/pmrc\.schema\.json$/);
        else expect(shownKeys(text), key).toContain(key);
      }
    });

    it(`shows every vocabulary and requiredSections key and every rule (postmortems folder ${postmortems ?? "not found"})`, () => {
      for (const parent of ["vocabulary", "requiredSections"]) {
        for (const key of Object.keys(schema.properties![parent]!.properties!)) expect(shownKeys(text), `${parent}.${key}`).toContain(`  ${key}`);
      }
      for (const rule of rules) expect(shownKeys(text)).toContain(`  ${rule.meta.id}`);
      // A rule whose entry takes options shows them, so a team sees they exist.
      const withOptions = Object.entries(schema.properties!.rules!.properties!).filter(([, entry]) => entry.$ref !== "#/definitions/ruleEntry");
      expect(withOptions.map(([id]) => id)).toContain("blameless-language");
      for (const [id] of withOptions) expect(text).toMatch(new RegExp(`^#   ${id}: +\\[\\w+, \\{ \\w+:`, "m"));
    });

    it(`gives each setting a comment saying what it does (postmortems folder ${postmortems ?? "not found"})`, () => {
      // A setting explains itself after a " # ", or a section's key (rules:) under an explaining comment line.
      const lines = text.split("\n");
      const isSetting = (line: string) => /^(?:# )?( *)(- |[A-Za-z$][\w-]*:)/.test(line);
      const isExplanation = (line: string) => line.startsWith("# ") && !isSetting(line);
      for (const [index, line] of lines.entries()) {
        const key = /^(?:# )?( *)([A-Za-z$][\w-]*):/.exec(line);
        // Rule ids are explained by pm rules, which the comment above them points to.
        if (!key || index === 0 || rules.some((rule) => rule.meta.id === key[2])) continue;
        const explained = / # \S/.test(line.replace(/^# /, "")) || isExplanation(lines[index - 1] ?? "");
        expect(explained, line).toBe(true);
      }
    });

    it(`is valid as written and with every example uncommented, and the shown defaults are pm's (postmortems folder ${postmortems ?? "not found"})`, () => {
      const validate = new Ajv({ strict: false }).compile(schema);
      expect(validate(parse(text) ?? {}), JSON.stringify(validate.errors)).toBe(true);
      const everything = uncommentSettings(text);
      expect(everything).not.toMatch(/^# ( *[A-Za-z$][\w-]*:|\s*- )/m);
      expect(validate(parse(everything)), JSON.stringify(validate.errors)).toBe(true);

      const dir = mkdtempSync(path.join(tmpdir(), "pm-starter-"));
      for (const folder of [postmortems ?? "postmortems", ".pm/templates"]) mkdirSync(path.join(dir, folder), { recursive: true });
      writeFileSync(path.join(dir, ".pmrc.yaml"), everything);
      const loaded = loadConfigFile(path.join(dir, ".pmrc.yaml"), dir);
      expect(loaded.postmortems).toBe(path.join(dir, postmortems ?? "postmortems"));
      expect(loaded.rules).toEqual(Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity])));
      expect(loaded.ruleOptions).toEqual({ "blameless-language": { allow: [] } });
      expect(loaded.requiredSections).toEqual(DEFAULT_REQUIRED_SECTIONS);
      expect(Object.keys(loaded.vocabulary).every((key) => loaded.vocabulary[key as keyof typeof loaded.vocabulary].length > 0)).toBe(true);
    });
  }
});
