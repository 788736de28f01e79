/**
 * Headers on every response. The CSP is static rather than nonce-based: Next.js inlines its
 * bootstrap and streaming scripts (self.__next_f.push) in every page, and its CSP guide's nonce
 * route makes every page render per request, which would end the prerendered public pages and
 * their cache. So scripts keep 'unsafe-inline' (README, "Content Security Policy"); everything
 * else is same-origin only, and no user text is ever rendered as markup.
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

/** Two years, subdomains included (the HSTS preload list's minimum). */
export const strictTransportSecurity = {
  key: "Strict-Transport-Security",
  value: "max-age=63072000; includeSubDomains",
};
