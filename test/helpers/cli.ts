import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/pm.js", import.meta.url));

/**
 * The team's shared seeds and corpus: beside the main checkout (../shared), or two levels up from
 * a git worktree in /work/wt/NAME. Absolute, so tests pass it to the CLI from any directory.
 */
export const SHARED =
  [path.resolve(ROOT, "../shared"), path.resolve(ROOT, "../../shared")].find((dir) => existsSync(path.join(dir, "seeds"))) ??
  path.resolve(ROOT, "../shared");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would: a separate node process, no TTY, colours off. */
export function pm(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...options.env },
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
