/**
 * Headers on every response. The CSP is static rather than nonce-based: a per-request nonce would
 * force every public page to render per request, losing the prerendered cache. Next.js inlines its
 * bootstrap scripts, hence 'unsafe-inline' for scripts; everything else is same-origin only.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  // The dev server evaluates code for fast refresh; production never does.
  process.env.NODE_ENV === "development"
    ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'"
    : "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];
