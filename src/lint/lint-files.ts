import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ResolvedConfig } from "../config.js";
import { FileProblem, readDocument } from "../files.js";
import { localToday } from "../model/dates.js";
import { lintText } from "./lint-text.js";
import type { LintResult } from "./types.js";

export interface LintedFiles {
  results: LintResult[];
  /** Files that could not be read (missing, binary, not UTF-8, too large), each with why. */
  problems: FileProblem[];
}

/** What linting one file gave: its result, or why it could not be read (as FileProblem's file and message). */
type FileOutcome = { result: LintResult } | { problem: { file: string; message: string } };

/** Everything a worker needs to lint a file as the main thread would (structured-cloneable). */
export interface LintSettings {
  /** The distinct configs of the files (nested config files give folders their own). */
  configs: ResolvedConfig[];
  /** For each file, the index of its config in `configs`. */
  configOf: number[];
  cwd: string;
  today: string;
}

/** What a worker is started with: the settings, every file, and the shared queue position. */
export interface WorkerInput {
  settings: LintSettings;
  files: string[];
  /** One Int32 in a SharedArrayBuffer: the index of the next file to take, for every thread. */
  queue: SharedArrayBuffer;
}

/** What a worker posts: one outcome per file it took, then `done` (or a crash, and it stops). */
export type WorkerReply =
  | { index: number; outcome: FileOutcome }
  | { done: true }
  | { index: number; crash: { message: string; stack?: string } };

/** Takes the next file index from the queue shared by all threads, or -1 when none is left. */
export function takeNext(queue: Int32Array, count: number): number {
  const index = Atomics.add(queue, 0, 1);
  return index < count ? index : -1;
}

/** Reads and lints the file at an index of `files`; a file that can't be read is an outcome, not an exception. */
export function lintOneFile(files: string[], index: number, settings: LintSettings): FileOutcome {
  const config = settings.configs[settings.configOf[index]!]!;
  try {
    const source = readDocument(files[index]!, settings.cwd, config.maxFileBytes);
    return { result: lintText(source.text, source.path, config, settings.today) };
  } catch (error) {
    if (error instanceof FileProblem) return { problem: { file: error.file, message: error.message } };
    throw error;
  }
}

/** Below this many files per thread, starting a worker (which loads the parser again) costs more than it saves. */
const MIN_FILES_PER_THREAD = 8;

/**
 * The built worker (src/lint/worker.ts bundled as dist/lint-worker.js); absent when running from
 * source, as tests do, where linting stays on the main thread.
 */
const WORKER_SCRIPT = new URL("../lint-worker.js", import.meta.url);

/**
 * Reads and lints each file on all cores; a file that can't be read is set aside with the reason and
 * the rest go on. Worker threads and the main thread take files from one queue, so each thread holds
 * one file's text and tree at a time; results come back in the order of `files`.
 */
export async function lintFiles(files: string[], configFor: (file: string) => ResolvedConfig, cwd: string, today = localToday()): Promise<LintedFiles> {
  const configs: ResolvedConfig[] = [];
  const configOf = files.map((file) => {
    const config = configFor(file);
    const known = configs.indexOf(config);
    return known >= 0 ? known : configs.push(config) - 1;
  });
  const settings: LintSettings = { configs, configOf, cwd, today };
  const outcomes: FileOutcome[] = new Array(files.length);
  // Threads take files through an atomic counter rather than asking the main thread, so a worker
  // never waits while the main thread is busy parsing a file of its own.
  const queue = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const next = new Int32Array(queue);

  const threads = Math.min(availableParallelism(), Math.floor(files.length / MIN_FILES_PER_THREAD));
  const workerCount = threads > 1 && existsSync(fileURLToPath(WORKER_SCRIPT)) ? threads - 1 : 0;
  const workers = Array.from({ length: workerCount }, () => runWorker({ settings, files, queue }, outcomes));
  try {
    for (let index = takeNext(next, files.length); index >= 0; index = takeNext(next, files.length)) {
      outcomes[index] = lintOneFile(files, index, settings);
    }
  } catch (error) {
    Atomics.store(next, 0, files.length);
    await Promise.allSettled(workers);
    throw error;
  }
  await Promise.all(workers);

  const results: LintResult[] = [];
  const problems: FileProblem[] = [];
  for (const outcome of outcomes) {
    if ("result" in outcome) results.push(outcome.result);
    // Rebuilt from the worker's copy: FileProblem's message is "<file>: <reason>".
    else problems.push(new FileProblem(outcome.problem.file, outcome.problem.message.slice(outcome.problem.file.length + 2)));
  }
  return { results, problems };
}

/** Collects one worker's outcomes until it has emptied the shared queue; settles when it has stopped. */
function runWorker(input: WorkerInput, outcomes: FileOutcome[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SCRIPT, { workerData: input });
    let finished = false;
    worker.on("message", (reply: WorkerReply) => {
      if ("done" in reply) {
        finished = true;
        void worker.terminate().then(() => resolve());
      } else if ("crash" in reply) {
        // The worker has already emptied the shared queue, so the other threads stop too.
        void worker.terminate();
        const error = new Error(`while linting ${input.files[reply.index]}: ${reply.crash.message}`);
        error.stack = reply.crash.stack;
        reject(error);
      } else {
        outcomes[reply.index] = reply.outcome;
      }
    });
    worker.on("error", reject);
    // A worker that ended without saying it was done (killed, or out of memory without an error
    // event) would otherwise leave its files without outcomes and the lint waiting forever.
    worker.on("exit", () => {
      if (!finished) reject(new Error("a lint worker stopped before it had finished its files"));
    });
  });
}
