import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeMarkdown, describeFsError, FileProblem, readDocument } from "../../src/files.js";

function errno(code: string, message = `${code}: failed`): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/** The message of the FileProblem that reading throws (the test fails if it reads instead). */
function problemOf(read: () => unknown): string {
  let error: unknown = null;
  try {
    read();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(FileProblem);
  return (error as FileProblem).message;
}

describe("describeFsError", () => {
  // Tests run as root in CI, where chmod 000 does not stop a read: the errors are built here.
  it.each([
    ["EACCES", "permission denied"],
    ["EPERM", "permission denied"],
    ["ENOENT", "no such file or directory"],
    ["ELOOP", "too many levels of symbolic links (a symlink loop?)"],
    ["ENOTDIR", "a part of the path is not a directory"],
    ["EISDIR", "is a directory, not a file"],
    ["ENAMETOOLONG", "the path is too long"],
  ])("says %s as %j", (code, message) => {
    expect(describeFsError(errno(code))).toBe(message);
  });

  it("falls back to the system's message, then to a generic one", () => {
    expect(describeFsError(errno("EIO", "EIO: i/o error, read"))).toBe("EIO: i/o error, read");
    expect(describeFsError(undefined)).toBe("could not be read");
  });
});

describe("decodeMarkdown", () => {
  const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part) : Buffer.from(part))));

  it("strips the byte-order mark so columns count from the first real character", () => {
    expect(decodeMarkdown(bytes([0xef, 0xbb, 0xbf], "# Title"), "a.md")).toBe("# Title");
  });

  it("refuses NUL bytes as binary", () => {
    expect(() => decodeMarkdown(bytes("# T\n", [0, 1, 2]), "a.md")).toThrow("a.md: looks like a binary file (it contains NUL bytes), not Markdown");
  });

  it.each([
    ["a stray byte", bytes("# T\n", [0xff], " rest"), 4],
    ["a lead byte followed by ASCII", bytes("ab", [0xc3], "("), 2],
    ["an encoded surrogate", bytes("é", [0xed, 0xa0, 0x80]), 2],
    ["a sequence cut short at the end", bytes("# T\n", [0xe2, 0x82]), 4],
  ])("gives the offset of the first bad byte for %s", (_name, input, offset) => {
    expect(() => decodeMarkdown(input, "a.md")).toThrow(`a.md: is not valid UTF-8 (first bad byte at offset ${offset}); re-save it as UTF-8`);
  });
});

describe("readDocument", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pm-files-"));

  it("refuses a file over the size limit before reading it", () => {
    writeFileSync(path.join(dir, "big.md"), "x".repeat(3000));
    expect(problemOf(() => readDocument("big.md", dir, 2048))).toBe("big.md: is 2.9 KB, over the 2 KB limit for one document (--max-file-size raises it)");
  });

  it("refuses directories and things that are not regular files", () => {
    mkdirSync(path.join(dir, "folder.md"));
    expect(problemOf(() => readDocument("folder.md", dir))).toBe("folder.md: is a directory, not a file");
    execFileSync("mkfifo", [path.join(dir, "pipe.md")]);
    expect(problemOf(() => readDocument("pipe.md", dir))).toBe("pipe.md: is not a regular file");
  });

  it("shows paths outside the working directory as absolute", () => {
    const missing = path.join(dir, "missing.md");
    expect(problemOf(() => readDocument(missing, path.join(dir, "elsewhere")))).toBe(`${missing}: no such file or directory`);
  });
});
