import path from "node:path";
import type { NextConfig } from "next";
import { MAX_FORM_BODY_BYTES } from "./lib/form-body-limit";
import { securityHeaders, strictTransportSecurity } from "./lib/security-headers";
import { AWARD_QUERY_KEYS } from "./lib/validations/award-query-keys";

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
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403.
    authInterrupts: true,
    // Next's defaults (1 MB for server actions, 10 MB past the proxy) would refuse a 10 MB upload
    // with an error page before its own check could answer beside the field (lib/form-body-limit.ts).
    serverActions: { bodySizeLimit: MAX_FORM_BODY_BYTES },
    proxyClientMaxBodySize: MAX_FORM_BODY_BYTES,
  },
  // /awards without a filter (the link a press release carries) is served by a route that reads no
  // query string, so it is rendered once per publication and then answered from the cache instead
  // of rendering the table for every visitor (app/(public)/awards/all/page.tsx).
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: "/awards",
          destination: "/awards/all",
          missing: AWARD_QUERY_KEYS.map((key) => ({ type: "query" as const, key })),
        },
      ],
    };
  },
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
