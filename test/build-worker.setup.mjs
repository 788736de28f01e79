// Vitest's globalSetup: the import reader's worker runs from the same bundle in tests as in production.
import { buildWorker } from "../scripts/build-worker.mjs";

export async function setup() {
  await buildWorker();
}
