/**
 * Test child (test/concurrency.test.ts): N planners save the same award at the same instant, each
 * on its own connection (one worker thread each, since better-sqlite3 is synchronous; on PostgreSQL
 * each thread has its own pool), all holding the same version. Prints one JSON line: every worker's
 * outcome.
 *
 *   DATABASE_URL=<db file> node --conditions=react-server --import tsx \
 *     scripts/test-children/concurrent-save.ts <award id> <version> <workers>
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

import type { SaveOutcome } from "./save-race";

type Job = { worker: number; awardId: number; version: number; go: SharedArrayBuffer };

async function runWorker({ worker, awardId, version, go }: Job) {
  // Imported here so each thread opens its own connection (db/index.ts connects on import).
  const { eq } = await import("drizzle-orm");
  const { closeDatabase, db } = await import("@/db");
  const { users } = await import("@/db/schema");
  const { awardSnapshot } = await import("@/lib/data/award-records");
  const { contenderSave, saveOutcome } = await import("./save-race");

  const u = (await db.select().from(users).where(eq(users.username, "planning")))[0]!;
  const planner = {
    kind: "staff" as const,
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    departmentId: u.departmentId,
    mustChangePassword: false,
  };
  const input = contenderSave(worker, { id: awardId, version }, (await awardSnapshot(db, awardId))!);

  // Everyone is loaded and connected: wait at the barrier, then all save at once.
  parentPort!.postMessage("ready");
  Atomics.wait(new Int32Array(go), 0, 0);
  const result = await saveOutcome(planner, worker, input);
  parentPort!.postMessage(result);
  await closeDatabase();
}

/** Worker threads do not inherit tsx's loader on Node 20, so each registers it before loading this file. */
const WORKER_BOOTSTRAP = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;

async function main() {
  const [awardId, version, count] = process.argv.slice(2).map(Number);
  if (!awardId || !version || !count) throw new Error("usage: concurrent-save.ts <award id> <version> <workers>");
  const go = new SharedArrayBuffer(4);
  const outcomes: SaveOutcome[] = [];
  let ready = 0;
  await new Promise<void>((resolve, reject) => {
    for (let worker = 1; worker <= count; worker++) {
      const thread = new Worker(WORKER_BOOTSTRAP, {
        eval: true,
        workerData: { worker, awardId, version, go } satisfies Job,
      });
      thread.on("error", reject);
      thread.on("message", (message: "ready" | SaveOutcome) => {
        if (message === "ready") {
          if (++ready === count) {
            Atomics.store(new Int32Array(go), 0, 1);
            Atomics.notify(new Int32Array(go), 0);
          }
          return;
        }
        outcomes.push(message);
        if (outcomes.length === count) resolve();
      });
    }
  });
  process.stdout.write(`${JSON.stringify(outcomes)}\n`);
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  runWorker(workerData as Job).catch((error: unknown) => {
    parentPort!.postMessage({
      worker: (workerData as Job).worker,
      outcome: "error",
      title: "",
      error: String(error),
    } satisfies SaveOutcome);
  });
}
