import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeNewFile } from "../../src/new/write.js";

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "pm-write-"));
}

describe("writeNewFile", () => {
  it("creates missing folders and leaves no temporary file behind", async () => {
    const dir = tempDir();
    const file = path.join(dir, "postmortems", "a.md");
    await writeNewFile(file, "# A\n", "postmortems/a.md", false);
    expect(readFileSync(file, "utf8")).toBe("# A\n");
    expect(readdirSync(path.dirname(file))).toEqual(["a.md"]);
  });

  it("never replaces an existing file without force, and says how to proceed", async () => {
    const dir = tempDir();
    const file = path.join(dir, "a.md");
    writeFileSync(file, "the user's work\n");
    await expect(writeNewFile(file, "# New\n", "a.md", false)).rejects.toThrow("a.md already exists: choose another --out, or pass --force to replace it");
    expect(readFileSync(file, "utf8")).toBe("the user's work\n");
    expect(readdirSync(dir)).toEqual(["a.md"]);
  });

  it("replaces the file in one step with force", async () => {
    const dir = tempDir();
    const file = path.join(dir, "a.md");
    writeFileSync(file, "old\n");
    await writeNewFile(file, "new\n", "a.md", true);
    expect(readFileSync(file, "utf8")).toBe("new\n");
    expect(readdirSync(dir)).toEqual(["a.md"]);
  });

  it("reports a folder it can't create as a user error", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "blocker"), "");
    await expect(writeNewFile(path.join(dir, "blocker", "a.md"), "x", "blocker/a.md", false)).rejects.toThrow(/^blocker\/a.md: can't create its folder/);
  });
});
