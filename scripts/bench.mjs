#!/usr/bin/env node
// `npm run bench`: times `pm lint` against the floor (node + read + remark-parse + remark-gfm)
// and two peers, markdownlint-cli2 and remark-cli, as whole processes. Every workload is generated
// here from a corpus of real postmortems into .bench/ (gitignored), each command gets one warm-up
// run, then the commands run interleaved (A B C D A B C D ...) so a drifting machine affects all
// alike, and the medians are reported. Peak memory (maximum resident set size) comes from GNU time.
//
//   npm run bench -- [--quick] [--runs N] [--only one,thousand,...] [--corpus DIR] [--dir DIR] [--json FILE]
// --dir is where workloads are generated (default .bench/; it is emptied first).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, openSync, closeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
let WORK = path.join(ROOT, ".bench");
const TIME = "/usr/bin/time";

function usage(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.stderr.write("usage: npm run bench -- [--quick] [--runs N] [--only one,hundred,thousand,1mb,5mb] [--corpus DIR] [--dir DIR] [--json FILE]\n");
  process.exit(2);
}

/** The shared corpus beside the main checkout (../shared) or beside the worktrees folder (../../shared). */
function defaultCorpus() {
  const candidates = [path.resolve(ROOT, "../shared/corpus"), path.resolve(ROOT, "../../shared/corpus")];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0];
}

function parseArgs(argv) {
  const options = { runs: 7, only: null, corpus: defaultCorpus(), json: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? usage(`${arg} needs a value`);
    if (arg === "--quick") options.runs = 3;
    else if (arg === "--runs") options.runs = Number(value());
    else if (arg === "--only") options.only = value().split(",");
    else if (arg === "--corpus") options.corpus = path.resolve(value());
    else if (arg === "--json") options.json = path.resolve(value());
    else if (arg === "--dir") WORK = path.resolve(value());
    else usage(`unknown option ${arg}`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) usage("--runs takes a whole number of at least 1");
  return options;
}

// ---------------------------------------------------------------------------------------------
// Workloads, generated from the corpus at every run (the corpus is not ours to commit).

function readCorpus(corpus) {
  const typical = path.join(corpus, "skillpack", "with_skill.md");
  const realDir = path.join(corpus, "real");
  if (!existsSync(typical) || !existsSync(realDir)) {
    process.stderr.write(
      `bench: no postmortem corpus at ${corpus} (it needs skillpack/with_skill.md and real/*.md).\n` +
        "bench: pass --corpus DIR pointing at the shared corpus of public postmortems.\n",
    );
    process.exit(2);
  }
  const real = readdirSync(realDir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(realDir, name), "utf8") }));
  if (real.length === 0) usage(`${realDir} holds no .md files`);
  return { typical: readFileSync(typical, "utf8"), real };
}

/** Copy `index` of a real postmortem: its first heading numbered, so no two files are identical. */
function variation(real, index) {
  const source = real[index % real.length];
  const round = Math.floor(index / real.length);
  const text = source.text.replace(/^(#{1,6} .*)$/m, `$1 (variant ${round})`);
  return { name: `${String(round).padStart(2, "0")}-${source.name}`, text };
}

function writeMany(dir, real, count) {
  for (let i = 0; i < count; i++) {
    // A hundred files to a folder, as a repository of postmortems grouped by team or year would be.
    const folder = path.join(dir, `group-${String(Math.floor(i / 100)).padStart(2, "0")}`);
    mkdirSync(folder, { recursive: true });
    const { name, text } = variation(real, i);
    writeFileSync(path.join(folder, name), text);
  }
}

/** One long document made of whole postmortems, as large as fits in `bytes`. */
function bigDocument(real, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const { text } = variation(real, i);
    const length = Buffer.byteLength(text) + 2;
    if (size + length > bytes) break;
    parts.push(text);
    size += length;
  }
  return `${parts.join("\n\n")}\n`;
}

const WORKLOADS = {
  one: { label: "1 postmortem (27 KB)", target: "one/postmortem.md", make: (c) => write("one/postmortem.md", c.typical) },
  hundred: { label: "100 postmortems", target: "hundred", make: (c) => writeMany(path.join(WORK, "hundred"), c.real, 100) },
  thousand: { label: "1,000 postmortems", target: "thousand", make: (c) => writeMany(path.join(WORK, "thousand"), c.real, 1000) },
  "1mb": { label: "one 1 MB document", target: "big/1mb.md", make: (c) => write("big/1mb.md", bigDocument(c.real, 1 << 20)) },
  "5mb": { label: "one 5 MB document", target: "big/5mb.md", make: (c) => write("big/5mb.md", bigDocument(c.real, 5 << 20)) },
};

function write(relative, text) {
  const file = path.join(WORK, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

// ---------------------------------------------------------------------------------------------
// Commands: each is a node process run in .bench/ so no project configuration applies to it.

function binOf(pkg) {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, "node_modules", pkg, "package.json"), "utf8"));
  const bin = typeof manifest.bin === "string" ? manifest.bin : Object.values(manifest.bin)[0];
  return path.join(ROOT, "node_modules", pkg, bin);
}

function commands() {
  const isDir = (target) => !target.endsWith(".md");
  return [
    { name: "pm lint", okCodes: [0, 1], argv: (t) => [path.join(ROOT, "bin/pm.js"), "lint", "--max-file-size", "10MB", t] },
    // The whole collection as one HTML page (issue 19: at most 1.5x pm lint on 1,000 files).
    { name: "pm report", okCodes: [0], argv: (t) => [path.join(ROOT, "bin/pm.js"), "report", "--max-file-size", "10MB", "--today", "2026-01-01", "-o", path.join(WORK, "report.html"), "--force", t] },
    { name: "floor", okCodes: [0], argv: (t) => [path.join(ROOT, "scripts/bench-floor.mjs"), t] },
    {
      name: "markdownlint-cli2",
      okCodes: [0, 1],
      argv: (t) => [binOf("markdownlint-cli2"), isDir(t) ? `${t}/**/*.md` : t],
    },
    {
      name: "remark-cli",
      okCodes: [0, 1],
      argv: (t) => [binOf("remark-cli"), t, "--use", "remark-gfm", "--use", "remark-preset-lint-recommended", "--no-stdout", "--no-config"],
    },
  ];
}

/** One whole-process run: wall time in seconds (measured here), CPU seconds and peak memory in MB (GNU time). */
function runOnce(command, target) {
  const usageFile = path.join(WORK, "usage.txt");
  const logFile = path.join(WORK, "last-run.log");
  const argv = [process.execPath, ...command.argv(target)];
  const withTime = existsSync(TIME) ? [TIME, "-f", "%M %U %S", "-o", usageFile, ...argv] : argv;
  const log = openSync(logFile, "w");
  const started = process.hrtime.bigint();
  const result = spawnSync(withTime[0], withTime.slice(1), { cwd: WORK, stdio: ["ignore", log, log], env: { ...process.env, NO_COLOR: "1" } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(log);
  if (result.error || !command.okCodes.includes(result.status)) {
    const output = readFileSync(logFile, "utf8").slice(-2000);
    process.stderr.write(`bench: ${command.name} on ${target} failed (exit ${result.status ?? result.signal}):\n${output}\n`);
    process.exit(1);
  }
  if (!existsSync(TIME)) return { seconds, cpu: NaN, megabytes: NaN };
  // GNU time writes "Command exited with non-zero status" first when the exit code isn't 0.
  const [kilobytes, user, system] = readFileSync(usageFile, "utf8").trim().split("\n").pop().split(" ").map(Number);
  return { seconds, cpu: user + system, megabytes: kilobytes / 1024 };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// ---------------------------------------------------------------------------------------------

function machine() {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

function formatTable(results, names) {
  const seconds = (value) => (value < 1 ? `${(value * 1000).toFixed(0)} ms` : `${value.toFixed(2)} s`);
  const lines = [
    `| Workload | ${names.join(" | ")} | pm / floor | pm / markdownlint-cli2 | pm / remark-cli | CPU s (${names.join(", ")}) | peak MB (same order) |`,
    `|---|${names.map(() => "---:").join("|")}|---:|---:|---:|---|---|`,
  ];
  for (const { label, medians } of results) {
    const time = (name) => medians[name].seconds;
    const ratio = (name) => `${(time("pm lint") / time(name)).toFixed(2)}x`;
    const each = (measure, digits) => names.map((name) => (Number.isNaN(medians[name][measure]) ? "n/a" : medians[name][measure].toFixed(digits))).join(" / ");
    lines.push(`| ${label} | ${names.map((name) => seconds(time(name))).join(" | ")} | ${ratio("floor")} | ${ratio("markdownlint-cli2")} | ${ratio("remark-cli")} | ${each("cpu", 2)} | ${each("megabytes", 0)} |`);
  }
  return lines.join("\n");
}

/** The targets of issue 9, checked on whatever workloads this run measured. */
function targets(byKey) {
  const pm = (key) => byKey[key]?.medians["pm lint"];
  const floor = (key) => byKey[key]?.medians.floor;
  const checks = [];
  const check = (name, value, limit, unit) => {
    if (value === undefined || Number.isNaN(value)) return;
    checks.push(`- ${name}: ${value.toFixed(2)}${unit} (target <= ${limit}${unit}) ${value <= limit ? "met" : "MISSED"}`);
  };
  if (byKey.one) check("one file, pm / floor", pm("one").seconds / floor("one").seconds, 1.0, "x");
  if (byKey.thousand) check("1,000 files, pm report / pm lint", byKey.thousand.medians["pm report"].seconds / pm("thousand").seconds, 1.5, "x");
  if (byKey.thousand) check("1,000 files, pm / floor", pm("thousand").seconds / floor("thousand").seconds, 0.8, "x");
  if (byKey["1mb"] && byKey["5mb"]) check("5 MB time / 1 MB time (pm)", pm("5mb").seconds / pm("1mb").seconds, 6, "x");
  if (byKey.hundred && byKey.thousand) check("peak memory 1,000 files / 100 files (pm)", pm("thousand").megabytes / pm("hundred").megabytes, 1.5, "x");
  return checks.join("\n");
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const keys = options.only ?? Object.keys(WORKLOADS);
  for (const key of keys) if (!WORKLOADS[key]) usage(`unknown workload "${key}" (use ${Object.keys(WORKLOADS).join(", ")})`);
  if (!existsSync(path.join(ROOT, "dist/cli.js"))) usage("pm is not built: run npm run build first");
  if (!existsSync(TIME)) process.stderr.write(`bench: ${TIME} (GNU time) not found: peak memory will not be reported.\n`);

  const corpus = readCorpus(options.corpus);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  for (const key of keys) WORKLOADS[key].make(corpus);

  const list = commands();
  const names = list.map((command) => command.name);
  const loadBefore = os.loadavg()[0];
  process.stderr.write(`bench: ${machine()}\nbench: ${options.runs} runs after one warm-up, interleaved\n`);
  const results = [];
  for (const key of keys) {
    const workload = WORKLOADS[key];
    const samples = Object.fromEntries(names.map((name) => [name, []]));
    for (let round = 0; round <= options.runs; round++) {
      for (const command of list) {
        const sample = runOnce(command, workload.target);
        if (round > 0) samples[command.name].push(sample);
      }
      process.stderr.write(`bench: ${key} ${round === 0 ? "warm-up" : `run ${round}/${options.runs}`}\n`);
    }
    const medians = Object.fromEntries(
      names.map((name) => [name, Object.fromEntries(["seconds", "cpu", "megabytes"].map((measure) => [measure, median(samples[name].map((sample) => sample[measure]))]))]),
    );
    results.push({ key, label: workload.label, medians, samples });
    // Each workload's medians as soon as they are known, so a long run that is stopped still tells something.
    process.stderr.write(`bench: ${key} medians: ${names.map((name) => `${name} ${medians[name].seconds.toFixed(2)} s`).join(", ")}\n`);
  }

  const byKey = Object.fromEntries(results.map((result) => [result.key, result]));
  const report = [
    `Machine: ${machine()}.`,
    `Medians of ${options.runs} interleaved runs after a warm-up, whole processes; load average ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end.`,
    "",
    formatTable(results, names),
    "",
    targets(byKey),
    "",
  ].join("\n");
  process.stdout.write(report);
  if (options.json) writeFileSync(options.json, JSON.stringify({ machine: machine(), runs: options.runs, results }, null, 2));
}

main();
