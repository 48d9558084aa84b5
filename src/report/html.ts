/**
 * `pm report`'s page: one self-contained HTML file (no request of any kind, so it works from a
 * file:// URL and attached to an email), light and dark, readable printed. Charts are SVG drawn
 * when the report is built; each has its data as a table. Every piece of document text goes
 * through `escapeHtml`, and a Content-Security-Policy allows only the page's own small script,
 * which adds sorting and a filter to the table of postmortems (the page works without it).
 */
import { createHash } from "node:crypto";
import { plural } from "../reporters/summary.js";
import { chartsFor, renderCharts, type Chart } from "./charts.js";
import { DURATION_KINDS, type ActionRow, type DocumentRef, type ReportData } from "./figures.js";
import type { Linker } from "./markdown.js";
import {
  AGE_NOTE,
  CLOSED_BY_DUE_NOTE,
  CLUSTER_NAMES,
  dueWords,
  DURATION_TITLES,
  GENERATED_MARK,
  generatedLine,
  MEDIAN_NOTE,
  minutesText,
  NO_DURATIONS_NOTE,
  NO_OWNER_NOTE,
  percent,
  REPORT_TITLE,
  standsOn,
  UNDATED_NOTE,
} from "./wording.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text (or an attribute value) that the browser shows as written and never reads as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

function table(headers: string[], rows: Array<Array<string | number>>, numeric: boolean[] = []): string {
  const head = headers.map((header, index) => `<th scope="col"${numeric[index] ? ' class="num"' : ""}>${escapeHtml(header)}</th>`).join("");
  const body = rows.map((row) => `<tr>${row.map((cell, index) => `<td${numeric[index] ? ' class="num"' : ""}>${escapeHtml(String(cell))}</td>`).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A chart with its data as a table, for screen readers, copying and print. */
function figure(svgs: Map<string, string>, id: string, dataTable: string): string {
  const svg = svgs.get(id);
  if (svg === undefined) return "";
  return `<figure class="chart" id="chart-${id}" data-chart="${id}">\n${svg}\n<details><summary>The data of this chart</summary>${dataTable}</details></figure>`;
}

function section(id: string, title: string, body: string[]): string {
  return `<section id="${id}" aria-labelledby="${id}-title">\n<h2 id="${id}-title">${escapeHtml(title)}</h2>\n${body.filter((part) => part !== "").join("\n")}\n</section>`;
}

function p(text: string, className = ""): string {
  return `<p${className ? ` class="${className}"` : ""}>${escapeHtml(text)}</p>`;
}

function docLink(ref: DocumentRef, linkTo: Linker): string {
  return `<a href="${escapeHtml(linkTo(ref.file))}">${escapeHtml(ref.title ?? ref.file)}</a>`;
}

function docList(refs: Array<DocumentRef & { reason?: string }>, linkTo: Linker): string {
  return `<ul>${refs.map((ref) => `<li>${docLink(ref, linkTo)} <span class="muted">${escapeHtml(ref.file)}${ref.reason ? `, ${escapeHtml(ref.reason)}` : ""}</span></li>`).join("")}</ul>`;
}

function actionList(rows: ActionRow[], linkTo: Linker): string {
  return `<ul>${rows
    .map((row) => `<li>${escapeHtml(row.action)} <span class="muted">(${escapeHtml(row.owner ?? "no owner")}, ${escapeHtml(dueWords(row))}; <a href="${escapeHtml(linkTo(row.file))}">${escapeHtml(`${row.file}:${row.line}`)}</a>)</span></li>`)
    .join("")}</ul>`;
}

function keyFigures(data: ReportData): string {
  const resolve = data.durations.resolve;
  const items: Array<[string, string]> = [
    ["postmortems", String(data.documents.total)],
    ["undated", String(data.documents.undated.length)],
    ["open actions", String(data.actions.open)],
    ["overdue", String(data.actions.overdue)],
    ["closed by due date", percent(data.actions.closedByDue.share)],
    ["median time to resolve", resolve.median === null ? "n/a" : minutesText(resolve.median)],
    ["weakest dimension", data.grades.weakest?.name ?? "n/a"],
  ];
  return `<dl class="key-figures">${items.map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`).join("")}</dl>`;
}

const SEVERITY_RANK: Record<string, number> = { SEV1: 1, SEV2: 2, SEV3: 3, SEV4: 4 };

function postmortemTable(data: ReportData, linkTo: Linker): string {
  const headers: Array<[string, "text" | "number"]> = [
    ["Date", "text"],
    ["Postmortem", "text"],
    ["Severity", "number"],
    ["Owner", "text"],
    ["Grade", "number"],
    ["Time to resolve", "number"],
    ["Open actions", "number"],
    ["Overdue", "number"],
  ];
  const cell = (text: string, sort: string | number | null, numeric = false) =>
    `<td${numeric ? ' class="num"' : ""}${sort === null ? ' data-sort=""' : ` data-sort="${escapeHtml(String(sort))}"`}>${text}</td>`;
  const rows = data.table.map((row) =>
    [
      "<tr>",
      cell(escapeHtml(row.date ?? "undated"), row.date),
      cell(`${docLink(row, linkTo)}<br><span class="muted">${escapeHtml(row.file)}</span>`, (row.title ?? row.file).toLowerCase()),
      cell(escapeHtml(row.severity), SEVERITY_RANK[row.severity] ?? null),
      cell(escapeHtml(row.owner ?? ""), row.owner === null ? null : row.owner.toLowerCase()),
      cell(row.grade === null ? "" : `${row.grade}/${row.gradeMax}`, row.grade, true),
      cell(escapeHtml(minutesText(row.resolveMinutes)), row.resolveMinutes, true),
      cell(String(row.openActions), row.openActions, true),
      cell(String(row.overdueActions), row.overdueActions, true),
      "</tr>",
    ].join(""),
  );
  return [
    `<p class="filter" hidden><label for="postmortem-filter">Filter</label> <input id="postmortem-filter" type="search" placeholder="title, owner, severity, file…" autocomplete="off"> <span id="postmortem-count" class="muted" aria-live="polite"></span></p>`,
    `<div class="scroll"><table id="postmortem-table" class="postmortems"><thead><tr>${headers.map(([name, type]) => `<th scope="col" data-type="${type}"${type === "number" && name !== "Severity" ? ' class="num"' : ""}>${name}</th>`).join("")}</tr></thead>`,
    `<tbody>\n${rows.join("\n")}\n</tbody></table></div>`,
  ].join("\n");
}

export async function formatReportHtml(data: ReportData, linkTo: Linker): Promise<string> {
  const charts: Chart[] = chartsFor(data);
  const rendered = await renderCharts(charts);
  const svgs = new Map(charts.map((chart, index) => [chart.id, rendered[index]!]));
  const total = data.documents.total;
  const months = data.incidentsPerMonth;
  const actions = data.actions;
  const grades = data.grades;
  const gaps = data.documents;

  const sections = [
    section("incidents", "Incidents per month", [
      p(`${standsOn(months.documents, total)}${gaps.undated.length > 0 ? ` ${plural(gaps.undated.length, "undated document")} ${gaps.undated.length === 1 ? "is" : "are"} listed under Gaps.` : ""}`, "stands-on"),
      figure(svgs, "incidents-per-month", table(["Month", ...months.severities, "Total"], months.months.map((month) => [month.month, ...months.severities.map((severity) => month.counts[severity]!), month.total]), [false, ...months.severities.map(() => true), true])),
    ]),
    section("durations", "Time to detect, mitigate and resolve", [
      p(MEDIAN_NOTE, "note"),
      ...DURATION_KINDS.map((kind) => {
        const figureData = data.durations[kind];
        return [
          `<h3>${escapeHtml(DURATION_TITLES[kind])}</h3>`,
          p(`${standsOn(figureData.documents, total)}${figureData.median === null ? "" : ` Median over all of them: ${minutesText(figureData.median)}.`}`, "stands-on"),
          figure(
            svgs,
            `time-to-${kind}`,
            table(["Quarter", "Incidents", "Median", "Each incident"], figureData.quarters.map((quarter) => [quarter.quarter, quarter.points.length, minutesText(quarter.median), quarter.points.map((point) => minutesText(point.minutes)).join(", ")]), [false, true, true, false]),
          ),
        ].join("\n");
      }),
    ]),
    section("actions", "Action follow-through", [
      p(`${standsOn(actions.documents, total).replace(".", "")} with actions: ${plural(actions.total, "action")}.`, "stands-on"),
      figure(svgs, "action-status", table(["Status", "Actions"], [["open (in progress: " + actions.inProgress + ")", actions.open], ["of them overdue", actions.overdue], ["done", actions.done], ["dropped", actions.dropped]], [false, true])),
      p(`Closed by their due date: ${percent(actions.closedByDue.share)} (${actions.closedByDue.done} of ${plural(actions.closedByDue.due, "action")} due before ${data.today}). ${CLOSED_BY_DUE_NOTE}`),
      actions.open > 0 ? `<h3>Age of open actions</h3>\n${p(`${AGE_NOTE} ${standsOn(actions.ageOfOpen.documents, total)}${actions.ageOfOpen.undated > 0 ? ` ${plural(actions.ageOfOpen.undated, "open action")} of undated documents have no age.` : ""}`, "stands-on")}` : "",
      figure(svgs, "action-age", table(["Age", "Open actions"], actions.ageOfOpen.buckets.map((bucket) => [bucket.label, bucket.count]), [false, true])),
      actions.byOwner.length > 0 ? "<h3>Open and overdue by owner</h3>" : "",
      figure(svgs, "owners", table(["Owner", "Open", "Overdue"], actions.byOwner.map((owner) => [owner.owner, owner.open, owner.overdue]), [false, true, true])),
      actions.noOwner.length + actions.noDueDate.length > 0 ? `<h3>Actions no one will close</h3>\n${p(NO_OWNER_NOTE)}` : "",
      actions.noOwner.length > 0 ? `<h4>No owner (${actions.noOwner.length})</h4>\n${actionList(actions.noOwner, linkTo)}` : "",
      actions.noDueDate.length > 0 ? `<h4>No due date (${actions.noDueDate.length})</h4>\n${actionList(actions.noDueDate, linkTo)}` : "",
    ]),
    section("grades", "Rubric grades", [
      p(`${standsOn(grades.documents, total)} Each document is graded 0-2 on six dimensions (pm score), ${grades.max} in all.`, "stands-on"),
      grades.weakest ? `<p>Weakest dimension across the collection: <strong>${escapeHtml(grades.weakest.name)}</strong> (mean ${grades.weakest.mean.toFixed(2)} of 2).</p>` : "",
      figure(svgs, "grades", table(["Quarter", "Documents", "Median grade"], grades.perQuarter.map((quarter) => [quarter.quarter, quarter.documents, quarter.median]), [false, true, true])),
      figure(svgs, "dimensions", table(["Dimension", "Mean (of 2)", "Graded 0", "Graded 1", "Graded 2"], grades.dimensions.map((dimension) => [dimension.name, dimension.mean.toFixed(2), ...dimension.counts]), [false, true, true, true, true])),
    ]),
    section("factors", "Contributing-factor clusters", [
      p(`${standsOn(data.factors.documents, total)} Only documents that put their factors in clusters (people, process, technology, communication, environment) count.`, "stands-on"),
      figure(svgs, "factor-clusters", table(["Cluster", "Documents", "Factors"], data.factors.clusters.map((entry) => [CLUSTER_NAMES[entry.cluster]!, entry.documents, entry.factors]), [false, true, true])),
    ]),
    section("postmortems", "Every postmortem", [data.table.length > 0 ? postmortemTable(data, linkTo) : p("No postmortems were read.")]),
    gaps.undated.length + gaps.noDurations.length + grades.ungraded.length > 0
      ? section("gaps", "Gaps", [
          gaps.undated.length > 0 ? `${p(`${UNDATED_NOTE}:`)}\n${docList(gaps.undated, linkTo)}` : "",
          gaps.noDurations.length > 0 ? `${p(`${NO_DURATIONS_NOTE}:`)}\n${docList(gaps.noDurations, linkTo)}` : "",
          grades.ungraded.length > 0 ? `${p("Documents not graded:")}\n${docList(grades.ungraded, linkTo)}` : "",
        ])
      : "",
  ];

  const scriptHash = createHash("sha256").update(TABLE_SCRIPT).digest("base64");
  const policy = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${scriptHash}'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<!-- ${GENERATED_MARK}: run it again to update this page -->
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="pm report">
<title>${REPORT_TITLE}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${REPORT_TITLE}</h1>
${p(generatedLine(data), "muted")}
${keyFigures(data)}
<nav aria-label="Sections"><a href="#incidents">Incidents</a> <a href="#durations">Times</a> <a href="#actions">Actions</a> <a href="#grades">Grades</a> <a href="#factors">Factors</a> <a href="#postmortems">Every postmortem</a>${sections[sections.length - 1] ? ' <a href="#gaps">Gaps</a>' : ""}</nav>
</header>
<main>
${sections.filter((part) => part !== "").join("\n")}
</main>
<script>${TABLE_SCRIPT}</script>
</body>
</html>
`;
}

/** Sorting and filtering for the table of postmortems; without it the table is still complete. */
const TABLE_SCRIPT = `
(() => {
  const table = document.getElementById("postmortem-table");
  if (!table) return;
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const filter = document.getElementById("postmortem-filter");
  const count = document.getElementById("postmortem-count");
  filter.parentElement.hidden = false;
  filter.addEventListener("input", () => {
    const words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const text = row.textContent.toLowerCase();
      row.hidden = !words.every((word) => text.includes(word));
      if (!row.hidden) shown++;
    }
    count.textContent = words.length ? shown + " of " + rows.length + " shown" : "";
  });
  const headers = Array.from(table.tHead.rows[0].cells);
  headers.forEach((header, column) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = header.textContent;
    header.textContent = "";
    header.append(button);
    button.addEventListener("click", () => {
      const ascending = header.getAttribute("aria-sort") !== "ascending";
      for (const other of headers) other.removeAttribute("aria-sort");
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const numeric = header.dataset.type === "number";
      const key = (row) => row.cells[column].dataset.sort;
      rows.sort((a, b) => {
        const x = key(a), y = key(b);
        if (x === "" || y === "") return (x === "") - (y === "");
        const order = numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  });
})();
`;

const STYLE = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1d2026; --muted: #5d6470; --line: #e2e5e9; --card: #f5f6f8; --accent: #2b66a8; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #15171b; --fg: #e5e7eb; --muted: #a4abb6; --line: #30343c; --card: #1e2127; --accent: #83b4ea; }
  .chart svg .role-axis-label text, .chart svg .role-axis-title text, .chart svg .role-legend text, .chart svg .role-legend-label text, .chart svg .role-legend-title text { fill: var(--muted); }
  .chart svg .role-axis-grid line { stroke: var(--line); }
  .chart svg .role-axis-domain line, .chart svg .role-axis-tick line { stroke: var(--muted); }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header, main { max-width: 1100px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 24px; }
h1 { font-size: 1.7rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 36px 0 8px; padding-top: 12px; border-top: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 22px 0 4px; }
h4 { font-size: .95rem; margin: 14px 0 4px; }
a { color: var(--accent); }
.muted, .stands-on { color: var(--muted); }
.stands-on { font-size: .9rem; }
.note { max-width: 75ch; }
nav { margin: 14px 0 0; display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: .9rem; }
.key-figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 10px; margin: 16px 0 0; }
.key-figures div { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; }
.key-figures dt { color: var(--muted); font-size: .8rem; }
.key-figures dd { margin: 0; font-size: 1.25rem; font-weight: 600; overflow-wrap: anywhere; }
figure.chart { margin: 8px 0 16px; }
.chart svg { display: block; max-width: 100%; height: auto; }
details { margin-top: 4px; font-size: .9rem; }
summary { cursor: pointer; color: var(--muted); }
table { border-collapse: collapse; margin: 6px 0; font-size: .9rem; }
th, td { text-align: left; padding: 4px 10px 4px 0; border-bottom: 1px solid var(--line); vertical-align: top; }
.num { text-align: right; }
.scroll { overflow-x: auto; }
table.postmortems { width: 100%; }
table.postmortems td { overflow-wrap: anywhere; }
table.postmortems td:first-child { white-space: nowrap; }
th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
th button::after { content: " \\2195"; color: var(--muted); font-weight: 400; }
th[aria-sort="ascending"] button::after { content: " \\2191"; }
th[aria-sort="descending"] button::after { content: " \\2193"; }
.filter input { font: inherit; padding: 4px 8px; min-width: min(320px, 70vw); border: 1px solid var(--line); border-radius: 6px; background: var(--card); color: var(--fg); }
ul { padding-left: 1.2em; }
main { padding-bottom: 40px; }
@media (max-width: 600px) { body { font-size: 14px; } header, main { padding: 0 12px; } th, td { padding-right: 6px; } }
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #444; --line: #ccc; --card: #fff; --accent: #000; }
  nav, .filter, summary { display: none; }
  h2 { break-after: avoid; }
  figure.chart, tr { break-inside: avoid; }
  a { text-decoration: none; }
}
`;
