// Debian's Chromium, which the end-to-end tests and the bench drive (Playwright's own browser
// download is not reachable from the build machines).
import fs from "node:fs";
import { run } from "./production-app.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Installs Debian's chromium package when the browser is missing; true when it is there. */
export function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return true;
  console.log(`${CHROMIUM} is missing: installing Debian's chromium package.`);
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const apt = (args) =>
    run(sudo[0] ?? "apt-get", sudo.length ? ["apt-get", ...args] : args, { DEBIAN_FRONTEND: "noninteractive" });
  apt(["update", "-qq"]);
  apt(["install", "-y", "-qq", "chromium"]);
  return fs.existsSync(CHROMIUM);
}
