import path from "node:path";

/** A file's path from the working directory with forward slashes, as CI reports name files from the repository root. */
export function relativePath(filePath: string, cwd: string): string {
  return path.relative(cwd, path.resolve(cwd, filePath)).split(path.sep).join("/");
}
