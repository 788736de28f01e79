import path from "node:path";
import type { NextConfig } from "next";
import { securityHeaders, strictTransportSecurity } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // Public pages prerender with their data and are expired by tag when a write publishes.
  cacheComponents: true,
  partialPrefetching: true,
  // The caches decide staleness against the database's publication revisions (lib/cache/), so a
  // restart, a SIGKILL between commit and expiry, a restore or a build on another database never
  // serve figures the database no longer holds. Entries live in memory, and with REDIS_URL also in
  // Redis, shared by every instance (lib/cache/shared-store.mjs); the build's prerendered files are
  // not served.
  cacheHandler: path.resolve("lib/cache/incremental-cache-handler.mjs"),
  cacheHandlers: {
    default: path.resolve("lib/cache/use-cache-handler.mjs"),
    remote: path.resolve("lib/cache/use-cache-handler.mjs"),
  },
  // Several instances: the same value on every instance of one release, so a page from one instance
  // can fetch its chunks and call its server actions on another, and "use cache" entries are keyed
  // by release (README, "Several instances").
  deploymentId: process.env.NEXT_DEPLOYMENT_ID?.trim() || undefined,
  // Tests and benchmarks build into their own folder so they never disturb `npm run demo`'s build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm run bench` builds with SEONGGWA_BENCH=1 to add routes that measure the framework's own
  // floor (app/**/route.bench.ts); no other build has them.
  pageExtensions: ["tsx", "ts", ...(process.env.SEONGGWA_BENCH === "1" ? ["bench.ts"] : [])],
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  // Hashing every served page for an ETag cost 10–19 % of server CPU in `npm run bench`; pages are
  // expired by tag on publish, so conditional requests gain little.
  generateEtags: false,
  reactStrictMode: true,
  // forbidden() renders app/forbidden.tsx with a 403.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Only on responses that reached the browser over HTTPS (a proxy in front says so): over
      // plain HTTP browsers ignore the header, and the local demo must stay reachable without TLS.
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [strictTransportSecurity],
      },
    ];
  },
};

export default nextConfig;
