import path from "node:path";
import type { Ignore } from "ignore";
import { DEFAULT_IGNORES, type IgnoreLayer } from "./config.js";

const compiled = new WeakMap<IgnoreLayer, Ignore>();

/**
 * The ignore layer that leaves a file out, or null when it is linted. Layers apply in order, as
 * .gitignore files do: a later `!pattern` brings back what an earlier layer ignored. Each layer's
 * patterns are relative to its own folder (a config file's folder, or cwd for --ignore-pattern).
 */
export async function ignoredBy(absolute: string, layers: readonly IgnoreLayer[]): Promise<IgnoreLayer | null> {
  // Most runs have only pm's default layer: answer it without loading the matcher.
  if (layers.every((layer) => layer === DEFAULT_IGNORES)) {
    const name = path.basename(absolute).toLowerCase();
    return layers.length > 0 && DEFAULT_IGNORES.patterns.some((pattern) => pattern.toLowerCase() === name) ? DEFAULT_IGNORES : null;
  }
  const { default: ignore } = await import("ignore");
  let verdict: IgnoreLayer | null = null;
  for (const layer of layers) {
    const relative = path.relative(layer.base, absolute);
    if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) continue;
    let rules = compiled.get(layer);
    if (!rules) {
      rules = ignore().add(layer.patterns);
      compiled.set(layer, rules);
    }
    const tested = rules.test(relative.split(path.sep).join("/"));
    if (tested.ignored) verdict = layer;
    else if (tested.unignored) verdict = null;
  }
  return verdict;
}
