/** Where a login goes when the requested place is missing or not this site. */
export const DEFAULT_AFTER_LOGIN = "/workspace";

const PLACEHOLDER_ORIGIN = "http://seonggwa.invalid";

/**
 * A callbackUrl reduced to a path on this site, or the workspace. Browsers strip tabs and
 * newlines from URLs and read "\" as "/", so "/\t/evil.example" is "//evil.example" to them: the
 * value is resolved the way a browser would (WHATWG URL parsing against a placeholder origin) and
 * kept only if it stays on that origin, then re-serialized from its parts, never passed through.
 */
export function safeCallbackPath(raw: unknown): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return DEFAULT_AFTER_LOGIN;
  // Only a path may be given; anything that does not start with one slash is refused outright.
  if (!raw.startsWith("/")) return DEFAULT_AFTER_LOGIN;
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return DEFAULT_AFTER_LOGIN;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return DEFAULT_AFTER_LOGIN;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // After normalisation a path must still be one slash then a non-slash: "/.//evil" becomes
  // "//evil", which a later relative resolution would read as a host.
  if (!/^\/(?![/\\])/.test(path) || path.includes("\\") || hasControlCharacter(path)) return DEFAULT_AFTER_LOGIN;
  return path;
}

function hasControlCharacter(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
