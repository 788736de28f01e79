// The several-instances topology on one machine, for the scale step (e2e.mjs) and the bench's front
// phase: Redis, `next start` instances on one database and nginx with deploy/nginx/seonggwa.conf, each
// on 127.0.0.1 at a port of its own, in a temp folder, all stopped by stopAll().
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { binary } from "../lib/debian.mjs";

const ROOT = process.cwd();
const NEXT = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const started = [];

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, ms = 90_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not come up within ${ms / 1000} s`);
}

function launch(name, command, args, { env = {}, logDir, cpu } = {}) {
  const log = fs.openSync(path.join(logDir, `${name}.log`), "a");
  const [cmd, ...rest] = cpu === undefined ? [command, ...args] : ["taskset", "-c", String(cpu), command, ...args];
  const child = spawn(cmd, rest, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", log, log],
    detached: true,
  });
  const handle = {
    name,
    child,
    /** Signals the process group; settles once it has exited. */
    stop(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      const gone = new Promise((resolve) => child.once("exit", resolve));
      try {
        process.kill(-child.pid, signal);
      } catch {
        return Promise.resolve();
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {}
      }, 10_000);
      return gone.finally(() => clearTimeout(timer));
    },
  };
  started.push(handle);
  return handle;
}

export async function startRedis({ dir, port }) {
  const redis = launch(
    "redis",
    binary("redis-server"),
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    { logDir: dir },
  );
  await waitFor(
    () =>
      new Promise((resolve) => {
        const socket = net.connect(port, "127.0.0.1", () => {
          socket.end();
          resolve(true);
        });
        socket.on("error", () => resolve(false));
      }),
    "redis",
  );
  return { ...redis, url: `redis://127.0.0.1:${port}` };
}

/** One `next start` instance; `env` is what every instance of the deployment shares. */
export async function startInstance({ name, port, dir, distDir, env, cpu }) {
  const instance = launch(name, process.execPath, [NEXT, "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { NODE_ENV: "production", NEXT_DIST_DIR: distDir, ...env },
    logDir: dir,
    cpu,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/api/health`)).ok, `${name} (${url})`);
  return { ...instance, url };
}

/** nginx with the reference configuration filled in, as the current user, logs and cache in `dir`. */
export async function startNginx({ dir, port, appPorts, distDir, cpu }) {
  const conf = fs
    .readFileSync(path.join(ROOT, "deploy", "nginx", "seonggwa.conf"), "utf8")
    .replaceAll("{{listen}}", `127.0.0.1:${port}`)
    .replaceAll(
      "{{app_servers}}",
      appPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n"),
    )
    .replaceAll("{{cache_dir}}", path.join(dir, "nginx-cache"))
    .replaceAll("{{dist}}", path.resolve(distDir))
    .replaceAll("{{public}}", path.join(ROOT, "public"));
  fs.writeFileSync(path.join(dir, "seonggwa.conf"), conf);
  const temp = (name) => `${name}_temp_path ${path.join(dir, `nginx-${name}`)};`;
  const main = [
    // As root nginx would hand its workers to "nobody", who cannot read a private temp folder.
    process.getuid?.() === 0 ? "user root;" : "",
    "daemon off;",
    "worker_processes 1;",
    `pid ${path.join(dir, "nginx.pid")};`,
    `error_log ${path.join(dir, "nginx-error.log")} warn;`,
    "events { worker_connections 1024; }",
    "http {",
    "  include /etc/nginx/mime.types;",
    "  default_type application/octet-stream;",
    "  access_log off;",
    "  keepalive_requests 100000;",
    `  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}`,
    `  include ${path.join(dir, "seonggwa.conf")};`,
    "}",
  ].join("\n");
  fs.writeFileSync(path.join(dir, "nginx.conf"), main);
  const nginx = launch(
    "nginx",
    binary("nginx"),
    ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "nginx-error.log")],
    { logDir: dir, cpu },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/api/health`)).ok, `nginx (${url})`);
  return { ...nginx, url };
}

/** Everything started here, newest first. */
export async function stopAll() {
  for (const handle of started.reverse()) await handle.stop();
  started.length = 0;
}

export function tempDir(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `seonggwa-${name}-`));
  fs.chmodSync(dir, 0o755);
  return dir;
}
