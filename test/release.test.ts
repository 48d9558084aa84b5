import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { hookSnippets, SCHEMA_HREF } from "../src/commands/init.js";
import { PACKAGE_VERSION, REPOSITORY_URL } from "../src/package-info.js";
import { ROOT } from "./helpers/cli.js";

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const readme = read("README.md");
const schema = JSON.parse(read("schema/pmrc.schema.json")) as { $id: string };

/** Every text a user copies commands from: the guides, the hook definition and what pm init prints. */
const recipes: Array<[string, string]> = [
  ["README.md", readme],
  ["CONTRIBUTING.md", read("CONTRIBUTING.md")],
  [".pre-commit-hooks.yaml", read(".pre-commit-hooks.yaml")],
  ...readdirSync(path.join(ROOT, "docs"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .map((file): [string, string] => [`docs/${file}`, read(`docs/${file}`)]),
  ["pm init's output", hookSnippets(null)],
];

describe("the version, the tag and the README agree", () => {
  it("installs from git at the tag of package.json's version, from the repository package.json names", () => {
    expect(readme).toContain(`npm install --save-dev git+${REPOSITORY_URL}.git#v${PACKAGE_VERSION}`);
    const tags = [...readme.matchAll(/\.git#(v[\w.-]+)|rev: (v[\w.-]+)/g)].map((found) => found[1] ?? found[2]);
    expect(tags.length).toBeGreaterThan(2);
    expect(new Set(tags)).toEqual(new Set([`v${PACKAGE_VERSION}`]));
  });

  it("names the tarball npm pack writes for this version", () => {
    const tarballs = [...readme.matchAll(/pm-postmortem-([\w.-]+?)\.tgz/g)].map((found) => found[1]);
    expect(tarballs.length).toBeGreaterThan(0);
    expect(new Set(tarballs)).toEqual(new Set([PACKAGE_VERSION]));
  });

  it("gives pre-commit this repository at the version's tag, in the README and in pm init's output", () => {
    const recipe = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((found) => found[1]!).find((block) => block.includes("id: pm-lint"))!;
    expect(parse(recipe).repos[0]).toMatchObject({ repo: REPOSITORY_URL, rev: `v${PACKAGE_VERSION}` });
    expect(hookSnippets(null)).toContain(`- repo: ${REPOSITORY_URL}\n        rev: v${PACKAGE_VERSION}\n`);
  });

  it("takes every address of pm's own files from package.json's repository", () => {
    expect(schema.$id).toBe(`${REPOSITORY_URL}/blob/main/schema/pmrc.schema.json`);
    expect(readme).toContain(`$schema=${SCHEMA_HREF}`);
    const owner = new URL(REPOSITORY_URL).pathname.split("/")[1]!;
    for (const [name, text] of recipes) {
      for (const found of text.matchAll(new RegExp(`https://[\\w.]+/${owner}/[\\w.-]+`, "g"))) {
        expect([REPOSITORY_URL, SCHEMA_HREF.split("/main/")[0]], `${name}: ${found[0]}`).toContain(found[0].replace(/\.git$/, ""));
      }
    }
  });
});

describe("no recipe runs a bare npx pm", () => {
  // npx without --no downloads and runs the registry's unrelated "pm" package when pm is not installed.
  it.each(recipes)("%s calls npx --no -- pm", (_name, text) => {
    const calls = [...text.matchAll(/\bnpx\b[^\n`]*?\bpm\b/g)].map((found) => found[0]);
    for (const call of calls) expect(call).toBe("npx --no -- pm");
  });

  it("finds a bare npx pm when there is one", () => {
    const calls = [..."run `npx pm lint` or npx -y pm lint".matchAll(/\bnpx\b[^\n`]*?\bpm\b/g)].map((found) => found[0]);
    expect(calls).toEqual(["npx pm", "npx -y pm"]);
  });
});
