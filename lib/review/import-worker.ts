import { parentPort, workerData } from "node:worker_threads";
import { readImportFile, type ImportFile } from "./import-file";

// Runs in a worker thread (lib/review/read-off-thread.ts): reads one uploaded file and posts the result.
parentPort?.postMessage(readImportFile(workerData as ImportFile));
