import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { revisionReader } from "@/lib/cache/published-revisions.mjs";

/**
 * Validators for the cache in front (deploy/nginx/seonggwa.conf), on with FRONT_CACHE=1.
 *
 * nginx keeps each public page and open-data response, but stored as already expired
 * (`X-Accel-Expires: @1`), so it asks the app about every request with `If-None-Match`. The ETag
 * is the build and the database's publication revision; while they are unchanged this module
 * answers 304 straight from the socket, before Next.js sees the request (one read of the revision,
 * no render), and nginx sends its stored copy. A publish changes the revision, so the
 * very next request gets a fresh 200: the front never serves an old figure, after a restart, a
 * restore or a killed instance too, and the app needs no purge call that could be lost.
 */
export const FRONT_PATHS =
  /^\/(?:|awards|achievements|downloads|privacy|copyright|organisation\/logo|years\/\d{4}|api\/v1\/(?:summary|awards|kpis))$/;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token=/;

/** Whether a request may be answered from the front cache: a visitor's GET of a public path. */
export function frontCacheable(method: string | undefined, url: string | undefined, headers: http.IncomingHttpHeaders) {
  if (method !== "GET" && method !== "HEAD") return false;
  if (headers.rsc || headers["next-router-prefetch"] || headers["next-action"]) return false;
  if (SESSION_COOKIE.test(headers.cookie ?? "")) return false;
  const pathname = (url ?? "").split("?")[0];
  return FRONT_PATHS.test(pathname);
}

export function etagFor(buildId: string, revision: string): string {
  return `"${createHash("sha256").update(`${buildId}\n${revision}`).digest("base64url").slice(0, 27)}"`;
}

function readBuildId(): string {
  try {
    return fs.readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "dev";
  }
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  return !!ifNoneMatch && ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

const installed = Symbol.for("seonggwa.front-validators");

export function installFrontValidators(buildId = readBuildId()): void {
  const proto = http.Server.prototype as http.Server & { [installed]?: true };
  if (proto[installed]) return;
  proto[installed] = true;
  const reader = revisionReader();
  let last = { revision: "", etag: "" };
  const etagOf = ({ revision }: { revision: string | null }) => {
    if (revision === null) return null;
    if (revision !== last.revision) last = { revision, etag: etagFor(buildId, revision) };
    return last.etag;
  };
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    const forward = () => emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    if (event !== "request") return forward();
    const request = args[0] as http.IncomingMessage;
    const response = args[1] as http.ServerResponse;
    if (!frontCacheable(request.method, request.url, request.headers)) return forward();
    // The revision is read before Next sees the request (on PostgreSQL, a round trip), then the
    // request goes on or is answered here.
    reader
      .observe()
      .then(
        (observed) => {
          const etag = etagOf(observed);
          if (etag && matches(request.headers["if-none-match"], etag)) {
            response.writeHead(304, { ETag: etag, "X-Accel-Expires": "@1" });
            response.end();
            return;
          }
          if (etag) label(response, etag, () => etagOf(reader.latest()));
          forward();
        },
        () => forward(),
      )
      // Outside the promise the server's own error handling would have seen it: answer it here.
      .catch((error: unknown) => {
        console.error("request handling failed", error);
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
    return true;
  } as typeof proto.emit;
}

/**
 * Labels a 200 with the ETag read before Next looked anything up, so the body is at least that
 * new; if this process saw a publish land before the headers went out (its cache handlers read the
 * revision on every lookup), the response is left unlabelled and the front does not keep it.
 */
function label(response: http.ServerResponse, etag: string, currentEtag: () => string | null) {
  const writeHead = response.writeHead;
  response.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    const status = typeof args[0] === "number" ? args[0] : this.statusCode;
    if (status === 200 && currentEtag() === etag) {
      this.setHeader("ETag", etag);
      this.setHeader("X-Accel-Expires", "@1");
    }
    return writeHead.apply(this, args as Parameters<typeof writeHead>);
  } as typeof response.writeHead;
}
