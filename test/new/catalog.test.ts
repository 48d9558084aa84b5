import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config.js";
import { lintText } from "../../src/lint/lint-text.js";
import { findPlaceholders } from "../../src/model/vocabulary.js";
import type { Answers } from "../../src/new/questions.js";
import { BUILT_IN_TEMPLATES_DIR, listTemplates, loadTemplate, parseTemplate, templateSearchPath } from "../../src/templates/catalog.js";
import { renderPostmortem } from "../../src/templates/render.js";

const builtIns = templateSearchPath([]);

function customDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pm-templates-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const scaffoldAnswers = (template: string): Answers => ({
  title: "Checkout errors",
  date: "2026-03-16",
  severity: "SEV2",
  reviewType: "incident",
  facilitator: "",
  scribe: "",
  decisionOwner: "",
  detected: "",
  resolved: "",
  impact: "",
  template,
});

describe("template declarations", () => {
  it("maps required section names to kinds the way lint classifies headings", () => {
    const template = parseTemplate("---\nname: t\ndescription: d\nrequires:\n  - timeline\n  - Kill criteria\n  - name: Why\n    kinds: [root-cause, Contributing factors]\n---\nbody\n", "/x/t.md");
    expect(template.requires).toEqual([
      { name: "Timeline", kinds: ["timeline"] },
      { name: "Kill criteria", kinds: ["triggers"] },
      { name: "Why", kinds: ["root-cause", "contributing-factors"] },
    ]);
    expect(template.body).toBe("body\n");
  });

  it("says what is wrong with a broken declaration", () => {
    const parse = (front: string) => () => parseTemplate(`---\n${front}\n---\nbody`, "/x/t.md");
    expect(() => parseTemplate("# no front matter", "/x/t.md")).toThrow("template /x/t.md: it needs YAML front matter");
    expect(parse("name: other\ndescription: d\nrequires: [Timeline]")).toThrow("must say name: t");
    expect(parse("name: t\nrequires: [Timeline]")).toThrow("one-line description");
    expect(parse("name: t\ndescription: d")).toThrow('needs "requires"');
    expect(parse("name: t\ndescription: d\nrequires: [Weather report]")).toThrow('names "Weather report", which is not a section pm recognises');
    expect(parse("name: t\ndescription: d\nrequires: [{ kinds: [timeline] }]")).toThrow("section names or { name, kinds }");
  });

  it("lists at least the three built-ins with one-line descriptions", () => {
    const { templates, problems } = listTemplates(builtIns);
    expect(problems).toEqual([]);
    expect(templates.map((template) => template.name)).toEqual(expect.arrayContaining(["incident", "learning-review", "near-miss"]));
    for (const template of templates) expect(template.description).toMatch(/^[^\n]{10,160}$/);
  });

  it("lets a custom folder add templates and override built-ins, and reports broken ones", () => {
    const dir = customDir({
      "incident.md": "---\nname: incident\ndescription: Our own incident form\nrequires: [Summary]\n---\n# {{title}}\n\n## Summary\n",
      "extra.md": "---\nname: extra\ndescription: An extra one\nrequires: [Timeline]\n---\n## Timeline\n",
      "broken.md": "no front matter",
    });
    const { templates, problems } = listTemplates(templateSearchPath([dir]));
    expect(templates.find((template) => template.name === "incident")).toMatchObject({ description: "Our own incident form", builtIn: false });
    expect(templates.map((template) => template.name)).toContain("extra");
    expect(templates.map((template) => template.name)).toContain("near-miss");
    expect(problems).toEqual([expect.stringContaining("broken.md: it needs YAML front matter")]);
  });

  it("refuses names that would leave the templates folder, even when the file exists", () => {
    const root = mkdtempSync(path.join(tmpdir(), "pm-escape-"));
    mkdirSync(path.join(root, "templates"));
    writeFileSync(path.join(root, "secret.md"), "---\nname: secret\ndescription: d\nrequires: [Summary]\n---\n");
    for (const name of ["../secret", "../../x", "/etc/passwd", "a/b", "..", ".hidden"]) {
      expect(() => loadTemplate(name, [path.join(root, "templates")])).toThrow(`"${name}" is not a template name`);
    }
    expect(() => loadTemplate("nope", builtIns)).toThrow(/no template named "nope": use one of .*learning-review/);
  });
});

describe("built-in templates", () => {
  for (const name of ["learning-review", "incident", "near-miss"]) {
    it(`${name}: a fresh scaffold only has findings about what is still to fill in, each naming it`, () => {
      const template = loadTemplate(name, builtIns);
      expect(template.file.startsWith(BUILT_IN_TEMPLATES_DIR)).toBe(true);
      const text = renderPostmortem(template, scaffoldAnswers(name));
      const result = lintText(text, `${name}.md`, defaultConfig(), "2026-03-20");
      const lines = text.split("\n");
      // Nothing about the structure: the template provides every section it requires.
      expect(result.messages.filter((message) => message.ruleId === "required-sections" || message.ruleId === "document-format")).toEqual([]);
      // Every finding sits on a line that still holds a {{...}} to fill in.
      for (const message of result.messages) expect(lines[message.line - 1]).toMatch(/\{\{[^}]+\}\}/);
      // And every {{...}} is reported at its line and column, quoting what to write there.
      const expected = lines.flatMap((line, index) => findPlaceholders(line).map((found) => `${index + 1}:${found.index + 1} ${found.match}`));
      const reported = result.messages.filter((message) => message.ruleId === "no-placeholders").map((message) => `${message.line}:${message.column} ${/^"([^"]+)"/.exec(message.message)![1]}`);
      expect(reported).toEqual(expected);
      expect(expected.length).toBeGreaterThan(5);
    });
  }

  it("the learning-review pack covers what the rubric looks for", () => {
    const text = loadTemplate("learning-review", builtIns).body;
    for (const part of ["Facilitator", "Scribe", "Decision owner", "Ground rules", "Fact / Hypothesis", "Why it made sense at the time", "Five whys", "Success signal", "Follow-up", "Parked ideas", "Committed action", "Threshold", "Window", "One-page shareout", "Recurring review", "Risks", "Open questions", "Next steps"]) {
      expect(text).toContain(part);
    }
  });
});

describe("lint uses the template named in the front matter", () => {
  const lint = (text: string, templateDirs: string[] = []) => lintText(text, "x.md", { ...defaultConfig(), templateDirs }, "2026-03-20").messages.filter((message) => message.ruleId === "required-sections");

  it("requires the template's sections, saying which template wants them", () => {
    const messages = lint("---\ntemplate: near-miss\n---\n# Outage\n\n## What happened\n\nIt broke.\n\n## Timeline\n\n- 10:00 deploy (fact)\n\n## Action items\n\n- [ ] fix it — owner: @ana, due 2026-04-01\n");
    expect(messages.map((message) => message.message)).toEqual(['No "Contributing factors" section, which the near-miss template requires: add a heading such as "## Contributing factors" (see pm templates --verbose).']);
  });

  it("asks for fewer sections when the template asks for fewer than the defaults", () => {
    const dir = customDir({ "tiny.md": "---\nname: tiny\ndescription: Just a summary\nrequires: [Summary]\n---\n" });
    expect(lint("---\ntemplate: tiny\n---\n# Outage\n\n## Summary\n\nIt broke.\n", [dir])).toEqual([]);
    expect(lint("# Outage\n\n## Summary\n\nIt broke.\n", [dir])).toHaveLength(3);
  });

  it("says so when the named template can't be found, and falls back to the default sections", () => {
    const messages = lint("---\ntemplate: ../../etc/x\n---\n# Outage\n\n## Summary\n\n## Timeline\n\n## Root cause\n\n## Action items\n");
    expect(messages).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('The front matter names template "../../etc/x", which can\'t be used ("../../etc/x" is not a template name') })]);
  });
});
