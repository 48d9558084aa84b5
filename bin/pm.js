#!/usr/bin/env node
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// dist/ is built by npm ci / npm install (the prepare script); a clone that skipped it gets one
// line saying what to run instead of a module-not-found stack trace.
const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(`pm: pm is not built in ${fileURLToPath(new URL("..", import.meta.url))}: run npm ci (or npm run build) there first\n`);
  process.exit(2);
}
const { run } = await import(cli.href);
run();
