import { connection } from "next/server";
import { readLogo } from "@/lib/data/organisation-edits";

/**
 * GET /organisation/logo — the uploaded logo with the type its bytes were checked as, and nosniff so
 * a browser never reads it as anything else. The header links it with the identity's version, so a
 * new logo is a new address and the old one may be cached.
 */
export async function GET() {
  // Read at request time: left alone, the build prerenders this handler with the logo it finds then.
  await connection();
  const logo = await readLogo();
  if (!logo)
    return new Response("로고가 없습니다.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
    });
  return new Response(logo.bytes as BodyInit, {
    headers: {
      "Content-Type": logo.type,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=3600",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
}
