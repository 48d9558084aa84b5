import { existsSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./cli.js";

/**
 * The read-only project material (seeds, corpus): beside the main checkout (../shared) or beside
 * the worktrees directory (../../shared). Tests that need it fail loudly when it is missing.
 */
export function sharedDir(): string {
  const found = [path.resolve(ROOT, "../shared"), path.resolve(ROOT, "../../shared")].find((dir) => existsSync(path.join(dir, "corpus")));
  if (!found) throw new Error(`the shared corpus is not at ../shared or ../../shared from ${ROOT}`);
  return found;
}
