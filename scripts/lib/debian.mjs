// Debian's redis-server and nginx, which the scale step (scripts/scale/e2e.mjs) and the shared cache
// test start as their own processes; installed with apt-get when missing, like Chromium.
//   node scripts/lib/debian.mjs redis-server nginx
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import { run } from "./production-app.mjs";

const BINARIES = { "redis-server": "/usr/bin/redis-server", nginx: "/usr/sbin/nginx" };

/** Installs the packages whose binaries are missing; true when all are there. */
export function ensureDebianPackages(packages) {
  const missing = packages.filter((name) => !fs.existsSync(BINARIES[name]));
  if (missing.length) {
    console.log(`missing: installing Debian's ${missing.join(", ")}.`);
    const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
    const apt = (args) =>
      run(sudo[0] ?? "apt-get", sudo.length ? ["apt-get", ...args] : args, { DEBIAN_FRONTEND: "noninteractive" });
    apt(["update", "-qq"]);
    apt(["install", "-y", "-qq", "--no-install-recommends", ...missing]);
  }
  return packages.every((name) => fs.existsSync(BINARIES[name]));
}

export const binary = (name) => BINARIES[name];

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exit(ensureDebianPackages(process.argv.slice(2)) ? 0 : 1);
}
