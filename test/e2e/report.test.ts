import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pm } from "../helpers/cli.js";
import { COLLECTION, TODAY } from "../report/collection.js";
import { HOSTILE, HOSTILE_FILE } from "../report/hostile.js";

function folderWith(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "pm-report-"));
  writeFileSync(path.join(root, ".pmrc.yaml"), "postmortems: incidents\n");
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, "incidents", name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}

describe("pm report (built CLI)", { timeout: 120_000 }, () => {
  it("reads the config's postmortems folder and gives the numbers as JSON", () => {
    const root = folderWith(COLLECTION);
    const run = pm(["report", "--format", "json", "--today", TODAY], { cwd: root });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data.documents.total).toBe(4);
    expect(data.documents.undated).toEqual([{ file: "incidents/undated.md", title: "Billing export failed" }]);
    expect([data.actions.open, data.actions.overdue, data.actions.done, data.actions.dropped]).toEqual([4, 2, 1, 1]);
    expect(data.actions.byOwner[0]).toEqual({ owner: "@bob", open: 2, overdue: 1 });
  });

  it("counts the action fixtures as pm actions does", () => {
    const data = JSON.parse(pm(["report", "fixtures/actions", "--format", "json", "--today", "2026-03-01"]).stdout);
    // pm actions: "34 actions in 5 documents: 18 open (4 overdue), 11 done, 5 dropped."
    expect([data.actions.total, data.actions.documents, data.actions.open, data.actions.overdue, data.actions.done, data.actions.dropped]).toEqual([34, 5, 18, 4, 11, 5]);
    expect(data.incidentsPerMonth.months.map((month: { month: string; total: number }) => [month.month, month.total])).toEqual([
      ["2026-01", 1],
      ["2026-02", 2],
      ["2026-03", 1],
      ["2026-04", 1],
    ]);
  });

  it("writes a Markdown index with links relative to where it is written, and can replace it but not a user's file", () => {
    const root = folderWith(COLLECTION);
    const write = () => pm(["report", "--format", "markdown", "--today", TODAY, "-o", "incidents/README.md"], { cwd: root });
    expect(write().code).toBe(0);
    const index = readFileSync(path.join(root, "incidents/README.md"), "utf8");
    expect(index).toContain("| 2026-01-05 | [Checkout errors after a release](<2026-01-05-checkout.md>) | SEV2 | @alice | ");
    expect(index).toContain("Documents pm could not date");
    expect(index).toContain("- [Billing export failed](<undated.md>)");
    // Run again: the index is its own page, not read as a fifth postmortem, and is replaced.
    const again = write();
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("(4 postmortems)");

    writeFileSync(path.join(root, "notes.html"), "my notes");
    const refused = pm(["report", "--today", TODAY, "-o", "notes.html"], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe("pm: --output notes.html: the file exists and pm report did not write it; pass --force to replace it\n");
    expect(readFileSync(path.join(root, "notes.html"), "utf8")).toBe("my notes");
    const postmortem = pm(["report", "--today", TODAY, "--force", "-o", "incidents/undated.md"], { cwd: root });
    expect(postmortem.code).toBe(2);
    expect(readFileSync(path.join(root, "incidents/undated.md"), "utf8")).toBe(COLLECTION["undated.md"]);
  });

  it("writes one self-contained HTML page: charts as SVG, every figure's document count, no external reference", () => {
    const root = folderWith(COLLECTION);
    expect(pm(["report", "--today", TODAY, "-o", "out/report.html"], { cwd: root }).code).toBe(2); // no such folder
    const run = pm(["report", "--today", TODAY, "-o", "report.html"], { cwd: root });
    expect(run.code).toBe(0);
    const html = readFileSync(path.join(root, "report.html"), "utf8");
    expect(html.match(/<figure class="chart"/g)?.length).toBe(html.match(/<svg /g)?.length);
    expect(html).toContain('data-chart="incidents-per-month"');
    expect(html).toContain('data-chart="time-to-resolve"');
    expect(html).toContain("Stands on 3 of 4 documents.");
    expect(html).toContain("Means are not shown");
    expect(html).toContain('<a href="incidents/undated.md">Billing export failed</a>');
    // Nothing the page could fetch: no http(s) URL outside the SVG namespace declarations.
    const urls = html.match(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//gi) ?? [];
    expect(urls).toEqual([]);
    expect(html).toContain("default-src 'none'");
  });

  it("shows a hostile document's markup as text: no script, handler or javascript: link gets into the page", () => {
    const root = folderWith({ ...COLLECTION, [HOSTILE_FILE]: HOSTILE });
    for (const format of ["html", "markdown"]) {
      const run = pm(["report", "--format", format, "--today", TODAY], { cwd: root });
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(/<script>alert|<img|<b |\]\(javascript:/i);
      // In every tag (quoted attribute values set aside): no event handler, no javascript: URL.
      for (const tag of run.stdout.match(/<[a-z][^>]*>/gi) ?? []) {
        const names = tag.replace(/"[^"]*"|'[^']*'/g, '""');
        expect(names).not.toMatch(/\son\w+\s*=/i);
        expect(tag).not.toMatch(/(?:href|src)\s*=\s*["']?\s*javascript:/i);
      }
    }
    const html = pm(["report", "--today", TODAY], { cwd: root }).stdout;
    expect(html).toContain("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
    expect(html).toContain('href="incidents/javascript%3Aalert(1).md"');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it("rejects bad options with one line", () => {
    expect(pm(["report", "fixtures/actions", "--today", "soon"])).toMatchObject({ code: 2, stderr: 'pm: --today "soon" is not a calendar date: write it as YYYY-MM-DD\n' });
    expect(pm(["report", "fixtures/actions", "--format", "pdf"]).code).toBe(2);
    const missing = pm(["report", "no-such-folder", "--format", "json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("pm: no-such-folder: no such file or directory\n");
  });
});
