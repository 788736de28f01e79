import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ImportFile, ReadResult } from "./import-file";

/**
 * Reads an uploaded file in a worker thread with its own small heap and a time limit, so a hostile
 * file can neither stall the server's event loop (the rest of the site keeps answering) nor take
 * its memory: at worst the worker is stopped and the upload refused. At most PARSERS files are read
 * at once; the next waits its turn.
 */

const PARSE_TIMEOUT_MS = 15_000;
const HEAP_MB = 192;
const PARSERS = 2;

const TIMED_OUT = "파일을 읽는 데 시간이 너무 오래 걸려 멈췄습니다. 필요한 열과 행만 남겨 다시 저장해 주세요.";
const TOO_BIG = "파일을 읽는 데 메모리가 너무 많이 들어 멈췄습니다. 필요한 열과 행만 남겨 다시 저장해 주세요.";
const FAILED = "파일을 읽지 못했습니다. 엑셀에서 다시 저장한 뒤 올려 주세요.";
export const NOT_INSTALLED =
  "서버에 파일 읽기 기능이 준비되지 않아 지금은 일괄 등록을 할 수 없습니다. 관리자에게 알려 주세요.";

/** What the worker posts back: the result, and the thread that did the reading. */
export type WorkerReply = { threadId: number | null; result: ReadResult };

/**
 * The worker's bundle, built by scripts/build-worker.mjs with the app (Next's build does not bundle
 * worker entries). Found from the working directory at run time, like the database; the comment keeps
 * Turbopack from following the path and bundling the file into the route.
 */
function workerFile(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), ".worker", "import-worker.mjs");
}

let running = 0;
const waiting: (() => void)[] = [];

async function turn(): Promise<() => void> {
  if (running >= PARSERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

function notInstalled(reason: string): WorkerReply {
  console.error(`import: cannot start the reader's worker (${reason}); run \`npm run build\` to build it`);
  return { threadId: null, result: { ok: false, message: NOT_INSTALLED } };
}

function inWorker(file: ImportFile): Promise<WorkerReply> {
  const entry = workerFile();
  if (!fs.existsSync(entry)) return Promise.resolve(notInstalled(`${entry} is missing`));
  return new Promise((resolve) => {
    let settled = false;
    const worker = new Worker(entry, {
      workerData: file,
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: 32 },
    });
    const settle = (reply: WorkerReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(reply);
      void worker.terminate();
    };
    const refuse = (message: string) => settle({ threadId: null, result: { ok: false, message } });
    const timer = setTimeout(() => refuse(TIMED_OUT), PARSE_TIMEOUT_MS);
    worker.once("message", (reply: WorkerReply) => settle(reply));
    worker.once("error", (error: Error & { code?: string }) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") return refuse(TOO_BIG);
      if (error.code === "MODULE_NOT_FOUND" || error.code === "ERR_MODULE_NOT_FOUND")
        return settle(notInstalled(`${entry}: ${error.message}`));
      console.error(error);
      refuse(FAILED);
    });
    worker.once("exit", () => refuse(FAILED));
  });
}

/** Reads `file` in a worker thread; the reply names the thread, so tests can see the work left this one. */
export async function readInWorkerThread(file: ImportFile): Promise<WorkerReply> {
  const done = await turn();
  try {
    return await inWorker(file);
  } finally {
    done();
  }
}

export async function readImportFileOffThread(file: ImportFile): Promise<ReadResult> {
  return (await readInWorkerThread(file)).result;
}
