import type { PostmortemDoc } from "../model/types.js";
import { levelOf, linesOf } from "./evidence.js";
import type { Dimension, Evidence } from "./types.js";

/** Levels of "why" that count as going past the first, obvious answer. */
const DEEP_CHAIN = 3;

/** Dimension 3: several factors clustered by kind, why each made sense at the time, and deep whys. */
export const systems: Dimension = {
  id: 3,
  name: "Systems thinking (contributing factors)",
  grade(doc: PostmortemDoc) {
    const { factors, factorProse, whyChains } = doc.practice;
    const clustered = factors.filter((factor) => factor.category !== null);
    const categories = [...new Set(clustered.map((factor) => factor.category))];
    const reasoned = factors.filter((factor) => factor.madeSense !== null);
    const deepest = whyChains.reduce((most, chain) => Math.max(most, chain.steps), 0);

    const evidence: Evidence[] = [];
    if (factors.length > 0) evidence.push({ text: `${factors.length} contributing factors`, lines: factors.map((factor) => factor.line) });
    if (factors.length === 0 && factorProse.length > 0) {
      evidence.push({ text: `${factorProse.length} paragraphs of cause analysis`, lines: factorProse.map((paragraph) => paragraph.line) });
    }
    if (categories.length > 0) evidence.push({ text: `clustered by kind: ${categories.join(", ")}`, lines: clustered.map((factor) => factor.line) });
    if (reasoned.length > 0) evidence.push({ text: `"why it made sense at the time" for ${reasoned.length} factors`, lines: reasoned.map((factor) => factor.line) });
    if (whyChains.length > 0) {
      evidence.push({ text: `${whyChains.length} why chain${whyChains.length > 1 ? "s" : ""}, deepest ${deepest} levels`, lines: whyChains.map((chain) => chain.line) });
    }

    const levelOne = factors.length >= 2 || deepest >= 2 || factorProse.length >= 2;
    const levelTwo = factors.length >= 3 && categories.length >= 2 && reasoned.length >= 2 && deepest >= DEEP_CHAIN;
    const score = levelOf(levelOne, levelTwo);

    const missing: string[] = [];
    if (score === 0) {
      missing.push('list the contributing factors (not a single cause, never a person) under "## Contributing factors"');
    } else if (score === 1) {
      if (factors.length < 3) missing.push("itemise at least three contributing factors, one per row or bullet");
      if (categories.length < 2) {
        missing.push("cluster the factors by kind (people, process, tech, comms, environment), e.g. a \"Cluster\" column or sub-headings");
      }
      if (reasoned.length < 2) {
        const unexplained = factors.filter((factor) => factor.madeSense === null);
        const where = unexplained.length > 0 ? ` (${linesOf(unexplained)})` : "";
        missing.push(`say why each top factor made sense at the time${where}, e.g. a "Why it made sense at the time" column`);
      }
      if (deepest < DEEP_CHAIN) missing.push(`ask "why" at least ${DEEP_CHAIN} levels deep for the top factor (a "## 5 Whys" chain)`);
    }
    return { score, evidence, missing };
  },
};
