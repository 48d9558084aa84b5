/**
 * `pm report --format markdown`: an index page for the postmortems folder's README, with the
 * figures of the HTML report as tables. Document text is escaped so it renders as text.
 */
import { markdownTable, markdownText } from "../reporters/actions.js";
import { plural } from "../reporters/summary.js";
import { DURATION_KINDS, type ActionRow, type DocumentRef, type ReportData } from "./figures.js";
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

/** The relative URL of a document that was read, from where the report is written. */
export type Linker = (file: string) => string;

const asIs = (text: string) => text;

function link(text: string, url: string): string {
  return `[${markdownText(text)}](<${url.replace(/[<>]/g, encodeURIComponent)}>)`;
}

function documentList(refs: Array<DocumentRef & { reason?: string }>, linkTo: Linker): string[] {
  return refs.map((ref) => `- ${link(ref.title ?? ref.file, linkTo(ref.file))}${ref.reason ? ` (${markdownText(ref.reason)})` : ""}`);
}

function actionList(rows: ActionRow[], linkTo: Linker): string[] {
  return rows.map((row) => `- ${markdownText(row.action)}: ${markdownText(row.owner ?? "no owner")}, ${markdownText(dueWords(row))} (${link(`${row.file}:${row.line}`, linkTo(row.file))})`);
}

export function formatReportMarkdown(data: ReportData, linkTo: Linker): string {
  const out: string[] = [`<!-- ${GENERATED_MARK}: run it again to update this page -->`, "", `# ${REPORT_TITLE}`, "", `_${generatedLine(data)}_`, ""];
  const total = data.documents.total;

  const months = data.incidentsPerMonth;
  out.push("## Incidents per month", "", `${standsOn(months.documents, total)}${data.documents.undated.length > 0 ? " Undated documents are listed under Gaps." : ""}`, "");
  if (months.months.length > 0) {
    out.push(
      ...markdownTable(
        ["Month", ...months.severities, "Total"],
        months.months.map((month) => [month.month, ...months.severities.map((severity) => String(month.counts[severity])), String(month.total)]),
        [false, ...months.severities.map(() => true), true],
      ),
      "",
    );
  }

  out.push("## Time to detect, mitigate and resolve", "", MEDIAN_NOTE, "");
  const quarters = [...new Set(DURATION_KINDS.flatMap((kind) => data.durations[kind].quarters.map((quarter) => quarter.quarter)))].sort();
  out.push(DURATION_KINDS.map((kind) => `${DURATION_TITLES[kind]}: ${standsOn(data.durations[kind].documents, total).toLowerCase()}`).join(" "), "");
  if (quarters.length > 0) {
    const cell = (kind: (typeof DURATION_KINDS)[number], quarter: string) => {
      const found = data.durations[kind].quarters.find((entry) => entry.quarter === quarter);
      return found ? `${minutesText(found.median)} (${found.points.length})` : "";
    };
    out.push(
      ...markdownTable(
        ["Quarter", ...DURATION_KINDS.map((kind) => `${DURATION_TITLES[kind]}, median (incidents)`)],
        quarters.map((quarter) => [quarter, ...DURATION_KINDS.map((kind) => cell(kind, quarter))]),
        [false, true, true, true],
      ),
      "",
    );
  }

  const actions = data.actions;
  out.push("## Action follow-through", "", standsOn(actions.documents, total).replace(".", ` with actions: ${plural(actions.total, "action")}.`), "");
  out.push(
    ...markdownTable(
      ["Open", "of them in progress", "Overdue", "Done", "Dropped"],
      [[actions.open, actions.inProgress, actions.overdue, actions.done, actions.dropped].map(String)],
      [true, true, true, true, true],
    ),
    "",
    `Closed by their due date: ${percent(actions.closedByDue.share)} (${actions.closedByDue.done} of ${plural(actions.closedByDue.due, "action")} due before ${data.today}). ${CLOSED_BY_DUE_NOTE}`,
    "",
  );
  if (actions.open > 0) {
    out.push("**Age of open actions**", "", `${AGE_NOTE} ${standsOn(actions.ageOfOpen.documents, total)}${actions.ageOfOpen.undated > 0 ? ` ${plural(actions.ageOfOpen.undated, "open action")} of undated documents have no age.` : ""}`, "");
    out.push(...markdownTable(["Age", "Open actions"], actions.ageOfOpen.buckets.map((bucket) => [bucket.label, String(bucket.count)]), [false, true]), "");
  }
  if (actions.byOwner.length > 0) {
    out.push("**Open and overdue by owner**", "", ...markdownTable(["Owner", "Open", "Overdue"], actions.byOwner.map((owner) => [owner.owner, String(owner.open), String(owner.overdue)]), [false, true, true]), "");
  }
  if (actions.noOwner.length + actions.noDueDate.length > 0) {
    out.push(`**Actions no one will close**`, "", NO_OWNER_NOTE, "");
    if (actions.noOwner.length > 0) out.push(`No owner (${actions.noOwner.length}):`, "", ...actionList(actions.noOwner, linkTo), "");
    if (actions.noDueDate.length > 0) out.push(`No due date (${actions.noDueDate.length}):`, "", ...actionList(actions.noDueDate, linkTo), "");
  }

  const grades = data.grades;
  out.push("## Rubric grades", "", `${standsOn(grades.documents, total)} Each document is graded 0-2 on six dimensions (pm score), ${grades.max} in all.`, "");
  if (grades.weakest) out.push(`Weakest dimension across the collection: **${markdownText(grades.weakest.name)}** (mean ${grades.weakest.mean.toFixed(2)} of 2).`, "");
  if (grades.documents > 0) {
    out.push(
      ...markdownTable(
        ["Dimension", "Mean (of 2)", "Graded 0", "Graded 1", "Graded 2"],
        grades.dimensions.map((dimension) => [dimension.name, dimension.mean.toFixed(2), ...dimension.counts.map(String)]),
        [false, true, true, true, true],
      ),
      "",
    );
  }
  if (grades.perQuarter.length > 0) {
    out.push(...markdownTable(["Quarter", "Documents", `Median grade (of ${grades.max})`], grades.perQuarter.map((quarter) => [quarter.quarter, String(quarter.documents), String(quarter.median)]), [false, true, true]), "");
  }

  out.push("## Contributing-factor clusters", "", `${standsOn(data.factors.documents, total)} Only documents that put their factors in clusters count.`, "");
  if (data.factors.clusters.length > 0) {
    out.push(...markdownTable(["Cluster", "Documents", "Factors"], data.factors.clusters.map((entry) => [CLUSTER_NAMES[entry.cluster]!, String(entry.documents), String(entry.factors)]), [false, true, true]), "");
  }

  out.push("## Every postmortem", "");
  if (data.table.length > 0) {
    out.push(
      ...markdownTable(
        ["Date", "Postmortem", "Severity", "Owner", "Grade", "Time to resolve", "Open actions", "Overdue"],
        data.table.map((row) => [
          markdownText(row.date ?? "undated"),
          link(row.title ?? row.file, linkTo(row.file)),
          markdownText(row.severity),
          markdownText(row.owner ?? ""),
          row.grade === null ? "" : `${row.grade}/${row.gradeMax}`,
          minutesText(row.resolveMinutes),
          String(row.openActions),
          String(row.overdueActions),
        ]),
        [false, false, false, false, true, true, true, true],
        asIs,
      ),
      "",
    );
  }

  const gaps = data.documents;
  if (gaps.undated.length + gaps.noDurations.length + grades.ungraded.length > 0) {
    out.push("## Gaps", "");
    if (gaps.undated.length > 0) out.push(`${UNDATED_NOTE}:`, "", ...documentList(gaps.undated, linkTo), "");
    if (gaps.noDurations.length > 0) out.push(`${NO_DURATIONS_NOTE}:`, "", ...documentList(gaps.noDurations, linkTo), "");
    if (grades.ungraded.length > 0) out.push("Documents not graded:", "", ...documentList(grades.ungraded, linkTo), "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
