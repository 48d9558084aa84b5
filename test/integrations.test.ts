import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { resolveConfig } from "../src/config-lookup.js";
import { ROOT } from "./helpers/cli.js";

const readme = readFileSync(`${ROOT}README.md`, "utf8");

/** The README's fenced blocks of one language that contain the text. */
function blocks(language: string, containing: string): string[] {
  return [...readme.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].map((found) => found[1]!).filter((block) => block.includes(containing));
}

describe(".pre-commit-hooks.yaml", () => {
  const hooks = parse(readFileSync(`${ROOT}.pre-commit-hooks.yaml`, "utf8")) as Array<Record<string, unknown>>;
  const hook = hooks.find((entry) => entry.id === "pm-lint")!;

  it("declares the pm-lint hook the README's pre-commit recipe uses", () => {
    expect(hook).toMatchObject({ id: "pm-lint", entry: "npx --no -- pm lint", language: "system", types_or: ["markdown"] });
    const recipe = parse(blocks("yaml", "id: pm-lint")[0]!);
    expect(recipe.repos[0].hooks[0].id).toBe(hook.id);
  });

  it("by default passes Markdown in postmortem folders, not every README", () => {
    const files = new RegExp(String(hook.files));
    expect(["postmortems/2026-04-09-search.md", "docs/incidents/x.md", "team/retros/q3.md"].every((file) => files.test(file))).toBe(true);
    expect(["README.md", "docs/guide.md", "CHANGELOG.md"].some((file) => files.test(file))).toBe(false);
  });
});

describe("README recipes", () => {
  it("the GitHub Actions job is valid YAML that uploads the SARIF pm writes and fails on errors", () => {
    const workflow = parse(blocks("yaml", "upload-sarif")[0]!);
    const steps = workflow.jobs["pm-lint"].steps as Array<Record<string, unknown>>;
    const sarifStep = steps.find((step) => String(step.run ?? "").includes("--format sarif"))!;
    const upload = steps.find((step) => String(step.uses ?? "").startsWith("github/codeql-action/upload-sarif"))!;
    expect(String(sarifStep.run)).toContain(`--output-file ${(upload.with as Record<string, string>).sarif_file}`);
    expect(workflow.jobs["pm-lint"].permissions["security-events"]).toBe("write");
    expect(steps.some((step) => String(step.run ?? "").includes("--format github") && step["continue-on-error"] === undefined)).toBe(true);
  });

  it("the Configuration example is a valid config", () => {
    const example = blocks("yaml", "requiredSections:")[0]!;
    const dir = mkdtempSync(path.join(tmpdir(), "pm-readme-config-"));
    writeFileSync(path.join(dir, ".pmrc.yaml"), example);
    const parsed = parse(example) as { postmortems: string; templates: string };
    for (const folder of [parsed.postmortems, parsed.templates]) mkdirSync(path.join(dir, folder), { recursive: true });
    const config = resolveConfig(dir);
    expect(config.rules["no-placeholders"]).toBe("off");
    expect(config.templateSections.security!.map((section) => section.name)).toContain("Detection");
  });
});
