import { parentPort, workerData } from "node:worker_threads";
import { lintOneFile, type LintSettings, type WorkerReply, type WorkerRequest } from "./lint-files.js";

/** A lint worker: lints the files the main thread sends, one at a time, and replies with each outcome. */
const settings = workerData as LintSettings;
const port = parentPort!;

port.on("message", async ({ index, file }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { index, outcome: await lintOneFile(file, settings) };
  } catch (error) {
    const crash = error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
    reply = { index, crash };
  }
  port.postMessage(reply);
});
