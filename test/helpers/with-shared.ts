import { describe, it } from "vitest";
import { SHARED, SHARED_REQUIRED } from "./shared.js";

/**
 * A describe block whose tests read the shared material: skipped when it is missing, run (and so
 * failing) under PM_REQUIRE_SHARED. Its body still runs to collect the tests, so it must not read
 * the material itself outside hooks and tests.
 */
export const describeWithShared: ReturnType<typeof describe.runIf> = describe.runIf(SHARED !== null || SHARED_REQUIRED);

/** A test that reads the shared material, in a block whose other tests do not. */
export const itWithShared: ReturnType<typeof it.runIf> = it.runIf(SHARED !== null || SHARED_REQUIRED);
