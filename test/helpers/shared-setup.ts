import { MISSING_SHARED, SHARED, SHARED_REQUIRED } from "./shared.js";

/** Vitest global setup: one line before the run when the shared material is missing (an error under PM_REQUIRE_SHARED). */
export default function checkSharedMaterial(): void {
  if (SHARED !== null) return;
  if (SHARED_REQUIRED) throw new Error(`PM_REQUIRE_SHARED=1: ${MISSING_SHARED.replace(", so the tests that read them are skipped", "")}`);
  process.stdout.write(`\nNote: ${MISSING_SHARED}.\n`);
}
