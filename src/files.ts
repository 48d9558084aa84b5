import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { UserError } from "./errors.js";
import type { Io } from "./io.js";

/**
 * Files larger than this are skipped. Parsing and extraction cost up to about 900 bytes of memory
 * per input byte (measured on one long table of rich cells), so a 10 MB file could exhaust Node's
 * heap and crash; real postmortems are under 100 KB.
 */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export interface SourceFile {
  /** The path as the user should see it: relative to the working directory when inside it. */
  path: string;
  absolute: string;
  text: string;
}

/** A file that can't be linted; lint reports it and goes on with the other files. */
export class FileProblem extends UserError {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`, 2);
    this.name = "FileProblem";
  }
}

export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative.split(path.sep).join("/") : absolute;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads one Markdown document, refusing what isn't one with a message that says why. Synchronous:
 * a document is read in well under a millisecond, and awaiting each read left a linting thread idle
 * for longer than that.
 */
export function readDocument(file: string, cwd: string, maxBytes = DEFAULT_MAX_BYTES): SourceFile {
  const absolute = path.resolve(cwd, file);
  const shown = displayPath(absolute, cwd);
  let info;
  try {
    info = statSync(absolute);
  } catch (error) {
    throw new FileProblem(shown, describeFsError(error));
  }
  // Checked before opening: opening a named pipe would wait for a writer.
  if (info.isDirectory()) throw new FileProblem(shown, "is a directory, not a file");
  if (!info.isFile()) throw new FileProblem(shown, "is not a regular file");
  if (info.size > maxBytes) {
    throw new FileProblem(shown, `is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit for one document (--max-file-size raises it)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    throw new FileProblem(shown, describeFsError(error));
  }
  return { path: shown, absolute, text: decodeMarkdown(bytes, shown) };
}

/**
 * A document given on standard input (--stdin): `filename` (--stdin-filename) names it and decides
 * its config and ignores; without one it is "<stdin>" in the working directory.
 */
export async function readStdinDocument(io: Io, filename: string | undefined, maxBytes = DEFAULT_MAX_BYTES): Promise<SourceFile> {
  const absolute = path.resolve(io.cwd, filename ?? "<stdin>");
  const shown = filename === undefined ? "<stdin>" : displayPath(absolute, io.cwd);
  if (!io.readStdin) throw new UserError("--stdin: there is no standard input to read");
  const bytes = await io.readStdin();
  if (bytes.length > maxBytes) throw new FileProblem(shown, `is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit for one document (--max-file-size raises it)`);
  return { path: shown, absolute, text: decodeMarkdown(bytes, shown) };
}

/** UTF-8 text without its byte-order mark; binary files and invalid UTF-8 are refused. */
export function decodeMarkdown(bytes: Uint8Array, shown: string): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new FileProblem(shown, "looks like a binary file (it contains NUL bytes), not Markdown");
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new FileProblem(shown, `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); re-save it as UTF-8`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The offset of the first byte that makes the text invalid UTF-8, for the message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // In streaming mode a prefix decodes unless it holds a bad byte (a sequence cut at the end is
  // held back), so "prefix of length n decodes" is monotone: binary search the shortest that fails.
  const decoded = (length: number) => new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
  const decodes = (length: number) => {
    try {
      decoded(length);
      return true;
    } catch {
      return false;
    }
  };
  if (decodes(bytes.length)) {
    // Every byte is fine but the last sequence is cut short: point at its first byte.
    let start = bytes.length - 1;
    while (start > 0 && (bytes[start]! & 0xc0) === 0x80) start--;
    return start;
  }
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (decodes(middle)) good = middle;
    else bad = middle;
  }
  // The byte at bad - 1 is where decoding failed; the bad sequence starts after the last whole
  // character before it (a lead byte the decoder was holding back, or that byte itself).
  return Buffer.byteLength(decoded(bad - 1));
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many levels of symbolic links (a symlink loop?)";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "EISDIR":
      return "is a directory, not a file";
    case "ENOSPC":
      return "no space left on the device";
    case "ENAMETOOLONG":
      return "the path is too long";
    default:
      return (error as Error | undefined)?.message ?? "could not be read";
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, "")} KB`;
  return `${bytes} bytes`;
}
