import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/new/questions.js";
import { parseTemplate } from "../../src/templates/catalog.js";
import { defaultOutputPath, escapeInline, escapeLineStart, escapeTableCell, renderPostmortem, slugify } from "../../src/templates/render.js";
import { extract } from "../../src/model/extract.js";

const answers: Answers = {
  title: "Checkout errors",
  date: "2026-03-16",
  severity: "SEV2",
  reviewType: "incident",
  facilitator: "Ana Lima",
  scribe: "",
  decisionOwner: "@sam",
  detected: "14:05",
  resolved: "15:30",
  impact: "About 2,000 payments failed",
  template: "mini",
};

function template(body: string) {
  return parseTemplate(`---\nname: mini\ndescription: A test template\nrequires: [Summary, Timeline]\n---\n${body}`, "/x/mini.md");
}

describe("escaping user values", () => {
  it("escapes pipes, HTML and escaping backslashes, and folds line breaks in running text", () => {
    expect(escapeInline("a | b")).toBe("a \\| b");
    expect(escapeInline("<script>x</script>")).toBe("&lt;script>x&lt;/script>");
    expect(escapeInline("C:\\path and \\* star")).toBe("C:\\path and \\\\* star");
    expect(escapeInline("line one\r\nline two\n")).toBe("line one line two");
  });

  it("keeps line breaks inside a table cell as <br>", () => {
    expect(escapeTableCell("first | one\n\nsecond")).toBe("first \\| one<br>second");
  });

  it("stops a value at the start of a line from becoming a heading, list or quote", () => {
    expect(escapeLineStart("# not a heading")).toBe("\\# not a heading");
    expect(escapeLineStart("- not a list")).toBe("\\- not a list");
    expect(escapeLineStart("1. not a list")).toBe("1\\. not a list");
    expect(escapeLineStart("plain")).toBe("plain");
  });
});

describe("renderPostmortem", () => {
  it("writes the answers as front matter with the template's name, then fills the body", () => {
    const text = renderPostmortem(template("# {{title}}\n\n## Summary\n\n{{impact}}\n"), answers);
    expect(text).toBe(
      [
        "---",
        "title: Checkout errors",
        'date: "2026-03-16"',
        "severity: SEV2",
        "review_type: incident",
        "facilitator: Ana Lima",
        'decision_owner: "@sam"',
        'detected: "14:05"',
        'resolved: "15:30"',
        "template: mini",
        "---",
        "",
        "# Checkout errors",
        "",
        "## Summary",
        "",
        "About 2,000 payments failed",
        "",
      ].join("\n"),
    );
    const doc = extract("x.md", text);
    expect(doc.frontMatter.error).toBeNull();
    expect(doc.frontMatter.data).toMatchObject({ date: "2026-03-16", detected: "14:05", template: "mini" });
    expect(doc.incidentDate?.text).toBe("2026-03-16");
  });

  it("escapes values by where they land: a table cell keeps its row, a paragraph start stays a paragraph", () => {
    const text = renderPostmortem(template("| Field | Value |\n|---|---|\n| Owner | {{decisionOwner}} |\n\n{{impact}}\n"), {
      ...answers,
      decisionOwner: "Ops | SRE\non-call",
      impact: "# 40% of users\nfor 2 hours",
    });
    expect(text).toContain("| Owner | Ops \\| SRE<br>on-call |");
    expect(text).toContain("\n\\# 40% of users for 2 hours\n");
    const doc = extract("x.md", text);
    expect(doc.sections.map((section) => section.title)).toEqual([]);
  });

  it("turns an empty answer into guidance saying what to write there", () => {
    const text = renderPostmortem(template("- **Scribe:** {{scribe}}\n"), answers);
    expect(text).toContain("- **Scribe:** {{name the scribe, who takes the notes}}\n");
    expect(text).not.toContain("scribe:");
  });

  it("leaves free-text guidance alone and refuses a token that is not an answer", () => {
    expect(renderPostmortem(template("{{what users saw}}\n"), answers)).toContain("{{what users saw}}");
    expect(() => renderPostmortem(template("{{titel}}\n"), answers)).toThrow(/uses \{\{titel\}\}, which is not an answer/);
  });

  it("does not substitute inside values, so a title can't inject another answer", () => {
    expect(renderPostmortem(template("# {{title}}\n"), { ...answers, title: "{{impact}}" })).toContain("# {{impact}}\n");
  });
});

describe("output file names", () => {
  it("slugs titles to lower-case ASCII words", () => {
    expect(slugify("Checkout errors after the 2.3 deploy!")).toBe("checkout-errors-after-the-2-3-deploy");
    expect(slugify("Crème brûlée outage")).toBe("creme-brulee-outage");
    expect(slugify("障害")).toBe("postmortem");
    expect(slugify("word ".repeat(30)).length).toBeLessThanOrEqual(60);
  });

  it("defaults to postmortems/YYYY-MM-DD-slug.md", () => {
    expect(defaultOutputPath(answers)).toBe("postmortems/2026-03-16-checkout-errors.md");
  });
});
