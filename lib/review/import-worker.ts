import { parentPort, threadId, workerData } from "node:worker_threads";
import { readImportFile, type ImportFile } from "./import-file";
import type { WorkerReply } from "./read-off-thread";

// Runs in a worker thread (lib/review/read-off-thread.ts), bundled into .worker/import-worker.mjs by
// scripts/build-worker.mjs: reads one uploaded file and posts the result, with the thread it ran on.
const reply: WorkerReply = { threadId, result: readImportFile(workerData as ImportFile) };
parentPort?.postMessage(reply);
