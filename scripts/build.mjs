#!/usr/bin/env node
// Builds dist/ with esbuild: the CLI and its dependencies bundled, so start-up reads a few files
// instead of resolving hundreds of modules (the remark stack alone is over 150). Each lazily
// imported command becomes its own chunk, so `pm lint` still loads no prompts, templates or scorer.
// Type checking is `npm run typecheck`; esbuild only strips types.
import { execFileSync } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SRC = path.join(ROOT, "src");
const DIST = path.join(ROOT, "dist");

/**
 * Modules that find files next to themselves (`new URL("../../templates/", import.meta.url)`) were
 * written for tsc's layout, where src/a/b.ts runs as dist/a/b.js. In a bundle every module shares
 * its chunk's URL, so each source module's import.meta.url is rewritten to the URL it would have
 * had in that layout (entries and chunks are all written flat into dist/, so dist/ is "./" from any of them).
 */
const keepSourceLayoutUrls = {
  name: "keep-source-layout-urls",
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!args.path.startsWith(SRC + path.sep) || !source.includes("import.meta.url")) return { contents: source, loader: "ts" };
      const asBuilt = path.relative(SRC, args.path).split(path.sep).join("/").replace(/\.ts$/, ".js");
      return { contents: source.replaceAll("import.meta.url", `new URL(${JSON.stringify(`./${asBuilt}`)}, import.meta.url).href`), loader: "ts" };
    });
  },
};

/** Dependencies loaded only on first use (src/vendored.ts), each bundled into one file of dist/vendor/. */
const VENDORED = ["yaml", "ajv"];

await rm(DIST, { recursive: true, force: true });
// tsc's module-per-file output first, for the .d.ts of the public entry points and for scripts
// that import single modules (calibrate, eval); the bundle's entry files then replace its cli.js,
// index.js and remark.js.
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.build.json")], { stdio: "inherit" });
await build({
  entryPoints: {
    cli: path.join(SRC, "cli.ts"),
    "lint-worker": path.join(SRC, "lint/worker.ts"),
    index: path.join(SRC, "index.ts"),
    remark: path.join(SRC, "remark.ts"),
  },
  outdir: DIST,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.19",
  chunkNames: "[name]-[hash]",
  // CommonJS dependencies bundled into ES modules call require() for Node built-ins.
  banner: { js: 'import { createRequire as __pmCreateRequire } from "node:module"; const require = __pmCreateRequire(import.meta.url);' },
  plugins: [keepSourceLayoutUrls],
  legalComments: "none",
  logLevel: "warning",
});
await build({
  entryPoints: Object.fromEntries(VENDORED.map((name) => [name, createRequire(import.meta.url).resolve(name)])),
  outdir: path.join(DIST, "vendor"),
  outExtension: { ".js": ".cjs" },
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20.19",
  legalComments: "none",
  logLevel: "warning",
});
