import type { PostmortemDoc } from "../model/types.js";
import { hasPlaceholder } from "../model/predicates.js";
import { describeLines, levelOf, linesOf, share } from "./evidence.js";
import type { Dimension, Evidence } from "./types.js";

/** Share of entries that must carry a time and evidence for level 2 (an entry or two may be context). */
const MOST = 0.8;

/** Dimension 2: timestamps, evidence and fact/hypothesis labels per entry, and quantified impact. */
export const timeline: Dimension = {
  id: 2,
  name: "Evidence and timeline quality",
  grade(doc: PostmortemDoc) {
    const entries = doc.timeline.filter((entry) => !hasPlaceholder(doc, entry.text));
    const timed = entries.filter((entry) => entry.time !== null);
    const evidenced = entries.filter((entry) => entry.evidence !== null);
    const labelled = entries.filter((entry) => entry.label !== null);
    const figures = doc.impact.filter((statement) => !statement.unfilled).flatMap((statement) => statement.figures);

    const evidence: Evidence[] = [];
    if (entries.length > 0) {
      if (timed.length > 0) evidence.push(share("have a time", timed, entries.length, "timeline entries"));
      if (evidenced.length > 0) evidence.push(share("cite evidence or a link", evidenced, entries.length, "entries"));
      if (labelled.length > 0) evidence.push(share("are labelled fact or hypothesis", labelled, entries.length, "entries"));
    }
    if (figures.length > 0) {
      evidence.push({ text: `impact in numbers: ${figures.slice(0, 3).map((figure) => figure.text).join(", ")}`, lines: figures.map((figure) => figure.line) });
    }

    const levelOne = timed.length >= 2;
    const levelTwo =
      levelOne && entries.length >= 3 && timed.length >= MOST * entries.length && evidenced.length >= MOST * entries.length &&
      labelled.length === entries.length && figures.length > 0;
    const score = levelOf(levelOne, levelTwo);

    const missing: string[] = [];
    if (score === 0) {
      missing.push(
        entries.length === 0
          ? 'add a "## Timeline" with a time and a source for each event (e.g. "| 14:05 | Alerts fire | PagerDuty | Fact |")'
          : `put a time on the timeline entries (${linesOf(entries)}) so the sequence can be checked`,
      );
    } else if (score === 1) {
      const untimed = entries.filter((entry) => entry.time === null);
      if (timed.length < MOST * entries.length) missing.push(`add times to the entries at ${linesOf(untimed)}`);
      const bare = entries.filter((entry) => entry.evidence === null);
      if (evidenced.length < MOST * entries.length) {
        missing.push(`cite evidence (a log, dashboard, chat link) for the entries at ${linesOf(bare)}, e.g. in an "Evidence" column`);
      }
      const unlabelled = entries.filter((entry) => entry.label === null);
      if (unlabelled.length > 0) {
        missing.push(`label every entry fact or hypothesis (a "Fact/Hypothesis" column or a **Fact** marker); unlabelled: ${describeLines(unlabelled.map((entry) => entry.line))}`);
      }
      if (entries.length < 3) missing.push("cover the incident from first signal to recovery (at least three timed entries)");
      if (figures.length === 0) missing.push("quantify the impact in the Impact or Summary section: users, transactions, minutes, money");
    }
    return { score, evidence, missing };
  },
};
