// Builds and serves the production app against a database of its own, for the test suite, the
// benchmark and the screenshots. Nothing it writes is tracked by git.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** Runs a command to its end; prints it, and afterwards how long it took, so a slow step shows. */
export function run(command, args, env = {}) {
  const line = `${command} ${args.join(" ")}`;
  console.log(`\n$ ${line}`);
  const started = Date.now();
  const status = spawnSync(command, args, { stdio: "inherit", env: { ...baseEnv, ...env } }).status ?? 1;
  console.log(`(${Math.round((Date.now() - started) / 1000)} s: ${line.slice(0, 80)})`);
  return status;
}

/** A fresh database file: migrated and seeded with the 2023 record (and demo accounts if asked). */
export function prepareDatabase(file, { demoUsers = true } = {}) {
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const args = ["tsx", "scripts/seed.ts", ...(demoUsers ? ["--demo-users"] : [])];
  if (run("npx", args, { DATABASE_URL: file }) !== 0) throw new Error("seeding failed");
}

/**
 * `next build` against that database, into its own dist folder, so the prerendered pages hold the
 * data the server will read; first the import reader's worker bundle (scripts/build-worker.mjs), which
 * Next does not build. tsconfig.json already includes every dist folder's types (.next, .next-test,
 * .next-bench), so Next has nothing to add to it and the build leaves tracked files alone.
 */
export function buildApp({ databaseUrl, distDir }) {
  if (run(process.execPath, ["scripts/build-worker.mjs"]) !== 0) throw new Error("worker bundle failed");
  if (run("npx", ["next", "build"], { DATABASE_URL: databaseUrl, NEXT_DIST_DIR: distDir }) !== 0)
    throw new Error("next build failed");
}

/** `next start` on 127.0.0.1; resolves once the server answers. */
export async function startServer({ databaseUrl, distDir, port, cpu }) {
  const command = cpu === undefined ? ["npx", "next", "start"] : ["taskset", "-c", String(cpu), "npx", "next", "start"];
  const child = spawn(command[0], [...command.slice(1), "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...baseEnv, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: distDir },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/api/v1/summary`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    /** Signals the server's process group; the promise settles once it has exited. */
    stop: (signal = "SIGTERM") => {
      const exited = child.exitCode !== null || child.signalCode !== null;
      const gone = exited ? Promise.resolve() : new Promise((resolve) => child.once("exit", resolve));
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
      return gone;
    },
  };
}
