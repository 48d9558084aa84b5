import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type * as Yaml from "yaml";
import type * as AjvModule from "ajv";

const requireHere = createRequire(import.meta.url);
const loaded = new Map<string, unknown>();

/**
 * Loads a dependency that only some runs need, the first time it is needed: a `pm lint` in a hook
 * usually reads no front matter and no config file, and yaml and ajv would otherwise be most of the
 * code it compiles at start-up. The build writes each as one file in dist/vendor/ (VENDORED in scripts/build.mjs),
 * which loads in a third of the time of the package's many files; from source, the package is used.
 */
function vendored<T>(name: string): T {
  if (!loaded.has(name)) {
    const bundled = new URL(`./vendor/${name}.cjs`, import.meta.url);
    loaded.set(name, requireHere(existsSync(bundled) ? fileURLToPath(bundled) : name));
  }
  return loaded.get(name) as T;
}

export const yaml = (): typeof Yaml => vendored("yaml");
export const ajv = (): typeof AjvModule => vendored("ajv");
