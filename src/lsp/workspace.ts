import { statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findConfigFile, loadConfigFile } from "../config-file.js";
import { defaultConfig, isDirectory, type ResolvedConfig } from "../config.js";
import { UserError } from "../errors.js";

const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i;

/** The file a `file:` URI names, or null for any other URI (untitled buffers, remote schemes) or a malformed one. */
export function fileOfUri(uri: unknown): string | null {
  if (typeof uri !== "string" || !uri.startsWith("file:")) return null;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return null;
  }
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** How one document is to be linted: with this config, or not at all and why (shown to no one unless it is a config mistake). */
export type DocumentSettings = { config: ResolvedConfig; problem?: undefined } | { config?: undefined; problem: { message: string; shown: boolean } };

/**
 * The workspace the editor opened: which documents pm checks and with what config. Each document
 * takes the nearest config file from its own folder up, as `pm lint` run from that folder would,
 * and is checked only when `pm lint` with no paths would check it: inside the config's
 * `postmortems` folder, else the workspace's ./postmortems when there is one, else anywhere in the
 * workspace. A document outside every workspace folder is not checked.
 */
export class Workspace {
  private readonly configs = new Map<string, { mtimeMs: number; config: ResolvedConfig }>();

  constructor(private readonly roots: readonly string[]) {}

  rootOf(file: string): string | null {
    if (this.roots.length === 0) return path.dirname(file);
    // The innermost folder wins when workspace folders nest.
    return [...this.roots].sort((a, b) => b.length - a.length).find((root) => isInside(file, root)) ?? null;
  }

  settingsFor(uri: unknown): DocumentSettings {
    const file = fileOfUri(uri);
    if (file === null) return { problem: { message: "not a file: URI", shown: false } };
    if (!MARKDOWN.test(file)) return { problem: { message: "not a Markdown file", shown: false } };
    const root = this.rootOf(file);
    if (root === null) return { problem: { message: "outside the workspace", shown: false } };
    let config: ResolvedConfig;
    try {
      config = this.configFor(path.dirname(file), root);
    } catch (error) {
      if (error instanceof UserError) return { problem: { message: error.message, shown: true } };
      throw error;
    }
    const folder = config.postmortems ?? (isDirectory(path.join(root, "postmortems")) ? path.join(root, "postmortems") : root);
    if (!isInside(file, folder)) return { problem: { message: `outside the postmortems folder ${folder}`, shown: false } };
    return { config };
  }

  /** The nearest config, read again only when its file changed (an edit to .pmrc.yaml applies at the next keystroke). */
  private configFor(directory: string, root: string): ResolvedConfig {
    const file = findConfigFile(directory);
    if (file === null) return defaultConfig();
    const mtimeMs = statSync(file).mtimeMs;
    const cached = this.configs.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached.config;
    const config = loadConfigFile(file, root);
    this.configs.set(file, { mtimeMs, config });
    return config;
  }
}
