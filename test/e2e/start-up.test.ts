import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pm, ROOT } from "../helpers/cli.js";

const DIST = path.join(ROOT, "dist");

/** The bundle files a command loads before it runs: cli.js, the command's chunk, and what they import statically. */
function filesLoadedBy(command: string): string[] {
  const cli = readFileSync(path.join(DIST, "cli.js"), "utf8");
  const chunk = new RegExp(`import\\("\\./(${command}-[A-Z0-9]+\\.js)"\\)`).exec(cli)?.[1];
  expect(chunk, `dist/cli.js imports no chunk for ${command}`).toBeDefined();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(path.join(DIST, file), "utf8");
    for (const found of source.matchAll(/^import (?:[^;]*? from )?"\.\/([^"]+)"/gm)) visit(found[1]!);
  };
  visit("cli.js");
  visit(chunk!);
  return [...seen];
}

/** The npm packages bundled into those files, from the `// node_modules/[.../node_modules/]NAME/...` markers esbuild writes. */
function packagesLoadedBy(command: string): Set<string> {
  const names = new Set<string>();
  for (const file of filesLoadedBy(command)) {
    for (const found of readFileSync(path.join(DIST, file), "utf8").matchAll(/^\/\/ (?:\S*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) names.add(found[1]!);
  }
  return names;
}

describe("what pm lint loads at start-up (built CLI)", () => {
  it("loads the parser but no prompts, templates engine, YAML, schema validator or file search", () => {
    const packages = packagesLoadedBy("lint");
    expect(packages).toContain("micromark-core-commonmark");
    expect(packages).toContain("commander");
    for (const name of ["@inquirer/core", "@inquirer/prompts", "inquirer", "yaml", "ajv", "tinyglobby", "ignore", "fdir", "picomatch"]) {
      expect(packages, `${name} is loaded by every pm lint`).not.toContain(name);
    }
  });

  it("still reads front matter, config files, directories and globs, loading what they need on first use", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pm-start-up-"));
    mkdirSync(path.join(dir, "reviews"));
    copyFileSync(path.join(ROOT, "fixtures/examples/search-outage.md"), path.join(dir, "reviews", "search-outage.md"));

    const inspected = pm(["inspect", "--format", "json", "reviews/search-outage.md"], { cwd: dir });
    expect((JSON.parse(inspected.stdout) as { frontMatter: { data: Record<string, unknown> } }).frontMatter.data.severity).toBe("SEV-2");

    writeFileSync(path.join(dir, ".pmrc.yaml"), "rules:\n  action-ownr: warn\n");
    const badConfig = pm(["lint", "reviews"], { cwd: dir });
    expect(badConfig.stderr).toBe('pm: .pmrc.yaml:2:3: unknown rule "action-ownr" (did you mean "action-owner"?); run pm rules to list them\n');
    expect(badConfig.code).toBe(2);

    writeFileSync(path.join(dir, ".pmrc.yaml"), "rules:\n  action-owner: off\n");
    for (const target of ["reviews", "reviews/*.md"]) {
      const run = pm(["lint", "--format", "json", target], { cwd: dir });
      expect(run.stderr).toBe("");
      const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
      expect(results.map((result) => path.basename(result.filePath))).toEqual(["search-outage.md"]);
      expect(results[0]!.messages.map((message) => message.ruleId)).not.toContain("action-owner");
    }
  });
});
