import { existsSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./cli.js";

/**
 * The project's shared material (the seeds and the corpus of public postmortems): beside the clone
 * (../shared, where CI has it) or beside the worktrees folder (../../shared). A user's fresh clone
 * has neither, so the tests that read it are skipped there; PM_REQUIRE_SHARED=1 (set by .ci/run)
 * makes its absence an error instead, so CI can never pass by skipping them.
 */
export const SHARED: string | null =
  [path.resolve(ROOT, "../shared"), path.resolve(ROOT, "../../shared")].find((dir) => existsSync(path.join(dir, "seeds")) && existsSync(path.join(dir, "corpus"))) ?? null;

export const SHARED_REQUIRED = process.env.PM_REQUIRE_SHARED === "1";

/** The one line a run without the material prints, saying what is missing and how to get it. */
export const MISSING_SHARED =
  `the shared seeds and corpus are not at ../shared beside ${ROOT.replace(/\/$/, "")}, so the tests that read them are skipped; ` +
  "to run them, put the project's shared/ folder (with seeds/ and corpus/) beside the clone (see CONTRIBUTING.md)";

/** A path inside the shared material; only call it inside tests that describeWithShared guards. */
export function sharedFile(...parts: string[]): string {
  if (SHARED === null) throw new Error(MISSING_SHARED);
  return path.join(SHARED, ...parts);
}

