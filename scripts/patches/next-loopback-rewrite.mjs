// Run by `npm install` (postinstall). Next 16.4.6 started with `next start -H 127.0.0.1` (how every
// instance runs behind nginx, the tests and the bench) treats each rewrite made by proxy.ts as a
// rewrite to another site: the proxy sees its own origin as http://localhost:<port> (NextURL names
// every loopback address so) while the router compares it with http://127.0.0.1:<port>, so the
// request is forwarded over HTTP to this same server (half the throughput of a filtered /awards
// link in `npm run bench`), and behind a TLS-terminating front (X-Forwarded-Proto: https) it is
// forwarded as HTTPS to the plain port and fails with 500. This compares with the loopback address
// named the way NextURL names it. Upstream: vercel/next.js#94745, fix proposed in #95917 (both open
// when written). Remove this file and its postinstall line once the installed Next has the fix;
// e2e/public/awards-view.spec.ts proves the behaviour either way.
import fs from "node:fs";
import path from "node:path";

const ORIGINAL = "(0, _relativizeurl.getRelativeURL)(value, initUrl)";
const ESM_ORIGINAL = "getRelativeURL(value, initUrl)";
const LOOPBACK = String.raw`initUrl.replace(/^(https?:\/\/)(?:127(?:\.\d{1,3}){3}|\[::1\])(?=[:/])/, '$1localhost')`;
const FILES = [
  { file: "dist/server/lib/router-utils/resolve-routes.js", original: ORIGINAL },
  { file: "dist/esm/server/lib/router-utils/resolve-routes.js", original: ESM_ORIGINAL },
];

const nextDir = path.resolve("node_modules/next");
const version = JSON.parse(fs.readFileSync(path.join(nextDir, "package.json"), "utf8")).version;
for (const { file: relative, original } of FILES) {
  const file = path.join(nextDir, relative);
  const source = fs.readFileSync(file, "utf8");
  const patched = original.replace("initUrl)", `${LOOPBACK})`);
  if (source.includes(patched)) continue;
  // Two places: the proxy's rewrite and its redirect.
  if (source.split(original).length !== 3) {
    console.error(
      `scripts/patches/next-loopback-rewrite.mjs: next ${version} changed ${relative}; check whether it has ` +
        "vercel/next.js#95917 and update or remove this patch.",
    );
    process.exit(1);
  }
  fs.writeFileSync(file, source.replaceAll(original, patched));
  console.log(`patched next ${version} ${relative}: a rewrite by proxy.ts stays on this server`);
}
