/**
 * fast-check arbitraries for postmortem-shaped Markdown: the shapes real documents use (headings
 * with postmortem synonyms, ragged tables, task lists, field blocks, front matter, code fences,
 * HTML) filled with the words pm reacts to and with unicode that breaks naive string handling.
 */
import fc from "fast-check";

const HEADINGS = [
  "Summary", "Executive summary", "TL;DR", "Impact", "Timeline", "Timeline of Events", "2) Facts + Timeline", "Incident Timeline",
  "Root cause", "Contributing factors", "5 Whys", "Action items", "Action Tracker", "Follow-up actions", "Remediation",
  "Corrective and preventative measures", "Kill Criteria / Triggers", "Triggers", "Parked ideas", "Quality Gate",
  "Lessons learned", "What went well", "Resolution", "Detection", "May 12", "2026-03-17", "16:32", "### nested",
];

const WORDS = [
  "14:05", "2:15 PM", "11AM", "1405", "~14:10 - 14:25", "2026-04-09", "2026-02-30", "2026-13-45", "May 12, 2026", "12 May 2026",
  "TBD", "TODO", "[Name]", "[link]", "YYYY-MM-DD", "HH:MM", "XX", "{{owner}}", "lorem ipsum", "@ana", "owner:", "Owner:", "due",
  "due:", "by", "success:", "done when", "follow-up:", "status:", "(fact)", "(hypothesis)", "**Fact**", "[unconfirmed]",
  "probably", "we believe", "likely", "if", "then", "->", "halt", "roll back", "discuss", "revisit", "within 10 min", "> 5%",
  "✅", "❌", "🟡", "🔴", "done", "dropped", "in progress", "source: deploy log", "see", "https://example.com/a_(b)",
  "[log](https://example.com/log)", "restarted", "the", "proxy", "—", "–", "-", "|", "\\|", "**", "__", "*", "_", "`", "~~",
  "[", "]", "(", ")", ":", "#", ">", "<", "&amp;", "Ã©", "â€™", "ðŸŸ¢",
  // Right-to-left text, emoji with joiners and skin tones, combining marks, invisible and control characters.
  "مرحبا بالعالم", "שלום", "\u202Eevil\u202C", "👩‍💻", "👍🏽", "🇫🇷", "e\u0301", "Z\u0351\u0307\u0308", "\u200B", "\u00A0",
  "\uFEFF", "\u0007", "\u001B[31m", "\t", "\u2028", "\u0085", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "中文", "𠜎",
];

const word = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) });

/** A line of inline text: words, sometimes wrapped in emphasis or code. */
export const inline = fc
  .array(
    fc.tuple(word, fc.constantFrom("", "", "", "**", "_", "`", "~~")).map(([text, mark]) => `${mark}${text}${mark}`),
    { minLength: 0, maxLength: 8 },
  )
  .map((parts) => parts.join(" "));

const heading = fc
  .tuple(fc.integer({ min: 1, max: 7 }), fc.oneof(fc.constantFrom(...HEADINGS), inline), fc.constantFrom("", "", " #", ":"))
  .map(([depth, title, end]) => `${"#".repeat(depth)} ${title}${end}`);

const cell = fc.oneof(inline, fc.constant(""), fc.constant(" "), fc.constantFrom("Time", "Event", "Owner", "Due", "Success signal", "Fact/Hypothesis", "Signal", "Threshold", "Action", "Score", "Dimension", "2", "0 / 2"));

/** GFM tables, often ragged: rows with fewer or more cells than the header, empty cells, escaped pipes. */
const table = fc
  .tuple(fc.array(cell, { minLength: 1, maxLength: 5 }), fc.array(fc.array(cell, { minLength: 0, maxLength: 7 }), { maxLength: 6 }), fc.boolean())
  .map(([header, rows, outerPipes]) => {
    const row = (cells: string[]) => (outerPipes ? `| ${cells.join(" | ")} |` : cells.join(" | "));
    return [row(header), row(header.map(() => "---")), ...rows.map(row)].join("\n");
  });

const trigger = fc.constantFrom("If p95 latency > 2s for 10 min, then roll back (owner: @ana)", "When errors exceed 5% -> we discuss it", "Kill criterion: revisit later");

const listItem = fc
  .tuple(fc.constantFrom("- ", "* ", "+ ", "1. ", "2) ", "- [ ] ", "- [x] ", "* [X] "), fc.oneof({ weight: 5, arbitrary: inline }, { weight: 1, arbitrary: trigger }), fc.option(fc.tuple(fc.constantFrom("**Owner:**", "**Due:**", "Success:", "Status:", "Signal:"), inline)))
  .map(([marker, text, nested]) => `${marker}${text}${nested ? `\n   - ${nested[0]} ${nested[1]}` : ""}`);

const list = fc.array(listItem, { minLength: 1, maxLength: 6 }).map((items) => items.join("\n"));

const html = fc.constantFrom(
  "<details><summary>More</summary>\n\nhidden **text**\n\n</details>",
  "<!-- TODO: fill in [Name] -->",
  "<!-- unclosed comment",
  "<div>\n| not | a table |\n",
  "<br/>",
  "<table><tr><td>14:05</td></tr></table>",
  "<script>alert(1)</script>",
);

const frontMatter = fc.oneof(
  fc.tuple(inline, fc.constantFrom("2026-04-09", "2026-02-30", "yesterday", "")).map(([title, date]) => `---\ntitle: ${JSON.stringify(title)}\nincident_date: ${date}\n---`),
  fc.constantFrom(
    "---\ntitle: [oops\nfoo: : bar\n---",
    "---\n- a list\n- not a mapping\n---",
    "---\njust a string\n---",
    "---\n---",
    "---\nbase: &base { owner: ana }\ncopy: *base\nmissing: *nowhere\n---",
    "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---",
    "---\ntitle: unterminated",
    "+++\ntitle = \"TOML\"\ndate = 2026-04-09\n+++",
    "---\ndate: 2026-04-09T10:00:00Z\ntags: [a, b]\n---",
  ),
);

const codeFence = fc
  .tuple(fc.constantFrom("```", "~~~", "````"), fc.constantFrom("", "markdown", "yaml", "sh"), inline, fc.boolean())
  .map(([fence, lang, body, closed]) => `${fence}${lang}\n${body}\n## Not a heading\n${closed ? fence : ""}`);

/** A postmortem section: a recognised heading with a table or list under it. */
const section = fc
  .tuple(fc.constantFrom(...HEADINGS), fc.oneof(table, list))
  .map(([title, body]) => `## ${title}\n\n${body}`);

const qualityGate = fc
  .array(fc.tuple(inline, fc.constantFrom("2", "1", "0 / 2", "", "n/a")), { minLength: 1, maxLength: 4 })
  .map((rows) => ["## Quality Gate", "", "| Dimension | Score |", "|---|---|", ...rows.map(([name, score]) => `| ${name} | ${score} |`)].join("\n"));

const block = fc.oneof(
  { weight: 1, arbitrary: qualityGate },
  { weight: 4, arbitrary: section },
  { weight: 3, arbitrary: heading },
  { weight: 3, arbitrary: inline },
  { weight: 3, arbitrary: table },
  { weight: 3, arbitrary: list },
  { weight: 1, arbitrary: html },
  { weight: 1, arbitrary: codeFence },
  { weight: 1, arbitrary: inline.map((text) => `> ${text}`) },
  { weight: 1, arbitrary: fc.constantFrom("---", "***", "", "    indented code", "\\", "[ref]: https://example.com") },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
);

/** A whole document: optional front matter, blocks, and one of the line endings editors write. */
export const markdownDocument = fc
  .tuple(fc.option(frontMatter, { freq: 3 }), fc.array(block, { maxLength: 14 }), fc.constantFrom("\n\n", "\n"), fc.constantFrom("\n", "\r\n", "\r"), fc.boolean())
  .map(([front, blocks, separator, newline, trailing]) => {
    const text = [...(front ? [front] : []), ...blocks].join(separator) + (trailing ? "\n" : "");
    return text.replace(/\r?\n/g, newline);
  });
