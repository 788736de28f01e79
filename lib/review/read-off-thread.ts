import { Worker } from "node:worker_threads";
import { readImportFile, type ImportFile, type ReadResult } from "./import-file";

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

function inWorker(file: ImportFile): Promise<ReadResult> {
  const options = {
    workerData: file,
    resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: 32 },
  };
  return new Promise((resolve) => {
    let settled = false;
    // Next.js bundles the worker from the inline `new Worker(new URL(...))` form; run from source
    // (Vitest) this module's own URL ends in .ts and the entry is loaded through tsx.
    const worker = import.meta.url.endsWith(".ts")
      ? new Worker(
          `require(${JSON.stringify(`${process.cwd()}/node_modules/tsx/dist/esm/api/index.cjs`)})` +
            `.tsImport(${JSON.stringify(new URL("./import-worker.ts", import.meta.url).href)}, ${JSON.stringify(import.meta.url)})`,
          { ...options, eval: true },
        )
      : new Worker(new URL("./import-worker.ts", import.meta.url), options);
    const settle = (result: ReadResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    };
    const timer = setTimeout(() => settle({ ok: false, message: TIMED_OUT }), PARSE_TIMEOUT_MS);
    worker.once("message", (result: ReadResult) => settle(result));
    worker.once("error", (error: Error & { code?: string }) => {
      // TEMPORARY: Next's production build (16.4) copies the entry as a .ts asset instead of bundling
      // it, so the worker cannot load its imports. Read in-process then: the streaming limits still
      // hold, only the isolation is lost. See the report to the lead.
      if (error.code === "MODULE_NOT_FOUND" || error.code === "ERR_MODULE_NOT_FOUND") {
        if (!settled) settle(readImportFile(file));
        return;
      }
      if (error.code !== "ERR_WORKER_OUT_OF_MEMORY") console.error(error);
      settle({ ok: false, message: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? TOO_BIG : FAILED });
    });
    worker.once("exit", () => settle({ ok: false, message: FAILED }));
  });
}

export async function readImportFileOffThread(file: ImportFile): Promise<ReadResult> {
  const done = await turn();
  try {
    return await inWorker(file);
  } finally {
    done();
  }
}
