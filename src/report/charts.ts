/**
 * The report's charts: Vega-Lite specifications rendered to SVG when the report is built, so the
 * page shows them without a script, offline and in print. Vega is loaded only here (pm report's
 * HTML format), and its loader is replaced by one that refuses, so building a report reads no
 * file and makes no request whatever a specification says.
 */
import type { TopLevelSpec } from "vega-lite";
import { DURATION_KINDS, NO_SEVERITY, quarterOf, type QuarterDistribution, type ReportData } from "./figures.js";
import { CLUSTER_NAMES, DURATION_TITLES } from "./wording.js";

export interface Chart {
  id: string;
  title: string;
  spec: TopLevelSpec;
}

const SEVERITY_COLOURS: Record<string, string> = { SEV1: "#c2352b", SEV2: "#e8772e", SEV3: "#e0b12f", SEV4: "#4c8bbf", [NO_SEVERITY]: "#9a9a9a" };
const STATUS_COLOURS = { overdue: "#c2352b", "open, not overdue": "#e8a33e", done: "#3f9b5a", dropped: "#9a9a9a" };

/** Axis and legend text in a neutral grey; the page's stylesheet recolours it for dark mode. */
const CONFIG = {
  background: "transparent",
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  view: { stroke: null },
  axis: { labelColor: "#555", titleColor: "#555", gridColor: "#ddd", domainColor: "#999", tickColor: "#999", labelFontSize: 11, titleFontSize: 11 },
  legend: { labelColor: "#555", titleColor: "#555", orient: "top" as const },
};

const WIDTH = 560;

function spec(description: string, body: Record<string, unknown>): TopLevelSpec {
  return { $schema: "https://vega.github.io/schema/vega-lite/v6.json", description, width: WIDTH, height: 220, config: CONFIG, ...body } as TopLevelSpec;
}

/** A spread for points of one quarter that is the same on every run (no random jitter). */
function spread(index: number): number {
  return ((index * 0.618_034) % 1) - 0.5;
}

function distribution(
  description: string,
  quarters: Array<{ quarter: string; points: number[]; median: number }>,
  yTitle: string,
  yScale: Record<string, unknown>,
  yAxis: Record<string, unknown> = {},
): TopLevelSpec {
  const points = quarters.flatMap((quarter) => quarter.points.map((value, index) => ({ quarter: quarter.quarter, value, offset: spread(index) })));
  const medians = quarters.map((quarter) => ({ quarter: quarter.quarter, median: quarter.median }));
  const x = { field: "quarter", type: "ordinal", title: null, sort: quarters.map((quarter) => quarter.quarter), axis: { labelAngle: 0 } };
  return spec(description, {
    layer: [
      {
        data: { values: points },
        mark: { type: "point", filled: true, opacity: 0.55, size: 36, color: "#4c78a8" },
        encoding: { x, xOffset: { field: "offset", type: "quantitative", scale: { domain: [-0.8, 0.8] } }, y: { field: "value", type: "quantitative", title: yTitle, scale: yScale, axis: yAxis } },
      },
      {
        data: { values: medians },
        mark: { type: "tick", color: "#d6452f", thickness: 3, size: 34 },
        encoding: { x, y: { field: "median", type: "quantitative" } },
      },
    ],
  });
}

function durationQuarters(quarters: QuarterDistribution[]) {
  return quarters.map((quarter) => ({ quarter: quarter.quarter, points: quarter.points.map((point) => point.minutes), median: quarter.median }));
}

/** Minutes on a log-like scale (these times span minutes to days), with ticks people read: 15 min, 1 h, 1 d. */
const MINUTE_TICKS = [0, 5, 15, 30, 60, 120, 240, 480, 1440, 2880, 10080, 43200];

/** Up to the first tick above the longest incident, so the axis always has ticks to read. */
function minuteScale(quarters: QuarterDistribution[]) {
  const longest = Math.max(...quarters.flatMap((quarter) => quarter.points.map((point) => point.minutes)));
  const top = MINUTE_TICKS.find((tick) => tick >= longest) ?? longest;
  return { type: "symlog", constant: 10, domain: [0, top], nice: false };
}
const MINUTE_AXIS = {
  values: MINUTE_TICKS,
  labelExpr: "datum.value < 60 ? datum.value + ' min' : datum.value < 1440 ? datum.value / 60 + ' h' : datum.value / 1440 + ' d'",
};

/** Every chart the report's data can fill; a figure with no data gets no chart (its section says so). */
export function chartsFor(data: ReportData): Chart[] {
  const charts: Chart[] = [];
  const months = data.incidentsPerMonth;
  if (months.months.length > 0) {
    charts.push({
      id: "incidents-per-month",
      title: "Incidents per month, by severity",
      spec: spec("Incidents per month, stacked by severity", {
        data: { values: months.months.flatMap((month) => months.severities.map((severity) => ({ month: month.month, severity, count: month.counts[severity] }))) },
        mark: { type: "bar" },
        encoding: {
          x: { field: "month", type: "ordinal", title: null, axis: { labelAngle: months.months.length > 12 ? -45 : 0 } },
          y: { field: "count", type: "quantitative", title: "incidents", axis: { tickMinStep: 1 } },
          color: { field: "severity", type: "nominal", title: "severity", sort: months.severities, scale: { domain: months.severities, range: months.severities.map((severity) => SEVERITY_COLOURS[severity]) } },
          order: { field: "severity" },
        },
      }),
    });
  }
  for (const kind of DURATION_KINDS) {
    const figure = data.durations[kind];
    if (figure.documents === 0) continue;
    charts.push({
      id: `time-to-${kind}`,
      title: `${DURATION_TITLES[kind]}, per quarter`,
      spec: distribution(`${DURATION_TITLES[kind]} of each incident per quarter, with the median`, durationQuarters(figure.quarters), "from the start (log scale)", minuteScale(figure.quarters), MINUTE_AXIS),
    });
  }
  const actions = data.actions;
  if (actions.total > 0) {
    const statuses = [
      { status: "overdue", count: actions.overdue },
      { status: "open, not overdue", count: actions.open - actions.overdue },
      { status: "done", count: actions.done },
      { status: "dropped", count: actions.dropped },
    ];
    charts.push({
      id: "action-status",
      title: "Actions by status",
      spec: spec("Actions by status", {
        height: 120,
        data: { values: statuses },
        mark: { type: "bar" },
        encoding: {
          y: { field: "status", type: "nominal", title: null, sort: statuses.map((entry) => entry.status) },
          x: { field: "count", type: "quantitative", title: "actions", axis: { tickMinStep: 1 } },
          color: { field: "status", type: "nominal", legend: null, scale: { domain: Object.keys(STATUS_COLOURS), range: Object.values(STATUS_COLOURS) } },
        },
      }),
    });
  }
  if (actions.open > 0) {
    charts.push({
      id: "action-age",
      title: "Age of open actions",
      spec: spec("Open actions by age", {
        height: 150,
        data: { values: actions.ageOfOpen.buckets },
        mark: { type: "bar", color: "#e8a33e" },
        encoding: {
          x: { field: "label", type: "ordinal", title: null, sort: actions.ageOfOpen.buckets.map((bucket) => bucket.label), axis: { labelAngle: 0 } },
          y: { field: "count", type: "quantitative", title: "open actions", axis: { tickMinStep: 1 } },
        },
      }),
    });
  }
  if (actions.byOwner.length > 0) {
    const owners = actions.byOwner.slice(0, OWNERS_CHARTED);
    charts.push({
      id: "owners",
      title: actions.byOwner.length > OWNERS_CHARTED ? `Open and overdue actions, the ${OWNERS_CHARTED} owners with most` : "Open and overdue actions by owner",
      spec: spec("Open actions per owner, overdue ones first", {
        height: Math.max(60, owners.length * 22),
        data: { values: owners.flatMap((owner) => [{ owner: owner.owner, status: "overdue", count: owner.overdue }, { owner: owner.owner, status: "open, not overdue", count: owner.open - owner.overdue }]) },
        mark: { type: "bar" },
        encoding: {
          y: { field: "owner", type: "nominal", title: null, sort: owners.map((owner) => owner.owner) },
          x: { field: "count", type: "quantitative", title: "open actions", axis: { tickMinStep: 1 } },
          color: { field: "status", type: "nominal", title: null, scale: { domain: ["overdue", "open, not overdue"], range: [STATUS_COLOURS.overdue, STATUS_COLOURS["open, not overdue"]] } },
          order: { field: "status", sort: "descending" },
        },
      }),
    });
  }
  const grades = data.grades;
  if (grades.perQuarter.length > 0) {
    const quarters = grades.perQuarter.map((quarter) => ({
      quarter: quarter.quarter,
      points: grades.perDocument.filter((doc) => doc.date !== null && quarterOf(doc.date) === quarter.quarter).map((doc) => doc.total),
      median: quarter.median,
    }));
    charts.push({ id: "grades", title: "Rubric grade of each postmortem, per quarter", spec: distribution("Rubric grade of each document per quarter, with the median", quarters, `grade (of ${grades.max})`, { domain: [0, grades.max] }) });
  }
  if (grades.documents > 0) {
    const weakest = grades.weakest?.name;
    charts.push({
      id: "dimensions",
      title: "Mean grade per rubric dimension",
      spec: spec("Mean grade of each rubric dimension across the collection", {
        height: 150,
        data: { values: grades.dimensions.map((dimension) => ({ name: dimension.name, mean: dimension.mean, weakest: dimension.name === weakest ? "weakest" : "other" })) },
        mark: { type: "bar" },
        encoding: {
          y: { field: "name", type: "nominal", title: null, sort: null },
          x: { field: "mean", type: "quantitative", title: "mean grade (0-2)", scale: { domain: [0, 2] } },
          color: { field: "weakest", type: "nominal", legend: null, scale: { domain: ["weakest", "other"], range: ["#d6452f", "#4c78a8"] } },
        },
      }),
    });
  }
  if (data.factors.clusters.length > 0) {
    charts.push({
      id: "factor-clusters",
      title: "Contributing-factor clusters",
      spec: spec("Documents naming each cluster of contributing factors", {
        height: Math.max(60, data.factors.clusters.length * 24),
        data: { values: data.factors.clusters.map((entry) => ({ cluster: CLUSTER_NAMES[entry.cluster], documents: entry.documents })) },
        mark: { type: "bar", color: "#7a5ea8" },
        encoding: {
          y: { field: "cluster", type: "nominal", title: null, sort: "-x" },
          x: { field: "documents", type: "quantitative", title: "documents", axis: { tickMinStep: 1 } },
        },
      }),
    });
  }
  return charts;
}

const OWNERS_CHARTED = 20;

/** Each chart as an SVG string, in order. */
export async function renderCharts(charts: Chart[]): Promise<string[]> {
  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  const refuse = () => Promise.reject(new Error("pm report loads nothing while drawing charts"));
  const loader = { load: refuse, sanitize: refuse, http: refuse, file: refuse } as unknown as ReturnType<typeof vega.loader>;
  return Promise.all(
    charts.map(async (chart) => {
      const view = new vega.View(vega.parse(vegaLite.compile(chart.spec).spec), { renderer: "none", loader });
      try {
        return await view.toSVG();
      } finally {
        view.finalize();
      }
    }),
  );
}
