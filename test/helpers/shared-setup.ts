import { MISSING_SHARED, SHARED, SHARED_REQUIRED } from "./shared.js";

/**
 * Vitest global setup: when the shared material is missing, one line says so before the run and
 * again after it, beside the skipped count (an error instead under PM_REQUIRE_SHARED).
 */
export default function checkSharedMaterial(): (() => void) | undefined {
  if (SHARED !== null) return undefined;
  if (SHARED_REQUIRED) throw new Error(`PM_REQUIRE_SHARED=1: ${MISSING_SHARED.replace(", so the tests that read them are skipped", "")}`);
  const note = () => process.stdout.write(`\nNote: ${MISSING_SHARED}.\n`);
  note();
  return note;
}
