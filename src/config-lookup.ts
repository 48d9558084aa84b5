/**
 * Which configuration applies to a document: the nearest config file in the document's own folder
 * or above it, merged over the config files further up until one says `root: true`. The CLI, the
 * API, the remark plugin and editors all ask this one place, so they agree about every file.
 */
import path from "node:path";
import type { ResolvedConfig } from "./config.js";
import { configFileIn, loadConfigFile, mergeLayers, readConfigLayer, type ConfigLayer } from "./config-file.js";
import { defaultConfig } from "./config.js";

export interface ConfigLookupOptions {
  /** Where relative paths start and config files are shown from. */
  cwd: string;
  /** --config FILE: this file alone applies to every document, wherever it is. */
  configFile?: string;
  /** --ignore-pattern: gitignore-style patterns relative to cwd, applied after the config files' own. */
  ignorePatterns?: string[];
  /** --no-ignore: lint what is named even when an ignore pattern (or pm's README.md default) matches. */
  noIgnore?: boolean;
  /** Changes the command line makes to every resolved config (--templates, --max-file-size). */
  adjust?: (config: ResolvedConfig) => void;
}

/** Resolves and caches configs per folder; make a new one when config files may have changed (an editor saving one). */
export class ConfigLookup {
  private readonly byFolder = new Map<string, ResolvedConfig>();
  private readonly layers = new Map<string, ConfigLayer>();
  private explicit: ResolvedConfig | null = null;

  constructor(readonly options: ConfigLookupOptions) {}

  /** The configuration for a document (its path absolute or relative to cwd; it need not exist, as with --stdin-filename). */
  configFor(file: string): ResolvedConfig {
    return this.configForFolder(path.dirname(path.resolve(this.options.cwd, file)));
  }

  /** The configuration for documents in a folder. */
  configForFolder(folder: string): ResolvedConfig {
    const absolute = path.resolve(this.options.cwd, folder);
    if (this.options.configFile !== undefined) {
      this.explicit ??= this.finish(loadConfigFile(path.resolve(this.options.cwd, this.options.configFile), this.options.cwd));
      return this.explicit;
    }
    let config = this.byFolder.get(absolute);
    if (!config) {
      const chain = this.chainFrom(absolute);
      config = this.finish(chain.length === 0 ? defaultConfig() : mergeLayers(chain.reverse()));
      this.byFolder.set(absolute, config);
    }
    return config;
  }

  /** The config files that apply in a folder, nearest first, up to and including one with `root: true`. */
  private chainFrom(folder: string): ConfigLayer[] {
    const chain: ConfigLayer[] = [];
    for (let current = folder; ; ) {
      const file = configFileIn(current);
      if (file !== null) {
        let layer = this.layers.get(file);
        if (!layer) {
          layer = readConfigLayer(file, this.options.cwd);
          this.layers.set(file, layer);
        }
        chain.push(layer);
        if (layer.root) return chain;
      }
      const parent = path.dirname(current);
      if (parent === current) return chain;
      current = parent;
    }
  }

  private finish(config: ResolvedConfig): ResolvedConfig {
    if (this.options.noIgnore) config.ignores = [];
    else if (this.options.ignorePatterns?.length) config.ignores.push({ base: this.options.cwd, patterns: this.options.ignorePatterns, from: "--ignore-pattern" });
    this.options.adjust?.(config);
    return config;
  }
}

/**
 * The configuration for commands that work on a folder rather than a document (`pm new`,
 * `pm templates`, where `pm lint` looks when given no paths): the one that applies in cwd.
 */
export function resolveConfig(cwd: string, explicitFile?: string): ResolvedConfig {
  return new ConfigLookup({ cwd, configFile: explicitFile }).configForFolder(cwd);
}

/** The configuration for one document, looked up from its folder (for editors and other tools). */
export function configFor(file: string, options: Partial<ConfigLookupOptions> = {}): ResolvedConfig {
  return new ConfigLookup({ cwd: process.cwd(), ...options }).configFor(file);
}
