import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { ConfigError, FileProblem, inspect, lint, lintMarkdown, remarkPm, score } from "../src/index.js";
import { pm, ROOT } from "./helpers/cli.js";

function run(args: string[]) {
  return JSON.parse(pm(args).stdout);
}

const example = path.join(ROOT, "fixtures/examples/search-outage.md");
const exampleText = readFileSync(example, "utf8");
const withPlaceholder = exampleText.replace("All times UTC.", "All times UTC. Reviewer: [Name].");
const placeholderLine = withPlaceholder.split("\n").findIndex((line) => line.includes("[Name]")) + 1;

function project(config?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pm-api-"));
  copyFileSync(example, path.join(dir, "good.md"));
  writeFileSync(path.join(dir, "draft.md"), withPlaceholder);
  if (config !== undefined) writeFileSync(path.join(dir, ".pmrc.yaml"), config);
  return dir;
}

describe("programmatic API", () => {
  it("lint() returns ESLint-shaped results and applies the config found from cwd", async () => {
    const dir = project("rules:\n  no-placeholders: error\n");
    const results = await lint(["draft.md", "good.md"], { cwd: dir, today: "2026-06-01" });
    expect(results.map((result) => [result.filePath, result.errorCount, result.warningCount])).toEqual([
      ["draft.md", 1, 0],
      ["good.md", 0, 0],
    ]);
    expect(results[0]!.messages[0]).toMatchObject({ ruleId: "no-placeholders", severity: 2, line: placeholderLine });
  });

  it("lint() throws FileProblem for a missing file and ConfigError for a bad config", async () => {
    await expect(lint("gone.md", { cwd: project() })).rejects.toBeInstanceOf(FileProblem);
    await expect(lint("good.md", { cwd: project("rulez: {}\n") })).rejects.toBeInstanceOf(ConfigError);
  });

  it("score() grades a postmortem as pm score does", async () => {
    const result = await score("good.md", { cwd: project() });
    if (!result.scorable) throw new Error(result.reason);
    expect(result.dimensions).toHaveLength(6);
    expect(result.total).toBe(result.dimensions.reduce((sum, dimension) => sum + dimension.score, 0));
    expect(run(["score", "--format", "json", example]).total).toBe(result.total);
  });

  it("lintMarkdown() lints text; inspect() returns the model", async () => {
    const dir = project();
    expect(lintMarkdown(withPlaceholder, { cwd: dir, filePath: "x.md" }).messages.map((message) => message.ruleId)).toEqual(["no-placeholders"]);
    const doc = await inspect("good.md", { cwd: dir });
    expect(doc.actions).toHaveLength(3);
    expect(doc.sections.find((section) => section.kind === "timeline")?.title).toBe("Timeline");
  });
});

describe("remarkPm, the unified plugin", () => {
  async function run(text: string, options?: Parameters<typeof remarkPm>[0], filePath?: string) {
    const processor = unified().use(remarkParse).use(remarkPm, options);
    const file = new VFile({ value: text, path: filePath ?? path.join(project(), "doc.md") });
    await processor.run(processor.parse(file), file);
    return file.messages;
  }

  it("puts each finding on the file as remark-lint does: ruleId, source, url, place, fatal for errors", async () => {
    const messages = await run(withPlaceholder);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message).toMatchObject({ ruleId: "no-placeholders", source: "pm", fatal: false, line: placeholderLine });
    expect(message!.url).toMatch(/docs\/rules\/no-placeholders\.md$/);
    expect(message!.reason).toContain('"[Name]" is a template placeholder');
  });

  it("a clean document gets no messages; severities come from options over the config", async () => {
    expect(await run(exampleText)).toEqual([]);
    const messages = await run(withPlaceholder, { rules: { "no-placeholders": "error" } });
    expect(messages[0]!.fatal).toBe(true);
    expect(await run(withPlaceholder, { rules: { "no-placeholders": "off" } })).toEqual([]);
  });

  it("finds the config from the document's folder", async () => {
    const dir = project("rules:\n  no-placeholders: off\n");
    expect(await run(withPlaceholder, undefined, path.join(dir, "draft.md"))).toEqual([]);
  });
});

describe("the published package", () => {
  it("exports the API and the plugin from the built files, with type declarations", async () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    const api = await import(path.join(ROOT, manifest.exports["."].import));
    expect(typeof api.lint).toBe("function");
    expect(typeof api.inspect).toBe("function");
    expect(typeof api.remarkPm).toBe("function");
    const plugin = await import(path.join(ROOT, manifest.exports["./remark"].import));
    expect(plugin.default).toBe(api.remarkPm);
    const types = readFileSync(path.join(ROOT, manifest.exports["."].types), "utf8");
    expect(typeof api.score).toBe("function");
    for (const name of ["lint", "inspect", "score", "lintMarkdown", "remarkPm", "LintResult", "PostmortemDoc", "DocumentScore"]) expect(types).toContain(name);
  });
});
