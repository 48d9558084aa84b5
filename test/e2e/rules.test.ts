import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pm, ROOT } from "../helpers/cli.js";

const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { repository: { url: string } };
const repository = pkg.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");

describe("pm rules RULE (built CLI)", () => {
  it("prints the rule's docs page from the installed package, from any folder, with its address online", () => {
    const run = pm(["rules", "timeline-timezone"], { cwd: mkdtempSync(path.join(tmpdir(), "pm-rules-")) });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const page = readFileSync(path.join(ROOT, "docs/rules/timeline-timezone.md"), "utf8");
    expect(run.stdout).toBe(`${page.trimEnd()}\n\nOnline: ${repository}/blob/main/docs/rules/timeline-timezone.md\n`);
  });

  it("gives the page in JSON with the rule's metadata", () => {
    const json = JSON.parse(pm(["rules", "action-owner", "--format", "json"]).stdout);
    expect(json).toMatchObject({ id: "action-owner", defaultSeverity: "error", url: `${repository}/blob/main/docs/rules/action-owner.md` });
    expect(json.docs).toContain("## Fails");
  });

  it("says which rule was meant for a misspelt one, and exits 2", () => {
    const run = pm(["rules", "action-ownr"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe('pm: unknown rule "action-ownr" (did you mean "action-owner"?); run pm rules to list them\n');
    const far = pm(["rules", "spelling"]);
    expect(far.code).toBe(2);
    expect(far.stderr).toBe('pm: unknown rule "spelling"; run pm rules to list them\n');
  });

  it("points the list at the pages, and every link pm writes at the repository in package.json", () => {
    expect(pm(["rules"]).stdout).toContain(`Docs: pm rules RULE (or ${repository}/blob/main/docs/rules/RULE.md)`);
    const sarif = JSON.parse(pm(["lint", "--format", "sarif", "fixtures/examples/search-outage.md"]).stdout);
    expect(sarif.runs[0].tool.driver.informationUri).toBe(repository);
    expect(sarif.runs[0].tool.driver.rules[0].helpUri.startsWith(`${repository}/blob/main/docs/rules/`)).toBe(true);
  });
});
