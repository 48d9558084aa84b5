import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Says, in one line, when the shared seeds and corpus are missing and their tests are skipped.
    globalSetup: ["test/helpers/shared-setup.ts"],
    testTimeout: 20_000,
  },
});
