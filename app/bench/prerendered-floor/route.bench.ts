/**
 * Exists only in `npm run bench` builds, beside ../floor. It reads nothing of the request, so Next
 * prerenders it at build and serves it from its cache, as it would a prerendered /api/v1/summary:
 * measured beside the per-request constant handler, it shows what prerendering the summary would
 * gain. 8 KB, about the summary's size.
 */
const BODY = `"${"x".repeat(8 * 1024 - 2)}"`;

export function GET() {
  return new Response(BODY, { headers: { "Content-Type": "application/json" } });
}
