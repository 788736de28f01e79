import { z } from "zod";

/**
 * Every setting the server reads from its environment, validated once (the create-t3-app pattern):
 * a mistyped value stops the server with a message naming it rather than quietly weakening a check.
 */
const fields = z.object({
  DATABASE_URL: z.string().trim().optional(),
  AUTH_SECRET: z.string().trim().optional(),
  /**
   * Which reverse proxy's X-Forwarded-For to believe: the number of proxies in front of the app
   * that each append the address they received from. 0 (the default) believes none of it and
   * counts the TCP peer's address.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * The addresses the nearest of those proxies connects from (comma-separated, e.g. "127.0.0.1" for
   * nginx on the same host). A request from any other peer reached the app around the proxy, so its
   * X-Forwarded-For is not believed and the peer counts. Empty (the default): any peer.
   */
  TRUSTED_PROXY_ADDRESSES: z
    .string()
    .trim()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  /**
   * Where uploaded files are kept (lib/storage). Several instances point this at one shared folder
   * (the same disk, or a network mount) so a file uploaded through one is served by all.
   */
  UPLOAD_DIR: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || "data/uploads"),
  /**
   * "1" behind the caching front of deploy/nginx/: public responses carry an ETag of the published
   * revision and conditional requests for it are answered 304 before rendering (lib/front/validators.ts).
   */
  FRONT_CACHE: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || "0")
    .pipe(z.enum(["0", "1"])),
  /** Redis or Valkey shared by every instance's caches (lib/cache/shared-store.mjs); unset: in-process only. */
  REDIS_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(
      z
        .string()
        .regex(/^rediss?:\/\//, "redis:// 또는 rediss:// 주소여야 합니다")
        .optional(),
    ),
  /**
   * The SMTP server notices by e-mail go through, e.g. smtp://user:pass@mail.example.go.kr:587
   * (smtps:// for TLS from the start). Unset: no notice is sent and nothing else changes.
   */
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(
      z
        .string()
        .regex(/^smtps?:\/\/[^\s]+$/, "smtp:// 또는 smtps:// 주소여야 합니다")
        .optional(),
    ),
  /** The sender of notices, e.g. "성과 알림 <noreply@example.go.kr>"; required once SMTP_URL is set. */
  MAIL_FROM: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined),
  /**
   * The site's public address (https://seonggwa.example.go.kr) for links in notices. Unset: the
   * address the request that caused the notice came in on.
   */
  APP_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => value?.replace(/\/+$/, "") || undefined)
    .pipe(
      z
        .string()
        .regex(/^https?:\/\/[^\s/]+(?::\d+)?(?:\/[^\s]*)?$/, "http:// 또는 https:// 주소여야 합니다")
        .optional(),
    ),
  /**
   * Roles that must sign in with a one-time code as well: "admin,planner" (recommended for a live
   * site), "admin", or "none" (the default, so a fresh install's first admin can log in to enrol).
   */
  TOTP_REQUIRED_ROLES: z
    .string()
    .trim()
    .default("none")
    .transform((value) => (value === "none" || value === "" ? [] : value.split(",").map((r) => r.trim())))
    .pipe(z.array(z.enum(["admin", "planner", "officer"]))),
});

/** Settings that only make sense together. */
const schema = fields.refine((e) => !e.SMTP_URL || e.MAIL_FROM, {
  error: "SMTP_URL을 쓰려면 보내는 주소도 정해야 합니다",
  path: ["MAIL_FROM"],
});

export type Env = z.output<typeof schema>;

/**
 * The validated settings. Parsed on each call (a few microseconds) rather than at import, so a build
 * without them still compiles and tests can change one between calls.
 */
export function env(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment settings:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
