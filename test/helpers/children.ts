import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { seedRecord } from "@/db/seed";
import { seedDemoUsers } from "@/db/seed/users";
import { ROOT } from "./files";

/**
 * Runs a TypeScript script in its own Node process, as `tsx --conditions=react-server` would
 * (the condition makes "server-only" importable outside Next.js, as for `npm run user:create`).
 * A separate process means a separate SQLite connection: the only way to get real contention or a
 * real crash against a database file.
 */
export function startScript(script: string, args: string[] = [], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export type Finished = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export const runScript = (script: string, args: string[] = [], env: Record<string, string> = {}) =>
  finished(startScript(script, args, env));

/** Collects the child's stdout lines and resolves once `count` of them have arrived. */
export function linesOf(child: ChildProcess): { lines: string[]; atLeast: (count: number) => Promise<void> } {
  const lines: string[] = [];
  let partial = "";
  const waiters: { count: number; resolve: () => void }[] = [];
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    const parts = (partial + chunk).split("\n");
    partial = parts.pop() ?? "";
    lines.push(...parts.filter(Boolean));
    for (const w of waiters.filter((w) => lines.length >= w.count)) w.resolve();
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const atLeast = (count: number) =>
    new Promise<void>((resolve, reject) => {
      if (lines.length >= count) return resolve();
      waiters.push({ count, resolve });
      child.once("exit", (code) => {
        if (lines.length < count)
          reject(new Error(`child exited (${code}) after ${lines.length} of ${count} lines: ${stderr}`));
      });
    });
  return { lines, atLeast };
}

/** A fresh database file in its own temp folder: migrated, the 2023 record and the demo accounts loaded. */
export async function seededFile(name = "live.db"): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "seonggwa-safety-")), name);
  const db = openDatabase(file, { migrate: true });
  await seedRecord(db);
  await seedDemoUsers(db);
  db.$client.close();
  return file;
}
