// A throwaway PostgreSQL server for tests and the scale step: Debian's postgresql package (installed
// with apt-get when missing), a fresh data directory, listening on 127.0.0.1 only, trust auth.
// PostgreSQL refuses to run as root, so as root the server runs as the package's `postgres` user.
//   const pg = await startPostgres({ port: 55432 }); … pg.url("dbname"); … await pg.stop();
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "./production-app.mjs";

const VERSION = "15";
export const POSTGRES_BIN = `/usr/lib/postgresql/${VERSION}/bin`;

/** Installs Debian's postgresql when its binaries are missing; true when they are there. */
export function ensurePostgres() {
  if (!fs.existsSync(`${POSTGRES_BIN}/postgres`)) {
    console.log("missing: installing Debian's postgresql.");
    const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
    const apt = (args) =>
      run(sudo[0] ?? "apt-get", sudo.length ? ["apt-get", ...args] : args, { DEBIAN_FRONTEND: "noninteractive" });
    apt(["update", "-qq"]);
    apt(["install", "-y", "-qq", "--no-install-recommends", "postgresql"]);
  }
  return fs.existsSync(`${POSTGRES_BIN}/postgres`);
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary, as `postgres` when we are root. */
function pgTool(tool, args, options = {}) {
  const [cmd, argv] = asRoot
    ? ["runuser", ["-u", "postgres", "--", `${POSTGRES_BIN}/${tool}`, ...args]]
    : [`${POSTGRES_BIN}/${tool}`, args];
  return execFileSync(cmd, argv, { stdio: ["ignore", "pipe", "pipe"], ...options }).toString();
}

/**
 * Starts a server on `port` in a new data directory and returns its URLs and a stop. The settings
 * trade durability for speed (fsync off): a test server's data is thrown away with it.
 */
export async function startPostgres({ port = 55432, durable = false } = {}) {
  if (!ensurePostgres()) throw new Error("PostgreSQL is not installed and could not be installed");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seonggwa-pg-"));
  const data = path.join(dir, "data");
  fs.mkdirSync(data);
  if (asRoot) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  pgTool("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
  const settings = [
    "listen_addresses='127.0.0.1'",
    `port=${port}`,
    `unix_socket_directories='${dir}'`,
    "max_connections=200",
    ...(durable ? [] : ["fsync=off", "synchronous_commit=off", "full_page_writes=off"]),
  ];
  fs.appendFileSync(path.join(data, "postgresql.conf"), `\n${settings.join("\n")}\n`);
  const log = path.join(dir, "server.log");
  const ctl = (action) => pgTool("pg_ctl", ["-D", data, "-l", log, "-w", "-t", "60", action]);
  ctl("start");
  const url = (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    dir,
    url,
    /** Stops the server and, unless `keep`, removes its files. */
    stop({ keep = false } = {}) {
      try {
        ctl("stop");
      } catch {
        // Already stopped (a test that stops it itself).
      }
      if (!keep) fs.rmSync(dir, { recursive: true, force: true });
    },
    stopOnly() {
      ctl("stop");
    },
    startOnly() {
      ctl("start");
    },
    /** Runs SQL through psql on the given database. */
    psql(sqlText, database = "postgres") {
      return pgTool("psql", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d", database, "-tAc", sqlText]);
    },
  };
}
