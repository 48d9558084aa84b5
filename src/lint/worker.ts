import { parentPort, workerData } from "node:worker_threads";
import { lintOneFile, takeNext, type WorkerInput, type WorkerReply } from "./lint-files.js";

/** A lint worker: takes files from the queue it shares with the other threads and posts each outcome. */
const { settings, files, queue } = workerData as WorkerInput;
const next = new Int32Array(queue);
const port = parentPort!;

for (let index = takeNext(next, files.length); index >= 0; index = takeNext(next, files.length)) {
  let reply: WorkerReply;
  try {
    reply = { index, outcome: lintOneFile(files, index, settings) };
  } catch (error) {
    // The other threads stop taking files too.
    Atomics.store(next, 0, files.length);
    const crash = error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
    port.postMessage({ index, crash } satisfies WorkerReply);
    break;
  }
  port.postMessage(reply);
}
port.postMessage({ done: true } satisfies WorkerReply);
