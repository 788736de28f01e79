// Bundles the import reader's worker thread (lib/review/import-worker.ts) into one plain ES module,
// .worker/import-worker.mjs, that Node can start as it is. Next's build does not bundle worker entries
// (16.4 copies the .ts file as an asset), so the server starts this file by path instead
// (lib/review/read-off-thread.ts). Run by `npm run build`, `npm run dev`, the test and bench builds
// (scripts/lib/production-app.mjs) and Vitest's globalSetup.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
export const WORKER_ENTRY = path.join(root, "lib/review/import-worker.ts");
export const WORKER_BUNDLE = path.join(root, ".worker/import-worker.mjs");

export async function buildWorker() {
  // Written beside the target and renamed over it, so a server or test already starting the worker
  // never reads half a file.
  const temporary = `${WORKER_BUNDLE}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(WORKER_BUNDLE), { recursive: true });
  try {
    await build({
      entryPoints: [WORKER_ENTRY],
      outfile: temporary,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      tsconfig: path.join(root, "tsconfig.json"),
      // Bundled CommonJS packages (iconv-lite) call require() for Node's own modules.
      banner: {
        js: 'import { createRequire as requireFrom } from "node:module"; const require = requireFrom(import.meta.url);',
      },
      logLevel: "warning",
    });
    fs.renameSync(temporary, WORKER_BUNDLE);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  return WORKER_BUNDLE;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = await buildWorker();
  console.log(`worker bundle: ${path.relative(process.cwd(), file)} (${fs.statSync(file).size} bytes)`);
}
