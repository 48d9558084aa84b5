import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

// The disk fills up while the document is being written: every write fails with ENOSPC.
vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      return Object.assign(handle, { writeFile: async () => Promise.reject(full) });
    },
  };
});

const { writeNewFile } = await import("../../src/new/write.js");

describe("pm new on a full disk", () => {
  it("says the disk is full and leaves nothing behind: no document, no temporary file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pm-full-"));
    const file = path.join(dir, "postmortem.md");
    await expect(writeNewFile(file, "# Outage\n", "postmortem.md", false)).rejects.toThrow("postmortem.md: no space left on the device");
    expect(readdirSync(dir)).toEqual([]);
  });
});
